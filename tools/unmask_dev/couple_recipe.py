"""The couple model's recipe, chosen by a rule stated before the figures were read
(h-couplemodel2; docs/validity.md, "The couple model shipped (h-couplemodel2)").

Trained on couple rounds one to four (round four read, so it joins training), negatives as
:mod:`unmask_dev.train_couple` (the rounds' must-not lines, the MultiWOZ / CrossWOZ fit
quarters; ESConv never), ``--control W`` adding the safety rounds' controlling lines of
rounds one to seventeen and the sets (:func:`unmask_dev.train_couple.control_lines`).
Measured, per recipe (control weight x gate) and per (language, kind) threshold:

- LORO over rounds one to four: the model's hits among the left-out round's positives
  through the gate, and the kinds it *adds* (the lexicons silent on that kind, no safety
  signal) to must-not lines;
- the held-out controlling lines (every kind's lines of safety rounds eighteen to
  twenty-eight, never trained on) that gain a depth kind through the whole scorer's
  safety reading and the gate, with the model fitted on all four rounds;
- the booking tuning quarter's hit rate (MultiWOZ / CrossWOZ, ``tune``).

Gates (beside "no safety signal fired", always): ``p``: the safety model's
``1 - p(none)`` below :data:`P_LINE`; ``s``: no clause aimed at the reader with an act of
control (:func:`unmask.signals.couple_model.struct_aimed_act`, below firing); ``l``: no
safety score above zero (any safety lexicon part matched).

**The rule (stated before the figures)**: for each recipe, the threshold of each
(language, kind) is the lowest of 0.50-0.95 (0.05 steps) with (i) at most one must-not line
gaining the kind over the four left-out rounds, (ii) a booking tuning hit rate at most
0.001, (iii) no held-out controlling line gaining it, (iv) (h-couplemodel3, stated before
its figures were read) no ``must_not_fire`` line of the kind's own lexicon files gaining it
through the whole scorer (the model fitted on all four rounds, with those lines and the
other depth kinds' among its negatives, :func:`unmask_dev.train_couple.yaml_must_not`);
a kind with none is off. The recipe chosen has the highest summed LORO hits over both
languages and the five kinds (gratitude a candidate under the same rule); a tie goes to the
lower control weight, then the fewer gate parts.

**couple-lr-3 (h-couplemodel4; this rule written before any of its figures were read)**:
trained on couple rounds one to six (:data:`ROUNDS`; five and six read, so they join
training); judged by leave-one-round-out over the six rounds (train on five, read the
sixth). Recipes: the control weight 0.1 (chosen by the rule twice; 0 failed the held-out
controlling lines, 0.03 lost twice; not re-run, for time) x ``E``, each kind's own lexicon
``entries``' examples as positives of the kind at weight 0 or 1
(:func:`unmask_dev.train_couple.yaml_examples`: more positives in the writers' other
registers, e.g. Chinese spoken questions) x the six gates as before. Per recipe the
threshold of each (language, kind) is the lowest of 0.50-0.95 with (i) at most two
must-not lines gaining the kind over the six left-out rounds (one per three rounds; the old
rule had one per four), (ii)-(iv) as above, the held-out controlling lines now those of
safety rounds eighteen to twenty-nine. The recipe with the highest summed LORO hits wins; a
tie goes to ``E`` 0, then the fewer gate parts.

*Found after the first reading, and mended* (docs/validity.md): summed over all six rounds
``E`` 1 won (257 hits to 184), but rounds one to three's lines are among the lexicon files'
examples (exact or by a shared five-word / five-character run: en 5 / 18 / 17, zh 14 / 26 /
19 lines), so with ``E`` 1 their left-out reading is no estimate. The recipes are compared
on the left-out rounds four to six alone (:data:`COUNT_ROUNDS`; they share no run with any
example); the thresholds stay the rule's over six. Chosen there: control 0.1, ``E`` 0,
gate ``p`` (91 hits of 204; ``E`` 1 at most 81; ``--all-rounds`` prints the first sums).

**The precision head (h-couplemodel4; rule written before its figures were read)**: per
language and per vetoed signal (``disclosure.emotional``; ``support.emotional`` as a
candidate), one logistic regression over the same features, trained on the couple rounds'
messages labelled *not* to fire the signal (its disclosure family, emotional and
vulnerable, both in ``must_not``; for support its own) as 1 and those labelled to fire it
as 0, with the signal's lexicon ``must_not_fire`` lines as 1 and its entries' examples as 0.
It acts only on a message where the signal fired through the scorer: from its threshold
up, the signal's score and evidence are dropped. Judged LORO over rounds one to six, the
family's precision and recall pooled over the six left-out rounds with and without the
veto (the whole scorer's reading, the couple model as shipped). Threshold: of 0.50-0.95
(0.05 steps), the one with the largest (precision gain - recall loss) among those where
precision rises and recall falls by no more than precision gains (in points); none: off.
Shipped only if, in addition, every Chinese (English) outside row of ``benchmarks/validity.py``
(NLPCC, SMP2020, CPED, the Weibo rows; CL-Aff, ESConv for English) is unmoved or moves by
at most 0.005, and no safety row moves.

**The three heads that passed the couple rule, measured outside (h-couplemodel5; this rule
written and committed before any of their outside figures were read)**: en
``disclosure.emotional`` (t .50), zh ``support.emotional`` (t .65), en ``support.emotional``
(t .75), each at the threshold h-couplemodel4's rule chose, trained on rounds one to six
(:func:`unmask_dev.train_couple.train_veto`, C :data:`unmask_dev.train_couple.VETO_C`; the
shipped ``couple-lr-3`` kinds' weights untouched), each switched on alone and the whole of
``benchmarks/validity.py`` run against the same tree with every head off. A head ships only
if (i) no CL-Aff row (test and dev, disclosure and support) moves the wrong way by more than
its bootstrap standard error (disclosure .0115, support .019; h-claff8), (ii) no other
outside row of its language (ESConv Affirmation, Questions and Reflection rows, the EPITOME
proxy rows for English; SmileChat, CPED comfort and the other replies, NLPCC, SMP2020, the
Weibo-style posts for Chinese; the booking / service any-depth rows of both) moves the wrong
way by more than .005 (a rate of false depth up, an F1, a recall or a precision down), (iii)
no safety row moves, and (iv) over the couple rounds (pooled leave-one-round-out over rounds
one to six, :func:`unmask_dev.train_couple.veto_loro`) the family's precision rises and its
recall falls by less than precision rises. A head that fails any part stays off (its weights
zeros, its threshold :data:`unmask.signals.couple_model.OFF`). Restricting a head to lines in
a two-person chat's flow is not measured: the message scorer the layer runs in sees lines,
not the chat (the conversation's turns are read later, by the reply layer).

**The Chinese disclosure head read where the lexicons read no feeling, and the control gate
(h-zhcouple; written after a first count of which outside posts the head drops, before any
``benchmarks/validity.py`` row was read with it)**: the zh ``disclosure.emotional`` head
acts only on a message whose lexicons read no feeling (``disclosure.emotional`` and
``disclosure.vulnerable`` both 0 before the model layers:
:data:`unmask.signals.couple_model.CUE_GATED`), so what it can drop is the Chinese model
layer's reading alone; it is trained as h-couplemodel4's second variant (the rounds' lines,
the yaml lines, the outside keeps) on rounds one to seven (round seven now read,
:data:`unmask_dev.train_couple.VETO_ROUNDS`). Its threshold is the lowest of 0.50-0.95
(0.05 steps) at which (i) over rounds one to seven left out one at a time
(``train_couple --veto-loro zh:disclosure.emotional``) the family's pooled precision rises
and its recall falls by no more than precision rises, and (ii)-(iii) of the rule above
hold (no Chinese outside row the wrong way by more than .005, no safety row moves, the
booking any-depth rows at most .05); none: off. The control gate
(:data:`unmask.signals.couple_model.P_CONTROL_DEPTH`: a Chinese ``disclosure.emotional``
reading with no lexicon feeling cue is dropped where the safety model's ``1 - p(none)``
reaches it) takes the lowest of 0.5, 0.6, 0.7, 0.8, 0.9 at which (ii)-(iii) hold and no
couple round's Chinese disclosure recall falls; none: off. The first count (the head
trained on rounds one to seven, the posts and turns it would drop from each threshold, no
validity row) named SMP2020 as the row that binds: about -.017 at .50, -.005 at .75, -.003
at .80, 0 at .90.

**couple-lr-4 (h-couplemodel6; this rule written and committed before any of its figures
were read)**: the same recipe (control weight 0.1, ``E`` 0, gate ``p``, the surface guard,
the same precision heads) trained on couple rounds one to seven (:data:`ROUNDS`,
``train_couple.SHIP_ROUNDS``: round seven read, so it joins training). Each (language,
kind)'s threshold is re-chosen by the rule above ((i) at most :data:`MAX_FALSE` must-not
lines gaining the kind over the seven left-out rounds, (ii)-(iv) as before, the held-out
controlling lines now those of safety rounds eighteen to thirty). It is judged by
leave-one-round-out over rounds one to seven against couple-lr-3 on the same folds
(``--baseline``: fold k's couple-lr-3 is the recipe trained on rounds one to six less
round k, so fold seven's is the shipped couple-lr-3 itself, read at its shipped
thresholds ``train_couple.LR3_THRESHOLDS``), every round counted (``E`` 0: no example
shares a run with the rounds' lines as positives). couple-lr-4 ships only if all hold:
(a) its summed LORO hits (both languages, the five kinds) exceed couple-lr-3's, and no
(language, kind)'s hits fall by more than two; (b) its summed must-not gains over the
seven left-out rounds are at most couple-lr-3's plus two (precision not lost past noise);
(c) no false-depth row of ``benchmarks/validity.py`` rises; (d) no outside row (Weibo,
NLPCC, SMP2020, CL-Aff, ESConv, CPED, SmileChat, the booking any-depth rows) moves the
wrong way by more than .005 or crosses its limit (any-depth .05), and no safety
false-alarm row moves; (e) ``--control-check``: no controlling line of safety rounds one
to thirty gains a depth kind. Failing any part, couple-lr-3 stays.
**couple-lr-5 (h-couplemodel7; this rule written and committed before any of its figures
were read)**: the same recipe (control weight 0.1, ``E`` 0, gate ``p``, the surface guard,
the precision heads as shipped) trained on couple rounds one to eight (:data:`ROUNDS`;
round eight read last session, so it joins training). Each (language, kind)'s threshold is
re-chosen by the rule above ((i) at most :data:`MAX_FALSE` must-not lines gaining the kind
over the eight left-out rounds, (ii)-(iv) as before, the held-out controlling lines now
those of safety rounds eighteen to thirty-one). It is judged by leave-one-round-out over
rounds one to eight against couple-lr-3 on the same folds (``--baseline``: fold k's
couple-lr-3 is the recipe trained on rounds one to six less round k, so folds seven and
eight read the shipped couple-lr-3 itself, at its shipped thresholds and gate). Variants,
each judged by the same rule and the same folds: (a) couple-lr-5 as is; (b) the pleading /
remorse blocker, two ways: (b1) ``--held-neg W`` (W 0.3 and 1.0): the controlling lines of
the even safety rounds eighteen to thirty as weighted negatives of every kind (the couple
rounds' control lines are negatives already), the held-out check (iii) then on the odd
rounds nineteen to thirty-one alone (never trained on); (b2) a remorse guard on the
vulnerable reading: ``disclosure.vulnerable`` added only where, beside the gate, the safety
model's ``1 - p(none)`` is below 0.1 (``--vuln-p 0.1``) or no clause aimed at the reader
with an act of control reads (``--vuln-s``), chosen from the same fits; (c) the kinds the
model does not yet read (zh ``support.emotional``) only if time allows; (d) C 8 and 32
(``--c``). The variant with the most summed LORO hits among those passing (a) and (b)
below goes on to (c)-(e); a tie goes to (a), then the simpler variant. It ships only if all
hold: (a) its summed LORO hits (both languages, the five kinds) exceed couple-lr-3's, and no
(language, kind)'s hits fall by more than two; (b) its summed must-not gains over the eight
left-out rounds are at most couple-lr-3's plus two; (c) no false-depth row of
``benchmarks/validity.py`` rises; (d) no outside row (Weibo, NLPCC, SMP2020, CL-Aff,
ESConv, CPED, SmileChat, the booking any-depth rows; RiSAWOZ, Taskmaster and JDDC report
half any depth kept at most .05) moves the wrong way by more than its noise (.005; CL-Aff
its bootstrap s.e.) or crosses its limit, and no safety false-alarm row moves;
(e) ``--control-check`` over safety rounds one to thirty-one, and ``unmask_dev.ctrl_depth``:
no controlling line gains a depth kind. Failing any part, couple-lr-3 stays.

**couple-lr-5 past the service-chat blocker (h-couplemodel8; this rule written and committed
before any of its figures were read)**: couple-lr-5 with the even safety rounds' controlling
lines as negatives (variant (b1) above; of its two weights, which tied at 316 left-out hits,
the tie-break is **the lower negative weight**: 0.3), judged by the couple-lr-5 rule above,
unchanged: LORO over rounds one to eight against couple-lr-3 on the same folds (parts (a),
(b)), thresholds by the recipe rule, the held check on the odd safety rounds 19-31, (c) no
false-depth row up, (d) every outside row within its noise and limit (RiSAWOZ, Taskmaster,
JDDC, SGD report halves and the ABCD tuning set any depth at most .05; ``disclosure.emotional``
at most .02; logistics no lower than its noise), (e) ``--control-check`` over safety rounds
1-31: no controlling line gains a depth kind. The blocker (h-couplemodel7: the model reads
``affection`` on a service greeting and ``inner_question`` on a clerk's offer of help, and an
affection reading anywhere in a chat turns off the service-chat rule 7) is met by principle,
never by a list of the failing chat's lines; three ways, each measured and each a line of the
table, in this order, **the first that passes the whole rule ships**:
(a) ``--service-neg W``: the openers and closers (first two and last two turns of each
dialogue) of the task-talk *tune* halves whose licences allow training (Taskmaster-3, CC BY
4.0, English; RiSAWOZ, CC BY 4.0, Chinese; not SGD, CC BY-SA; not JDDC, figures only; not
ABCD, the row that binds) as negatives of ``affection`` and ``inner_question`` at weight 1;
(b) ``--clerk-guard``: a text guard in :mod:`unmask.signals.couple_model` (``TEXT_GUARD``)
keeping ``affection`` and ``inner_question`` off a clerk's greeting or offer of help (a
bare greeting with no endearment, no emoji and no feeling word; "how can I help you",
"what can I do for you", "thank you for contacting"; 您好 / 有什么可以帮您 / 很高兴为您服务),
both languages, applied in the LORO count, the held, booking and yaml checks as in the scorer
(twins in tests: "hey babe!! 😘" keeps affection; "good afternoon, how can I help you?" reads
none); (c) rule 7 (h-svc4, ``unmask.signals.context``) counting only affection a lexicon reads,
not the model: measured, not shipped by this brief unless (a) and (b) fail (it is h-svc4's
code). Parts (a) and (b) of the rule are read from the same LORO folds as the variant's; a
variant whose fits or figures are not done by 00:05 UTC is recorded as not measured and does
not block the next. Couple round nine is not read.

**couple-lr-6 (h-couplemodel9; this rule written and committed before any of its figures
were read)**: the same recipe (control weight 0.1, ``E`` 0, gate ``p``, the surface guard,
the clerk guard, the even safety rounds 18-30's controlling lines at 0.3, the precision heads
as shipped) trained on couple rounds one to nine (:data:`ROUNDS`; round nine read last
session, so it joins training), with three candidate kinds beside the five
(:data:`NEW_KINDS`): ``support.emotional`` and ``bid`` (depth-side: every gate and every
check of the five), and ``logistics``, one surface head (:data:`SURFACE_KINDS`). The surface
head reads into ``logistics`` alone: its positives are the rounds' lines labelled
``logistics``; its negatives the lines labelled none of the family (logistics, duty,
transactional, in ``fire`` or ``ok``), its own yaml ``must_not_fire`` lines and nothing else
(no booking turn, no controlling line: task talk and an order about a time or place are
logistics; a line labelled only duty or transactional is neither); a money or duty line is
not read as logistics by design (its own signal names it, and the family row counts either).
Its gate is the depth kinds' gate (no safety signal, ``1 - p(none)`` below ``P_LINE``): not
needed for a surface kind, kept so that no controlling line gains a new reading of any kind;
the clerk guard is irrelevant to it. Per (language, kind) the threshold is the lowest of
0.50-0.95 (0.05 steps) with: for the depth-side kinds (the five, support, bid) (i) at most
:data:`MAX_FALSE` (2) left-out lines gaining the kind that must not read it (for ``bid``,
which has no ``must_not`` label, a line labelled neither ``bid`` in ``fire`` nor ``ok``),
(ii) a booking tuning hit rate at most 0.001, (iii) no held-out controlling line (the odd
safety rounds 19-31) gaining it, (iv) no ``must_not_fire`` line of its own yaml gaining it;
for ``logistics`` (i) at most :data:`MAX_FALSE_SURFACE` (9: one a round) left-out lines
labelled none of the family gaining it and (iv); (ii) and (iii) are recorded, not binding (a
controlling line read as logistics is a surface reading of an order about a time or place:
no depth credit, and the safety signals read the line as before). A new kind ships on
(threshold not OFF) only if, in addition, its left-out hits the lexicons missed
(``added``) are above zero over the nine left-out rounds (so its left-out hits rise over
main's reading, which for a new kind is the lexicons'), and the whole build holds:
(c) no false-depth row of ``benchmarks/validity.py`` rises, except couple rounds one to nine's
(in sample); (d) every booking any-depth row (SGD, JDDC, RiSAWOZ, Taskmaster, ABCD, MultiWOZ,
CrossWOZ) stays at most .05 and rises by at most .005; ESConv, EPITOME, CL-Aff, NLPCC,
SMP2020, CPED, SmileChat rows within their noise (.005; CL-Aff its bootstrap s.e.), ESConv
Affirmation and CPED comfort not down past noise; no safety false-alarm row moves; (e)
``--control-check`` over safety rounds 1-32: no controlling line gains a depth kind (``bid``
counted with them). A new kind failing (c)-(e) alone is switched off (OFF) and the build
read again; the five kinds are refitted on rounds one to nine at the rule's thresholds and
compared, for the record, with couple-lr-5's thresholds on the same folds. Variant (f), if
time allows: the fights' and sarcasm lines of rounds one to nine at weight 3 as negatives of
every depth-side kind (``--fight-neg 3``), judged by the same rule; it replaces the plain
recipe only with more summed left-out hits and no more must-not gains. Failing (c)-(e) with
every new kind off, couple-lr-5 stays. Couple round ten and safety round thirty-three are
not read.

**The Chinese disclosure head on rounds one to nine (h-couplemodel10; this rule written and
committed before any of its figures were read)**: h-zhcouple's rule above, on rounds one to
nine (rounds eight and nine read, so they join the head's training,
:data:`unmask_dev.train_couple.VETO_ROUNDS`): the zh ``disclosure.emotional`` head, gated
as shipped (:data:`unmask.signals.couple_model.CUE_GATED`), the same recipe (h-couplemodel4's
second variant, C 4), retrained on rounds one to nine. It is judged leave-one-round-out over
rounds one to nine (``train_couple --veto-loro zh:disclosure.emotional --veto-baseline``)
against the shipped head on the same nine folds: fold k's shipped head is the shipped
recipe trained on rounds one to seven less round k (so folds eight and nine read the
shipped head itself), at its shipped threshold .75. The threshold is the lowest of
0.50-0.95 (0.05 steps) at which (i) the family's pooled left-out precision over the nine
rounds rises above the shipped head's on the same folds and its pooled recall falls (from
the reading without a head) by no more than the shipped head's does, and (ii) built as
weights and read on ``benchmarks/validity.py``: SMP2020, NLPCC (both halves), CPED and
SmileChat rows within .005 of main, and no zh false-depth row (outside couple rounds one
to nine, in sample), safety row or booking any-depth row worse. None passing: the shipped
head stays and nothing ships. Couple round ten and safety round thirty-three are not read.

**couple-lr-7 (h-couplemodel11; this rule written and committed before any of its figures
were read)**: couple-lr-6's recipe (control weight 0.1, ``E`` 0, gate ``p`` at main's
``P_LINE``, the surface guard, the clerk guard, the precision heads as shipped) trained on
couple rounds one to ten (:data:`ROUNDS`; round ten read last session, so it joins
training), with the even safety rounds 18-32's controlling lines at 0.3 as negatives
(``train_couple.HELD_NEG_ROUNDS``: round 32, whose monitoring line dressed as care gains
``disclosure.vulnerable`` on main, joins them); the held check (iii) reads the odd safety
rounds 19-33 (never trained on), ``--control-check`` safety rounds 1-33. Each (language,
kind)'s threshold is re-chosen by couple-lr-6's rule over the ten left-out rounds ((i) at most
:data:`MAX_FALSE` (2) left-out lines gaining a depth-side kind that must not read it; for
``logistics`` at most :data:`MAX_FALSE_SURFACE` (10, one a round); (ii)-(iv) as there). It is
judged against main's reading on the same ten folds (``--compare7``): each kind at couple-lr-6's
shipped thresholds (:data:`unmask_dev.train_couple.LR6_THRESHOLDS`) and at couple-lr-7's;
a kind main has OFF (English ``support.emotional`` and ``logistics``) ships on only if its
left-out hits the lexicons missed are above zero within the ``MAX_FALSE`` line; the refit
ships only if its summed left-out hits (lexicons plus added) are at least main's thresholds'
on the same folds with must-not gains no more than main's plus two, and the whole build holds:
(c) no false-depth row of ``benchmarks/validity.py`` rises outside rounds one to ten (in
sample); (d) every booking any-depth row at most .05 and up by at most .005; ESConv
(Questions, Affirmation), EPITOME, CL-Aff (its bootstrap s.e.), NLPCC, SMP2020 (at least .70:
it binds at .7040), CPED, SmileChat within .005; no safety false-alarm row moves; (e) no
controlling line of safety rounds 1-33 gains a depth kind (``bid`` counted). Failing (c)-(e),
the kind that moves the failing row is switched off and the build read again; failing with
every change off, couple-lr-6 stays. Measured, each a line of the table: (a) English
``support.emotional`` on at the rule's threshold, with the rounds' fights and sarcasm lines as
its negatives (variant (b)'s fit if that is chosen, else the plain one), shipped on only if
ESConv Affirmation moves by less than .005 (it moved -.0066 with couple-lr-6); (b) the
fights and sarcasm lines of rounds one to ten at weight 3 as negatives of every depth-side
kind, both languages (``--fight-neg 3``): it replaces the plain recipe only with summed
left-out hits at least the plain recipe's and fewer left-out gains on the fights and
sarcasm lines (``--compare7`` counts them), must-not gains no more; (c) the zh disclosure
head read also over lines whose only feeling cue is a lexicon one, judged by h-zhcouple's
precision rule over rounds one to ten left out (pooled precision up, recall lost no more than
the shipped head's) and SMP2020 and NLPCC (both halves) within .005 of main; (d) zh
affection, ``inner_question`` and ``bid`` refit on the ten rounds (part of the refit above).
Not read: couple round eleven, safety round thirty-four; ``P_LINE`` is main's (h-safety40's to
re-choose).

**couple-lr-8 (h-couplemodel14; this rule written and committed before any of its figures
were read)**: couple-lr-7's recipe (control weight 0.1, ``E`` 0, gate ``p`` at main's
``P_LINE``, the surface guard, the clerk guard, the precision heads as shipped) trained on
couple rounds one to twelve (:data:`ROUNDS`; rounds ten, eleven and twelve read and judged,
so they join training), the even safety rounds 18-34's controlling lines at 0.3 as
negatives (the parity rule carried up: :data:`HELD_NEG_ROUNDS`), the held check (iii) on
the odd safety rounds 19-35 (never trained on), ``--control-check`` over safety rounds
1-35. Each (language, kind)'s threshold is re-chosen by couple-lr-6's rule over the twelve
left-out rounds ((i) at most :data:`MAX_FALSE` (2) left-out lines gaining a depth-side kind
that must not read it; ``logistics`` at most :data:`MAX_FALSE_SURFACE` (12, one a round);
(ii)-(iv) as there); English ``logistics`` stays off for couple-lr-6's reason. Judged
against main's thresholds (:data:`unmask_dev.train_couple.LR6_THRESHOLDS`) on the same
twelve folds (``--compare8``), with couple-lr-7's flaw mended: **a (language, kind) at which
main's threshold itself fails part (i) or (iii) on these folds is not a reading main may
have, so both sides count it at the rule's threshold**. The refit ships only if (a) its
summed left-out hits (lexicons plus added) are at least main's (so read) on the same folds
and its must-not gains at most main's plus two; (c) no false-depth row of
``benchmarks/validity.py`` rises outside rounds one to twelve (in sample); (d) every booking
any-depth row at most .05 and up by at most .005; ESConv (Questions, Affirmation), EPITOME,
CL-Aff (its bootstrap s.e.), NLPCC (both halves), SMP2020 (whole and both halves), CPED,
SmileChat within .005 of main; no safety false-alarm row moves; (e) no controlling line of
safety rounds 1-35 gains a depth kind (``bid`` counted). Failing (c)-(e), the kind that moves
the failing row is switched off and the build read again; failing with every change off,
couple-lr-6 stays. **The zh disclosure head** (``CUE_GATED``, over the cued lines of the
``CUE_OVERRULE`` shape, one threshold) retrained on rounds one to twelve
(``train_couple --veto-loro zh:disclosure.emotional --veto-baseline --veto-rounds 12
--veto-shape``): the baseline is the shipped head (rounds one to ten less the fold's, t .75,
reading the shape's cued lines as shipped); its threshold is the lowest of 0.50-0.95 at which
the pooled left-out family precision over the twelve rounds rises above the shipped head's
on the same folds with recall lost no more than the shipped head's, **and**, built, the
SMP2020 tune half and the NLPCC tune half are each not down by more than .005 from main
(read beside the couple rounds to choose; the SMP2020 report half and the NLPCC report half
are recorded and never used to choose; h-smp found the head drops five emotional SMP posts).
None passing: the head stays as shipped. Variants, each a line in docs/validity.md, judged by
the same rule: (a) English ``support.emotional`` on at the rule's threshold, shipped on only
if ESConv Affirmation and Reassurance moves by less than .005 (it moved -.0066 with
couple-lr-6 and -.0052 with couple-lr-7); (b) the zh disclosure head's threshold chosen
within the grid as the one with the highest SMP2020 tune half among those passing the
left-out rule (not the lowest). Not read: couple round thirteen, safety round thirty-six.

**couple-lr-9 (h-couplemodel15; this rule written and committed before any of its figures
were read)**: couple-lr-8's recipe (control weight 0.1, ``E`` 0, gate ``p`` at main's
``P_LINE``, the surface guard, the clerk guard, the precision heads as shipped) trained on
couple rounds one to fifteen (:data:`ROUNDS`; rounds thirteen to fifteen read and judged,
so they join training), the even safety rounds 18-38's controlling lines at 0.3 as
negatives (the parity rule carried up: :data:`HELD_NEG_ROUNDS`), the held check (iii) on
the odd safety rounds 19-37 (never trained on), ``--control-check`` over safety rounds
1-38. Each (language, kind)'s threshold is re-chosen by couple-lr-6's rule over the fifteen
left-out rounds ((i) at most :data:`MAX_FALSE` (2) left-out lines gaining a depth-side kind
that must not read it; ``logistics`` at most :data:`MAX_FALSE_SURFACE` (15, one a round);
(ii)-(iv) as there); English ``logistics`` stays off for couple-lr-6's reason; English
``support.emotional`` is off in the plain refit and on only as variant (a) below. Judged
against main's thresholds (:data:`unmask_dev.train_couple.LR6_THRESHOLDS`) on the same
fifteen folds (``--compare8``, which reads however many folds the run saved), with
couple-lr-8's mending **widened to every binding part of the threshold rule**: a
(language, kind) at which main's threshold itself fails part (i), (ii), (iii) or (iv) on
these folds (couple-lr-8's mending named (i) and (iii) alone; its plain refit failed by one
English gratitude hit that part (ii) moved, h-couplemodel14) is not a reading main may have,
so both sides count it at the rule's threshold; the (i)-and-(iii)-only reading is printed
beside it for the record and does not decide. The refit ships only if (a) its summed
left-out hits (lexicons plus added) are at least main's (so read) on the same folds and its
must-not gains at most main's plus two; (c) no false-depth row of ``benchmarks/validity.py``
rises outside rounds one to fifteen (in sample); (d) every booking any-depth row at most .05
and up by at most .005; ESConv (Questions, Affirmation), EPITOME, CL-Aff (its bootstrap
s.e.), NLPCC (both halves), SMP2020 (whole and both halves), CPED, SmileChat within .005 of
main; no safety false-alarm row moves; (e) no controlling line of safety rounds 1-38 gains a
depth kind (``bid`` counted); (f) (h-couplemodel14's lesson) ``tests/lang`` and the tests
that pin the model pass with the built files in place, the twin tests unchanged (a twin the
model breaks is not re-labelled). Failing (c)-(f), the kind that moves the failing row or
breaks the test is switched off (OFF) and the build read again; failing with every change
off, couple-lr-6 stays. Variant (a): English ``support.emotional`` on at the rule's
threshold, shipped on only if, beside (a)-(f), ESConv Affirmation and Reassurance moves by
less than .005. **The zh disclosure head is not retrained this session** (decided before any
figure, for time: the kinds' two fifteen-fold runs fill the machine's two cores until about
an hour before the deadline, and the head's own rule needs a fifteen-fold ``--veto-loro``
and a built five-area reading of its own): every precision head keeps its columns bit for
bit from the package's file (the zh disclosure head as h-couplemodel14 shipped it, rounds
one to twelve, t .75); if time is left, the head's ``--veto-loro`` over fifteen rounds is
run for the record only. ``P_LINE`` and the other gates are re-chosen after a ship as
h-couplemodel9 did (``unmask_dev.p_line_choice``). Not read: couple round sixteen, safety
round thirty-nine.

**couple-lr-10 (h-couplemodel16; this rule written and committed before any of its figures
were read)**: couple-lr-9's recipe (control weight 0.1, ``E`` 0, gate ``p`` at main's
``P_LINE``, the surface guard, the clerk guard, the precision heads as shipped) trained on
couple rounds one to sixteen (:data:`ROUNDS`; round sixteen read and judged, so it joins
training), the even safety rounds 18-38's controlling lines at 0.3 as negatives (the parity
rule: round thirty-nine is odd), the held check (iii) on the odd safety rounds 19-39 (never
trained on), ``--control-check`` over safety rounds 1-39. *Why a new threshold rule*: part
(i) (at most two must-not gains over every left-out round) raised couple-lr-9's vulnerable
thresholds (en .65 -> .90, zh .50 -> .85) and fresh couple round sixteen lost vulnerable
lines to it (en 9 -> 8 of 13, zh 12 -> 8 of 13): the cap counts false readings and never the
true ones lost. The new rule weighs both (``--compare10``, :func:`choose10`). For each
(language, kind), over the sixteen left-out rounds (fold k's model trained on the other
fifteen), with hits = lines labelled the kind that read it (lexicons plus the model's
additions) and gains = lines that must not read it that gain it from the model
(:func:`_fold_counts`):

1. *The reference* ``r``: couple-lr-9's threshold (:data:`unmask_dev.train_couple.LR9_THRESHOLDS`)
   if it passes (ii) (booking tuning rate at most .001), (iii) (no held controlling line
   gains the kind) and (iv) (no ``must_not_fire`` line of its own yaml gains it) on this run's
   fits; otherwise the lowest grid threshold above it that passes them (none: off).
2. *Admissible* thresholds ``t`` (0.50-0.95, 0.05 steps): (ii)-(iv) hold (for the surface
   kind (iv) alone); **the recall floor**: hits(t) >= hits(r) over the sixteen folds; **the
   gain cap**: gains(t) <= gains(r) + :data:`GAIN_CAP` (3).
3. *Chosen*: the admissible ``t`` with the largest ``S(t) = hits(t) - W * gains(t)``,
   :data:`GAIN_WEIGHT` ``W`` = 2 (a false reading of depth costs two true ones); a tie goes to
   the reference if it is among the tied (no change without a difference on the folds), else
   to the higher threshold (amended before any figure was read: the first text sent every
   tie to the higher threshold, which would raise a threshold above the reference on no
   evidence, the very loss of recall this rule is for).
4. *It must hold across folds*: the chosen ``t`` replaces ``r`` only if ``S`` is at least
   ``r``'s on each half of the folds alone, rounds one to eight left out and rounds nine to
   sixteen left out (:data:`HALVES`); otherwise the kind keeps ``r``. So no threshold is
   the one that fits round sixteen (or any one round) alone.
5. Kept off whatever the rule reads: English ``logistics`` (couple-lr-6's reason) and
   English ``support.emotional`` (couple-lr-9's variant (a) failed ESConv and two twins);
   the surface kind (zh ``logistics``) is chosen by couple-lr-6's rule (lowest ``t`` with at
   most :data:`MAX_FALSE_SURFACE` (16, one a round) family-less gains and (iv)).

It ships only if all hold: (a) summed over both languages and every kind, on the same
sixteen folds, the hits are at least the references' (``r``, couple-lr-9 as allowed), ``S``
is at least the references', and the gains are at most the references' plus
:data:`TOTAL_GAIN_CAP` (6; couple-lr-8's "plus two" printed beside it for the record and
not deciding), with every (language, kind)'s recall floor met (by construction); (c) no
false-depth row of ``benchmarks/validity.py`` rises outside rounds one to sixteen (in
sample); (d) every booking any-depth row at most .05 and up by at most .005; ESConv
(Questions, Affirmation), EPITOME, CL-Aff (its bootstrap s.e.), NLPCC (both halves), SMP2020
(whole and both halves), CPED, SmileChat within .005 of main; no safety false-alarm row
moves; (e) no controlling line of safety rounds 1-39 gains a depth kind (``bid`` counted);
(f) ``tests/lang`` and the tests that pin the model pass with the built files, the twins
unchanged. Failing (c)-(f), the kind that moves the failing row or breaks the test goes back
to ``r`` (its couple-lr-9 threshold as allowed) and the build is read again; failing with
every kind at ``r``, the refit at the references' thresholds is judged by couple-lr-9's rule
(a)-(f) for the record, and couple-lr-9 stays. **The zh disclosure head is not retrained**
(decided before any figure, for time: every precision head keeps its columns bit for bit,
``train_couple.KEEP_EVERY_HEAD``). ``P_LINE`` and the other gates are re-chosen after a ship
(``unmask_dev.p_line_choice --couple-rounds 16``). Not read: couple round seventeen, safety
round forty.

**couple-lr-10 on rounds one to seventeen, each language shipped on its own
(h-couplemodel17; this rule written and committed before any of its figures were read)**:
h-couplemodel16's recipe and threshold rule (steps 1-5 above, unchanged: the reference ``r``
couple-lr-9's threshold as allowed by (ii)-(iv), the recall floor, the gain cap
:data:`GAIN_CAP` 3, ``S = hits - 2 x gains``, a tie to ``r``, held on both halves; English
``logistics`` and ``support.emotional`` kept off; the surface kind by couple-lr-6's rule with
:data:`MAX_FALSE_SURFACE` 17, one a round), fitted on couple rounds one to seventeen
(:data:`ROUNDS`; seventeen read, it is development data now), seventeen left-out folds, the
halves rounds one to eight and nine to seventeen left out (:data:`HALVES`); the even safety
rounds 18-40's controlling lines at 0.3 as negatives (the parity rule: forty, even, joins
them), the held check (iii) on the odd safety rounds 19-39, ``--control-check`` over safety
rounds 1-40; the precision heads bit for bit from couple-lr-9's ``_v7`` files (not
retrained). **Each language is decided on its own** (``--compare10`` prints part (a) per
language, :func:`part_a`): a language ``L`` ships its new weights and thresholds only if
every part holds for ``L``:

- (a) summed over ``L``'s kinds on the seventeen folds: hits at least the references', ``S``
  at least the references', gains at most the references' plus :data:`LANG_GAIN_CAP` (3,
  half of h-couplemodel16's :data:`TOTAL_GAIN_CAP` 6 for both languages), every kind's recall
  floor met (by construction);
- (c) no false-depth row of ``benchmarks/validity.py`` in ``L`` rises outside rounds one to
  seventeen (in sample); the held-out judges' rows (couple round eighteen, safety round
  forty-one) are filtered out unread and never decide;
- (d) ``L``'s outside rows: every booking / service any-depth row at most .05 and up by at
  most .005 (en MultiWOZ, SGD, Taskmaster, ABCD; zh CrossWOZ, RiSAWOZ, JDDC, the zh service
  sample); English ESConv (Questions, Affirmation), EPITOME, CL-Aff (its bootstrap s.e.);
  Chinese NLPCC (both halves), SMP2020 (whole and both halves), CPED, SmileChat: within .005
  of main (the lead's run of ``90eddc9``); no safety false-alarm row moves;
- (e) no controlling line of safety rounds 1-40 in ``L`` gains a depth kind (``bid``
  counted), the built files in place;
- (f) ``tests/lang``, ``tests/signals/test_couple_model.py``, ``test_reply_echo.py`` and
  ``tests/benchmarks/test_couple_model_trial.py`` pass with the built files in place.

**A test the new reading breaks** (stated now; the committed rule decides, not the figure): a
twin or pinned line is never re-labelled, re-worded or dropped, and no threshold is moved to
rescue it. The kind that breaks it (or moves a failing (c)-(e) row) goes back to its
reference ``r``; if ``r`` is not couple-lr-9's own threshold, or the test still fails at
``r`` (the new weights read the line lower), ``L`` keeps couple-lr-9's file and thresholds
whole. The same for (c)-(e). A rebuild after a kind goes back is judged on every part again;
a language whose build is not judged on every part by 00:35 UTC does not ship (recorded as
not measured). Part (a) failing: ``L`` keeps couple-lr-9.

**How the version reads.** Both ship: ``MODEL_VERSION`` ``couple-lr-10``, both files
``_v8``. One ships: ``MODEL_VERSION`` ``couple-lr-10`` names the layer (the kinds'
versions read ``+model:couple-lr-10``, so every cache keyed on them turns over) and
``couple_model.MODEL_VERSIONS`` names each file's weights: the shipping language's file
``couple_<L>_v8.npz`` with meta ``couple-lr-10``, the other language's ``_v7`` file kept byte
for byte with its meta ``couple-lr-9``; each file's meta is checked against its own language's
entry, and a model reading's evidence source names the weights that read it
(``model:couple-lr-10`` or ``model:couple-lr-9``). Tests pin ``MODEL_VERSIONS``,
``WEIGHTS_FILES`` and each language's evidence source. Neither ships: ``src/`` unchanged.
``P_LINE`` and the gates are re-chosen after a ship (``unmask_dev.p_line_choice
--couple-rounds 17``), as h-couplemodel15 did. Not read: couple round eighteen, safety round
forty-one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from unmask.signals import couple_model as cm
from unmask.signals import safety_model
from unmask.signals.types import MESSAGE_SIGNALS, PRESENT, SAFETY_SIGNALS
from unmask_dev import couple_round
from unmask_dev import safety_probes as probes
from unmask_dev import train_couple as tc

#: couple-lr-10 on rounds one to seventeen (h-couplemodel17; h-couplemodel16's unshipped fit:
#: one to sixteen; couple-lr-9: one to fifteen; couple-lr-8: one to twelve; couple-lr-7: one
#: to ten; couple-lr-6: one to nine); never round eighteen (held out)
ROUNDS = couple_round.PATHS[:17]
#: couple-lr-3's rounds (``--baseline``: its folds are these less the left-out round)
LR3_ROUNDS = couple_round.PATHS[:6]
#: (control weight, the kinds' yaml examples' weight ``E``): the recipes fitted
#: (couple-lr-4: couple-lr-3's recipe alone; ``E`` 1 lost twice)
CONTROLS: tuple[tuple[float, float], ...] = ((0.1, 0.0),)
#: must-not lines a kind may gain over the left-out rounds (rule (i))
MAX_FALSE = 2
#: couple-lr-6 (h-couplemodel9): the new candidate kinds, and the surface one among them
NEW_KINDS: tuple[str, ...] = ("support.emotional", "bid", "logistics")
SURFACE_KINDS: frozenset[str] = frozenset({"logistics"})
#: a surface kind's line (i): left-out lines labelled none of its family gaining it (one a
#: round: couple-lr-7, ten; couple-lr-8, twelve; couple-lr-9, fifteen; couple-lr-10, sixteen,
#: then seventeen with h-couplemodel17)
MAX_FALSE_SURFACE = 17
GRID = tuple(round(0.5 + 0.05 * k, 2) for k in range(10))
#: the gate's ``p`` line per language (:data:`unmask.signals.couple_model.P_LINE`, h-safety37:
#: English .5 on ``safety-lr-7``'s probabilities); a saved reading with no language (runs
#: before h-safety37, read with ``safety-lr-6``) takes :data:`LEGACY_P_LINE`, its line then
P_LINE: dict[str, float] = dict(cm.P_LINE)
LEGACY_P_LINE = 0.2
#: the regressions' C (couple-lr-3 and -4: 16; ``--c`` measures another)
C = 16.0
GATES: dict[str, str] = {"-": "", "p": "p", "s": "s", "ps": "ps", "psl": "psl", "sl": "sl"}
#: couple-lr-10 (h-couplemodel17): safety rounds eighteen to forty (the even ones negatives,
#: forty among them by the parity rule; the odd ones 19-39 the held check); forty-one is held
#: out (h-couplemodel16: eighteen to thirty-nine; couple-lr-9: eighteen to thirty-eight)
HELD_CONTROL_ROUNDS = tuple(range(18, 41))
#: the last safety round of ``--control-check`` (h-couplemodel17: forty; forty-one is held
#: out; h-couplemodel16: thirty-nine; couple-lr-9: thirty-eight)
LAST_SAFETY = 40
#: (b1) ``--held-neg W``: the even held rounds' controlling lines as negatives of every kind
#: at weight W (:data:`unmask_dev.train_couple.HELD_NEG_ROUNDS`); the check (iii) then reads
#: the odd rounds alone
HELD_NEG_ROUNDS = tuple(n for n in HELD_CONTROL_ROUNDS if n % 2 == 0)
#: (b2) the remorse guard on the vulnerable reading: the safety model's ``1 - p(none)`` line
#: (``--vuln-p``) and the aimed act-of-control clause (``--vuln-s``) for that kind alone
VULN = "disclosure.vulnerable"
VULN_P: float | None = None  # None: the language's :data:`P_LINE`
VULN_S = False
_SAFETY = [MESSAGE_SIGNALS.index(n) for n in SAFETY_SIGNALS]


def held_control(lang: str) -> list[str]:
    """Every line of safety rounds eighteen to thirty-one in ``lang`` (never trained on; with
    ``--held-neg`` the odd rounds alone)."""
    rounds = HELD_CONTROL_ROUNDS
    if tc.HELD_NEG_WEIGHT:
        rounds = tuple(n for n in rounds if n not in HELD_NEG_ROUNDS)
    out = {t for n in rounds for t in getattr(probes, f"ROUND{n}")}
    return sorted(t for t in out if (lang == "zh") == bool(tc._HAN.search(t)))


def reading(texts: list[str], lang: str) -> dict[str, Any]:
    """The whole scorer's reading of ``texts`` (model layers on, the couple model off) and
    the gates' inputs: fired kinds, a safety signal fired, any safety score above zero,
    the safety model's ``1 - p(none)``, an aimed act clause."""
    from unmask.signals.scorer import score_texts

    saved = cm.ENABLED
    cm.ENABLED = False
    try:
        res = score_texts(texts)
    finally:
        cm.ENABLED = saved
    mat = np.stack([np.nan_to_num(res.scores[n]) for n in MESSAGE_SIGNALS], axis=1)
    probs = safety_model.predict(texts, lang)
    return {
        "fired": mat >= PRESENT,
        "safety_fired": (mat[:, _SAFETY] >= PRESENT).any(axis=1),
        "safety_any": (mat[:, _SAFETY] > 0).any(axis=1),
        "p_any": 1.0 - probs[:, 0],
        "lang": lang,
        "struct": np.array([cm.struct_aimed_act(t, lang) for t in texts]),
        "clerk": np.array([cm.clerk_greeting(t, lang) for t in texts], dtype=bool),
    }


#: (h-couplemodel8, variant (b)) ``--clerk-guard``: the clerk guard
#: (:func:`unmask.signals.couple_model.clerk_greeting`) keeps :data:`CLERK_KINDS` off, as
#: in the scorer
CLERK_GUARD = False


def add_clerk(data: dict[str, Any]) -> None:
    """Fill each reading of a saved run that lacks the clerk guard's flags (runs before
    h-couplemodel8), from the same texts in the same order as :func:`measure` read them."""
    for lang in ("en", "zh"):
        d = data.get(f"{lang} data")
        if d is None:
            continue
        sets: list[tuple[dict[str, Any], list[str]]] = []
        for rd, p in zip(d["rounds"], ROUNDS, strict=True):
            sets.append((rd["read"], [m.text for m in couple_round.load(p) if m.lang == lang]))
        sets.append((d["held"], held_control(lang)))
        sets.append((d["tune"], tc._booking(lang, "tune")))
        sets += [(d["yaml"][kind], tc.yaml_must_not(lang, kind)) for kind in cm.KINDS]
        for read, texts in sets:
            if "clerk" in read:
                continue
            if len(texts) != len(read["p_any"]):
                raise SystemExit(f"{lang}: a saved reading does not match its texts")
            read["clerk"] = [cm.clerk_greeting(t, lang) for t in texts]


#: the surface guard, part of every gate (h-couplemodel2, added after the first choice: a
#: partner's logistics question, "thank you for dinner last night, what time are you
#: home?", read as inner_question broke a task-talk test): no ``inner_question`` added to a
#: message the lexicons read as logistics (a question about a time or a place is task
#: talk; :data:`unmask.signals.couple_model.SURFACE_GUARD`)
_LOGISTICS = MESSAGE_SIGNALS.index("logistics")


def negative(rd: dict[str, Any], i: int, kind: str) -> bool:
    """Whether line ``i`` of a saved round ``rd`` is a negative of ``kind``
    (:func:`unmask_dev.train_couple.is_negative`: ``must_not`` for a depth kind; for a
    surface kind, labelled none of its family)."""
    if kind in couple_round.DEPTH:
        return kind in rd["must_not"][i]
    family = tc.SURFACE_FAMILY.get(kind, frozenset({kind}))
    ok = rd.get("ok")  # runs before couple-lr-6 saved no ``ok`` labels
    labels = set(rd["fire"][i]) | (set(ok[i]) if ok else set())
    return not labels & family


def gate_open(r: dict[str, Any], gate: str, kind: str = "", guard: bool = True) -> np.ndarray:
    """Where the model may add ``kind``; ``guard``: the (b2) remorse guard (:data:`VULN_P`,
    :data:`VULN_S`) applies to the vulnerable kind (off for couple-lr-3's folds)."""
    ok = ~np.asarray(r["safety_fired"])
    if cm.SURFACE_GUARD.get(kind) == "logistics" and "fired" in r:
        ok &= ~np.asarray(r["fired"])[:, _LOGISTICS]
    if CLERK_GUARD and guard and kind in cm.CLERK_KINDS and "clerk" in r:
        ok &= ~np.asarray(r["clerk"], dtype=bool)
    if "p" in gate:
        line = P_LINE.get(str(r.get("lang", "")), LEGACY_P_LINE)
        vuln = line if VULN_P is None else VULN_P
        ok &= r["p_any"] < (vuln if guard and kind == VULN else line)
    if guard and kind == VULN and VULN_S:
        ok &= ~np.asarray(r["struct"])
    if "s" in gate:
        ok &= ~r["struct"]
    if "l" in gate:
        ok &= ~r["safety_any"]
    return np.asarray(ok)


def fit(lang: str, paths: tuple[Path, ...], recipe: tuple[float, float]) -> dict[str, Callable]:
    tc.CONTROL_WEIGHT, tc.EXAMPLE_WEIGHT = recipe
    tc.KINDS = cm.KINDS
    tc.HELD_NEG_ROUNDS = HELD_NEG_ROUNDS  # couple-lr-10 (h-couplemodel17): the even rounds 18-40
    return tc.train(paths, lang, C)


def measure(lang: str, out: dict[str, Any], baseline: bool = False) -> None:
    msgs_of = {p: [m for m in couple_round.load(p) if m.lang == lang] for p in ROUNDS}
    texts_of = {p: [m.text for m in msgs_of[p]] for p in ROUNDS}
    read_of = {p: reading(texts_of[p], lang) for p in ROUNDS}
    held = held_control(lang)
    held_read = reading(held, lang)
    tune = tc._booking(lang, "tune")
    tune_read = reading(tune, lang)
    yaml_of = {kind: tc.yaml_must_not(lang, kind) for kind in cm.KINDS}
    yaml_read = {kind: reading(yaml_of[kind], lang) for kind in cm.KINDS}
    for w in CONTROLS:
        rec: dict[str, Any] = {"loro": {}, "held": {}, "tune": {}}
        for k, p in enumerate(ROUNDS):
            rest = tuple(q for j, q in enumerate(ROUNDS) if j != k)
            models = fit(lang, rest, w)
            rec["loro"][str(k)] = {kind: models[kind](texts_of[p]).tolist() for kind in cm.KINDS}
        if baseline:  # couple-lr-3 on the same folds: rounds one to six less round k
            rec["base"] = {}
            for k, p in enumerate(ROUNDS):
                rest = tuple(q for q in LR3_ROUNDS if q != p)
                models = fit(lang, rest, w)
                rec["base"][str(k)] = {
                    kind: models[kind](texts_of[p]).tolist() for kind in cm.KINDS
                }
        models = fit(lang, ROUNDS, w)
        rec["held"] = {kind: models[kind](held).tolist() for kind in cm.KINDS}
        rec["tune"] = {kind: models[kind](tune).tolist() for kind in cm.KINDS}
        rec["yaml"] = {kind: models[kind](yaml_of[kind]).tolist() for kind in cm.KINDS}
        out[f"{lang} {w}"] = rec
        print(f"fitted {lang} recipe {w}", flush=True)
    out[f"{lang} data"] = {
        "rounds": [
            {
                "fire": [sorted(m.fire) for m in msgs_of[p]],
                "ok": [sorted(m.ok) for m in msgs_of[p]],
                "must_not": [sorted(m.must_not) for m in msgs_of[p]],
                "kind": [m.kind for m in msgs_of[p]],
                "read": _plain(read_of[p]),
            }
            for p in ROUNDS
        ],
        "held": _plain(held_read),
        "tune": _plain(tune_read),
        "yaml": {kind: _plain(yaml_read[kind]) for kind in cm.KINDS},
    }


def _plain(r: dict[str, Any]) -> dict[str, Any]:
    return {k: np.asarray(v).tolist() for k, v in r.items()}


#: the left-out rounds whose hits the recipes are compared on (h-couplemodel4, found after
#: the first choice: rounds one to three's lines are among the lexicon files' examples,
#: so with ``E`` 1 their left-out reading is no estimate; rounds four to six share no
#: five-word or five-character run with any example)
#: couple-lr-4 to -9 (``E`` 0 alone): every left-out round counts
COUNT_ROUNDS: tuple[int, ...] = tuple(range(17))


def choose(
    path: Path, count: tuple[int, ...] = tuple(range(6)), only: str = ""
) -> dict[str, dict[str, float]]:
    """The rule over the saved probabilities: per recipe, the thresholds and the sums
    (hits summed over the left-out rounds ``count``, indices into :data:`ROUNDS`); returns
    the thresholds of gate ``only`` (the first recipe) where given."""
    data = json.loads(path.read_text())
    if CLERK_GUARD:
        add_clerk(data)
    best: list[tuple[int, float, int, str]] = []
    found: dict[str, dict[str, float]] = {"en": {}, "zh": {}}
    for w in CONTROLS:
        for gname, gate in GATES.items():
            if only and gname != only:
                continue
            total = 0
            lines = []
            for lang in ("en", "zh"):
                d = data[f"{lang} data"]
                rec = data[f"{lang} {w}"]
                for kind in cm.KINDS:
                    col = MESSAGE_SIGNALS.index(kind)
                    chosen = None
                    extra = ""
                    surface = kind in SURFACE_KINDS
                    for t in GRID:
                        hits = pos = false = added = 0
                        counted = [0, 0]
                        for k, rd in enumerate(d["rounds"]):
                            r = {x: np.asarray(v) for x, v in rd["read"].items()}
                            g = gate_open(r, gate, kind)
                            p = np.asarray(rec["loro"][str(k)][kind])
                            for i in range(len(p)):
                                on = p[i] >= t and g[i]
                                if kind in rd["fire"][i]:
                                    pos += 1
                                    hits += int(on)
                                    added += int(on and not r["fired"][i][col])
                                    if k in count:
                                        counted[0] += int(on)
                                        counted[1] += 1
                                elif negative(rd, i, kind):
                                    false += int(on and not r["fired"][i][col])
                        hr = {x: np.asarray(v) for x, v in d["held"].items()}
                        ph = np.asarray(rec["held"][kind])
                        held_hits = int(
                            ((ph >= t) & gate_open(hr, gate, kind) & ~hr["fired"][:, col]).sum()
                        )
                        tr = {x: np.asarray(v) for x, v in d["tune"].items()}
                        pt = np.asarray(rec["tune"][kind])
                        rate = float(((pt >= t) & gate_open(tr, gate, kind)).mean())
                        yr = {x: np.asarray(v) for x, v in d["yaml"][kind].items()}
                        py = np.asarray(rec["yaml"][kind])
                        yaml_hits = int(
                            ((py >= t) & gate_open(yr, gate, kind) & ~yr["fired"][:, col]).sum()
                        )
                        if (
                            false <= (MAX_FALSE_SURFACE if surface else MAX_FALSE)
                            and (surface or rate <= tc.TUNE_RATE)
                            and (surface or held_hits == 0)
                            and yaml_hits == 0
                        ):
                            chosen = (t, counted[0], counted[1], false)
                            extra = f" added {added} held {held_hits} tune {rate:.4f}"
                            break
                    if only:
                        found[lang][kind] = chosen[0] if chosen else cm.OFF
                    if chosen is None:
                        lines.append(f"{lang} {kind[:12]} off")
                    else:
                        total += chosen[1]
                        t, h, n, f = chosen
                        lines.append(f"{lang} {kind[:12]} t{t} {h}/{n} f{f}{extra}")
            best.append((total, -w[1], -len(gate), f"{w} {gname}"))
            print(f"recipe {w} gate {gname}: total {total} | " + "; ".join(lines))
    best.sort(reverse=True)
    print("chosen by the rule:", best[0][3])
    return found


def loro_counts(
    data: dict[str, Any], lang: str, key: str, kind: str, t: float, gate: str = cm.GATE
) -> tuple[int, int, int]:
    """(hits, positives, must-not lines gained) of ``kind`` over the left-out rounds, the
    fold models ``key`` (``loro``: couple-lr-4's; ``base``: couple-lr-3's) at ``t``."""
    d = data[f"{lang} data"]
    rec = data[f"{lang} {CONTROLS[0]}"][key]
    col = MESSAGE_SIGNALS.index(kind)
    hits = pos = false = 0
    for k, rd in enumerate(d["rounds"]):
        r = {x: np.asarray(v) for x, v in rd["read"].items()}
        g = gate_open(r, gate, kind, guard=key != "base")
        on = (np.asarray(rec[str(k)][kind]) >= t) & g
        for i in range(len(on)):
            if kind in rd["fire"][i]:
                pos += 1
                hits += int(on[i])
            elif kind in rd["must_not"][i]:
                false += int(on[i] and not r["fired"][i][col])
    return hits, pos, false


def compare(path: Path, new: dict[str, dict[str, float]], base: Path | None = None) -> None:
    """couple-lr-5 (thresholds ``new``) against couple-lr-3 (its shipped thresholds) on
    the same folds: parts (a) and (b) of the couple-lr-4 and -5 rules."""
    data = json.loads(path.read_text())
    if CLERK_GUARD:
        add_clerk(data)
    if base is not None:  # couple-lr-3's folds from another run (the same rounds and folds)
        other = json.loads(base.read_text())
        for lang in ("en", "zh"):
            data[f"{lang} {CONTROLS[0]}"]["base"] = other[f"{lang} {CONTROLS[0]}"]["base"]
    tot = {"base": [0, 0], "loro": [0, 0]}
    worst = 0
    for lang in ("en", "zh"):
        for kind in cm.KINDS:
            row = []
            got = {}
            for key, ths in (("base", tc.LR3_THRESHOLDS), ("loro", new)):
                t = ths[lang][kind]
                h, n, f = loro_counts(data, lang, key, kind, t) if t < cm.OFF else (0, 0, 0)
                got[key] = h
                tot[key][0] += h
                tot[key][1] += f
                row.append(f"{key} t{t} {h}/{n} f{f}")
            worst = min(worst, got["loro"] - got["base"])
            print(f"{lang} {kind:22s} " + " | ".join(row))
    ok_a = tot["loro"][0] > tot["base"][0] and worst >= -2
    ok_b = tot["loro"][1] <= tot["base"][1] + 2
    print(
        f"hits lr-3 {tot['base'][0]} -> lr-5 {tot['loro'][0]} (worst kind {worst:+d}); "
        f"must-not gains {tot['base'][1]} -> {tot['loro'][1]}; (a) {ok_a} (b) {ok_b}"
    )


def _fold_counts(
    d: dict[str, Any],
    rec: dict[str, Any],
    kind: str,
    t: float,
    folds: tuple[int, ...] | None = None,
) -> list[int]:
    """One (language, kind) at threshold ``t`` over the left-out folds ``rec`` of the rounds
    ``d`` (``folds``: these left-out rounds alone, indices into :data:`ROUNDS`): [hits
    (lexicons plus added), lines labelled it, the lexicons' hits, added, gains on lines that
    must not read it, gains on the fights' and sarcasm lines]."""
    col = MESSAGE_SIGNALS.index(kind)
    hits = pos = lex = added = false = fights = 0
    for k, rd in enumerate(d["rounds"]):
        if folds is not None and k not in folds:
            continue
        r = {x: np.asarray(v) for x, v in rd["read"].items()}
        on = (np.asarray(rec[str(k)][kind]) >= t) & gate_open(r, cm.GATE, kind)
        on &= t < cm.OFF
        kinds = rd.get("kind") or [""] * len(on)
        for i in range(len(on)):
            fired = bool(r["fired"][i][col])
            gain = bool(on[i]) and not fired
            if kind in rd["fire"][i]:
                pos += 1
                lex += int(fired)
                hits += int(on[i] or fired)
                added += int(gain)
            else:
                false += int(gain and negative(rd, i, kind))
                fights += int(gain and kinds[i] in tc.FIGHT_KINDS and kind not in rd["ok"][i])
    return [hits, pos, lex, added, false, fights]


def compare6(path: Path, new: dict[str, dict[str, float]]) -> None:
    """couple-lr-6 (thresholds ``new``) on its nine folds: per (language, kind) the left-out
    hits, those the lexicons missed (``added``: main's reading for a new kind is the
    lexicons') and the lines gaining it that must not read it; the five kinds also at
    couple-lr-5's shipped thresholds on the same folds (for the record)."""
    data = json.loads(path.read_text())
    add_clerk(data)
    tot = {"lr5": [0, 0], "lr6": [0, 0]}
    for lang in ("en", "zh"):
        d = data[f"{lang} data"]
        rec = data[f"{lang} {CONTROLS[0]}"]["loro"]
        for kind in cm.KINDS:
            row = []
            for key, t in (
                ("lr5", tc.LR5_03_THRESHOLDS[lang].get(kind, cm.OFF)),
                ("lr6", new[lang][kind]),
            ):
                hits, pos, lex, added, false, _ = _fold_counts(d, rec, kind, t)
                tot[key][0] += added
                tot[key][1] += false
                row.append(f"{key} t{t} hits {hits}/{pos} (lexicons {lex}, added {added}) f{false}")
            print(f"{lang} {kind:22s} " + " | ".join(row))
    print(
        f"added hits lr-5 thresholds {tot['lr5'][0]} -> lr-6 {tot['lr6'][0]}; "
        f"gains on lines that must not read the kind {tot['lr5'][1]} -> {tot['lr6'][1]}"
    )


def compare7(path: Path, new: dict[str, dict[str, float]]) -> None:
    """couple-lr-7 (thresholds ``new``) against main's thresholds (couple-lr-6's,
    :data:`unmask_dev.train_couple.LR6_THRESHOLDS`) on the same ten folds: per (language,
    kind) the left-out hits (lexicons plus added), the added part, the lines gaining it that
    must not read it, and the gains on the fights' and sarcasm lines (variant (b))."""
    data = json.loads(path.read_text())
    add_clerk(data)
    tot = {"lr6": [0, 0, 0, 0], "lr7": [0, 0, 0, 0]}
    for lang in ("en", "zh"):
        d = data[f"{lang} data"]
        rec = data[f"{lang} {CONTROLS[0]}"]["loro"]
        for kind in cm.KINDS:
            row = []
            for key, t in (("lr6", tc.LR6_THRESHOLDS[lang][kind]), ("lr7", new[lang][kind])):
                hits, pos, lex, added, false, fights = _fold_counts(d, rec, kind, t)
                for j, v in enumerate((hits, added, false, fights)):
                    tot[key][j] += v
                row.append(
                    f"{key} t{t} hits {hits}/{pos} (lexicons {lex}, added {added}) "
                    f"f{false} fights {fights}"
                )
            print(f"{lang} {kind:22s} " + " | ".join(row))
    for key in ("lr6", "lr7"):
        h, a, f, g = tot[key]
        print(f"{key}: hits {h}, added {a}, must-not gains {f}, fight / sarcasm gains {g}")


def parts_i_iii(d: dict[str, Any], rec: dict[str, Any], kind: str, t: float) -> tuple[int, int]:
    """Parts (i) and (iii) of the rule for one (language, kind) at ``t``: the left-out lines
    gaining it that must not read it (every fold, as :func:`choose` counts them) and the held
    controlling lines gaining it (the model fitted on every round); (0, 0) for ``cm.OFF``."""
    if t >= cm.OFF:
        return 0, 0
    col = MESSAGE_SIGNALS.index(kind)
    false = 0
    for k, rd in enumerate(d["rounds"]):
        r = {x: np.asarray(v) for x, v in rd["read"].items()}
        on = (np.asarray(rec["loro"][str(k)][kind]) >= t) & gate_open(r, cm.GATE, kind)
        for i in range(len(on)):
            if kind not in rd["fire"][i] and negative(rd, i, kind):
                false += int(bool(on[i]) and not r["fired"][i][col])
    hr = {x: np.asarray(v) for x, v in d["held"].items()}
    ph = np.asarray(rec["held"][kind])
    held = int(((ph >= t) & gate_open(hr, cm.GATE, kind) & ~hr["fired"][:, col]).sum())
    return false, held


def parts_ii_iv(d: dict[str, Any], rec: dict[str, Any], kind: str, t: float) -> tuple[float, int]:
    """Parts (ii) and (iv) of the rule for one (language, kind) at ``t`` (couple-lr-9's
    widened mending): the booking tuning hit rate and the kind's own yaml ``must_not_fire``
    lines gaining it, both from the model fitted on every round, as :func:`choose` counts
    them; (0.0, 0) for ``cm.OFF``."""
    if t >= cm.OFF:
        return 0.0, 0
    col = MESSAGE_SIGNALS.index(kind)
    tr = {x: np.asarray(v) for x, v in d["tune"].items()}
    rate = float(((np.asarray(rec["tune"][kind]) >= t) & gate_open(tr, cm.GATE, kind)).mean())
    yr = {x: np.asarray(v) for x, v in d["yaml"][kind].items()}
    py = np.asarray(rec["yaml"][kind])
    yaml_hits = int(((py >= t) & gate_open(yr, cm.GATE, kind) & ~yr["fired"][:, col]).sum())
    return rate, yaml_hits


def fails_rule(
    d: dict[str, Any], rec: dict[str, Any], kind: str, t: float, wide: bool = True
) -> tuple[bool, str]:
    """Whether threshold ``t`` of (language, kind) fails the rule on these folds: parts (i)
    and (iii) (couple-lr-8's mending), and with ``wide`` also (ii) and (iv) (couple-lr-9's);
    (ii) and (iii) bind the depth-side kinds only, as in :func:`choose`."""
    surface = kind in SURFACE_KINDS
    false, held = parts_i_iii(d, rec, kind, t)
    failed = false > (MAX_FALSE_SURFACE if surface else MAX_FALSE) or (not surface and held > 0)
    note = f"f{false} held {held}"
    if wide:
        rate, yaml_hits = parts_ii_iv(d, rec, kind, t)
        failed = failed or yaml_hits > 0 or (not surface and rate > tc.TUNE_RATE)
        note += f" tune {rate:.4f} yaml {yaml_hits}"
    return failed, note


#: couple-lr-8's candidate: the kinds kept off whatever the rule reads (English logistics,
#: couple-lr-6's reason; English support, variant (a) alone turns it on)
LR8_KEPT_OFF: dict[str, frozenset[str]] = {
    "en": frozenset({"logistics", "support.emotional"}),
    "zh": frozenset(),
}


def compare8(
    path: Path, new: dict[str, dict[str, float]], support_on: bool = False, wide: bool = False
) -> None:
    """couple-lr-8 (thresholds ``new``) against main's (couple-lr-6's) thresholds on the same
    folds (as many as the run saved: couple-lr-8 twelve, couple-lr-9 fifteen), the rule's
    mending: a (language, kind) at which main's threshold fails part (i) or (iii) on these
    folds (``wide``, couple-lr-9: any of (i)-(iv), :func:`fails_rule`) is counted at the
    rule's threshold on both sides. Per (language, kind) the left-out hits (lexicons plus
    added), added, the must-not gains and the fights' and sarcasm gains; the sums and part
    (a). ``support_on``: variant (a)."""
    data = json.loads(path.read_text())
    add_clerk(data)
    tot = {"main": [0, 0, 0, 0], "refit": [0, 0, 0, 0]}
    for lang in ("en", "zh"):
        d = data[f"{lang} data"]
        rec = data[f"{lang} {CONTROLS[0]}"]
        for kind in cm.KINDS:
            t8 = new[lang][kind]
            if kind in LR8_KEPT_OFF[lang] and not (support_on and kind == "support.emotional"):
                t8 = cm.OFF
            t6 = tc.LR6_THRESHOLDS[lang][kind]
            failed, why = fails_rule(d, rec, kind, t6, wide)
            tm = t8 if failed else t6
            row = []
            for key, t in (("main", tm), ("refit", t8)):
                hits, pos, lex, added, false, fights = _fold_counts(d, rec["loro"], kind, t)
                for j, v in enumerate((hits, added, false, fights)):
                    tot[key][j] += v
                row.append(
                    f"{key} t{t} hits {hits}/{pos} (lex {lex}, +{added}) f{false} fights {fights}"
                )
            note = f" [main's t{t6} fails: {why}]" if failed else ""
            print(f"{lang} {kind:22s} " + " | ".join(row) + note)
    for key in ("main", "refit"):
        h, a, f, g = tot[key]
        print(f"{key}: hits {h}, added {a}, must-not gains {f}, fight / sarcasm gains {g}")
    ok = tot["refit"][0] >= tot["main"][0] and tot["refit"][2] <= tot["main"][2] + 2
    print(f"part (a): {ok}")


#: couple-lr-10 (h-couplemodel16): the weight of a must-not gain against a hit in ``S``
GAIN_WEIGHT = 2
#: couple-lr-10: a (language, kind)'s must-not gains may exceed its reference's by this many
GAIN_CAP = 3
#: couple-lr-10 part (a): the summed must-not gains may exceed the references' by this many
TOTAL_GAIN_CAP = 6
#: couple-lr-10 step 4: the two halves of the folds (rounds one to eight, nine to seventeen
#: left out; h-couplemodel16: nine to sixteen) on each of which the chosen threshold's ``S``
#: must be at least the reference's
HALVES: tuple[tuple[int, ...], ...] = (tuple(range(8)), tuple(range(8, 17)))


#: h-couplemodel17 part (a) per language: a language's summed must-not gains may exceed its
#: references' by this many (half of :data:`TOTAL_GAIN_CAP`, which is for both languages)
LANG_GAIN_CAP = 3


def part_a(ref: list[int], new: list[int]) -> bool:
    """h-couplemodel17's part (a) for one language from its sums ``[hits, added, gains,
    fights]`` at the references and at the chosen thresholds: hits and ``S`` at least the
    references', gains at most the references' plus :data:`LANG_GAIN_CAP`."""
    return (
        new[0] >= ref[0]
        and _score(new[0], new[2]) >= _score(ref[0], ref[2])
        and new[2] <= ref[2] + LANG_GAIN_CAP
    )


def _passes_ii_iv(d: dict[str, Any], rec: dict[str, Any], kind: str, t: float) -> bool:
    """Parts (ii)-(iv) at ``t`` (the surface kind: (iv) alone), as :func:`choose` reads them."""
    rate, yaml_hits = parts_ii_iv(d, rec, kind, t)
    if kind in SURFACE_KINDS:
        return yaml_hits == 0
    _, held = parts_i_iii(d, rec, kind, t)
    return yaml_hits == 0 and held == 0 and rate <= tc.TUNE_RATE


def reference10(d: dict[str, Any], rec: dict[str, Any], lang: str, kind: str) -> float:
    """couple-lr-10's step 1: couple-lr-9's threshold if it passes (ii)-(iv) on this run's fits,
    else the lowest grid threshold above it that does (none: ``cm.OFF``)."""
    t9 = tc.LR9_THRESHOLDS[lang][kind]
    if t9 >= cm.OFF or kind in LR8_KEPT_OFF[lang]:
        return cm.OFF
    for t in (t9, *(g for g in GRID if g > t9)):
        if _passes_ii_iv(d, rec, kind, t):
            return t
    return cm.OFF


def _score(hits: int, gains: int) -> int:
    return hits - GAIN_WEIGHT * gains


def pick10(d: dict[str, Any], rec: dict[str, Any], kind: str, r: float) -> tuple[float, str]:
    """couple-lr-10's steps 2-4 for one depth-side (language, kind) with reference ``r``: the
    admissible threshold with the largest ``S`` (a tie to ``r``, else the higher), kept only
    if its ``S`` is at least ``r``'s on each of :data:`HALVES`; returns (the threshold, a
    note)."""
    counts = {t: _fold_counts(d, rec["loro"], kind, t) for t in (*GRID, cm.OFF)}
    h_r, g_r = counts[r][0], counts[r][4]
    best = r
    for t in GRID:
        h, g = counts[t][0], counts[t][4]
        if not _passes_ii_iv(d, rec, kind, t):
            continue
        if h < h_r or g > g_r + GAIN_CAP:
            continue
        s_t, s_best = _score(h, g), _score(counts[best][0], counts[best][4])
        if s_t > s_best or (s_t == s_best and best != r):
            best = t  # GRID ascends: a tie goes to the reference, else to the higher
    halves = []
    for half in HALVES:
        a = _fold_counts(d, rec["loro"], kind, best, half)
        b = _fold_counts(d, rec["loro"], kind, r, half)
        halves.append((_score(a[0], a[4]), _score(b[0], b[4])))
    held_up = all(x >= y for x, y in halves)
    note = "S by half " + ", ".join(f"{x} vs {y}" for x, y in halves)
    if best != r and not held_up:
        note += f" (t{best} fails step 4: keeps r)"
    return (best if held_up else r), note


def choose10(path: Path) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, float]]]:
    """couple-lr-10's threshold rule (the module docstring, steps 1-5) over the saved run
    ``path``; prints each (language, kind)'s reference and choice with their left-out hits,
    gains, ``S`` and ``S`` on each half, the sums and part (a). Returns (the chosen
    thresholds, the references)."""
    data = json.loads(path.read_text())
    add_clerk(data)
    chosen: dict[str, dict[str, float]] = {"en": {}, "zh": {}}
    refs: dict[str, dict[str, float]] = {"en": {}, "zh": {}}
    tot = {"ref": [0, 0, 0, 0], "new": [0, 0, 0, 0]}  # hits, added, gains, fights
    by_lang: dict[str, dict[str, list[int]]] = {}
    for lang in ("en", "zh"):
        if f"{lang} data" not in data:  # h-couplemodel17: one language's run read alone
            continue
        by_lang[lang] = {"ref": [0, 0, 0, 0], "new": [0, 0, 0, 0]}
        d = data[f"{lang} data"]
        rec = data[f"{lang} {CONTROLS[0]}"]
        for kind in cm.KINDS:
            r = reference10(d, rec, lang, kind)
            counts = {t: _fold_counts(d, rec["loro"], kind, t) for t in (*GRID, cm.OFF)}
            note = ""
            if kind in LR8_KEPT_OFF[lang]:
                t_new = cm.OFF
                note = "kept off"
            elif kind in SURFACE_KINDS:  # couple-lr-6's rule
                t_new = cm.OFF
                for t in GRID:
                    false, _ = parts_i_iii(d, rec, kind, t)
                    if false <= MAX_FALSE_SURFACE and _passes_ii_iv(d, rec, kind, t):
                        t_new = t
                        break
                note = "surface: couple-lr-6's rule"
            else:
                t_new, note = pick10(d, rec, kind, r)
            refs[lang][kind] = r
            chosen[lang][kind] = t_new
            row = []
            for key, t in (("ref", r), ("new", t_new)):
                hits, pos, lex, added, false, fights = counts[t if t < cm.OFF else cm.OFF]
                for j, v in enumerate((hits, added, false, fights)):
                    tot[key][j] += v
                    by_lang[lang][key][j] += v
                row.append(
                    f"{key} t{t} hits {hits}/{pos} (lex {lex}, +{added}) f{false} "
                    f"S {_score(hits, false)} fights {fights}"
                )
            print(f"{lang} {kind:22s} " + " | ".join(row) + f" [{note}]")
    s_ref, s_new = (_score(tot[k][0], tot[k][2]) for k in ("ref", "new"))
    for key, sc in (("ref", s_ref), ("new", s_new)):
        h, a, f, g = tot[key]
        print(f"{key}: hits {h}, added {a}, must-not gains {f}, S {sc}, fight / sarcasm gains {g}")
    ok = (
        tot["new"][0] >= tot["ref"][0]
        and s_new >= s_ref
        and tot["new"][2] <= tot["ref"][2] + TOTAL_GAIN_CAP
    )
    print(f"part (a), both languages (h-couplemodel16): {ok}")
    for lang, per in by_lang.items():
        h0, _, f0, _ = per["ref"]
        h1, _, f1, _ = per["new"]
        print(
            f"part (a), {lang} alone (h-couplemodel17): {part_a(per['ref'], per['new'])} "
            f"(hits {h0} -> {h1}, gains {f0} -> {f1}, S {_score(h0, f0)} -> {_score(h1, f1)})"
        )
    print(
        "for the record, couple-lr-8's part (a) (gains at most the references' plus two): "
        f"{tot['new'][0] >= tot['ref'][0] and tot['new'][2] <= tot['ref'][2] + 2}"
    )
    return chosen, refs


def all_control_lines() -> list[str]:
    """Every line of safety rounds one to :data:`LAST_SAFETY` (the probes; every kind;
    couple-lr-6: thirty-two, never the held-out thirty-three)."""
    names = [
        "TUNED",
        "HELD_OUT",
        "ROUND4",
        "FRESH",
        *(f"ROUND{n}" for n in range(5, LAST_SAFETY + 1)),
    ]
    return sorted({t for name in names for t in getattr(probes, name)})


def all_twins() -> list[str]:
    """The safety rounds' everyday / heated / teasing twins (not control: for the record)."""
    names = [n for n in dir(probes) if n.endswith("SAFE") or n.startswith("FRESH_SAFE")]
    return sorted({t for n in names for t in getattr(probes, n) if isinstance(t, str)})


def control_check() -> None:
    """Through the whole scorer, the couple layer on and off: the controlling lines that
    no safety signal caught which gain a depth kind (the gate's promise: none), and the
    twins' gains (for the record); counts by kind only, no text."""
    from unmask.signals.scorer import score_texts
    from unmask.signals.types import DEPTH_SIGNALS

    saved = cm.ENABLED
    for name, texts in (("controlling lines", all_control_lines()), ("twins", all_twins())):
        got = {}
        for flag in (True, False):
            cm.ENABLED = flag
            r = score_texts(texts)
            names = (*DEPTH_SIGNALS, "bid")  # couple-lr-6: a bid is depth-side
            depth = np.stack([np.asarray(r.scores[n]) >= PRESENT for n in names], axis=1)
            safe = np.stack([np.asarray(r.scores[n]) >= PRESENT for n in SAFETY_SIGNALS], axis=1)
            got[flag] = (depth, safe.any(axis=1))
        cm.ENABLED = saved
        gained = got[True][0] & ~got[False][0]
        uncaught = ~got[False][1]
        by_kind = {n: int(gained[:, j].sum()) for j, n in enumerate(names) if gained[:, j].any()}
        zh = np.array([bool(tc._HAN.search(t)) for t in texts], dtype=bool)
        by_lang = {  # h-couplemodel17: each language is judged on its own lines
            lang: int((gained.any(axis=1) & (zh if lang == "zh" else ~zh)).sum())
            for lang in ("en", "zh")
        }
        print(
            f"{name}: {len(texts)} distinct, {int(uncaught.sum())} with no safety signal; "
            f"gaining a depth kind: {int(gained.any(axis=1).sum())} {by_kind}; "
            f"by language {by_lang}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path("/tmp/couple_recipe.json"))
    ap.add_argument("--choose", action="store_true", help="apply the rule to --out")
    ap.add_argument(
        "--all-rounds", action="store_true", help="sum hits over all six left-out rounds"
    )
    ap.add_argument("--control-check", action="store_true", help="the safety rounds' lines")
    ap.add_argument(
        "--baseline", action="store_true", help="also fit couple-lr-3 on the same folds"
    )
    ap.add_argument("--c", type=float, default=16.0, help="the regressions' C")
    ap.add_argument("--langs", default="en,zh", help="the languages fitted")
    ap.add_argument("--compare", action="store_true", help="couple-lr-5 vs couple-lr-3 (--out)")
    ap.add_argument("--held-neg", type=float, default=0.0, help="(b1) the even held rounds' weight")
    ap.add_argument(
        "--vuln-p", type=float, help="(b2) vulnerable's p line (default: the language's P_LINE)"
    )
    ap.add_argument("--base", type=Path, default=None, help="couple-lr-3's folds from this run")
    ap.add_argument("--vuln-s", action="store_true", help="(b2) vulnerable's clause gate")
    ap.add_argument("--clerk-guard", action="store_true", help="(b) the clerk guard")
    ap.add_argument("--fight-neg", type=float, default=0.0, help="couple-lr-6 (f) fights' weight")
    ap.add_argument("--compare6", action="store_true", help="couple-lr-6 vs lr-5 thresholds")
    ap.add_argument("--compare7", action="store_true", help="couple-lr-7 vs main's thresholds")
    ap.add_argument("--compare8", action="store_true", help="couple-lr-8 vs main's, as allowed")
    ap.add_argument(
        "--compare9",
        action="store_true",
        help="couple-lr-9 vs main's, the mending widened to parts (i)-(iv); and as --compare8",
    )
    ap.add_argument(
        "--compare10",
        action="store_true",
        help="couple-lr-10's rule: recall floor, gain cap, S = hits - 2 gains, both halves",
    )
    ap.add_argument("--support-on", action="store_true", help="with --compare8/9: variant (a)")
    ap.add_argument(
        "--service-neg", type=float, default=0.0, help="(a) service openers / closers' weight"
    )
    args = ap.parse_args(argv)
    tc.HELD_NEG_WEIGHT = args.held_neg
    tc.SERVICE_NEG_WEIGHT = args.service_neg
    tc.FIGHT_NEG_WEIGHT = args.fight_neg
    globals()["CLERK_GUARD"] = args.clerk_guard
    globals()["VULN_P"] = args.vuln_p
    globals()["VULN_S"] = args.vuln_s
    if args.control_check:
        control_check()
        return 0
    count = tuple(range(len(ROUNDS))) if args.all_rounds else COUNT_ROUNDS
    if args.compare10:
        new, _ = choose10(args.out)
        print("chosen:", json.dumps(new, sort_keys=True))
        return 0
    if args.compare9:
        new = choose(args.out, count, only=cm.GATE)
        print("== couple-lr-9's mending: main's thresholds failing any of parts (i)-(iv) ==")
        compare8(args.out, new, args.support_on, wide=True)
        print("== for the record: couple-lr-8's mending, parts (i) and (iii) alone ==")
        compare8(args.out, new, args.support_on, wide=False)
        return 0
    if args.compare8:
        compare8(args.out, choose(args.out, count, only=cm.GATE), args.support_on)
        return 0
    if args.compare7:
        compare7(args.out, choose(args.out, count, only=cm.GATE))
        return 0
    if args.compare6:
        compare6(args.out, choose(args.out, count, only=cm.GATE))
        return 0
    if args.compare:
        compare(args.out, choose(args.out, count, only=cm.GATE), args.base)
        return 0
    if args.choose:
        choose(args.out, count)
        return 0
    out: dict[str, Any] = {}
    globals()["C"] = args.c
    for lang in args.langs.split(","):
        measure(lang, out, args.baseline)
    if args.langs != "en,zh":
        args.out.write_text(json.dumps(out))
        return 0
    args.out.write_text(json.dumps(out))
    choose(args.out, count)
    return 0


if __name__ == "__main__":
    sys.exit(main())

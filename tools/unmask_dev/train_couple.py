"""The per-language linear model for the couple depth kinds that the lexicons' round
constructs do not carry to a fresh round: the trial (h-couplemodel) and the shipped
``couple-lr-1`` (h-couplemodel2; :mod:`unmask.signals.couple_model`, whose reader this
module's weights are written for; docs/validity.md, "A small model for the couple kinds
(h-couplemodel)" and "The couple model shipped (h-couplemodel2)").

Kinds: :data:`unmask.signals.couple_model.KINDS` (``disclosure.vulnerable``,
``inner_question``, ``future``, ``affection``, and since h-couplemodel2 ``gratitude``, which
passed the recipe rule); one binary logistic regression per kind and language over the
shipped model layers' hashed features (:func:`unmask_dev.safety_model.hashed`: English word
and char n-grams with the cue block, Chinese character 1-3-grams with the length).

- **Shipped** (``--write``, h-couplemodel2): trained on couple rounds one to four
  (:data:`SHIP_ROUNDS`) with the safety rounds' controlling lines at
  :data:`SHIP_CONTROL` and the thresholds :data:`SHIP_THRESHOLDS`, both chosen by the rule
  of :mod:`unmask_dev.couple_recipe`; written to ``src/unmask/signals/models/``.
- **couple-lr-3** (h-couplemodel4): trained on couple rounds one to six, the recipe and
  thresholds chosen again by :mod:`unmask_dev.couple_recipe` (:data:`SHIP_EXAMPLES` the
  kinds' lexicon examples as positives, measured and left at 0); the precision head
  (:func:`train_veto`, judged by :func:`veto_loro`) is written with every head off
  (:data:`SHIP_VETO_THRESHOLDS`).
- **Positives**: the couple rounds' messages labelled to fire the kind (``fire``).
- **Negatives**: the rounds' messages that must not fire it (``ok`` labels count for
  neither), and hard negatives from the booking sets' fit quarter (MultiWOZ, MIT;
  CrossWOZ, Apache 2.0; CRC32 % 8 in {0, 4}, as :mod:`unmask_dev.train_safety`) at
  weight :data:`NEG_WEIGHT`. ESConv (CC BY-NC) is never trained on. ``--control W``: the
  safety rounds' controlling lines (:func:`control_lines`, rounds eighteen to twenty-seven
  left out) as negatives of every kind at weight ``W`` (read after the judge, on the safety
  rounds and rounds one to three only; not judged on round four).
- **Assist**: the model can only add a kind the lexicons did not read, on a message where
  no safety signal fired, from the kind's threshold up.
- **Recipe choice**: leave one of rounds one to three out (train on the other two, read
  the left-out one), over C and the threshold; the booking sets' tuning quarter bounds
  the threshold (no more than :data:`TUNE_RATE` hits per turn). Chosen (``--alone``, the
  model alone on each left-out round, summed): C 16, positives weighted to the negatives'
  total (:data:`BALANCE` 1.0), threshold 0.8 for every kind: en vulnerable 26/45 (false 2),
  inner_question 5/14, future 2/13, affection 8/34; zh 11/46 (false 1), 7/14, 4/13, 6/34
  (false 0); C 1, 4 and :data:`BALANCE` 0 / 0.5, thresholds 0.2-0.9 read too.
- **Judge** (``--judge``, once, after the recipe is chosen): train on rounds one to three
  and print round four's validity rows (aggregate figures only, never a line) with and
  without the assist. ``--judge-round five`` (h-round5) reads round five instead, trained
  on rounds one to four; both print the hits on the held-out controlling lines.
- **The zh disclosure head over reproach and teasing shapes** (h-couplemodel12; the rule,
  written before any figure): the head in :data:`unmask.signals.couple_model.CUE_GATED`
  may also drop a reading on a line *with* a lexicon feeling cue where the line has the
  shape of a reproach or a tease addressed to the other (``lang/zh/guards/reproach.yaml``,
  read through :mod:`unmask.signals.couple_guards`). Judged by h-zhcouple's precision rule
  over couple rounds one to ten left out one at a time (``--veto-loro
  zh:disclosure.emotional --veto-baseline --veto-rounds 10 --veto-shape``): the pooled
  family precision rises over the shipped head's on the same folds, and recall falls by no
  more than the shipped head's. Outside (``benchmarks/validity.py``, against main's reading
  on the same base): SMP2020 and NLPCC (both halves), CPED, SmileChat and our Weibo-style
  posts within .005 of main; no zh false-depth, safety, booking or profile row worse.
  Variants, each a line in docs/validity.md: (a) the head as shipped (rounds one to nine,
  .75) allowed over the shape's cued lines; (b) the head retrained on rounds one to ten,
  the shape's cued lines at the grid's threshold; (c) the helper's own. The best passing
  one ships; none passing, nothing ships.
- **The English disclosure head over reproaches and sarcasm** (h-couplemodel13; the rule,
  written before any figure): the en head of ``disclosure.emotional`` (off until now),
  trained on couple rounds one to eleven (round eleven judged last session), read over the
  lines of an English reproach / sarcasm shape addressed to the other
  (``lang/en/guards/reproach.yaml``: you always / you never / as usual / thanks a lot /
  great, just great / seriously?, a rhetorical question at the other). Judged by
  h-zhcouple's precision rule over couple rounds one to eleven left out one at a time
  (``--veto-loro en:disclosure.emotional --veto-rounds 11 --veto-shape ...``, no head as
  the baseline since the en head is off): the pooled English disclosure-family precision
  rises, its recall falls by no more than .02 (``--veto-max-loss 0.02``). Outside
  (``benchmarks/validity.py``, against main's reading on the same base): CL-Aff (train,
  dev, simulated test: disclosure and support), ESConv false alarms, EPITOME, the English
  booking rows and every English couple, safety and profile row within .005 of main or
  better. Variants, each a line in docs/validity.md: (a) the head read only over cued lines
  of the shape, thresholds .50-.95; (b) the same head read on uncued (cue-free) lines too;
  (c) the helper's own. The best passing one ships; none passing, nothing ships under src.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from unmask.signals import couple_model as cm
from unmask.signals.types import SAFETY_SIGNALS
from unmask_dev import couple_round
from unmask_dev import safety_model as ms
from unmask_dev.validity import couple as vcouple

#: the shipped layer's kinds (gratitude a candidate since h-couplemodel2: the recipe rule
#: decides, :mod:`unmask_dev.couple_recipe`)
KINDS: tuple[str, ...] = cm.KINDS
N_BUCKETS = 2**16
NEG_WEIGHT = 0.3
NEG_PER_SET = 3000
TUNE_RATE = 0.001
#: positives' total weight as a share of the negatives' (0: unweighted)
BALANCE = 1.0
#: weight of each safety round's controlling line as a negative of every kind (0: none)
CONTROL_WEIGHT = 0.0
_HAN = re.compile("[\u4e00-\u9fff]")
LANGS = ("en", "zh")
TRAIN_ROUNDS = couple_round.PATHS[:3]
#: the shipped weights' rounds (h-couplemodel2: round four read, so it joins training;
#: h-couplemodel4: rounds five and six read, so they join too; couple-lr-5, h-couplemodel7,
#: on rounds one to eight, was not shipped: docs/validity.md)
SHIP_ROUNDS = couple_round.PATHS[:6]
#: the rounds the shipped *kinds* are trained on (h-couplemodel8, ``couple-lr-5``: rounds one
#: to eight; ``couple-lr-6``: one to nine; the precision heads stay on :data:`SHIP_ROUNDS` /
#: :data:`VETO_ROUNDS`, bit for bit as shipped with ``couple-lr-3``)
SHIP_KIND_ROUNDS = couple_round.PATHS[:15]  # couple-lr-9 (h-couplemodel15); couple-lr-6: [:9]
#: couple-lr-7's rounds (h-couplemodel11: rounds one to ten; measured, not shipped:
#: docs/validity.md, "couple-lr-7: rounds one to ten (h-couplemodel11)")
LR7_KIND_ROUNDS = couple_round.PATHS[:10]
#: couple-lr-8's rounds (h-couplemodel14: rounds one to twelve; round thirteen held out)
LR8_KIND_ROUNDS = couple_round.PATHS[:12]
#: couple-lr-9's rounds (h-couplemodel15: rounds one to fifteen; round sixteen held out)
LR9_KIND_ROUNDS = couple_round.PATHS[:15]
#: couple-lr-10's rounds (h-couplemodel17: rounds one to seventeen, round eighteen held out;
#: h-couplemodel16's unshipped fit: one to sixteen)
LR10_KIND_ROUNDS = couple_round.PATHS[:17]
#: the shipped recipe's weight of the kinds' own lexicon examples as positives (``E``)
SHIP_EXAMPLES = 0.0
#: the precision head's C and each language's threshold per vetoed signal
#: (:data:`unmask.signals.couple_model.VETOES`; ``cm.OFF``: never read), by the rule of
#: :mod:`unmask_dev.couple_recipe`
VETO_C = 4.0
SHIP_VETO_THRESHOLDS: dict[str, dict[str, float]] = {
    # h-couplemodel13: the en disclosure head stays off; its variant (d) (rounds one to eleven
    # here and in VETO_ROUNDS, read over the English reproach shape's lines at .50, built by
    # --write-heads --only en:disclosure.emotional and not committed) passed the rule below
    # the shape alone as a rule (``couple_model.SHAPE_RULE``), which ships
    "en": {"disclosure.emotional": 1.0, "support.emotional": 1.0},
    # h-couplemodel5: the zh support head at the recipe rule's threshold on today's tree,
    # its outside rows measured (docs/validity.md); the other heads failed theirs.
    # h-zhcouple: the zh disclosure head read only where the lexicons read no feeling
    # (``couple_model.CUE_GATED``), trained on rounds one to seven, at the rule's threshold
    "zh": {"disclosure.emotional": 0.75, "support.emotional": 0.8},
}
#: the rounds each head is trained on where not :data:`SHIP_ROUNDS` (h-zhcouple: round seven
#: read, so the zh disclosure head trains on rounds one to seven; the others as shipped)
#: h-couplemodel12: rounds one to ten (round ten read), the head now also over a cued line of
#: a reproach or tease shape (``couple_model.CUE_OVERRULE``)
#: h-couplemodel14: rounds one to twelve (its rule passed over twelve left-out rounds; the
#: kinds stay couple-lr-6's)
VETO_ROUNDS: dict[tuple[str, str], tuple[Path, ...]] = {
    ("zh", "disclosure.emotional"): couple_round.PATHS[:12],
}
LR8_VETO_ROUNDS: dict[tuple[str, str], tuple[Path, ...]] = dict(VETO_ROUNDS)
#: the heads as shipped (h-couplemodel12: the zh disclosure head on rounds one to ten at
#: .75, also over a cued line of the reproach shape), the baseline of ``--veto-loro
#: --veto-baseline`` on the same folds; judge the next head against it with ``--veto-shape``
#: so that the baseline reads the shape as shipped
SHIPPED_VETO_ROUNDS: dict[tuple[str, str], tuple[Path, ...]] = {
    # rounds one to ten since h-couplemodel12 (h-couplemodel10: one to nine; before it, one
    # to seven)
    ("zh", "disclosure.emotional"): couple_round.PATHS[:10],
}
SHIPPED_VETO_THRESHOLDS: dict[str, dict[str, float]] = {
    "zh": {"disclosure.emotional": 0.75},
}
#: the shipped recipe (chosen by :mod:`unmask_dev.couple_recipe`'s rule): the safety
#: rounds' controlling lines' weight, and each language's threshold per kind (``cm.OFF``: left out)
SHIP_CONTROL = 0.1
#: the even safety rounds eighteen to thirty's controlling lines as negatives of every kind
#: (:data:`HELD_NEG_WEIGHT`; couple-lr-5's 1.0, h-couplemodel7, not shipped; couple-lr-3: 0)
SHIP_HELD_NEG = 0.3
#: the task-talk tune halves' openers and closers as negatives of ``affection`` and
#: ``inner_question`` (:data:`SERVICE_NEG_WEIGHT`; h-couplemodel8's variant (a); 0: none)
SHIP_SERVICE_NEG = 0.0
#: couple-lr-5's thresholds (h-couplemodel7: the recipe rule over rounds one to eight left
#: out, gate ``p``, variant (b1) at weight 1, the held check on the odd safety rounds nineteen
#: to thirty-one); not shipped: the ABCD tuning set's any-depth row crossed .05
#: (docs/validity.md)
LR5_THRESHOLDS: dict[str, dict[str, float]] = {
    "en": {
        "disclosure.vulnerable": 0.55,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.55,
        "gratitude": 0.65,
    },
    "zh": {
        "disclosure.vulnerable": 0.5,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.5,
        "gratitude": 0.5,
    },
}
#: couple-lr-3's thresholds (h-couplemodel4, shipped until h-couplemodel8), for the
#: comparisons on the same folds (:func:`unmask_dev.couple_recipe.compare`)
LR3_THRESHOLDS: dict[str, dict[str, float]] = {
    "en": {
        "disclosure.vulnerable": 0.7,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.95,
        "gratitude": 0.55,
    },
    "zh": {
        "disclosure.vulnerable": 0.5,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.5,
        "gratitude": 0.5,
    },
}
#: couple-lr-5 at weight 0.3 (h-couplemodel7; tied with weight 1 on left-out hits, 316; not
#: shipped: the ABCD tuning set's any-depth row crossed .05 as with weight 1)
LR5_03_THRESHOLDS: dict[str, dict[str, float]] = {
    "en": {
        "disclosure.vulnerable": 0.6,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.65,
        "gratitude": 0.65,
    },
    "zh": {
        "disclosure.vulnerable": 0.5,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.5,
        "gratitude": 0.5,
    },
}
#: couple-lr-6's thresholds (h-couplemodel9: couple-lr-5's recipe on rounds one to nine, with
#: ``support.emotional``, ``bid`` and ``logistics`` as candidate kinds; the recipe rule's
#: thresholds over rounds one to nine left out, gate ``p``, the clerk guard; ``cm.OFF``: a
#: kind left out in that language: English support passed the rule at .50 and is off by its
#: part (d), ESConv Affirmation and Reassurance -> support .4376 -> .4310; English logistics
#: passed at .50 and is off, reading "love you too" as logistics, which the context pass's
#: tests pin; docs/validity.md)
LR6_THRESHOLDS: dict[str, dict[str, float]] = {
    "en": {
        "disclosure.vulnerable": 0.65,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.6,
        "gratitude": 0.7,
        "support.emotional": 1.0,
        "bid": 0.5,
        "logistics": 1.0,
    },
    "zh": {
        "disclosure.vulnerable": 0.5,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.5,
        "gratitude": 0.5,
        "support.emotional": 0.5,
        "bid": 0.5,
        "logistics": 0.5,
    },
}
#: couple-lr-7's thresholds (h-couplemodel11: the recipe rule over rounds one to ten left out,
#: gate ``p``, the clerk guard, the even safety rounds 18-32 at 0.3, the held check on the odd
#: rounds 19-33; English ``logistics`` kept off for couple-lr-6's reason). Not shipped: at
#: these thresholds its summed left-out hits (952) fall short of couple-lr-6's thresholds' on
#: the same folds (954), the rule's part for the refit (docs/validity.md)
LR7_THRESHOLDS: dict[str, dict[str, float]] = {
    "en": {
        "disclosure.vulnerable": 0.75,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.6,
        "gratitude": 0.7,
        "support.emotional": 0.55,
        "bid": 0.5,
        "logistics": 1.0,
    },
    "zh": {
        "disclosure.vulnerable": 0.6,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.55,
        "gratitude": 0.5,
        "support.emotional": 0.5,
        "bid": 0.5,
        "logistics": 0.5,
    },
}
#: couple-lr-8's thresholds (h-couplemodel14: the recipe rule over rounds one to twelve left
#: out, gate ``p``, the clerk guard, the even safety rounds 18-34 at 0.3, the held check on the
#: odd rounds 19-35; English ``logistics`` and ``support.emotional`` kept off, the latter but
#: for variant (a))
LR8_THRESHOLDS: dict[str, dict[str, float]] = {
    "en": {
        "disclosure.vulnerable": 0.8,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.6,
        "gratitude": 0.75,
        "support.emotional": 0.55,
        "bid": 0.5,
        "logistics": 1.0,
    },
    "zh": {
        "disclosure.vulnerable": 0.8,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.55,
        "gratitude": 0.5,
        "support.emotional": 0.6,
        "bid": 0.5,
        "logistics": 0.5,
    },
}
#: couple-lr-9's thresholds (h-couplemodel15: the recipe rule over rounds one to fifteen left
#: out, gate ``p``, the clerk guard, the even safety rounds 18-38 at 0.3, the held check on the
#: odd rounds 19-37; English ``logistics`` kept off for couple-lr-6's reason and
#: ``support.emotional`` off, the rule passing it at .60, variant (a), not built)
LR9_THRESHOLDS: dict[str, dict[str, float]] = {
    "en": {
        "disclosure.vulnerable": 0.9,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.6,
        "gratitude": 0.75,
        "support.emotional": 1.0,
        "bid": 0.5,
        "logistics": 1.0,
    },
    "zh": {
        "disclosure.vulnerable": 0.85,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.6,
        "gratitude": 0.5,
        "support.emotional": 0.65,
        "bid": 0.5,
        "logistics": 0.5,
    },
}
#: couple-lr-10's thresholds on rounds one to sixteen (h-couplemodel16: couple-lr-10's rule,
#: ``couple_recipe --compare10``, over rounds one to sixteen left out: the reference
#: couple-lr-9's threshold as allowed, en vulnerable .90 -> .95 and gratitude .75 -> .80 there
#: by parts (ii)-(iv); zh vulnerable .85 -> .75 and support .65 -> .60 by ``S`` with the recall
#: floor, the gain cap and both halves; English ``logistics`` and ``support.emotional`` kept
#: off). Measured, not shipped: part (f) failed (English vulnerable at .95 broke three tests;
#: docs/validity.md)
LR10_16_THRESHOLDS: dict[str, dict[str, float]] = {
    "en": {
        "disclosure.vulnerable": 0.95,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.6,
        "gratitude": 0.8,
        "support.emotional": 1.0,
        "bid": 0.5,
        "logistics": 1.0,
    },
    "zh": {
        "disclosure.vulnerable": 0.75,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.6,
        "gratitude": 0.5,
        "support.emotional": 0.6,
        "bid": 0.5,
        "logistics": 0.5,
    },
}
#: couple-lr-10's thresholds on rounds one to seventeen (h-couplemodel17: the same rule,
#: ``couple_recipe --compare10``, over seventeen folds: en vulnerable's reference .90 -> .95
#: by part (iii) again, nothing else moves in English; zh vulnerable .85 -> .65 and support
#: .65 -> .50 by ``S``). Measured, not shipped: Chinese fails part (a) per language (must-not
#: gains 21 -> 26, past the references' plus three), English part (f) (vulnerable at .95
#: breaks three tests; docs/validity.md)
LR10_THRESHOLDS: dict[str, dict[str, float]] = {
    "en": {
        "disclosure.vulnerable": 0.95,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.6,
        "gratitude": 0.75,
        "support.emotional": 1.0,
        "bid": 0.5,
        "logistics": 1.0,
    },
    "zh": {
        "disclosure.vulnerable": 0.65,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.6,
        "gratitude": 0.5,
        "support.emotional": 0.5,
        "bid": 0.5,
        "logistics": 0.5,
    },
}
#: the shipped thresholds (h-couplemodel15, ``couple-lr-9``; couple-lr-6, h-couplemodel9:
#: :data:`LR6_THRESHOLDS`;
#: couple-lr-5, h-couplemodel8: :data:`LR5_03_THRESHOLDS`; couple-lr-10, h-couplemodel16,
#: measured and not shipped: :data:`LR10_THRESHOLDS`)
SHIP_THRESHOLDS: dict[str, dict[str, float]] = LR9_THRESHOLDS
#: couple-lr-4's thresholds (h-couplemodel6: the recipe rule over rounds one to seven left
#: out, gate ``p``); not shipped: the rule's part (a) failed (en disclosure.vulnerable's
#: threshold rose .70 -> .85, its left-out hits 50 -> 40; docs/validity.md)
LR4_THRESHOLDS: dict[str, dict[str, float]] = {
    "en": {
        "disclosure.vulnerable": 0.85,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.95,
        "gratitude": 0.6,
    },
    "zh": {
        "disclosure.vulnerable": 0.55,
        "inner_question": 0.5,
        "future": 0.5,
        "affection": 0.5,
        "gratitude": 0.5,
    },
}
BOOKING = {"en": "MultiWOZ", "zh": "CrossWOZ"}
#: a round's messages and what fired on each
Pair = tuple[tuple[couple_round.Message, ...], list[frozenset[str]]]
#: kind -> texts -> p(kind)
Models = dict[str, Callable[[list[str]], np.ndarray]]


def _matrix(texts: list[str], lang: str) -> Any:
    import scipy.sparse as sp

    row, bucket, value, dense = ms.hashed(texts, lang, N_BUCKETS)
    x = sp.csr_matrix((value, (row, bucket)), shape=(len(texts), N_BUCKETS))
    return sp.hstack([x, sp.csr_matrix(dense)], format="csr")


def _booking(lang: str, part: str) -> list[str]:
    from unmask_dev import train_safety

    texts = train_safety.dialogue_texts(BOOKING[lang], part)
    rng = np.random.default_rng(7)
    if len(texts) > NEG_PER_SET:
        texts = [texts[i] for i in sorted(rng.choice(len(texts), NEG_PER_SET, replace=False))]
    return texts


def control_lines(lang: str) -> list[str]:
    """The safety rounds' controlling lines that the safety model trains on
    (:data:`unmask_dev.train_safety.ROUNDS`: rounds one to seventeen, the broader set, the
    composed and the acts messages) in ``lang``: negatives for every kind (control is never
    depth). Rounds eighteen to twenty-seven stay out, for the check."""
    from unmask_dev import train_safety

    out = {t for texts in train_safety.ROUNDS.values() for t in texts}
    return sorted(t for t in out if (lang == "zh") == bool(_HAN.search(t)))


#: (h-couplemodel7, the pleading / remorse blocker (b1)) the even safety rounds eighteen to
#: thirty's controlling lines as negatives of every kind at this weight (0: none)
HELD_NEG_WEIGHT = 0.0
HELD_NEG_ROUNDS: tuple[int, ...] = tuple(range(18, 39, 2))  # couple-lr-9; couple-lr-6: 18-30
#: couple-lr-7's (h-couplemodel11): through round thirty-two, whose monitoring line dressed as
#: care gains ``disclosure.vulnerable`` on couple-lr-6 (:mod:`unmask_dev.couple_recipe` sets
#: :data:`HELD_NEG_ROUNDS` to these for its fits)
LR7_HELD_NEG_ROUNDS: tuple[int, ...] = tuple(range(18, 33, 2))
#: couple-lr-8's (h-couplemodel14): the parity rule carried up, the even safety rounds 18-34
LR8_HELD_NEG_ROUNDS: tuple[int, ...] = tuple(range(18, 35, 2))
#: couple-lr-9 (h-couplemodel15): the even safety rounds 18-38 (thirty-nine held out)
LR9_HELD_NEG_ROUNDS: tuple[int, ...] = tuple(range(18, 39, 2))
#: couple-lr-10 (h-couplemodel17): the even rounds 18-40 (the parity rule: forty joins the
#: negatives; h-couplemodel16's unshipped fit: 18-38, thirty-nine joining the check)
LR10_HELD_NEG_ROUNDS: tuple[int, ...] = tuple(range(18, 41, 2))
#: h-couplemodel17: each model's recipe (the kinds' rounds, the even safety rounds as
#: negatives, the thresholds) and its files' name, so that a language could ship one model
#: and the other language another (not used: neither language shipped ``couple-lr-10``)
RECIPES: dict[str, tuple[tuple[Path, ...], tuple[int, ...], dict[str, dict[str, float]], str]] = {
    "couple-lr-9": (LR9_KIND_ROUNDS, LR9_HELD_NEG_ROUNDS, LR9_THRESHOLDS, "couple_{}_v7.npz"),
    "couple-lr-10": (LR10_KIND_ROUNDS, LR10_HELD_NEG_ROUNDS, LR10_THRESHOLDS, "couple_{}_v8.npz"),
}


@contextmanager
def as_model(version: str) -> Iterator[None]:
    """Within: :data:`SHIP_KIND_ROUNDS`, :data:`HELD_NEG_ROUNDS`, :data:`SHIP_THRESHOLDS` and
    :data:`WRITE_VERSION` are those of ``version`` (:data:`RECIPES`); restored after."""
    global SHIP_KIND_ROUNDS, HELD_NEG_ROUNDS, SHIP_THRESHOLDS, WRITE_VERSION
    saved = SHIP_KIND_ROUNDS, HELD_NEG_ROUNDS, SHIP_THRESHOLDS, WRITE_VERSION
    SHIP_KIND_ROUNDS, HELD_NEG_ROUNDS, SHIP_THRESHOLDS, _ = RECIPES[version]
    WRITE_VERSION = version
    try:
        yield
    finally:
        SHIP_KIND_ROUNDS, HELD_NEG_ROUNDS, SHIP_THRESHOLDS, WRITE_VERSION = saved


def held_neg_lines(lang: str) -> list[str]:
    """The controlling lines of :data:`HELD_NEG_ROUNDS` in ``lang`` (every kind but the
    writer's own ``fear``, which is not control)."""
    from unmask_dev import safety_probes as probes

    out = {t for n in HELD_NEG_ROUNDS for k, t in getattr(probes, f"ROUND{n}_KINDS") if k != "fear"}
    return sorted(t for t in out if (lang == "zh") == bool(_HAN.search(t)))


#: (h-couplemodel8, variant (a)) the openers and closers of the task-talk tune halves whose
#: licences allow training (:data:`SERVICE_SOURCES`) as negatives of :data:`SERVICE_KINDS`
#: at this weight (0: none): a clerk's greeting or offer of help is not affection and not a
#: question about the other's inner life
SERVICE_NEG_WEIGHT = 0.0
#: per language, the outside sources (``unmask_dev.outside_tod``) read, tune half only:
#: Taskmaster-3 (CC BY 4.0), RiSAWOZ (CC BY 4.0); never SGD (CC BY-SA), JDDC (figures only)
#: or ABCD (the tuning row that binds)
SERVICE_SOURCES: dict[str, tuple[str, ...]] = {"en": ("taskmaster",), "zh": ("risawoz",)}
SERVICE_KINDS = frozenset({"affection", "inner_question"})
#: the turns read from each end of a dialogue
SERVICE_ENDS = 2


def service_lines(lang: str) -> list[str]:
    """The first and last :data:`SERVICE_ENDS` turns of each tune-half dialogue of
    :data:`SERVICE_SOURCES` (both speakers; empty where a source's file is missing)."""
    from unmask_dev import outside_tod

    out: set[str] = set()
    for source in SERVICE_SOURCES[lang]:
        try:
            dialogues = outside_tod.load(source, "tune")
        except outside_tod.Missing:
            continue
        for d in dialogues:
            turns = d.turns
            ends = turns[:SERVICE_ENDS] + turns[max(SERVICE_ENDS, len(turns) - SERVICE_ENDS) :]
            out.update(t.text for t in ends)
    return sorted(out)


#: weight of each yaml ``must_not_fire`` line as a negative (h-couplemodel3; 0: none)
YAML_WEIGHT = 1.0


def yaml_must_not(lang: str, kind: str, own: bool = True) -> list[str]:
    """The ``lang`` lexicon files' ``must_not_fire`` lines: of ``kind``'s own file(s)
    (``own``), or of the other depth kinds' files less any line given as an example of
    ``kind`` (h-couplemodel3: near misses written for the lexicons, negatives of the kind)."""
    from unmask.signals.lexicon import load_language
    from unmask.signals.types import DEPTH_SIGNALS

    files = load_language(lang)
    if own:
        return sorted({m for f in files if f.signal == kind for m in f.must_not_fire})
    examples = {e.example for f in files if f.signal == kind for e in f.entries}
    return sorted(
        {
            m
            for f in files
            if f.signal != kind and f.signal in DEPTH_SIGNALS
            for m in f.must_not_fire
            if m not in examples
        }
    )


#: weight of each of the kind's own lexicon entries' examples as a positive (h-couplemodel4,
#: the recipe's ``E``; 0: none)
EXAMPLE_WEIGHT = 0.0


def yaml_examples(lang: str, kind: str) -> list[str]:
    """The ``lang`` lexicon files' entry examples of ``kind`` (h-couplemodel4: positives of
    the kind in the registers the lexicon writers gave, e.g. Chinese spoken questions)."""
    from unmask.signals.lexicon import load_language

    return sorted({e.example for f in load_language(lang) if f.signal == kind for e in f.entries})


#: couple-lr-6 (h-couplemodel9): a surface kind's family (the signals whose labels keep a
#: line out of its negatives): a line labelled duty or transactional alone is neither a
#: positive nor a negative of the ``logistics`` head
SURFACE_FAMILY: dict[str, frozenset[str]] = {
    "logistics": frozenset({"logistics", "duty", "transactional"}),
}
#: (couple-lr-6, variant (f)) the rounds' fights and sarcasm lines' weight as negatives of
#: every depth-side kind (0: as any negative, weight 1)
FIGHT_NEG_WEIGHT = 0.0
FIGHT_KINDS = frozenset({"fight", "sarcasm"})


def is_negative(m: couple_round.Message, kind: str) -> bool:
    """Whether round message ``m`` is a negative of ``kind``: a depth kind in its
    ``must_not``; a surface kind (``bid``, and :data:`SURFACE_FAMILY`'s) labelled neither in
    ``fire`` nor ``ok`` (the rounds label a surface signal wherever it should fire)."""
    if kind in couple_round.DEPTH:
        return kind in m.must_not
    return not (m.fire | m.ok) & SURFACE_FAMILY.get(kind, frozenset({kind}))


def train(
    paths: tuple[Path, ...], lang: str, c: float, booking: bool = True
) -> dict[str, Callable[[list[str]], np.ndarray]]:
    """One model per kind trained on the rounds ``paths``: kind -> texts -> p(kind)."""
    from sklearn.linear_model import LogisticRegression

    msgs = [m for p in paths for m in couple_round.load(p) if m.lang == lang]
    neg = _booking(lang, "fit") if booking else []
    control = control_lines(lang) if CONTROL_WEIGHT else []
    held_neg = held_neg_lines(lang) if HELD_NEG_WEIGHT else []
    service = service_lines(lang) if SERVICE_NEG_WEIGHT else []
    out: dict[str, Callable[[list[str]], np.ndarray]] = {}
    for kind in KINDS:
        surface = kind in SURFACE_FAMILY
        texts, y, w = [], [], []
        for m in msgs:
            if kind in m.fire or is_negative(m, kind):
                texts.append(m.text)
                y.append(int(kind in m.fire))
                fights = FIGHT_NEG_WEIGHT and not surface and m.kind in FIGHT_KINDS
                w.append(FIGHT_NEG_WEIGHT if fights and kind not in m.fire else 1.0)
        if surface:  # a surface head (couple-lr-6): its own yaml near misses, nothing else
            lines = yaml_must_not(lang, kind) if YAML_WEIGHT else []
            texts += lines
            y += [0] * len(lines)
            w += [YAML_WEIGHT] * len(lines)
        else:
            lines = (
                yaml_must_not(lang, kind) + yaml_must_not(lang, kind, own=False)
                if YAML_WEIGHT
                else []
            )
            svc = service if kind in SERVICE_KINDS else []
            texts += neg + control + lines + held_neg + svc
            y += [0] * (len(neg) + len(control) + len(lines) + len(held_neg) + len(svc))
            w += [NEG_WEIGHT] * len(neg) + [CONTROL_WEIGHT] * len(control)
            w += [YAML_WEIGHT] * len(lines) + [HELD_NEG_WEIGHT] * len(held_neg)
            w += [SERVICE_NEG_WEIGHT] * len(svc)
        if EXAMPLE_WEIGHT:
            examples = yaml_examples(lang, kind)
            texts += examples
            y += [1] * len(examples)
            w += [EXAMPLE_WEIGHT] * len(examples)
        wa = np.array(w)
        ya = np.array(y)
        if BALANCE and ya.sum():
            wa[ya == 1] *= wa[ya == 0].sum() / wa[ya == 1].sum() * BALANCE
        lr = LogisticRegression(C=c, max_iter=3000, tol=1e-5)
        lr.fit(_matrix(texts, lang), ya, sample_weight=wa)

        def prob(t: list[str], lr: LogisticRegression = lr) -> np.ndarray:
            return lr.predict_proba(_matrix(t, lang))[:, 1]

        out[kind] = prob
        FITTED[(lang, kind)] = lr
    return out


#: the signals the precision head may drop (h-couplemodel4), each with the depth family
#: whose labels say a message must not read it (``disclosure.emotional``: emotional and
#: vulnerable both in ``must_not``)
VETO_FAMILIES: dict[str, frozenset[str]] = {
    "disclosure.emotional": frozenset({"disclosure.emotional", "disclosure.vulnerable"}),
    "support.emotional": frozenset({"support.emotional"}),
}


def veto_data(paths: tuple[Path, ...], lang: str, signal: str) -> tuple[list[str], list[int]]:
    """The precision head's training lines of ``signal`` in ``lang``: the rounds' messages
    labelled not to read it (1: drop) or to read it (0: keep), the signal's lexicon
    ``must_not_fire`` lines (1) and its entries' examples (0)."""
    fam = VETO_FAMILIES[signal]
    texts: list[str] = []
    y: list[int] = []
    for m in (m for p in paths for m in couple_round.load(p) if m.lang == lang):
        if fam <= m.must_not or m.fire & fam:
            texts.append(m.text)
            y.append(int(fam <= m.must_not))
    drop = yaml_must_not(lang, signal)
    keep = yaml_examples(lang, signal)
    keep += outside_keeps(lang, signal) if OUTSIDE_KEEPS else []
    return texts + drop + keep, y + [1] * len(drop) + [0] * len(keep)


#: the precision head's second variant (h-couplemodel4, after the first moved every Chinese
#: outside row): the layers' own training lines of the signal's positives as keeps (0)
OUTSIDE_KEEPS = True
OUTSIDE_PER_SOURCE = 2000


def outside_keeps(lang: str, signal: str) -> list[str]:
    """Lines outside the couple rounds that the signal rightly reads, from the parts the
    model layers train on (never a validity figure's test part): Chinese CPED utterances
    with an emotion and SmileChat client turns (:mod:`unmask_dev.zh_split` ``train``) and
    the Weibo-style posts we wrote (``train`` part, their own words) labelled emotional;
    up to :data:`OUTSIDE_PER_SOURCE` a source, a fixed sample. English: none."""
    if lang != "zh" or signal != "disclosure.emotional":
        return []
    from unmask.signals import posts_zh
    from unmask_dev import devsets, zh_posts
    from unmask_dev.zh_split import select

    rng = np.random.default_rng(11)
    out: list[str] = []
    for source, dialogues, keep in (
        ("cped", devsets.cped(), lambda t: t.labels["emotion"] != "neutral"),
        ("smilechat", devsets.smilechat(), lambda t: t.speaker == "client"),
    ):
        lines = [
            t.text
            for d in select(source, dialogues, "train")
            for t in d.turns
            if t.text and keep(t)
        ]
        if len(lines) > OUTSIDE_PER_SOURCE:
            pick = sorted(rng.choice(len(lines), OUTSIDE_PER_SOURCE, replace=False))
            lines = [lines[i] for i in pick]
        out += lines
    for p in zh_posts.load_training("train"):
        own = posts_zh.own_words(p.text)
        if own and p.emotional:
            out.append(own)
    return out


def train_veto(
    paths: tuple[Path, ...], lang: str, signal: str, c: float = 4.0
) -> Callable[[list[str]], np.ndarray]:
    """The precision head of ``signal``: texts -> p(the signal is not the writer's)."""
    from sklearn.linear_model import LogisticRegression

    texts, y = veto_data(paths, lang, signal)
    ya = np.array(y)
    wa = np.ones(len(y))
    if ya.sum():
        wa[ya == 1] *= wa[ya == 0].sum() / wa[ya == 1].sum()
    lr = LogisticRegression(C=c, max_iter=3000, tol=1e-5)
    lr.fit(_matrix(texts, lang), ya, sample_weight=wa)
    FITTED[(lang, f"veto {signal}")] = lr

    def prob(t: list[str]) -> np.ndarray:
        return lr.predict_proba(_matrix(t, lang))[:, 1]

    return prob


def no_cue(texts: list[str]) -> np.ndarray:
    """Per text, whether the lexicons alone read no feeling (:data:`cm.CUE_SIGNALS` all
    zero): where a head in :data:`cm.CUE_GATED` may act."""
    from unmask.signals import score_texts

    res = score_texts(texts, model=False)
    cols = [np.nan_to_num(np.asarray(res.scores[n], dtype=np.float64)) for n in cm.CUE_SIGNALS]
    out: np.ndarray = ~np.any([c > 0.0 for c in cols], axis=0)
    return out


def veto_loro(
    lang: str,
    signal: str,
    rounds: tuple[Path, ...],
    c: float = 4.0,
    baseline: tuple[tuple[Path, ...], float] | None = None,
    cued: float | None = None,
    shape: bool = False,
    as_shipped: bool = False,
    max_loss: float | None = None,
    shape_only: bool = False,
    shape_rule: bool = False,
    shape_gate: bool = False,
) -> None:
    """The precision head judged leave-one-round-out over ``rounds``: the signal's family
    precision and recall pooled over the left-out rounds, without and with the head at each
    threshold of 0.50-0.95 (the whole scorer's reading, as shipped), and the threshold the
    rule of :mod:`unmask_dev.couple_recipe` picks; a head in :data:`cm.CUE_GATED` acts only
    on the messages with no lexicon feeling cue (:func:`no_cue`). ``baseline`` (the shipped
    head's rounds and threshold, h-couplemodel10): on the same folds, fold k's shipped head
    is trained on those rounds less round k, read at that threshold, and the rule becomes
    precision above the shipped head's with recall lost no more than the shipped head's.
    ``cued`` (couple-lr-7's variant (c), h-couplemodel11): the head also reads the messages
    *with* a lexicon feeling cue, at the grid's threshold, the others at ``cued`` (the
    shipped threshold). ``shape`` (h-couplemodel12): the cued messages the head reads are
    only those of its :data:`cm.CUE_OVERRULE` shape (a reproach or tease); without ``cued``
    the grid's t holds for them and the cue-free ones alike. ``as_shipped``: each fold's
    head is the baseline's (the shipped rounds less the fold's; variant (a)). ``max_loss``
    (h-couplemodel13, no baseline): the rule is precision up with recall lost no more than
    this, not no more than the gain. ``shape_only`` (h-couplemodel13's (a)): the head reads
    only the cued lines of the shape, not the cue-free ones; ``shape_rule`` (its (c)): no
    head, every line of the shape drops the signal (p 1 on it, 0 elsewhere); ``shape_gate``
    (its (d), measured, not shipped): the head reads every line of the shape, cued or not,
    and no other. Counts only, no text."""
    fam = VETO_FAMILIES[signal]
    grid = tuple(round(0.5 + 0.05 * k, 2) for k in range(10))
    hit0 = false0 = pos = 0
    hit = dict.fromkeys(grid, 0)
    false = dict.fromkeys(grid, 0)
    hitb = falseb = 0
    base_probs: dict[tuple[Path, ...], Callable[[list[str]], np.ndarray]] = {}
    for k, held in enumerate(rounds):
        rest = tuple(p for j, p in enumerate(rounds) if j != k)
        messages, got = lexicon_fired(held)
        idx = [i for i, m in enumerate(messages) if m.lang == lang]
        texts = [messages[i].text for i in idx]
        gate = no_cue(texts) if signal in cm.CUE_GATED else np.ones(len(idx), dtype=bool)
        pb = np.zeros(len(idx))
        brest: tuple[Path, ...] = ()
        shaped = np.ones(len(idx), dtype=bool)
        if shape:
            overrule = cm.CUE_OVERRULE.get(signal)
            shaped = np.array([overrule is not None and overrule(t, lang) for t in texts], bool)
        if baseline is not None:
            brest = tuple(q for q in baseline[0] if q != held)
            if brest not in base_probs:
                base_probs[brest] = train_veto(brest, lang, signal, c)
            # h-couplemodel14: with ``shape`` the shipped head reads the shape's cued lines
            # too, as it is shipped (h-couplemodel12's baseline read the cue-free lines alone)
            pb = np.where(gate | shaped if shape else gate, base_probs[brest](texts), 0.0)
        prob = base_probs[brest] if as_shipped and baseline else train_veto(rest, lang, signal, c)
        # the lines the head reads: the cue-free ones, and the cued ones of its shape (with
        # ``shape``) or all of them (variant (c), ``cued``: a cued line at the grid's t, the
        # others at ``cued``; ``shaped`` is all True without ``shape``); h-couplemodel13's
        # variants: every line of the shape and no other (``shape_gate``), no head at all
        # (``shape_rule``: p 1 on the shape), the shape's cued lines only (``shape_only``)
        if shape_rule and not shape_gate:
            p = shaped.astype(np.float64)
        else:
            if shape_gate:
                reads = shaped
            elif shape_only:
                reads = shaped & ~gate
            else:
                reads = gate | shaped if shape or cued is not None else gate
            p = np.where(reads, prob(texts), 0.0)
        fold = [0, 0]
        for n, i in enumerate(idx):
            m, g = messages[i], got[i]
            is_pos, is_neg = bool(m.fire & fam), fam <= m.must_not
            pos += is_pos
            flag0 = bool(g & fam)
            hit0 += is_pos and flag0
            false0 += is_neg and flag0
            for t in grid:
                line = cued if cued is not None and gate[n] else t
                gt = g - {signal} if (signal in g and p[n] >= line) else g
                flag = bool(gt & fam)
                hit[t] += is_pos and flag
                false[t] += is_neg and flag
            if baseline is not None:
                gb = g - {signal} if (signal in g and pb[n] >= baseline[1]) else g
                hitb += is_pos and bool(gb & fam)
                falseb += is_neg and bool(gb & fam)
                fold[0] += is_pos and bool(gb & fam)
                fold[1] += is_neg and bool(gb & fam)
        print(f"  fold {k + 1}: done ({len(idx)} {lang} lines)", flush=True)
    prec0 = hit0 / max(hit0 + false0, 1)
    rec0 = hit0 / max(pos, 1)
    print(
        f"{lang} {signal} C {c}: without: precision {prec0:.3f} ({hit0}/{hit0 + false0}) "
        f"recall {rec0:.3f} ({hit0}/{pos})"
    )
    bar = (prec0, 0.0)
    if baseline is not None:
        precb = hitb / max(hitb + falseb, 1)
        recb = hitb / max(pos, 1)
        bar = (precb, rec0 - recb)
        print(
            f"  shipped head (its rounds less the fold's, t {baseline[1]:.2f}): precision "
            f"{precb:.3f} ({hitb}/{hitb + falseb}) recall {recb:.3f} ({hitb}/{pos})"
        )
    best: tuple[float, float] | None = None
    for t in grid:
        prec = hit[t] / max(hit[t] + false[t], 1)
        rec = hit[t] / max(pos, 1)
        gain, loss = prec - prec0, rec0 - rec
        ok = gain > 0 and loss <= (gain if max_loss is None else max_loss + 1e-9)
        if baseline is not None:
            ok = prec > bar[0] and loss <= bar[1]
        print(
            f"  t {t:.2f}: precision {prec:.3f} ({hit[t]}/{hit[t] + false[t]}) "
            f"recall {rec:.3f}  gain {gain:+.3f} loss {loss:+.3f}{'  ok' if ok else ''}"
        )
        if baseline is None:
            if ok and (best is None or gain - loss > best[1]):
                best = (t, gain - loss)
        elif ok and best is None:
            best = (t, prec - bar[0])
    print(f"  chosen by the rule: {best}")


#: the last fitted regression of each (language, kind), for :func:`write`
FITTED: dict = {}
_LEX: dict[Path, tuple] = {}


def lexicon_fired(path: Path) -> Pair:
    """The whole scorer's reading of round ``path``, the couple layer's precision head off."""
    if path not in _LEX:
        saved = cm.VETO
        cm.VETO = False
        try:
            _LEX[path] = vcouple.fired(path)
        finally:
            cm.VETO = saved
    return _LEX[path]


def assisted(
    path: Path, models: dict[str, Models], thresholds: dict[str, dict[str, float]]
) -> Pair:
    """(messages, fired) of round ``path`` with the model's kinds added where allowed."""
    messages, got = lexicon_fired(path)
    got = list(got)
    safety = frozenset(SAFETY_SIGNALS)
    for lang in LANGS:
        idx = [i for i, m in enumerate(messages) if m.lang == lang]
        texts = [messages[i].text for i in idx]
        for kind in KINDS:
            t = thresholds[lang].get(kind)
            if t is None:
                continue
            p = models[lang][kind](texts)
            for k, i in enumerate(idx):
                if p[k] >= t and kind not in got[i] and not (got[i] & safety):
                    got[i] = got[i] | {kind}
    return messages, got


def round_rows(path: Path, fired_pair: Pair) -> dict[str, tuple[float | None, int]]:
    saved = vcouple.fired
    vcouple.fired = lambda path=path: fired_pair
    try:
        rows = vcouple._round_rows("", "", path)
    finally:
        vcouple.fired = saved
    return {r.figure: (r.value, r.n) for r in rows}


def counts(path: Path, fired_pair: Pair) -> dict[str, tuple[int, int, int]]:
    """kind+lang -> (hits, false, positives) of the pair's reading."""
    messages, got = fired_pair
    out = {}
    for lang in LANGS:
        for kind in KINDS:
            pos = [i for i, m in enumerate(messages) if m.lang == lang and kind in m.fire]
            neg = [i for i, m in enumerate(messages) if m.lang == lang and kind in m.must_not]
            out[f"{lang} {kind}"] = (
                sum(kind in got[i] for i in pos),
                sum(kind in got[i] for i in neg),
                len(pos),
            )
    return out


def false_depth(fired_pair: Pair) -> int:
    messages, got = fired_pair
    return sum(bool(g & m.must_not) for m, g in zip(messages, got, strict=True))


def tune_threshold(models: Models, lang: str, floor: float) -> dict[str, float]:
    tune = _booking(lang, "tune")
    out = {}
    for kind in KINDS:
        p = models[kind](tune)
        t = floor
        while t < 0.995 and float((p >= t).mean()) > TUNE_RATE:
            t += 0.005
        out[kind] = round(t, 3)
    return out


def loro(c: float, floor: float, booking: bool) -> None:
    total: dict[str, list[int]] = {}
    for k, held in enumerate(TRAIN_ROUNDS):
        rest = tuple(p for j, p in enumerate(TRAIN_ROUNDS) if j != k)
        models = {lang: train(rest, lang, c, booking) for lang in LANGS}
        th = {lang: tune_threshold(models[lang], lang, floor) for lang in LANGS}
        base = counts(held, lexicon_fired(held))
        plus_pair = assisted(held, models, th)
        plus = counts(held, plus_pair)
        fd0, fd1 = false_depth(lexicon_fired(held)), false_depth(plus_pair)
        print(f"  held round {k + 1}: thresholds {th}; false-depth msgs {fd0} -> {fd1}")
        for key in base:
            acc = total.setdefault(key, [0, 0, 0, 0, 0])
            acc[0] += base[key][0]
            acc[1] += plus[key][0]
            acc[2] += base[key][1]
            acc[3] += plus[key][1]
            acc[4] += base[key][2]
    for key, (h0, h1, f0, f1, n) in total.items():
        print(f"  {key:28s} hits {h0}->{h1} of {n}  false {f0}->{f1}")


#: the rounds ``--judge-round`` can read: name -> file; the model trains on every round
#: before it (h-round5: round five, trained on rounds one to four)
JUDGE_ROUNDS: dict[str, Path] = {
    "four": couple_round.PATH4,
    "five": couple_round.PATH5,
    "six": couple_round.PATH6,
    "seven": couple_round.PATH7,
    "eight": couple_round.PATH8,
    "nine": couple_round.PATH9,
    "ten": couple_round.PATH10,
    "eleven": couple_round.PATH11,
    "twelve": couple_round.PATH12,
    "thirteen": couple_round.PATH13,
    "fourteen": couple_round.PATH14,
    "fifteen": couple_round.PATH15,
    "sixteen": couple_round.PATH16,
    "seventeen": couple_round.PATH17,
    "eighteen": couple_round.PATH18,
    "nineteen": couple_round.PATH19,
}


def judged(name: str) -> tuple[Path, tuple[Path, ...]]:
    """The round ``--judge-round name`` reads and the rounds its model trains on."""
    path = JUDGE_ROUNDS[name]
    return path, couple_round.PATHS[: couple_round.PATHS.index(path)]


def judge(c: float, floor: float, booking: bool, name: str = "four") -> None:
    path, rounds = judged(name)
    print(f"judge round {name}: trained on {len(rounds)} rounds, control weight {CONTROL_WEIGHT}")
    models = {lang: train(rounds, lang, c, booking) for lang in LANGS}
    th = {lang: tune_threshold(models[lang], lang, floor) for lang in LANGS}
    print("thresholds", th)
    before = round_rows(path, lexicon_fired(path))
    after = round_rows(path, assisted(path, models, th))
    for row in before:
        (b, nb), (a, na) = before[row], after[row]
        mark = "" if b == a else "  MOVED"
        fb = "-" if b is None else f"{b:.3f}"
        fa = "-" if a is None else f"{a:.3f}"
        print(f"round {name} {row}: {fb} (n={nb}) -> {fa} (n={na}){mark}")
    held_out_control(models, th)


def held_out_control(models: dict[str, Models], thresholds: dict[str, dict[str, float]]) -> None:
    """Depth kinds the models give the safety rounds' controlling lines that no training
    set holds (rounds eighteen to twenty-seven): the model alone from the threshold up, and
    through the assist's gate (no safety signal fired, the kind unread by the lexicons)."""
    from unmask.signals import score_texts
    from unmask.signals.types import PRESENT
    from unmask_dev import safety_probes as probes

    held = sorted({t for n in range(18, 28) for t in getattr(probes, f"ROUND{n}")})
    safety = frozenset(SAFETY_SIGNALS)
    for lang in LANGS:
        texts = [t for t in held if (lang == "zh") == bool(_HAN.search(t))]
        scores = score_texts(texts).scores
        got = [
            {n for n, v in scores.items() if not np.isnan(v[i]) and v[i] >= PRESENT}
            for i in range(len(texts))
        ]
        alone_hits, gated = {}, {}
        for kind in KINDS:
            hit = models[lang][kind](texts) >= thresholds[lang][kind]
            alone_hits[kind] = int(hit.sum())
            gated[kind] = sum(
                1 for i, h in enumerate(hit) if h and kind not in got[i] and not got[i] & safety
            )
        print(
            f"held-out control lines {lang} ({len(texts)}): model alone {alone_hits}; "
            f"through the gate {gated}"
        )


def alone(
    c: float, booking: bool, grid: tuple[float, ...] = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
) -> None:
    """The model alone on each left-out round (lexicon in-sample there hides the assist):
    per kind and threshold, hits among positives and false hits among must-nots,
    summed over the three folds; and the booking tuning quarter's hit rate."""
    acc: dict[tuple[str, str, float], list[int]] = {}
    rate: dict[tuple[str, str, float], list[float]] = {}
    for k, held in enumerate(TRAIN_ROUNDS):
        rest = tuple(p for j, p in enumerate(TRAIN_ROUNDS) if j != k)
        for lang in LANGS:
            models = train(rest, lang, c, booking)
            msgs = [m for m in couple_round.load(held) if m.lang == lang]
            texts = [m.text for m in msgs]
            tune = _booking(lang, "tune")
            for kind in KINDS:
                p = models[kind](texts)
                pt = models[kind](tune)
                for t in grid:
                    a = acc.setdefault((lang, kind, t), [0, 0, 0])
                    a[0] += sum(
                        1 for m, q in zip(msgs, p, strict=True) if kind in m.fire and q >= t
                    )
                    a[1] += sum(
                        1 for m, q in zip(msgs, p, strict=True) if kind in m.must_not and q >= t
                    )
                    a[2] += sum(1 for m in msgs if kind in m.fire)
                    rate.setdefault((lang, kind, t), []).append(float((pt >= t).mean()))
    for (lang, kind, t), (h, f, n) in acc.items():
        top = max(rate[(lang, kind, t)])
        print(f"  {lang} {kind:22s} t={t:.2f} hits {h}/{n} false {f} booking {top:.4f}")


def weights_of(lang: str, c: float = 16.0) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """The shipped layer's arrays and meta of ``lang``: trained on :data:`SHIP_ROUNDS` with
    the booking fit quarter and :data:`SHIP_CONTROL`, thresholds :data:`SHIP_THRESHOLDS`."""
    global CONTROL_WEIGHT, EXAMPLE_WEIGHT, HELD_NEG_WEIGHT, SERVICE_NEG_WEIGHT
    saved = CONTROL_WEIGHT, EXAMPLE_WEIGHT, HELD_NEG_WEIGHT, SERVICE_NEG_WEIGHT
    CONTROL_WEIGHT, EXAMPLE_WEIGHT = SHIP_CONTROL, SHIP_EXAMPLES
    HELD_NEG_WEIGHT, SERVICE_NEG_WEIGHT = SHIP_HELD_NEG, SHIP_SERVICE_NEG
    try:
        train(SHIP_KIND_ROUNDS, lang, c, True)
    finally:
        CONTROL_WEIGHT, EXAMPLE_WEIGHT, HELD_NEG_WEIGHT, SERVICE_NEG_WEIGHT = saved
    for signal in cm.VETOES:
        train_veto(VETO_ROUNDS.get((lang, signal), SHIP_ROUNDS), lang, signal, VETO_C)
    arrays: dict[str, np.ndarray] = {}
    for prefix, names in (("", cm.KINDS), ("veto_", tuple(f"veto {v}" for v in cm.VETOES))):
        coefs = [FITTED[(lang, name)].coef_[0] for name in names]
        if prefix:  # a head left out (``cm.OFF``) is never read: zeros, small compressed
            off = [SHIP_VETO_THRESHOLDS[lang][v] >= cm.OFF for v in cm.VETOES]
            coefs = [np.zeros_like(w) if o else w for w, o in zip(coefs, off, strict=True)]
        key = prefix.rstrip("_") or "weights"
        arrays[key] = np.stack([w[:N_BUCKETS] for w in coefs], axis=1).astype(np.float32)
        arrays[f"{prefix}dense"] = np.stack([w[N_BUCKETS:] for w in coefs], axis=1).astype(
            np.float64
        )
        arrays[f"{prefix}bias"] = np.array([FITTED[(lang, name)].intercept_[0] for name in names])
    return arrays, ship_meta(lang, c)


#: h-couplemodel17: the ``model_version`` the written files' meta names (None: the tree's
#: :data:`unmask.signals.couple_model.MODEL_VERSION`; ``--lr10``: ``couple-lr-10``, so the
#: files are written before the tree names them, as h-couplemodel16 set the meta by hand)
WRITE_VERSION: str | None = None


def ship_meta(lang: str, c: float = 16.0) -> dict[str, Any]:
    """The shipped ``lang`` file's meta (what :func:`weights_of` writes)."""
    return {
        "model_version": WRITE_VERSION or cm.MODEL_VERSION,
        "features_version": cm.FEATURES[lang],
        "kinds": list(cm.KINDS),
        "n_buckets": N_BUCKETS,
        "thresholds": [float(SHIP_THRESHOLDS[lang][kind]) for kind in cm.KINDS],
        "vetoes": list(cm.VETOES),
        "veto_thresholds": [float(SHIP_VETO_THRESHOLDS[lang][v]) for v in cm.VETOES],
        "recipe": f"train_couple.py: couple rounds 1-{len(SHIP_KIND_ROUNDS)} "
        f"(heads: as couple-lr-3), C {c}, "
        f"balance {BALANCE}, "
        f"{BOOKING[lang]} fit quarter x {NEG_WEIGHT} (up to {NEG_PER_SET} turns), "
        f"safety rounds' controlling lines x {SHIP_CONTROL}, the even safety rounds "
        f"{HELD_NEG_ROUNDS[0]}-{HELD_NEG_ROUNDS[-1]}'s "
        f"controlling lines x {SHIP_HELD_NEG}, "
        f"the depth kinds' yaml must_not_fire lines x {YAML_WEIGHT}, "
        f"the kind's yaml examples x {SHIP_EXAMPLES}; precision head C {VETO_C}: the rounds' "
        "lines labelled not to read the signal vs to read it, its yaml must_not_fire lines "
        "and examples",
    }


def write(c: float, out: Path | None = None) -> None:
    """Train the shipped recipe and write each language's file into ``out`` (the package's
    ``unmask/signals/models``, where the layer reads them; ``--lr10``: named ``_v8``)."""
    folder = out or Path(str(cm._weights_ref("en"))).parent
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        _write_one(lang, c, folder)


def _write_one(lang: str, c: float, folder: Path) -> None:
    import json

    arrays, meta = weights_of(lang, c)
    shipped = Path(str(cm._weights_ref(lang)))  # the heads kept: the package's file's
    if HEADS_FROM:  # couple-lr-10: the heads from the file it replaces
        shipped = shipped.parent / HEADS_FROM[lang]
    keep_heads(arrays, shipped, lang)
    arrays["meta"] = np.array(json.dumps(meta, sort_keys=True))
    name = cm.WEIGHTS_FILES[lang]
    if WRITE_VERSION in RECIPES:
        name = RECIPES[WRITE_VERSION][3].format(lang)
    np.savez_compressed(folder / name, **arrays)  # type: ignore[arg-type]
    print(lang, name, meta["thresholds"])


#: h-couplemodel15 (couple-lr-9's rule): every precision head keeps its columns from the
#: package's file, the zh disclosure head too (not retrained this session)
KEEP_EVERY_HEAD = True
#: h-couplemodel16 (``--lr10``): the package's files whose heads are kept, by name (the
#: ``_v7`` files ``couple-lr-9`` shipped), so that the heads come bit for bit from them
#: whatever :data:`unmask.signals.couple_model.WEIGHTS_FILES` names; None: the package's own
HEADS_FROM: dict[str, str] | None = None


def keep_heads(arrays: dict[str, np.ndarray], path: Path, lang: str) -> None:
    """h-couplemodel14: a precision head not named in :data:`VETO_ROUNDS` keeps its columns
    bit for bit from the file at ``path`` where there is one (the zh support head as
    h-couplemodel5 shipped it: retrained today on rounds one to six it reads otherwise, the
    yaml lines having grown since); the heads in :data:`VETO_ROUNDS` are retrained, unless
    :data:`KEEP_EVERY_HEAD` (couple-lr-9: every head kept)."""
    if not path.exists():
        return
    with np.load(path, allow_pickle=False) as z:
        for j, signal in enumerate(cm.VETOES):
            if (lang, signal) in VETO_ROUNDS and not KEEP_EVERY_HEAD:
                continue
            for key in ("veto", "veto_dense", "veto_bias"):
                arrays[key][..., j] = z[key][..., j]


def write_heads(out: Path | None = None, only: frozenset[str] | None = None) -> None:
    """Rewrite only the precision heads of the shipped ``couple_{lang}_v5.npz`` files
    (h-couplemodel5): each head on trained as :func:`weights_of` trains it, at its
    :data:`SHIP_VETO_THRESHOLDS`; a head off (never read) and the kinds' arrays and the
    rest of the meta kept bit for bit, so the five kinds read as before. ``only``: the
    ``lang:signal`` heads to retrain (h-zhcouple: ``zh:disclosure.emotional``), the other
    heads' columns kept bit for bit; None: every head on."""
    import json

    folder = out or Path(str(cm._weights_ref("en"))).parent
    for lang in LANGS:
        path = folder / cm.WEIGHTS_FILES[lang]
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files if k != "meta"}
            meta = json.loads(str(z["meta"]))
        ths = [float(SHIP_VETO_THRESHOLDS[lang][v]) for v in cm.VETOES]
        if ths == meta["veto_thresholds"] and all(t >= cm.OFF for t in ths):
            continue  # every head off, as the file has them: left as it is
        for j, signal in enumerate(cm.VETOES):
            meta["veto_thresholds"][j] = ths[j]
            if ths[j] >= cm.OFF:  # off: never read, its columns left as they are
                continue
            if only is not None and f"{lang}:{signal}" not in only:
                continue
            train_veto(VETO_ROUNDS.get((lang, signal), SHIP_ROUNDS), lang, signal, VETO_C)
            lr = FITTED[(lang, f"veto {signal}")]
            w = lr.coef_[0]
            arrays["veto"][:, j] = w[:N_BUCKETS].astype(np.float32)
            arrays["veto_dense"][:, j] = w[N_BUCKETS:]
            arrays["veto_bias"][j] = float(lr.intercept_[0])
        arrays["meta"] = np.array(json.dumps(meta, sort_keys=True))
        np.savez_compressed(path, **arrays)
        print(lang, meta["veto_thresholds"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--c", type=float, default=16.0)
    ap.add_argument("--floor", type=float, default=0.8, help="lowest threshold")
    ap.add_argument("--no-booking", action="store_true")
    ap.add_argument(
        "--control", type=float, default=0.0, help="weight of the safety rounds' control lines"
    )
    ap.add_argument("--alone", action="store_true", help="the model alone, left-out rounds")
    ap.add_argument("--write", action="store_true", help="write the shipped weights (src)")
    ap.add_argument(
        "--lr7",
        type=Path,
        metavar="FOLDER",
        help="with --write: couple-lr-7 (measured, not shipped) into FOLDER, not src",
    )
    ap.add_argument(
        "--lr8",
        type=Path,
        metavar="FOLDER",
        help="with --write: couple-lr-8 (h-couplemodel14) into FOLDER, not src",
    )
    ap.add_argument(
        "--lr9",
        type=Path,
        metavar="FOLDER",
        help="with --write: couple-lr-9 (h-couplemodel15) into FOLDER, not src",
    )
    ap.add_argument(
        "--lr10",
        type=Path,
        metavar="FOLDER",
        help="with --write: couple-lr-10 (h-couplemodel17: rounds 1-17) into FOLDER, not src",
    )
    ap.add_argument(
        "--write-heads", action="store_true", help="rewrite only the shipped precision heads"
    )
    ap.add_argument(
        "--only", action="append", help="with --write-heads: the lang:signal heads to retrain"
    )
    ap.add_argument(
        "--veto-loro",
        metavar="LANG:SIGNAL",
        help="judge a precision head leave-one-round-out over VETO_ROUNDS (or rounds 1-6)",
    )
    ap.add_argument(
        "--veto-baseline",
        action="store_true",
        help="with --veto-loro: the head as shipped before (SHIPPED_VETO_*) on the same folds",
    )
    ap.add_argument(
        "--veto-cued",
        type=float,
        help="with --veto-loro: the head also over lexicon-cued lines (the grid), others at this",
    )
    ap.add_argument(
        "--veto-rounds", type=int, help="with --veto-loro: rounds one to N (default VETO_ROUNDS)"
    )
    ap.add_argument(
        "--veto-shape",
        action="store_true",
        help="with --veto-loro: the head over cued lines only of the CUE_OVERRULE shape",
    )
    ap.add_argument(
        "--veto-as-shipped",
        action="store_true",
        help="with --veto-loro --veto-baseline: each fold's head is the shipped rounds' (a)",
    )
    ap.add_argument(
        "--veto-max-loss",
        type=float,
        help="with --veto-loro: recall may fall by this much (no baseline; h-couplemodel13)",
    )
    ap.add_argument(
        "--veto-shape-only",
        action="store_true",
        help="with --veto-loro --veto-shape: the head over the shape's cued lines only",
    )
    ap.add_argument(
        "--veto-shape-rule",
        action="store_true",
        help="with --veto-loro --veto-shape: no head, every line of the shape drops the signal",
    )
    ap.add_argument(
        "--veto-shape-gate",
        action="store_true",
        help="with --veto-loro --veto-shape: the head over every line of the shape, no other",
    )
    ap.add_argument("--judge", action="store_true", help="read a fresh round once")
    ap.add_argument(
        "--judge-round",
        choices=sorted(JUDGE_ROUNDS),
        default="four",
        help="the round --judge reads (trained on every round before it)",
    )
    args = ap.parse_args(argv)
    global CONTROL_WEIGHT
    CONTROL_WEIGHT = args.control
    if args.write and args.lr7:
        global SHIP_KIND_ROUNDS, HELD_NEG_ROUNDS, SHIP_THRESHOLDS
        SHIP_KIND_ROUNDS, HELD_NEG_ROUNDS = LR7_KIND_ROUNDS, LR7_HELD_NEG_ROUNDS
        SHIP_THRESHOLDS = LR7_THRESHOLDS
        write(args.c, args.lr7)
    elif args.write and args.lr8:
        SHIP_KIND_ROUNDS, HELD_NEG_ROUNDS = LR8_KIND_ROUNDS, LR8_HELD_NEG_ROUNDS
        SHIP_THRESHOLDS = LR8_THRESHOLDS
        VETO_ROUNDS.update(LR8_VETO_ROUNDS)
        write(args.c, args.lr8)
    elif args.write and args.lr9:
        global KEEP_EVERY_HEAD
        SHIP_KIND_ROUNDS, HELD_NEG_ROUNDS = LR9_KIND_ROUNDS, LR9_HELD_NEG_ROUNDS
        SHIP_THRESHOLDS = LR9_THRESHOLDS
        KEEP_EVERY_HEAD = True
        global WRITE_VERSION
        WRITE_VERSION = "couple-lr-9"
        write(args.c, args.lr9)
    elif args.write and args.lr10:
        global HEADS_FROM
        SHIP_KIND_ROUNDS, HELD_NEG_ROUNDS = LR10_KIND_ROUNDS, LR10_HELD_NEG_ROUNDS
        WRITE_VERSION = "couple-lr-10"
        SHIP_THRESHOLDS = LR10_THRESHOLDS
        KEEP_EVERY_HEAD = True
        HEADS_FROM = {lang: f"couple_{lang}_v7.npz" for lang in LANGS}
        write(args.c, args.lr10)
    elif args.write:
        write(args.c)
    elif args.write_heads:
        write_heads(only=frozenset(args.only) if args.only else None)
    elif args.veto_loro:
        lang, signal = args.veto_loro.split(":")
        rounds = VETO_ROUNDS.get((lang, signal), SHIP_ROUNDS)
        if args.veto_rounds:
            rounds = couple_round.PATHS[: args.veto_rounds]
        base = None
        if args.veto_baseline:
            base = (SHIPPED_VETO_ROUNDS[(lang, signal)], SHIPPED_VETO_THRESHOLDS[lang][signal])
        veto_loro(
            lang,
            signal,
            rounds,
            VETO_C,
            base,
            args.veto_cued,
            args.veto_shape,
            args.veto_as_shipped,
            args.veto_max_loss,
            args.veto_shape_only,
            args.veto_shape_rule,
            args.veto_shape_gate,
        )
    elif args.alone:
        alone(args.c, not args.no_booking)
    elif args.judge:
        judge(args.c, args.floor, not args.no_booking, args.judge_round)
    else:
        loro(args.c, args.floor, not args.no_booking)
    return 0


if __name__ == "__main__":
    sys.exit(main())

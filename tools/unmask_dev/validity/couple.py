"""Couple round one (:mod:`unmask_dev.couple_round`): how the message signals read two
partners texting.

- **Precision and recall per depth family** (disclosure: emotional or vulnerable; the
  vulnerable signal alone; support.emotional; affection; gratitude; future; we_talk;
  inner_question), per language: a message is a positive where the family is labelled to
  fire, a negative where it must not; ``ok`` labels count for neither.
- **False depth** per group of kinds: the share of fights, contempt and sarcasm, of
  logistics, money and checking-up questions, and of formula thanks and teasing that fire
  a depth signal they must not.
- **Recall of surface signals** where labelled (logistics / duty / money, appeasement,
  dismissal, bid), and safety signals firing on the lines labelled neither control nor
  fight (h-couple2: a fight may rightly fire ``safety.degradation``; the round has no
  controlling message).

The round was read once on main before any change (h-couple); every later figure is
in-sample. Targets are this round's own, not a norm.

Couple round two (h-couple3, ``couple_round.PATH2``): the same rows, named ``round two
...``, over other couples written fresh (with chores, control, pet names and in-jokes,
flirting, illness, long distance), read once on main before any change (h-couple3), then
in-sample like round one; its control lines add a false-depth row and a row of control
lines firing a safety signal (a group or row whose kinds the round lacks is left out).

Couple round three (h-round3, ``couple_round.PATH3``): the same rows, named ``round three
...``, over other couples again (older couples, newlyweds, parents of small kids, long
distance, making up after a fight, one partner ill, a clerk's line), worded with no run of
five words or five characters shared with rounds one and two or any lexicon example; read
once on main (h-round3) and not tuned to in that session.

Couple round four (h-round4, ``couple_round.PATH4``): the same rows, named ``round four
...``, over other couples again (twenties sharing a flat, night shifts, a teenager, after a
miscarriage, a parent with dementia, a move abroad, sixties, a lost job, a removal firm's
line), worded with no run of five words or five characters shared with rounds one to three
or any string in the yamls under ``src/unmask``; read once on main (h-round4) and not tuned
to in that session.

Couple round five (h-round5, ``couple_round.PATH5``): the same rows, named ``round five
...``, over other couples again (two men, one sober after drinking; new parents at 3am; a
small shop; chronic pain; a blended family; a first month; study abroad; retired, hearing
going; in Chinese long distance, 996, meeting the parents, bride price, a baby, New Year
at home), worded with no run of five words or five characters shared with rounds one to
four or any string in the yamls under ``src/unmask``; read once on main (h-round5) and
not tuned to in that session.

Couple round six (h-round6, ``couple_round.PATH6``): the same rows, named ``round six
...``, over other couples again (one partner deaf; a firefighter on 24-hour shifts;
expecting twins; a mother just moved in; after an affair; fifties, the kids gone; one
partner disabled after a crash; students; a business failing; in Chinese 考公, 房贷, 二胎,
婆媳, 小县城, 北漂, 跨国恋, 退休返聘), worded with no run of five words or five
characters shared with rounds one to five or any string in the yamls under
``src/unmask``; read once on main (h-round6) and not tuned to in that session; the judge
of a couple model trained on rounds one to five.

Couple round seven (h-round7, ``couple_round.PATH7``): the same rows, named ``round seven
...``, over other couples again (one partner deployed with the army; a farm; recovery from
an eating disorder; a miscarriage; a long marriage taking on a mother's dementia care; two
men adopting; a night-shift nurse; met late after divorces; in Chinese 考研二战, 买房首付,
三孩, 丁克, 躺平, 外卖骑手, 县城婚礼, 陪读妈妈, 港漂), worded with no run of five words
or five characters shared with rounds one to six or any string in the yamls under
``src/unmask``; read once on main (h-round7) and not tuned to in that session; the judge of
a couple model trained on rounds one to six.

Couple round eight (h-round8, ``couple_round.PATH8``): the same rows, named ``round eight
...``, over other couples again (a long-haul truck driver; a small restaurant run together;
chronic pain; long distance across time zones; a partner coming out as trans; a newborn in
the NICU; retired, after a stroke; musicians on tour; in Chinese 异地恋 across 时差, 996
程序员, 奶茶店, 带娃回老家, 二婚重组家庭, 导师压力, 催婚, 在日本打工, 残障伴侣), worded with
no run of five words or five characters shared with rounds one to seven or any string in
the yamls under ``src/unmask``; read once (h-round8) and not tuned to in that session; the
judge of a couple model trained on rounds one to seven.

Couple round nine (h-round9, ``couple_round.PATH9``): the same rows, named ``round nine
...``, over other couples again (a night-shift nurse and a partner on days; farmers at
harvest; early recovery from drinking; a deployment; parents of an autistic boy; two men
meeting one family; after a miscarriage; a layoff; a mother with dementia; widowed and
dating in their seventies; in Chinese 外卖骑手, 考公上岸, 陪读妈妈, 丁克还是要孩子, 婆媳矛盾,
创业失败欠债, 北漂合租, 产后抑郁, 跨国婚姻, 退伍回乡), worded with no run of five words or
five characters shared with rounds one to eight or any string in the yamls under
``src/unmask``; read once (h-round9) and not tuned to in that session; the judge of a
couple model trained on rounds one to eight.

Couple round ten (h-round10, ``couple_round.PATH10``): the same rows, named ``round ten
...``, over other couples again (a long-haul trucker and a partner at home with twins; a
small bakery; a new diabetes diagnosis; a PhD student and a partner who moved cities;
fostering a teenager; a trans partner meeting the other's parents; saving for IVF; a pilot;
one partner deaf; an interfaith wedding; in Chinese 异地恋研究生, 奶茶店, 二胎, 上门女婿,
县城教师, 海归回国, 网约车司机, 催婚, 高考复读陪考, 养老院护工), worded with no run of five
words or five characters shared with rounds one to nine, the safety rounds' lines or any
string in the yamls under ``src/unmask``; read once (h-round10) and not tuned to in that
session; the judge of a couple model trained on rounds one to nine.

Couple round eleven (h-round11, ``couple_round.PATH11``): the same rows, named ``round
eleven ...``, over other couples again (an offshore oil-rig worker; restoring a farmhouse;
early recovery from alcohol; a retired couple learning to text; a nurse on nights and a
stay-at-home dad; a military spouse; refugees; a mother with dementia; musicians on tour;
after a miscarriage; in Chinese 外卖骑手, 北漂程序员夫妻, 开民宿的夫妻, 留守老人照顾者,
考公上岸前后, 装修新房, 跨国婚姻, 二婚重组家庭, 失业在家, 宠物医院医生), worded with no run of
five words or five characters shared with rounds one to ten, the safety rounds' lines or any
string in the yamls under ``src/unmask``; read once (h-round11) and not tuned to in that
session; the judge of a couple model trained on rounds one to ten.

Couple round twelve (h-round12, ``couple_round.PATH12``): the same rows, named ``round
twelve ...``, over other couples again (a long-haul trucker and a teacher; a food truck; a
PhD abroad; newlyweds in their sixties; a small son in hospital; a firefighter and a
florist; a deaf partner; gig work and chronic pain; IVF; a sailor on an ocean race; in
Chinese 高铁乘务员, 异地恋研究生, 开奶茶店的小夫妻, 陪读妈妈和在外打工的爸爸, 刚退休的双职工,
做直播带货的夫妻, 援疆医生, 离婚冷静期的夫妻, 丁克夫妻, 农村返乡创业), worded with no run of
five words or five characters shared with rounds one to eleven, the safety rounds' lines or
any string in the yamls under ``src/unmask``; read once (h-round12) and not tuned to in that
session; the judge of a couple model trained on rounds one to eleven.

Couple round thirteen (h-round13, ``couple_round.PATH13``): the same rows, named ``round
thirteen ...``, over other couples again (a night-shift nurse and a baker; a dairy farm; an
oil rig and a submarine; fostering a teenager; newly sober; a widower dating again; a
wheelchair user and a marathoner; a flat shared with her parents; musicians on tour; the
army reserve; in Chinese 外卖骑手和护士, 考公的情侣, 跨国婚姻(中法), 海员和留守妻子,
在鹤岗买房的年轻夫妻, 二婚重组家庭, 照顾瘫痪婆婆的夫妻, 做非遗手艺的老两口, 健身教练和程序员,
一方刚确诊抑郁症), worded with no run of five words or five characters shared with rounds one
to twelve, the safety rounds' lines up to thirty-five or any string in the yamls under
``src/unmask``; read once (h-round13) and not tuned to in that session; the judge of a couple
model trained on rounds one to twelve.

Couple round fourteen (h-round14, ``couple_round.PATH14``): the same rows, named ``round
fourteen ...``, over other couples again (a small hostel; a PhD student and a plumber; a
carer for her autistic brother; long distance three time zones apart; just after a lost
pregnancy; retirees who took up sailing; coming out as bisexual to family; a stand-up
comedian and an accountant; in Chinese 开网店的小夫妻, 一方读博一方进厂, 跑长途的货车司机夫妻,
刚做完手术的妻子, 丁克夫妻被催生, 学跳广场舞的老两口, 异地恋一方在国外读书, 同性伴侣,
带二胎的全职爸爸, 县城奶茶店的情侣), worded with no run of five words or five characters
shared with rounds one to thirteen, the safety rounds' lines up to thirty-six or any string in
the yamls under ``src/unmask``; read once (h-round14) and not tuned to in that session; the
judge of the twenty-ninth session's end against its start.

Couple round fifteen (h-round15, ``couple_round.PATH15``): the same rows, named ``round
fifteen ...``, over other couples again (beekeepers selling honey; a paramedic on nights; a
partner ninety days free of betting; a vintage-clothes market stall; a winter-over at an
Antarctic research base; a police officer medically retired after twenty-two years;
grandparents raising their grandson; in Chinese 夜里跑代驾的丈夫, 种脐橙的果农夫妻, 法考三战的
情侣, 被停飞的空乘, 外派非洲工地的工程师和留在国内的妻子, 照顾帕金森公公的儿媳, 刚领养女儿的
夫妻, 婚礼跟拍摄影师, 摆夜市烧烤摊的小两口, 背着网贷刚上岸的丈夫), worded with no run of five
words or five characters shared with rounds one to fourteen, the safety rounds' lines up to
thirty-seven or any string in the yamls under ``src/unmask``; read once (h-round15) and not
tuned to in that session; the judge of the thirtieth session's end against its start.

Couple round sixteen (h-round16, ``couple_round.PATH16``): the same rows, named ``round
sixteen ...``, over other couples again (a dairy farm couple; an offshore wind technician on
two-week rotations; a primary headteacher facing an inspection; a partner retraining as an
electrician apprentice at 41; a couple living on a narrowboat; a baker whose shop flooded; a
couple going through IVF; a dog-grooming van; in Chinese 跑长途的货车司机, 开奶茶店的小夫妻,
远洋渔船上的丈夫, 照顾失智母亲的女儿, 做直播带货的妻子, 种茶的夫妻, 考公五次的男友, 被裁员
的程序员, 驾校教练), worded with no run of five words or five characters shared with rounds
one to fifteen, the safety rounds' lines up to thirty-eight or any string in the yamls under
``src/unmask``; read once (h-round16) and not tuned to in that session; the judge of the
thirty-first session's end against its start.

Couple round seventeen (h-round17, ``couple_round.PATH17``): the same rows, named ``round
seventeen ...``, over other couples again (a couple who bought a run-down village pub; an air
traffic controller on rotating shifts; a trainee midwife; a tree surgeon; a partner in
chemotherapy for lymphoma; a family in a static caravan after a house fire; a ski instructor
away for a season in the Alps; a furniture restorer; a campsite; in Chinese 开修车铺的夫妻,
开塔吊的丈夫, 跑网约车的丈夫, 殡仪馆入殓师, 养鸡场的夫妻, 做婚庆主持的男友, 陪孩子做康复
训练的妈妈, 开花店的妻子, 在矿上上班的丈夫), worded with no run of five words or five
characters shared with rounds one to sixteen, the safety rounds' lines up to thirty-nine or
any string in the yamls under ``src/unmask``; read once (h-round17) and not tuned to in that
session; the judge of the thirty-second session's end against its start.

Couple round eighteen (h-round18, ``couple_round.PATH18``): the same rows, named ``round
eighteen ...``, over other couples again (a lobster fisherman out for weeks at sea; a prison
officer on the wings; a pupil barrister waiting on tenancy; a zookeeper; a partner newly
diagnosed with multiple sclerosis; a family served an eviction notice; a piano tuner; in
Chinese 开快递驿站的夫妻, 高速收费站上夜班的妻子, 做住家月嫂的妻子, 在横店当群演的男友,
在菜市场卖海鲜的夫妻, 做外贸业务的丈夫, 守林场的护林员, 被房东通知不续租的一家), worded with
no run of five words or five characters shared with rounds one to seventeen, the safety
rounds' lines up to forty or any string in the yamls under ``src/unmask``; read once
(h-round18) and not tuned to in that session; the judge of the thirty-third session's end
against its start.

Couple round nineteen (h-round19, ``couple_round.PATH19``): the same rows, named ``round
nineteen ...``, over other couples again (a night-bus driver; a stonemason on a cathedral
restoration; a sign-language interpreter in the courts; an archaeologist away on an island
dig; a partner recovering from a stroke; a family burgled while out; in Chinese 开早班地铁的
妻子, 在动车所上夜班的检修工, 去西藏支教的女友, 开锁师傅, 开美甲店的妻子, 开挖掘机的丈夫,
中风后做康复的父亲, 老家房子拆迁的一家), worded with no run of five words or five characters
shared with rounds one to eighteen, the safety rounds' lines up to forty-one or any string in
the yamls under ``src/unmask``; read once (h-round19) and not tuned to in that session; the
judge of the thirty-fourth session's end against its start.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from unmask.signals import score_texts
from unmask.signals.types import PRESENT, SAFETY_SIGNALS
from unmask_dev import couple_round
from unmask_dev.validity import Row

AREA = "couple"
FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("disclosure (emotional or vulnerable)", ("disclosure.emotional", "disclosure.vulnerable")),
    ("disclosure.vulnerable", ("disclosure.vulnerable",)),
    ("support.emotional", ("support.emotional",)),
    ("affection", ("affection",)),
    ("gratitude", ("gratitude",)),
    ("future", ("future",)),
    ("we_talk", ("we_talk",)),
    ("inner_question", ("inner_question",)),
)
FALSE_DEPTH_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("fights, contempt and sarcasm", ("fight", "sarcasm")),
    (
        "logistics, money and checking-up questions",
        ("logistics", "chores", "money", "checkup_question"),
    ),
    ("formula thanks and teasing", ("gratitude_formula", "teasing")),
    ("control", ("control",)),
)
SURFACE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("logistics, duty or transactional", ("logistics", "duty", "transactional")),
    ("appeasement", ("appeasement",)),
    ("dismissal", ("dismissal",)),
    ("bid", ("bid",)),
)
# kinds where a safety signal may rightly fire (the round has no control line yet)
SAFETY_KINDS = frozenset({"control", "fight"})
NOTE = "couple round one (written by h-couple, read once on main; then in-sample)"
NOTE2 = "couple round two (written by h-couple3, read once on main; then in-sample)"
NOTE3 = "couple round three (written by h-round3, read once on main; then in-sample: h-couple5)"
NOTE4 = "couple round four (written by h-round4, read once on main; not yet tuned to)"
NOTE5 = "couple round five (written by h-round5, read once on main; not yet tuned to)"
NOTE6 = "couple round six (written by h-round6, read once on main; not yet tuned to)"
NOTE7 = "couple round seven (written by h-round7, read once on main; not yet tuned to)"
NOTE8 = "couple round eight (written by h-round8, read once; not yet tuned to)"
NOTE9 = "couple round nine (written by h-round9, read once; not yet tuned to)"
NOTE10 = "couple round ten (written by h-round10, read once; not yet tuned to)"
NOTE11 = "couple round eleven (written by h-round11, read once; not yet tuned to)"
NOTE12 = "couple round twelve (written by h-round12, read once; not yet tuned to)"
NOTE13 = "couple round thirteen (written by h-round13, read once; not yet tuned to)"
NOTE14 = "couple round fourteen (written by h-round14, read once; not yet tuned to)"
NOTE15 = "couple round fifteen (written by h-round15, read once; not yet tuned to)"
NOTE16 = "couple round sixteen (written by h-round16, read once; not yet tuned to)"
NOTE17 = "couple round seventeen (written by h-round17, read once; not yet tuned to)"
NOTE18 = "couple round eighteen (written by h-round18, read once; not yet tuned to)"
NOTE19 = "couple round nineteen (written by h-round19, read once; not yet tuned to)"
#: (row-name prefix, note, data file) of each round; round one's rows keep their names
ROUNDS: tuple[tuple[str, str, Path], ...] = (
    ("", NOTE, couple_round.PATH),
    ("round two ", NOTE2, couple_round.PATH2),
    ("round three ", NOTE3, couple_round.PATH3),
    ("round four ", NOTE4, couple_round.PATH4),
    ("round five ", NOTE5, couple_round.PATH5),
    ("round six ", NOTE6, couple_round.PATH6),
    ("round seven ", NOTE7, couple_round.PATH7),
    ("round eight ", NOTE8, couple_round.PATH8),
    ("round nine ", NOTE9, couple_round.PATH9),
    ("round ten ", NOTE10, couple_round.PATH10),
    ("round eleven ", NOTE11, couple_round.PATH11),
    ("round twelve ", NOTE12, couple_round.PATH12),
    ("round thirteen ", NOTE13, couple_round.PATH13),
    ("round fourteen ", NOTE14, couple_round.PATH14),
    ("round fifteen ", NOTE15, couple_round.PATH15),
    ("round sixteen ", NOTE16, couple_round.PATH16),
    ("round seventeen ", NOTE17, couple_round.PATH17),
    ("round eighteen ", NOTE18, couple_round.PATH18),
    ("round nineteen ", NOTE19, couple_round.PATH19),
)


def fired(
    path: Path = couple_round.PATH,
) -> tuple[tuple[couple_round.Message, ...], list[frozenset[str]]]:
    """The round's messages and, for each, the signals that fired (>= 0.5)."""
    messages = couple_round.load(path)
    result = score_texts([m.text for m in messages])
    out = []
    for i in range(len(messages)):
        out.append(
            frozenset(
                name
                for name, values in result.scores.items()
                if not np.isnan(values[i]) and values[i] >= PRESENT
            )
        )
    return messages, out


def rows() -> list[Row]:
    out: list[Row] = []
    for prefix, note, path in ROUNDS:
        out.extend(_round_rows(prefix, note, path))
    return out


def _round_rows(prefix: str, note: str, path: Path) -> list[Row]:
    messages, got = fired(path)
    out: list[Row] = []
    for lang in ("en", "zh"):
        idx = [i for i, m in enumerate(messages) if m.lang == lang]
        for family, names in FAMILIES:
            fam = frozenset(names)
            pos = [i for i in idx if messages[i].fire & fam]
            neg = [i for i in idx if fam <= messages[i].must_not]
            hit = [i for i in pos if got[i] & fam]
            false = [i for i in neg if got[i] & fam]
            flagged = len(hit) + len(false)
            out.append(
                Row(
                    AREA,
                    f"{prefix}{lang} {family} precision",
                    len(hit) / flagged if flagged else None,
                    ">= 0.85",
                    flagged,
                    note,
                )
            )
            out.append(
                Row(
                    AREA,
                    f"{prefix}{lang} {family} recall",
                    len(hit) / len(pos) if pos else None,
                    ">= 0.70",
                    len(pos),
                    note,
                )
            )
        for group, kinds in FALSE_DEPTH_GROUPS:
            sel = [i for i in idx if messages[i].kind in kinds]
            if not sel:
                continue
            bad = [i for i in sel if got[i] & messages[i].must_not]
            out.append(
                Row(
                    AREA,
                    f"{prefix}{lang} false depth on {group}",
                    len(bad) / len(sel) if sel else None,
                    "<= 0.05",
                    len(sel),
                    note + "; any depth signal the message must not fire",
                )
            )
        for label, names in SURFACE:
            fam = frozenset(names)
            pos = [i for i in idx if messages[i].fire & fam]
            hit = [i for i in pos if got[i] & fam]
            out.append(
                Row(
                    AREA,
                    f"{prefix}{lang} {label} recall",
                    len(hit) / len(pos) if pos else None,
                    ">= 0.70",
                    len(pos),
                    note,
                )
            )
        # h-couple2: a fight may rightly fire safety.degradation (contempt, an insult);
        # only the lines labelled neither control nor fight must fire no safety signal
        calm = [i for i in idx if messages[i].kind not in SAFETY_KINDS]
        safety = [i for i in calm if got[i] & frozenset(SAFETY_SIGNALS)]
        out.append(
            Row(
                AREA,
                f"{prefix}{lang} messages firing a safety signal (neither control nor fight)",
                len(safety) / len(calm) if calm else None,
                "<= 0.02",
                len(calm),
                note + "; a fight may fire safety.degradation and is not counted",
            )
        )
        control = [i for i in idx if messages[i].kind == "control"]
        if control:
            caught = [i for i in control if got[i] & frozenset(SAFETY_SIGNALS)]
            out.append(
                Row(
                    AREA,
                    f"{prefix}{lang} control lines firing a safety signal",
                    len(caught) / len(control),
                    ">= 0.70",
                    len(control),
                    note + "; any safety signal (monitoring, isolation, threat, ...)",
                )
            )
    return out


def misreadings(path: Path = couple_round.PATH) -> list[tuple[str, str, str, str, str]]:
    """(lang, kind, text, missed, falsely fired) of every message read wrongly (to sort
    misreadings by kind; the validity rows only count them)."""
    messages, got = fired(path)
    out = []
    for m, g in zip(messages, got, strict=True):
        missed = sorted(n for n in m.fire if n not in g)
        if {"disclosure.emotional", "disclosure.vulnerable"} & m.fire and (
            {"disclosure.emotional", "disclosure.vulnerable"} & g
        ):
            missed = [n for n in missed if n not in ("disclosure.emotional",)]
        false = sorted(g & m.must_not)
        if missed or false:
            out.append((m.lang, m.kind, m.text, ",".join(missed), ",".join(false)))
    return out

"""Couple rounds one to nineteen: messages in the voice of two partners texting, each
labelled with the signals it should fire and the depth signals it must not (benchmarks only).

The development sets are Reddit posts, support chats, TV dialogue and booking chats; this
round is what the product reads: partners' texts (typos, emoji, slang, lowercase, 微信
style), about a hundred in English and a hundred in Chinese, over the kinds of
``data/couple_round1.txt`` (logistics, money, affection inside logistics, thanks real and
formulaic, feelings disclosed, comfort, questions about the other's inner life and
checking-up questions, repair, teasing, sarcasm, fights and contempt, respectful jealousy,
grief, plans, bids, dismissal, appeasement).

Labels (``kind | fire | ok | text``): ``fire`` the signals the message should fire,
``ok`` those that may fire or not; every depth signal (:data:`DEPTH`) in neither list
must not fire. Surface signals (logistics, money, duty, appeasement, dismissal, bid) are
labelled only where they should fire (their recall is measured, not their precision).
Written by us, so its figures say how the signals read the texts we imagine couples write,
not how they generalise; after the first reading it is in-sample (docs/validity.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from unmask.signals.types import DEPTH_SIGNALS

PATH = Path(__file__).with_name("data") / "couple_round1.txt"
#: couple round two (h-couple3): other couples, ages and registers, written fresh in the
#: same format, with the kinds round one lacks (chores, control, pet names and in-jokes,
#: flirting, illness, long distance; apologies under ``repair``)
PATH2 = Path(__file__).with_name("data") / "couple_round2.txt"
#: couple round three (h-round3): other couples again (older couples, newlyweds, parents of
#: small kids, long distance, making up after a fight, one partner ill; a clerk's line
#: forwarded into the chat), round two's kinds, worded with no five-word (en) or
#: five-character (zh) run shared with rounds one and two or any lexicon example
PATH3 = Path(__file__).with_name("data") / "couple_round3.txt"
#: couple round four (h-round4): other couples again (twenties sharing a flat, night
#: shifts, a teenager, after a miscarriage, a parent with dementia, a move abroad, sixties,
#: a lost job; a removal firm's line), round three's kinds, worded with no five-word (en)
#: or five-character (zh) run shared with rounds one to three or any string in the yamls
#: under src/unmask
PATH4 = Path(__file__).with_name("data") / "couple_round4.txt"
#: couple round five (h-round5): other couples again (two men, one sober after drinking;
#: new parents at 3am; a small shop; chronic pain; a blended family; a first month; study
#: abroad; retired, hearing going; in Chinese 异地, 996, 见家长, 彩礼, 带娃, 回老家过年; a
#: pharmacy's and a courier's line), round four's kinds, worded with no five-word (en) or
#: five-character (zh) run shared with rounds one to four or any string in the yamls under
#: src/unmask
PATH5 = Path(__file__).with_name("data") / "couple_round5.txt"
#: couple round six (h-round6): other couples again (one partner deaf; a firefighter on
#: 24-hour shifts; expecting twins; a mother just moved in; after an affair; fifties, the
#: kids gone; one partner disabled after a crash; students; a business failing; in Chinese
#: 考公, 房贷, 二胎, 婆媳, 小县城, 北漂, 跨国恋, 退休返聘; a physio clinic's and a bank's
#: line), round five's kinds, worded with no five-word (en) or five-character (zh) run
#: shared with rounds one to five or any string in the yamls under src/unmask
PATH6 = Path(__file__).with_name("data") / "couple_round6.txt"
#: couple round seven (h-round7): other couples again (one partner deployed with the army; a
#: farm; recovery from an eating disorder; a miscarriage; a long marriage taking on a
#: mother's dementia care; two men adopting; a night-shift nurse; met late after divorces;
#: in Chinese 考研二战, 买房首付, 三孩, 丁克, 躺平, 外卖骑手, 县城婚礼, 陪读妈妈, 港漂; a feed
#: merchant's and a delivery app's line), round six's kinds, worded with no five-word (en)
#: or five-character (zh) run shared with rounds one to six or any string in the yamls
#: under src/unmask
PATH7 = Path(__file__).with_name("data") / "couple_round7.txt"
#: couple round eight (h-round8): other couples again (a long-haul truck driver; a small
#: restaurant run together; chronic pain; long distance across time zones; a partner coming
#: out as trans; a newborn in the NICU; retired, after a stroke; musicians on tour, one a
#: climber; in Chinese 异地恋 across 时差, 996 程序员, 奶茶店, 带娃回老家, 二婚重组家庭, 导师压力,
#: 催婚, 在日本打工, 残障伴侣; a gear-hire shop's and an airline's line), round seven's
#: kinds, worded with no five-word (en) or five-character (zh) run shared with rounds one
#: to seven or any string in the yamls under src/unmask
PATH8 = Path(__file__).with_name("data") / "couple_round8.txt"
#: couple round nine (h-round9): other couples again (a night-shift nurse and a partner on
#: days; farmers at harvest; early recovery from drinking; a deployment; parents of an
#: autistic boy; two men meeting one family; after a miscarriage; a layoff; a mother with
#: dementia; widowed and dating in their seventies; in Chinese 外卖骑手, 考公上岸, 陪读妈妈,
#: 丁克还是要孩子, 婆媳矛盾, 创业失败欠债, 北漂合租, 产后抑郁, 跨国婚姻, 退伍回乡; a hire
#: firm's and a delivery platform's line), round eight's kinds, worded with no five-word
#: (en) or five-character (zh) run shared with rounds one to eight or any string in the
#: yamls under src/unmask
PATH9 = Path(__file__).with_name("data") / "couple_round9.txt"
#: couple round ten (h-round10): other couples again (a long-haul trucker and a partner at
#: home with twins; a small bakery run together; a new type 1 diabetes diagnosis; a PhD
#: student and a partner who moved cities; fostering a teenager; a trans partner meeting the
#: other's parents; saving for IVF; a pilot's rosters; one partner deaf; an interfaith
#: wedding; in Chinese 异地恋研究生, 奶茶店, 二胎, 上门女婿, 县城教师, 海归回国, 网约车司机,
#: 催婚, 高考复读陪考, 养老院护工; a fertility clinic's and a ride-hailing platform's line),
#: round nine's kinds, worded with no five-word (en) or five-character (zh) run shared with
#: rounds one to nine, the safety rounds' lines or any string in the yamls under src/unmask
PATH10 = Path(__file__).with_name("data") / "couple_round10.txt"
#: couple round eleven (h-round11): other couples again (an offshore oil-rig worker on
#: three-week rotations; restoring an old farmhouse; early recovery from alcohol; a retired
#: couple learning to text; a nurse on nights and a stay-at-home dad; a military spouse;
#: refugees building a new life; a mother with dementia; two musicians on tour; after a
#: miscarriage; in Chinese 外卖骑手, 北漂程序员夫妻, 开民宿的夫妻, 留守老人照顾者, 考公上岸前后,
#: 装修新房, 跨国婚姻, 二婚重组家庭, 失业在家, 宠物医院医生; a GP surgery's and a delivery
#: platform's line), round ten's kinds, worded with no five-word (en) or five-character (zh)
#: run shared with rounds one to ten, the safety rounds' lines or any string in the yamls
#: under src/unmask
PATH11 = Path(__file__).with_name("data") / "couple_round11.txt"
#: couple round twelve (h-round12): other couples again (a long-haul trucker and a teacher; a
#: food truck run together; a PhD abroad; newlyweds in their sixties; a small son in
#: hospital; a firefighter and a florist; a deaf partner texting a hearing one; gig work and
#: chronic pain; IVF; a sailor on an ocean race; in Chinese 高铁乘务员, 异地恋研究生,
#: 开奶茶店的小夫妻, 陪读妈妈和在外打工的爸爸, 刚退休的双职工, 做直播带货的夫妻, 援疆医生,
#: 离婚冷静期的夫妻, 丁克夫妻, 农村返乡创业; a children's hospital's and 12306's line), round
#: eleven's kinds, worded with no five-word (en) or five-character (zh) run shared with
#: rounds one to eleven, the safety rounds' lines or any string in the yamls under src/unmask
PATH12 = Path(__file__).with_name("data") / "couple_round12.txt"
#: couple round thirteen (h-round13): other couples again (a night-shift nurse and a baker; a
#: dairy farm; an oil rig and a submarine with rare signal; fostering a teenager; newly
#: sober; a widower dating again; a wheelchair user and a marathoner; a flat shared with her
#: parents; musicians on tour; the army reserve; in Chinese 外卖骑手和护士, 考公的情侣,
#: 跨国婚姻(中法), 海员和留守妻子, 在鹤岗买房的年轻夫妻, 二婚重组家庭, 照顾瘫痪婆婆的夫妻,
#: 做非遗手艺的老两口, 健身教练和程序员, 一方刚确诊抑郁症; a dairy co-op's and a delivery
#: platform's line), round twelve's kinds, worded with no five-word (en) or five-character
#: (zh) run shared with rounds one to twelve, the safety rounds' lines or any string in the
#: yamls under src/unmask
PATH13 = Path(__file__).with_name("data") / "couple_round13.txt"
#: couple round fourteen (h-round14): other couples again (a small hostel; a PhD student and a
#: plumber; a carer for her autistic brother; long distance three time zones apart; just after
#: a lost pregnancy; retirees who took up sailing; coming out as bisexual to family; a
#: stand-up comedian and an accountant; in Chinese 开网店的小夫妻, 读博和进厂, 跑长途的货车
#: 司机夫妻, 刚做完手术的妻子, 丁克夫妻被催生, 学跳广场舞的老两口, 异地恋一方在国外读书,
#: 同性伴侣, 带二胎的全职爸爸, 县城奶茶店的情侣; a hostel platform's and a shop platform's
#: line), round thirteen's kinds, worded with no five-word (en) or five-character (zh) run
#: shared with rounds one to thirteen, the safety rounds' lines up to thirty-six or any
#: string in the yamls under src/unmask
PATH14 = Path(__file__).with_name("data") / "couple_round14.txt"
#: couple round fifteen (h-round15): other couples again (beekeepers selling honey; a
#: paramedic on nights; a partner ninety days free of betting; a vintage-clothes market stall;
#: a winter-over at an Antarctic research base; a police officer medically retired after
#: twenty-two years; grandparents raising their grandson; in Chinese 夜里跑代驾的丈夫, 种脐橙
#: 的果农夫妻, 法考三战的情侣, 被停飞的空乘, 外派非洲工地的工程师和留在国内的妻子, 照顾帕金森
#: 公公的儿媳, 刚领养女儿的夫妻, 婚礼跟拍摄影师, 摆夜市烧烤摊的小两口, 背着网贷刚上岸的丈夫;
#: a vintage fair's and a designated-driver platform's line), round fourteen's kinds, worded
#: with no five-word (en) or five-character (zh) run shared with rounds one to fourteen, the
#: safety rounds' lines up to thirty-seven or any string in the yamls under src/unmask
PATH15 = Path(__file__).with_name("data") / "couple_round15.txt"
#: couple round sixteen (h-round16): other couples again (a dairy farm couple; an offshore
#: wind technician on two-week rotations; a primary headteacher facing an inspection; a
#: partner retraining as an electrician apprentice at 41; a couple living on a narrowboat; a
#: baker whose shop flooded; a couple going through IVF; a dog-grooming van; in Chinese
#: 跑长途的货车司机, 开奶茶店的小夫妻, 远洋渔船上的丈夫, 照顾失智母亲的女儿, 做直播带货的
#: 妻子, 种茶的夫妻, 考公五次的男友, 被裁员的程序员, 驾校教练; a canal trust's and a
#: food-delivery platform's line), round fifteen's kinds, worded with no five-word (en) or
#: five-character (zh) run shared with rounds one to fifteen, the safety rounds' lines up to
#: thirty-eight or any string in the yamls under src/unmask
PATH16 = Path(__file__).with_name("data") / "couple_round16.txt"
#: couple round seventeen (h-round17): other couples again (a couple who bought a run-down
#: village pub; an air traffic controller on rotating shifts; a trainee midwife; a tree
#: surgeon; a partner in chemotherapy for lymphoma; a family in a static caravan after a house
#: fire; a ski instructor away for a season in the Alps; a furniture restorer; a campsite; in
#: Chinese 开修车铺的夫妻, 开塔吊的丈夫, 跑网约车的丈夫, 殡仪馆入殓师, 养鸡场的夫妻, 做婚庆
#: 主持的男友, 陪孩子做康复训练的妈妈, 开花店的妻子, 在矿上上班的丈夫; a campsite platform's
#: and a ride-hailing platform's line), round sixteen's kinds, worded with no five-word (en)
#: or five-character (zh) run shared with rounds one to sixteen, the safety rounds' lines up
#: to thirty-nine or any string in the yamls under src/unmask
PATH17 = Path(__file__).with_name("data") / "couple_round17.txt"
#: couple round eighteen (h-round18): other couples again (a lobster fisherman out for weeks
#: at sea; a prison officer on the wings; a pupil barrister waiting on tenancy; a zookeeper; a
#: partner newly diagnosed with multiple sclerosis; a family served an eviction notice; a
#: piano tuner; in Chinese 开快递驿站的夫妻, 高速收费站上夜班的妻子, 做住家月嫂的妻子, 在横店
#: 当群演的男友, 在菜市场卖海鲜的夫妻, 做外贸业务的丈夫, 守林场的护林员, 被房东通知不续租的
#: 一家; a postal service's and a parcel-station platform's line), round seventeen's kinds,
#: worded with no five-word (en) or five-character (zh) run shared with rounds one to
#: seventeen, the safety rounds' lines up to forty or any string in the yamls under src/unmask
PATH18 = Path(__file__).with_name("data") / "couple_round18.txt"
#: couple round nineteen (h-round19): other couples again (a night-bus driver; a stonemason on
#: a cathedral restoration; a sign-language interpreter in the courts; an archaeologist away on
#: an island dig; a partner recovering from a stroke; a family burgled while out; in Chinese
#: 开早班地铁的妻子, 在动车所上夜班的检修工, 去西藏支教的女友, 开锁师傅, 开美甲店的妻子, 开
#: 挖掘机的丈夫, 中风后做康复的父亲, 老家房子拆迁的一家; a train operator's and a power
#: company's line), round eighteen's kinds, worded with no five-word (en) or five-character
#: (zh) run shared with rounds one to eighteen, the safety rounds' lines up to forty-one or any
#: string in the yamls under src/unmask
PATH19 = Path(__file__).with_name("data") / "couple_round19.txt"
#: every round's file, in order
PATHS: tuple[Path, ...] = (
    PATH,
    PATH2,
    PATH3,
    PATH4,
    PATH5,
    PATH6,
    PATH7,
    PATH8,
    PATH9,
    PATH10,
    PATH11,
    PATH12,
    PATH13,
    PATH14,
    PATH15,
    PATH16,
    PATH17,
    PATH18,
    PATH19,
)
#: the rounds a choice may read: every round but the newest, which stays the judge of the
#: session that wrote it (read once at its start and once at its end, by nobody who
#: changes ``src/``); the choosing tools (``p_line_choice``, ``weak_choice``) read these
READ_PATHS: tuple[Path, ...] = PATHS[:-1]

ALIASES: dict[str, str] = {
    "de": "disclosure.emotional",
    "dv": "disclosure.vulnerable",
    "se": "support.emotional",
    "af": "affection",
    "gr": "gratitude",
    "fu": "future",
    "we": "we_talk",
    "iq": "inner_question",
    "bid": "bid",
    "lo": "logistics",
    "tr": "transactional",
    "du": "duty",
    "ap": "appeasement",
    "dm": "dismissal",
}
#: the depth signals every message is labelled for
DEPTH: tuple[str, ...] = DEPTH_SIGNALS
_HAN = re.compile("[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Message:
    kind: str
    text: str
    fire: frozenset[str]
    ok: frozenset[str]

    @property
    def lang(self) -> str:
        return "zh" if _HAN.search(self.text) else "en"

    @property
    def must_not(self) -> frozenset[str]:
        """Depth signals this message must not fire."""
        return frozenset(DEPTH) - self.fire - self.ok


def _names(field: str, line: str) -> frozenset[str]:
    field = field.strip()
    if field == "-":
        return frozenset()
    out = set()
    for alias in field.split(","):
        if alias.strip() not in ALIASES:
            raise ValueError(f"unknown signal alias {alias!r} in {line!r}")
        out.add(ALIASES[alias.strip()])
    return frozenset(out)


@cache
def load(path: Path = PATH) -> tuple[Message, ...]:
    """The round's messages, in file order."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, fire, ok, text = (part.strip() for part in line.split(" | ", 3))
        out.append(Message(kind, text, _names(fire, line), _names(ok, line)))
    return tuple(out)


def shared_runs(text: str, others: set[str]) -> set[str]:
    """The runs of five words (en) or five characters (zh, punctuation and spaces left
    out) of ``text`` that are in ``others`` (from :func:`runs`): a fresh round shares none
    with the earlier rounds."""
    return runs(text) & others


def runs(text: str) -> set[str]:
    """Every run of five words (en, lowercased) or five characters with a Chinese one among
    them (zh, punctuation and spaces left out) of ``text``."""
    if _HAN.search(text):
        chars = re.sub(r"[^\w]", "", text.lower())
        return {chars[i : i + 5] for i in range(len(chars) - 4) if _HAN.search(chars[i : i + 5])}
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}

"""Control read by its grammatical parts - who is addressed, the mood (a command or a
condition), the act (restrict, watch, threaten, demean) and the domain of the partner's life
- as features and as a reader (h-safety26; dev only, nothing here is shipped).

Written from the kinds' general shapes before any round's misses were read, so every round
is held out from it: small word classes per language, each a regex on the folded lower-case
text, read clause by clause (a clause: text between sentence marks).

- :func:`classes` gives, per clause, which classes occur; :func:`features` turns a message
  into a dense vector (each class anywhere, and the crosses of addressee x mood x act x
  domain within one clause), the inputs of the ``struct`` family of
  :mod:`unmask_dev.safety_families`, so an unseen wording of a known act shares inputs with
  the seen ones.
- :func:`reads` is the cheaper structural reader: a clause aimed at the reader (a second
  person, or a bare command opening it), in a command or a condition mood, with an act of
  control and a domain of the partner's life, and none of the care / offer / report guards.

``python -m unmask_dev.safety_struct [--held] [--cache DIR] [--json F]`` judges the reader
on rounds nine to twenty-five (as the validity rows read them: any safety signal, lexicons +
the shipped model, base -> with the reader) and on the false-alarm sets (tuning and, with
``--held``, held-out halves; couple round one's lines labelled neither control nor fight).
Round twenty-six is read before and after but never tuned on. Prints counts only.

``narrow`` (h-safety27) is ``act`` narrowed by the kinds of rounds 9-25's twins it fired
on (so those twins are in-sample for it; the rounds' controlling lines and round 26 are
not): the message-level guards of :data:`MSG_GUARD` and an act that is not only the
domain's own word (:func:`_act_apart`).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import numpy as np

ROUNDS: tuple[int, ...] = tuple(range(9, 26))
_HAN = re.compile("[\u4e00-\u9fff]")


def _zh(text: str) -> bool:
    return bool(_HAN.search(text))


def _w(*words: str) -> str:
    return r"\b(?:" + "|".join(words) + r")\b"


#: (class, regex) per language; the act classes are small verb classes
EN: dict[str, str] = {
    "you": _w(
        "you",
        "your",
        "yours",
        "yourself",
        "u",
        "ur",
        "ya",
        "you're",
        "youre",
        "you'll",
        "youll",
        "you've",
        "you'd",
        "ure",
    ),
    "me_ctrl": _w(
        "i'll check",
        "i will check",
        "i need to see",
        "i expect",
        "i decide",
        "my rules",
        "my house",
        "my money",
        "my name",
        "ask me",
        "show me",
        "send me",
        "forward me",
        "hand me",
        "run it by me",
        "ask my permission",
    ),
    "imperative": r"^(?:\W*(?:and|so|just|now|ok|okay|babe|baby|listen|honestly|seriously|"
    r"from now on|tonight|today|tomorrow)\W+)*"
    + _w(
        "quit",
        "stop",
        "cancel",
        "delete",
        "block",
        "unfollow",
        "unfriend",
        "drop",
        "leave",
        "stay",
        "don't",
        "dont",
        "never",
        "get rid of",
        "cut",
        "end",
        "tell",
        "skip",
        "hand",
        "give",
        "send",
        "show",
        "forward",
        "share",
        "turn",
        "keep",
        "answer",
        "pick up",
        "call",
        "text",
        "come",
        "be",
        "wear",
        "change",
        "take",
        "put",
        "go",
        "sit",
        "shut",
        "get",
        "move",
        "choose",
        "log",
        "sign",
    ),
    "condition": r"\bif (?:you|u|ur|you're|your)\b|"
    + _w(
        "or else",
        "otherwise",
        "or i'll",
        "or i will",
        "unless you",
        "unless u",
        "see what happens",
        "try me",
        "i dare you",
        "don't make me",
        "dont make me",
        "don't bother",
        "dont bother",
        "or we're done",
        "or it's over",
        "then don't",
        "then dont",
    ),
    "must": _w(
        "not allowed",
        "no more",
        "from now on",
        "anymore",
        "any more",
        "you better",
        "u better",
        "you'd better",
        "you will",
        "you're going to",
        "ur gonna",
        "you're gonna",
        "you won't",
        "you can't",
        "u cant",
        "you dont get",
        "you don't get",
        "doesn't get",
        "is done",
        "is over",
        "end of",
        "i won't let",
        "i'm not letting",
        "not without",
        "without asking",
        "every hour",
        "at all times",
    ),
    "restrict": _w(
        "quit",
        "stop",
        "cancel",
        "delete",
        "block",
        "unfollow",
        "unfriend",
        "cut off",
        "drop",
        "leave it",
        "stay home",
        "stay in",
        "stay away",
        "done with",
        "get rid of",
        "not going",
        "not sharing",
        "no contact",
        "not seeing",
        "pick",
    ),
    "watch": _w(
        "check",
        "checked",
        "checking",
        "screenshots",
        "forward",
        "track",
        "tracking",
        "go through",
        "look through",
        "went through",
        "where you are",
        "where were you",
        "who with",
        "who was",
        "who's",
        "whose",
        "pin",
        "password",
        "passcode",
        "history",
        "show me",
        "send me",
        "forward me",
        "hand me",
        "hand over",
        "give me your",
    ),
    # a harm the writer will do, or a consequence promised to the reader (h-safety26's
    # second draft: bare harm words read advice and news on the tuning sets)
    "threaten": r"\b(?:i'll|i will|ill|i'm gonna|im gonna|i'm going to|or i|i swear i'll)\b"
    r"[^.!?\n]{0,30}\b(?:hurt|ruin|burn|smash|break|kill|destroy|take the kids|throw your"
    r"|kick you out|tell everyone|post|expose|get you fired|make you|end you|leave you)\b"
    r"|\b(?:you'll|you will|youll|you're gonna|ur gonna|you're going to)\b[^.!?\n]{0,20}"
    r"\b(?:regret|be sorry|pay for|wish|find out what)\b"
    r"|\b(?:or else|watch your back|don't make me|dont make me|you've been warned)\b",
    "demean": _w(
        "stupid",
        "useless",
        "pathetic",
        "worthless",
        "embarrassing",
        "embarrassment",
        "fat",
        "ugly",
        "loser",
        "idiot",
        "dumb",
        "nobody",
        "no one would",
        "joke",
        "disgusting",
        "lazy",
    ),
    "domain": _w(
        "phone",
        "password",
        "passcode",
        "pin",
        "location",
        "gps",
        "texts",
        "messages",
        "chats",
        "dms",
        "inbox",
        "emails",
        "account",
        "login",
        "app",
        "history",
        "instagram",
        "insta",
        "snapchat",
        "tiktok",
        "facebook",
        "whatsapp",
        "money",
        "card",
        "bank",
        "paycheck",
        "salary",
        "wages",
        "cash",
        "spending",
        "receipts",
        "friends",
        "friend",
        "mates",
        "sister",
        "brother",
        "mum",
        "mom",
        "dad",
        "family",
        "parents",
        "coworkers",
        "colleague",
        "boss",
        "ex",
        "club",
        "class",
        "gym",
        "group",
        "party",
        "night out",
        "going out",
        "trip",
        "clothes",
        "dress",
        "skirt",
        "makeup",
        "outfit",
        "home",
        "door",
        "car",
        "keys",
        "kids",
        "job",
        "work",
        "him",
        "her",
        "them",
    ),
}
ZH: dict[str, str] = {
    "you": r"你|妳|您",
    "me_ctrl": r"发我|给我看|交给我|我要看|我要检查|我说了算|问过我|经过我|我同意",
    "imperative": r"^(?:[\W]*(?:以后|从今天起|现在|马上|今晚|赶紧|给我|立刻)[\W]*)*"
    r"(?:退|删|拉黑|取关|关掉|别|不许|不准|给我|交出|截|回来|滚|断|辞|换|穿|脱|待着|老实)",
    "condition": r"要是你|如果你|你要是|你再|你敢|不然|否则|要么|走着瞧|后果|别怪我",
    "must": r"不许|不准|不能|必须|以后|从今天起|没门|必须得|每天|每次|随时|一律|全部|"
    r"别想|不要再",
    "restrict": r"退出|删了|删掉|拉黑|取关|别去|不许去|不准去|断了|辞了|待着|"
    r"别见|不让|别想|别出去|在家",
    "watch": r"查你|翻你|看你(?:的)?手机|截图|发我|给我看|定位|共享位置|密码|去哪了|跟谁|和谁|"
    r"汇报|报备|行程|交给我|交出",
    "threaten": r"弄死|打死|砸烂|走着瞧|你会后悔|后悔都来不及|有你好看|有你好受|收拾你|曝光你|"
    r"别怪我|让你(?:好看|后悔|滚)|(?:你敢|你再)[^，。！？,!?]{0,12}试试|滚出去|赶出去",
    "demean": r"丢人|废物|没用|蠢|笨|猪|算什么|配吗|也配|累赘|"
    r"恶心|白痴|脑子",
    "domain": r"手机|密码|微信|聊天|记录|定位|账号|支付宝|工资|钱|卡|花呗|朋友|闺蜜|同学|同事|"
    r"前任|家人|你妈|你爸|群|俱乐部|健身|聚会|出门|出去|衣服|裙子|化妆|"
    r"车|门|家|工作|单位",
}

#: guards: care, an offer, a joint plan, someone else's words reported
GUARD: dict[str, str] = {
    "en": _w(
        "please",
        "pls",
        "plz",
        "safe",
        "if you want",
        "if you'd like",
        "if you like",
        "no pressure",
        "whenever",
        "up to you",
        "feel free",
        "hope",
        "love you",
        "want me to",
        "do you want",
        "shall i",
        "should i",
        "can i",
        "could i",
        "let me know",
        "let's",
        "lets",
        "we could",
        "proud",
        "thank you",
        "thanks",
        "he said",
        "she said",
        "he says",
        "she says",
        "my boss",
        "my manager",
        "he won't let me",
        "she won't let me",
        "in case",
        "no worries",
        "either way",
        "trust you",
        "can you",
        "could you",
        "would you",
        "when you get a sec",
        "if you wish",
        "i suggest",
        "i would suggest",
    ),
    "zh": r"到家|放心|注意安全|要不要|需要我|我帮你|要不|一起|咱们|我们|辛苦|谢谢|爱你|不方便|"
    r"没事|不急|他说|她说|老板说|如果你愿意|你想|随你|都行|可以吗|好不好呀|信任你|相信你",
}
#: guards read on the whole message (h-safety27, from the kinds of rounds 9-25's twins the
#: reader fired on): a joint plan or a shared burden ("we can sort it out", 咱俩), good
#: wishes for the reader's outing ("have fun", 玩得开心), a stated helping purpose ("i'll pick
#: you up", 我去接你), a request to share something fun or harmless (a meme, photos, 照片,
#: 分享给我看看), a Chinese request softened (发我一下, 请你) - never a threat word in the message
MSG_GUARD: dict[str, str] = {
    "en": _w(
        "we'll",
        "we will",
        "well manage",
        "together",
        "we can",
        "have fun",
        "enjoy",
        "have a good",
        "have a great",
        "pick you up",
        "come get you",
        "meme",
        "memes",
        "pic",
        "pics",
        "photo",
        "photos",
        "picture",
        "pictures",
        "video",
        "link",
        "recipe",
        "split the bill",
    ),
    "zh": r"咱俩|咱们|一块儿|一起|玩得开心|玩得愉快|接你|照片|视频|链接|表情包|好玩的|分享|看看|"
    r"一下|请你|我请",
}
CLASSES: tuple[str, ...] = tuple(EN)
_SPLIT = re.compile(r"[.!?;\n。！？；…]+")


def _compiled(lang: str) -> dict[str, re.Pattern[str]]:
    src = EN if lang == "en" else ZH
    return {k: re.compile(v, re.I) for k, v in src.items()}


_RX = {"en": _compiled("en"), "zh": _compiled("zh")}
_GUARD = {k: re.compile(v, re.I) for k, v in GUARD.items()}
_MSG_GUARD = {k: re.compile(v, re.I) for k, v in MSG_GUARD.items()}
_ACTS = ("restrict", "watch", "threaten")


def _norm(text: str) -> str:
    return text.lower().replace("\u2019", "'")


def clauses(text: str) -> list[str]:
    return [c.strip() for c in _SPLIT.split(_norm(text)) if c.strip()]


def classes(clause: str, lang: str) -> set[str]:
    return {k for k, r in _RX[lang].items() if r.search(clause)}


#: the crosses read within one clause
CROSSES: tuple[tuple[str, ...], ...] = (
    ("aimed", "mood", "act", "domain"),
    ("aimed", "mood", "domain"),
    ("aimed", "act", "domain"),
    ("aimed", "mood", "act"),
    ("aimed", "demean"),
    ("aimed", "threaten"),
    ("condition", "threaten"),
    ("imperative", "domain"),
    ("me_ctrl", "domain"),
    ("must", "domain"),
    ("guard",),
)


def _tags(clause: str, lang: str) -> set[str]:
    c = classes(clause, lang)
    if "you" in c or "imperative" in c or "me_ctrl" in c:
        c.add("aimed")
    if c & {"imperative", "condition", "must", "me_ctrl"}:
        c.add("mood")
    if c & {"restrict", "watch", "threaten"}:
        c.add("act")
    if _GUARD[lang].search(clause):
        c.add("guard")
    return c


def features(texts: list[str], lang: str) -> np.ndarray:
    """(len(texts), classes + crosses): a class anywhere in the message, a cross within one
    clause with no guard (the guard itself is an input too)."""
    n = len(CLASSES) + len(CROSSES)
    out = np.zeros((len(texts), n), dtype=np.float64)
    for i, text in enumerate(texts):
        for cl in clauses(text[:400]):
            tags = _tags(cl, lang)
            for j, k in enumerate(CLASSES):
                if k in tags:
                    out[i, j] = 1.0
            for j, cross in enumerate(CROSSES):
                if set(cross) <= tags and (cross == ("guard",) or "guard" not in tags):
                    out[i, len(CLASSES) + j] = 1.0
    return out


def _act_apart(clause: str, lang: str) -> bool:
    """An act whose words are not all the domain's words: "password" alone is a domain, not
    an act done to it (h-safety27)."""
    rx = _RX[lang]
    dom = {m.span() for m in rx["domain"].finditer(clause)}
    if not dom:
        return False
    acts = {m.span() for k in _ACTS for m in rx[k].finditer(clause)}
    return bool(acts - dom)


def fires(text: str, need_act: bool = True, narrow: bool = False) -> bool:
    """The structural reader: one clause aimed at the reader, in a command or condition
    mood, with an act of control (restrict, watch, threaten) and a domain, or aimed at the
    reader with a condition and a threat, and no guard; no question opening with an offer."""
    lang = "zh" if _zh(text) else "en"
    if len(text) > (160 if lang == "en" else 80):
        return False
    if (
        narrow
        and _MSG_GUARD[lang].search(_norm(text))
        and not _RX[lang]["threaten"].search(_norm(text))
    ):
        return False
    for cl in clauses(text):
        tags = _tags(cl, lang)
        if "guard" in tags:
            continue
        if {"aimed", "mood", "domain"} <= tags and ("act" in tags or not need_act):
            if narrow and need_act and not _act_apart(cl, lang):
                continue
            return True
        if {"aimed", "condition", "threaten"} <= tags:
            return True
    return False


def reads(texts: list[str], need_act: bool = True, narrow: bool = False) -> np.ndarray:
    return np.fromiter((fires(t, need_act, narrow) for t in texts), dtype=bool, count=len(texts))


#: the reader's variants judged: with an act of control, and the brief's plain form (a
#: command or condition + a domain + the reader addressed)
VARIANTS: dict[str, tuple[bool, bool]] = {
    "act": (True, False),
    "plain": (False, False),
    "narrow": (True, True),
}


def couple_calm() -> list[str]:
    """Couple round one's lines labelled neither control nor fight."""
    from unmask_dev import couple_round
    from unmask_dev.validity.couple import SAFETY_KINDS

    return [m.text for m in couple_round.load() if m.kind not in SAFETY_KINDS]


def judge(held: bool, cache: Path | None) -> dict[str, Any]:
    from unmask_dev import safety_probes as probes
    from unmask_dev.safety_frames import alarm_row, false_alarm_sets, lang_mask
    from unmask_dev.safety_threats import _cached

    out: dict[str, Any] = {"rounds": {}, "false_alarms": {}}
    for n in (*ROUNDS, 26):
        name = f"ROUND{n}"
        texts = [t for _, t in getattr(probes, f"{name}_KINDS")]
        safe = list(getattr(probes, f"{name}_SAFE"))
        fired, laugh = _cached(name, texts, cache)
        sfired, slaugh = _cached(name + "_SAFE", safe, cache)
        for lang in ("en", "zh"):
            m, sm = lang_mask(texts, lang), lang_mask(safe, lang)
            row = {
                "base": round(float(fired[m].mean()), 3),
                "twins_base": round(float((sfired & ~slaugh)[sm].mean()), 3),
            }
            for v, (need, narrow) in VARIANTS.items():
                plus = fired | (reads(texts, need, narrow) & ~laugh)
                splus = sfired | reads(safe, need, narrow)
                row[v] = round(float(plus[m].mean()), 3)
                row[f"twins_{v}"] = round(float((splus & ~slaugh)[sm].mean()), 3)
            out["rounds"][f"{name} {lang}"] = row
    for lang in ("en", "zh"):
        rows = [out["rounds"][f"ROUND{n} {lang}"] for n in ROUNDS]
        out[f"mean {lang}"] = {
            k: round(float(np.mean([r[k] for r in rows])), 4)
            for k in ("base", *VARIANTS, "twins_base", *(f"twins_{v}" for v in VARIANTS))
        }
    sets = false_alarm_sets(held)
    sets["couple round one calm"] = couple_calm()
    for name, texts in sets.items():
        fired, laugh = _cached(name, texts, cache)
        for v, (need, narrow) in VARIANTS.items():
            added = reads(texts, need, narrow) & ~fired & ~laugh
            out["false_alarms"][f"{name} [{v}]"] = alarm_row(texts, added)
    return out


def main() -> None:
    from unmask_dev.safety_frames import print_alarms

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--held", action="store_true")
    parser.add_argument("--cache")
    parser.add_argument("--json")
    args = parser.parse_args()
    cache = Path(args.cache) if args.cache else None
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    result = judge(args.held, cache)
    for key, row in result["rounds"].items():
        print(
            f"{key:12} {row['base']:.2f} -> act {row['act']:.2f} plain {row['plain']:.2f}"
            f" narrow {row['narrow']:.2f}   twins {row['twins_base']:.2f} -> act"
            f" {row['twins_act']:.2f} plain {row['twins_plain']:.2f} narrow"
            f" {row['twins_narrow']:.2f}"
        )
    for lang in ("en", "zh"):
        print(lang, result[f"mean {lang}"])
    print_alarms(result["false_alarms"])
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

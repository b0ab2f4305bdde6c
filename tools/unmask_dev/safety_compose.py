"""Compositional training data for the safety model, in our own words (h-safety13; dev only).

Seventeen probe rounds showed that a model trained on whole sentences reads the next
round's wordings at about .5: it learns sentences, not the construct. Control in a couple's
chat is mostly one construct: a **frame** (a demand, a prohibition, a condition or a claim
to decide: "you're not allowed to", "from now on you", "if you ever ... again", "I decide",
"不准", "不许", "必须", "以后…都要", "敢…试试") applied to a **domain** of the partner's life
(whereabouts, phone and passwords, money and cards, friends and family, clothes and body,
work and study, sleep and food). This module writes the construct out: every frame with
every domain, in several registers (plain, texting shorthand, control wrapped in care,
menacing), and for fear the other partner's voice about a third person ("he won't let me",
"她不让我").

Twins (kind ``none``) are built the same way from the same domains and the same frame
words: a caring or logistic sentence that names the domain ("send me your location when
you land so I can pick you up", "工资发了吗？房租记得交"), a frame word used about oneself
or in play ("from now on I'm cooking on Sundays", "不许跟我抢最后一块排骨哈哈"), and
someone else's everyday rule ("my boss won't let me leave before six"). So neither a frame
word nor a domain word alone marks control; their composition does.

- :func:`controlling` -> ``((kind, text), ...)`` and :func:`twins` -> ``(text, ...)``, both
  deterministic (seeded); ``COMPOSED_KINDS``, ``COMPOSED`` and ``COMPOSED_SAFE`` are their
  values.

No message shares a run of five words (en) or five Chinese characters (zh) with round
eighteen (``safety_probes.ROUND18``), round nineteen (``ROUND19``, written later and kept
off the composed runs) or their twins, the clean tests (tests check). Our own
sentences, built from the kinds in docs/safety.md; training data, never a recall figure.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

SEED = 13

# --- English -----------------------------------------------------------------------------

#: domain -> (kind of a prohibition in it, things the partner is kept from (base-form verb
#: phrases), things demanded of the partner (base-form verb phrases))
EN_DOMAINS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "whereabouts": (
        "monitoring",
        ("go out after dark", "leave the house without me", "go anywhere on your own"),
        ("tell me where you are every hour", "be home by seven", "share your location with me"),
    ),
    "phone": (
        "monitoring",
        ("lock your phone", "delete any messages", "put a passcode on anything"),
        ("give me every password you have", "leave your phone unlocked", "show me your chats"),
    ),
    "money": (
        "monitoring",
        ("spend a cent without asking", "keep your own bank card", "buy anything over ten bucks"),
        ("hand over your debit card", "send me every receipt", "put your whole salary in my name"),
    ),
    "friends": (
        "isolation",
        ("see your friends", "visit your family", "call your sister"),
        ("unfollow all your old friends", "stay away from your parents", "drop your best friend"),
    ),
    "clothes": (
        "jealousy",
        ("wear short skirts", "put on makeup for work", "dress up when I'm not there"),
        ("change into something longer", "cover your arms when we go out", "cut your hair short"),
    ),
    "work": (
        "monitoring",
        ("take that promotion", "go back to college", "work late with your team"),
        ("quit your job", "drop out of your course", "give me your work schedule"),
    ),
    "sleep_food": (
        "monitoring",
        ("eat dessert", "sleep in past seven", "go to bed before me"),
        ("eat only what I buy", "weigh yourself in front of me", "ask before you eat"),
    ),
}

#: prohibition frames over a forbidden verb phrase (``{x}``)
EN_FORBID: tuple[str, ...] = (
    "you're not allowed to {x} anymore",
    "you don't {x}. end of story",
    "I'm not letting you {x} again",
    "you will never {x} again, got it",
    "who told you that you could {x}?",
    "you {x} when I say you can and not before",
    "I decide whether you {x}, not you",
    "you need my permission to {x}",
)
#: demand frames over a demanded verb phrase
EN_DEMAND: tuple[str, ...] = (
    "from now on you {x}",
    "you will {x}, no arguments",
    "starting today you {x}, I'm not asking",
    "you have to {x} or there will be problems",
    "{x}. today. I won't say it twice",
    "the rule is simple: you {x}",
)
#: condition frames (threats) over a forbidden verb phrase
EN_THREAT: tuple[str, ...] = (
    "if you ever {x} again you'll be sorry",
    "go on, {x} and find out what happens",
    "try to {x} one more time. I dare you",
    "you {x} behind my back and you're finished",
)
#: the other partner's voice, about a third person (fear); ``{p}`` he/she/they
EN_FEAR: tuple[str, ...] = (
    "{p} won't let me {x} and I'm scared to ask again",
    "{p} said if I {x} {p2} would make me regret it",
    "I can't {x}, {p} gets so angry when I do",
    "{p} makes me {y} and I'm too afraid to say no",
)
EN_PERSONS: tuple[tuple[str, str], ...] = (("he", "he"), ("she", "she"), ("they", "they"))

#: twins over the same domains: (caring or logistic sentence with a demanded phrase's words)
EN_DOMAIN_TWINS: dict[str, tuple[str, ...]] = {
    "whereabouts": (
        "text me when you get home safe, the roads are icy",
        "share your location for the festival so we don't lose each other",
        "are you going out after dinner? can you grab milk",
    ),
    "phone": (
        "what's the wifi password at your mom's, my phone won't connect",
        "can you show me the chat with the plumber, I forgot the time",
        "my phone died, can I use yours to call the bank",
    ),
    "money": (
        "I paid the electric bill, send me half whenever",
        "keep the receipt in case the shoes don't fit",
        "my salary came in, want to book the cabin",
    ),
    "friends": (
        "say hi to your sister for me, I miss her",
        "invite your friends over saturday, I'll make chili",
        "your parents called, they want us for sunday lunch",
    ),
    "clothes": (
        "wear the blue dress tonight, you look so good in it",
        "take a jacket, it's cold out",
        "your haircut looks great, who did it",
    ),
    "work": (
        "you should totally go for that promotion",
        "how was your first day back at college",
        "working late again? I'll keep dinner warm",
    ),
    "sleep_food": (
        "eat something before your shift, please",
        "go to bed early tonight, you look wiped",
        "sleep in tomorrow, I'll take the kids",
    ),
}
#: frame words about oneself, in play or in an everyday rule (twins of the frames)
EN_FRAME_TWINS: tuple[str, ...] = (
    "from now on I'm cooking on sundays, no arguments 😤",
    "you're not allowed to pay tonight, it's my treat",
    "you will love this show, trust me",
    "I decide the movie tonight, you picked last time lol",
    "if you ever need the car just take it",
    "go on, try the chili and tell me it's too spicy",
    "starting today I'm drinking more water",
    "the rule is simple: whoever cooks doesn't wash up",
    "you need my permission to eat the last cookie 😂",
    "try to beat my score one more time. I dare you 😎",
    "my boss won't let me leave before six this week",
    "he won't let me pay for anything, such a gentleman",
    "she makes me laugh so much",
    "they said if I finish early I can go home",
    "I can't eat after 8 or I get heartburn",
    "my doctor won't let me drink coffee anymore",
    # the threat frames' words in advice and play (a condition with a regret, "try it")
    "if you skip the museum you'll regret it, it's amazing",
    "you'll be sorry if you miss this concert, just come",
    "go on, taste it and see, it's so good",
    "try the new route one more time and see if it's faster",
    "look back at where you started, you'll see how far you've come",
    "you need to press the reset button first, then it works",
    "I can't talk to anyone right now, I'm just drained",
    "if you ever want to talk, I'm here, no pressure",
)


def _en_register(text: str, rng: random.Random, menace: bool) -> str:
    """One of four registers: plain, shorthand, care around it, menace after it."""
    r = rng.randrange(4 if menace else 3)
    if r == 0:
        return text[0].upper() + text[1:] + ("" if text.endswith(("?", "!")) else ".")
    if r == 1:
        low = re.sub(r"\byou're\b", "ur", text.lower())
        low = re.sub(r"\byou\b", "u", low)
        return re.sub(r"\byour\b", "ur", low).replace("'", "")
    if r == 2:
        return rng.choice(("babe ", "honey, ", "love you but ", "I worry about you, so ")) + text
    return text.rstrip("?") + rng.choice((". I mean it", ". don't test me", ". last warning", "!!"))


# --- Chinese -----------------------------------------------------------------------------

ZH_DOMAINS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "whereabouts": (
        "monitoring",
        ("晚上一个人出门", "自己出去", "下班以后到处乱跑"),
        ("每个小时报一次位置", "七点前必须到家", "把定位一直开着"),
    ),
    "phone": (
        "monitoring",
        ("给手机设密码", "删聊天记录", "背着我用手机"),
        ("把所有密码都告诉我", "手机随时给我检查", "把聊天记录截图发我"),
    ),
    "money": (
        "monitoring",
        ("自己留钱", "乱花一分钱", "背着我买东西"),
        ("把银行卡交出来", "每一笔开销都报给我", "工资一到账就转给我"),
    ),
    "friends": (
        "isolation",
        ("跟你那帮朋友出去", "回你妈家", "给你姐打电话"),
        ("把你的老同学全删了", "跟你家里人断了", "离你那个好朋友远点"),
    ),
    "clothes": (
        "jealousy",
        ("穿短裙", "化了妆去上班", "打扮得花枝招展出门"),
        ("换条长裤再出门", "把头发剪短", "出门把胳膊遮住"),
    ),
    "work": (
        "monitoring",
        ("接那个升职", "去读研", "跟同事加班到很晚"),
        ("把工作辞了", "把课退了", "每天把排班表发我"),
    ),
    "sleep_food": (
        "monitoring",
        ("我不在家的时候吃东西", "睡到七点以后", "比我先睡"),
        ("只吃我买的东西", "当着我的面称体重", "吃饭前先问我"),
    ),
}
ZH_FORBID: tuple[str, ...] = (
    "不准{x}",
    "以后不许再{x}",
    "我不同意你{x}",
    "没有我点头，你不能{x}",
    "谁让你{x}的？",
    "我说了算，你别想{x}",
    "以后{x}之前先问我，我说行才行",
)
ZH_DEMAND: tuple[str, ...] = (
    "必须{x}",
    "从今天开始{x}",
    "以后每天都要{x}",
    "给我{x}，马上",
    "我说最后一遍，{x}",
    "规矩就是：{x}",
)
ZH_THREAT: tuple[str, ...] = (
    "你敢{x}试试",
    "再让我发现你{x}，你就完了",
    "你要是再{x}，后果自负",
    "你背着我{x}，我们就走着瞧",
)
ZH_FEAR: tuple[str, ...] = (
    "{p}不让我{x}，我都不敢再提",
    "{p}说我要是{x}就让我好看",
    "我不敢{x}，一{x2}{p}就发火",
    "{p}逼我{y}，我不敢说不",
)
ZH_PERSONS: tuple[str, ...] = ("他", "她")
ZH_DOMAIN_TWINS: dict[str, tuple[str, ...]] = {
    "whereabouts": (
        "到家了给我发个消息，路上滑",
        "音乐节人多，开个位置共享别走散了",
        "晚上出门吗？顺便带瓶酱油",
    ),
    "phone": (
        "你妈家的无线密码多少？我手机连不上",
        "把跟师傅的聊天记录给我看一下，我忘了几点",
        "我手机没电了，借你的打个电话给银行",
    ),
    "money": (
        "电费我交了，你有空转我一半",
        "小票留着，鞋不合适可以退",
        "工资到账了，我们把民宿订了吧",
    ),
    "friends": (
        "替我跟你姐问好，好久没见她了",
        "周六叫你朋友来家里吃火锅吧",
        "你爸妈打电话了，叫我们周日回去吃饭",
    ),
    "clothes": (
        "今晚穿那条蓝裙子吧，特别好看",
        "外面冷，带件外套",
        "你新剪的头发好看，在哪剪的",
    ),
    "work": (
        "那个升职你一定要争取",
        "第一天回学校上课感觉怎么样",
        "又加班啊？饭给你热着",
    ),
    "sleep_food": (
        "上班前记得吃点东西",
        "今晚早点睡，你看起来好累",
        "明天睡个懒觉，孩子我来送",
    ),
}
ZH_FRAME_TWINS: tuple[str, ...] = (
    "从今天开始我戒奶茶了，监督我",
    "不许跟我抢最后一块排骨哈哈",
    "你敢吃我的布丁试试😤",
    "必须早点睡，明天要赶早班飞机",
    "以后每天都要一起散步半小时，好不好",
    "今晚我说了算，吃火锅！",
    "规矩就是：谁做饭谁不洗碗",
    "我不同意你一个人扛，我们一起想办法",
    "我们老板不让我们六点前走",
    "他不让我请客，非要自己付",
    "她逼我去体检，说我太拼了",
    "医生不让我喝咖啡了",
    "我妈说我要是再熬夜就不给我做饭了哈哈",
    "我不敢看恐怖片，一看就做噩梦",
    # the threat frames' words in advice and play (a condition with a regret, "试试")
    "你尝了就知道了，这家真的好吃",
    "不信你试试，这个拖把超好用",
    "试试这件，你穿肯定好看",
    "你要是不去会后悔的，演唱会超棒",
    "你说清楚点，我没听懂你要哪个",
    "零花钱省着点用哈哈，月底还有聚餐",
    "我现在谁都不想理，就想一个人待会儿",
    "以后你想聊的时候随时找我",
)


def _zh_register(text: str, rng: random.Random, menace: bool) -> str:
    r = rng.randrange(4 if menace else 3)
    if r == 0:
        return text if text.endswith(("？", "！")) else text + "。"
    if r == 1:
        return re.sub("[，：。]", " ", text).strip()
    if r == 2:
        return rng.choice(("老婆，", "宝贝，", "我是为你好，", "亲爱的，")) + text
    return text.rstrip("？") + rng.choice(("，听到没有", "，我说到做到", "，别逼我", "！！"))


# --- composition -------------------------------------------------------------------------


def _compose(
    domains: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]],
    forbid: tuple[str, ...],
    demand: tuple[str, ...],
    threat: tuple[str, ...],
    register: Callable[[str, random.Random, bool], str],
    fear: Callable[[random.Random, str, str], str],
    rng: random.Random,
) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, kept, demanded in domains.values():
        for frame in forbid:
            out.append((kind, register(frame.format(x=rng.choice(kept)), rng, True)))
        for frame in demand:
            out.append((kind, register(frame.format(x=rng.choice(demanded)), rng, True)))
        for frame in threat:
            out.append(("threat", register(frame.format(x=rng.choice(kept)), rng, True)))
        for _ in range(2):
            out.append(("fear", fear(rng, rng.choice(kept), rng.choice(demanded))))
    return out


def _en_fear(rng: random.Random, kept: str, demanded: str) -> str:
    p, p2 = rng.choice(EN_PERSONS)
    swap = {
        "me": {"he": "him", "she": "her", "they": "them"}[p],
        "my": {"he": "his", "she": "her", "they": "their"}[p],
        "you": "I",
        "your": "my",
        "you're": "I'm",
        "are": "am",
    }
    kept, demanded = (
        re.sub(r"[\w']+", lambda m: swap.get(m[0], m[0]), x) for x in (kept, demanded)
    )
    text = rng.choice(EN_FEAR).format(p=p, p2=p2, x=kept, y=demanded)
    text = text.replace("they gets", "they get").replace("they makes", "they make")
    return text[0].upper() + text[1:] if rng.randrange(2) else text


def _zh_fear(rng: random.Random, kept: str, demanded: str) -> str:
    p = rng.choice(ZH_PERSONS)
    kept = kept.replace("我", p).replace("你", "我")
    demanded = demanded.replace("我", p).replace("你", "我")
    return rng.choice(ZH_FEAR).format(p=p, x=kept, x2="提", y=demanded)


def controlling() -> tuple[tuple[str, str], ...]:
    """Every frame with every domain, per language (English first): (kind, text)."""
    rng = random.Random(SEED)
    en = _compose(EN_DOMAINS, EN_FORBID, EN_DEMAND, EN_THREAT, _en_register, _en_fear, rng)
    zh = _compose(ZH_DOMAINS, ZH_FORBID, ZH_DEMAND, ZH_THREAT, _zh_register, _zh_fear, rng)
    seen: set[str] = set()
    out = []
    for kind, text in (*en, *zh):
        if text not in seen:
            seen.add(text)
            out.append((kind, text))
    return tuple(out)


def twins() -> tuple[str, ...]:
    """The same domains and frame words in caring, logistic and playful sentences."""
    rng = random.Random(SEED + 1)
    out: list[str] = []
    for domain_twins, frame_twins, register in (
        (EN_DOMAIN_TWINS, EN_FRAME_TWINS, _en_register),
        (ZH_DOMAIN_TWINS, ZH_FRAME_TWINS, _zh_register),
    ):
        for lines in domain_twins.values():
            for line in lines:
                out.append(line)
                out.append(register(line, rng, False))
        for line in frame_twins:
            out.append(line)
            out.append(register(line, rng, False))
    return tuple(dict.fromkeys(out))


COMPOSED_KINDS: tuple[tuple[str, str], ...] = controlling()
COMPOSED: tuple[str, ...] = tuple(text for _, text in COMPOSED_KINDS)
COMPOSED_SAFE: tuple[str, ...] = twins()

"""Scripted couple chats for the safety tests and figures (written by this project).

Each chat is a WhatsApp export (Android layout, US dates) built from a script: everyday
filler on most days (dinner, errands, "love you") and, on chosen days, the scripted
exchanges. Four kinds, each in English and Chinese:

- ``controlling``: threats, monitoring, isolation, degradation, jealousy, fear expressed
  by the other partner, an apology after an outburst (the chat of issue 11 and its
  Chinese counterpart);
- ``controlling_quiet``: the same kind of control without any fear written down
  (monitoring, jealousy, isolation and put-downs repeated over months);
- ``heated``: a couple that argues loudly ("I'm so angry you forgot again!") and repairs;
- ``teasing``: affectionate teasing ("I'll kill you if you eat my fries 😂").

The controlling chats must enter safety mode and the others must not. They are our own
examples, not held-out data: figures on them say the rules work as written, nothing
about other chats (docs/validity.md).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

Line = tuple[int, str]  # (0 = first partner, 1 = second), text

NAMES = {"en": ("Jake", "Emma"), "zh": ("王磊", "陈静")}

FILLER: dict[str, list[list[Line]]] = {
    "en": [
        [(0, "what do you want for dinner?"), (1, "pasta?"), (0, "sounds good")],
        [(1, "can you grab milk on the way home"), (0, "sure")],
        [(0, "running late, 10 min"), (1, "no worries")],
        [(1, "did you pay the electricity bill?"), (0, "yes this morning")],
        [(0, "how was work?"), (1, "long day, my boss was in a mood"), (0, "ugh, sorry")],
        [(1, "the plumber comes at 3"), (0, "ok I'll be there")],
        [(0, "good morning"), (1, "morning ☀️")],
        [(1, "I'll be home by 7"), (0, "ok see you then")],
        [(0, "did you see the game last night?"), (1, "no I fell asleep")],
        [(1, "we're out of coffee"), (0, "I'll get some")],
        [(0, "my mom called, she says hi"), (1, "say hi back")],
        [(1, "the car makes that noise again"), (0, "I'll book the garage")],
        [(0, "leaving work now"), (1, "ok")],
        [(1, "rent is due friday"), (0, "I'll transfer it tomorrow")],
        [(0, "love you"), (1, "love you too")],
        [(1, "what time is the dentist"), (0, "4:30")],
    ],
    "zh": [
        [(0, "晚上吃什么"), (1, "面条吧"), (0, "好")],
        [(1, "回来路上买瓶牛奶"), (0, "好的")],
        [(0, "堵车了，晚十分钟"), (1, "没事")],
        [(1, "电费交了吗"), (0, "早上交了")],
        [(0, "今天上班怎么样"), (1, "累死了，老板心情不好"), (0, "辛苦了")],
        [(1, "修水管的三点来"), (0, "好，我在家")],
        [(0, "早"), (1, "早安")],
        [(1, "我七点到家"), (0, "好的")],
        [(0, "周末去超市吗"), (1, "去吧")],
        [(1, "咖啡喝完了"), (0, "我去买")],
        [(0, "我妈打电话了，问你好"), (1, "替我问阿姨好")],
        [(1, "车又有异响了"), (0, "我约一下修车")],
        [(0, "下班了"), (1, "嗯")],
        [(1, "周五交房租"), (0, "明天转")],
        [(0, "爱你"), (1, "我也爱你")],
        [(1, "牙医几点"), (0, "四点半")],
    ],
}

#: day of the chat -> the scripted exchange of that day
SCRIPTS: dict[str, dict[int, list[Line]]] = {
    "controlling_en": {
        6: [(0, "who were you with tonight?"), (1, "just Sarah from work")],
        19: [
            (0, "why didn't you pick up? I called 6 times"),
            (1, "ok sorry"),
            (1, "I was in a meeting"),
        ],
        33: [
            (0, "give me your phone password"),
            (1, "why?"),
            (0, "if you have nothing to hide just give it to me"),
            (1, "ok sorry"),
        ],
        47: [
            (0, "send me a photo of where you are"),
            (1, "I'm at the office"),
            (0, "a photo. now."),
            (1, "ok"),
        ],
        58: [
            (0, "you're not going out with your friends tonight"),
            (0, "your friends are a bad influence"),
            (1, "ok"),
        ],
        71: [(0, "you're worthless without me"), (1, "please stop")],
        73: [(0, "it won't happen again, I only get angry because I love you"), (1, "ok")],
        88: [(0, "who is he? why were you talking to him"), (1, "he's my colleague")],
        97: [(1, "I'm afraid of what you'll do when you get home")],
        104: [(0, "why didn't you pick up? I called 9 times"), (1, "ok sorry")],
        118: [(0, "you'll regret this"), (1, "I'm scared of you")],
        131: [(0, "let me see your phone"), (1, "ok")],
        142: [(0, "you're worthless without me"), (1, "ok sorry")],
    },
    "controlling_quiet_en": {
        10: [(0, "why were you talking to him"), (1, "he's from my gym")],
        24: [(0, "I went through your messages"), (1, "ok")],
        39: [(0, "stop talking to your sister"), (1, "ok")],
        55: [(0, "turn on your location"), (1, "ok sorry")],
        70: [(0, "no one else would ever want you"), (1, "ok")],
        86: [(0, "I don't want you talking to other guys"), (1, "ok")],
        101: [(0, "send me a photo of where you are"), (1, "ok")],
        117: [(0, "you can't do anything right"), (1, "sorry")],
        133: [(0, "give me your phone password"), (1, "ok")],
    },
    "heated_en": {
        12: [
            (1, "I'm so angry you forgot again!"),
            (0, "I know, I'm sorry"),
            (1, "you never listen to me"),
            (0, "that's not fair"),
        ],
        30: [
            (0, "where are you? the movie starts in 5"),
            (1, "parking!!"),
        ],
        44: [
            (1, "why didn't you call me back?"),
            (0, "my phone died, sorry"),
        ],
        61: [
            (0, "I can't believe you did that"),
            (1, "you're being ridiculous"),
            (0, "stop yelling at me"),
            (1, "I'm not yelling!"),
            (0, "fine, whatever"),
        ],
        63: [(1, "I'm sorry I snapped"), (0, "me too, I love you")],
        80: [(0, "I'm furious about the money thing"), (1, "let's talk tonight")],
        99: [(1, "this is so unfair, I always do the dishes"), (0, "ok ok, my turn")],
        120: [(0, "I'm so angry right now"), (1, "I know, I messed up")],
    },
    "teasing_en": {
        8: [(0, "I'll kill you if you eat my fries 😂"), (1, "too late lol")],
        22: [(1, "you're such a dork lol"), (0, "your dork")],
        37: [(0, "you idiot haha, you locked us out again"), (1, "oops")],
        52: [(1, "I'm scared of you when you're hangry haha"), (0, "feed me then")],
        68: [(0, "you'll regret this haha, rematch tomorrow"), (1, "bring it")],
        83: [(1, "who is he? lol the guy in your dream"), (0, "Ryan Gosling obviously")],
        100: [(0, "you're mine forever ❤️"), (1, "forever ❤️")],
        115: [(1, "I swear I'll kill you if you spoil the finale 😂"), (0, "my lips are sealed")],
    },
    "controlling_zh": {
        6: [(0, "你今晚跟谁在一起"), (1, "跟同事吃饭")],
        19: [(0, "为什么不接电话？我打了你6个电话"), (1, "好，对不起"), (1, "刚才在开会")],
        33: [(0, "把你手机密码给我"), (1, "为什么"), (0, "没鬼就给我"), (1, "好，对不起")],
        47: [(0, "拍张照片给我看看你在哪"), (1, "我在公司"), (0, "照片，现在"), (1, "好")],
        58: [(0, "不许你再见你那些朋友"), (0, "你那些朋友都不是好东西"), (1, "好")],
        71: [(0, "离开我你什么都不是"), (1, "别说了")],
        73: [(0, "都是你逼我的，我保证再也不会了"), (1, "嗯")],
        88: [(0, "那个男的是谁"), (1, "同事")],
        97: [(1, "我害怕你会做出什么")],
        104: [(0, "为什么不接电话？我打了你9个电话"), (1, "对不起")],
        118: [(0, "你会后悔的"), (1, "我真的很怕你。")],
        131: [(0, "把手机给我看看"), (1, "好")],
        142: [(0, "你就是个废物"), (1, "对不起")],
    },
    "controlling_quiet_zh": {
        10: [(0, "你为什么跟他聊天"), (1, "健身房认识的")],
        24: [(0, "我翻了你的手机"), (1, "哦")],
        39: [(0, "别再跟你闺蜜联系了"), (1, "好")],
        55: [(0, "发个定位，给我打了十几个电话都不接"), (1, "对不起")],
        70: [(0, "除了我没人会要你"), (1, "嗯")],
        86: [(0, "不许你跟别的男的说话"), (1, "好")],
        101: [(0, "拍张照片给我看看你在哪"), (1, "好")],
        117: [(0, "你什么都做不好"), (1, "对不起")],
        133: [(0, "把你手机密码给我"), (1, "好")],
    },
    "heated_zh": {
        12: [(1, "气死我了，你又忘了！"), (0, "我错了"), (1, "你从来不听我说话"), (0, "这不公平")],
        30: [(0, "你在哪？电影要开始了"), (1, "在停车！！")],
        44: [(1, "为什么不回消息？"), (0, "手机没电了，对不起")],
        61: [
            (0, "我真的很生气"),
            (1, "你能不能听我说完"),
            (0, "凭什么每次都是我"),
            (1, "随便你"),
        ],
        63: [(1, "对不起刚才语气不好"), (0, "我也有错，抱抱")],
        80: [(0, "钱的事我很火大"), (1, "晚上好好聊")],
        99: [(1, "太不公平了，每次都是我洗碗"), (0, "好好好，今天我洗")],
        120: [(0, "我现在很生气"), (1, "我知道，是我不好")],
    },
    "teasing_zh": {
        8: [(0, "我要杀了你哈哈，又偷吃我的零食"), (1, "好吃哈哈")],
        22: [(1, "笨蛋"), (0, "你才笨")],
        37: [(0, "你这个猪哈哈，又把钥匙锁家里了"), (1, "嘿嘿")],
        52: [(1, "我好怕你哦哈哈"), (0, "知道怕就好")],
        68: [(0, "你会后悔的哈哈，明天再战"), (1, "来啊")],
        83: [(1, "那个男的是谁哈哈，你梦里那个"), (0, "彭于晏啊")],
        100: [(0, "你是我的人❤️"), (1, "❤️")],
        115: [(1, "再剧透我弄死你😂"), (0, "我闭嘴")],
    },
}

#: chat name -> (language, must it enter safety mode?)
CHATS: dict[str, tuple[str, bool]] = {
    "controlling_en": ("en", True),
    "controlling_quiet_en": ("en", True),
    "heated_en": ("en", False),
    "teasing_en": ("en", False),
    "controlling_zh": ("zh", True),
    "controlling_quiet_zh": ("zh", True),
    "heated_zh": ("zh", False),
    "teasing_zh": ("zh", False),
}

DAYS = 150
START = datetime(2024, 1, 5, 8, 0)


def _stamp(when: datetime) -> str:
    hour = when.hour % 12 or 12
    half = "AM" if when.hour < 12 else "PM"
    return f"{when.month}/{when.day}/{when.year % 100:02d}, {hour}:{when.minute:02d} {half}"


def export(name: str, seed: int = 7) -> str:
    """The WhatsApp export text of chat ``name`` (deterministic for a seed)."""
    lang, _ = CHATS[name]
    return export_script(name, lang, SCRIPTS[name], seed)


def export_script(name: str, lang: str, script: dict[int, list[Line]], seed: int = 7) -> str:
    """A WhatsApp export of filler days with ``script``'s exchanges on their days."""
    names = NAMES[lang]
    rng = random.Random(f"{name}:{seed}")
    lines = []
    for day in range(DAYS):
        when = START + timedelta(days=day, minutes=rng.randrange(0, 90))
        exchanges = [rng.choice(FILLER[lang]) for _ in range(rng.randrange(1, 4))]
        if day in script:
            exchanges.append(script[day])
        for exchange in exchanges:
            for who, text in exchange:
                when += timedelta(minutes=rng.randrange(1, 4))
                lines.append(f"{_stamp(when)} - {names[who]}: {text}")
            when += timedelta(hours=rng.randrange(2, 4))
    return "\n".join(lines) + "\n"


def write(name: str, folder: Path, seed: int = 7) -> Path:
    """Write chat ``name`` as ``WhatsApp Chat with <partner>.txt`` into ``folder``."""
    lang, _ = CHATS[name]
    path = folder / f"WhatsApp Chat - {name}.txt"
    path.write_text(export(name, seed), encoding="utf-8")
    return path

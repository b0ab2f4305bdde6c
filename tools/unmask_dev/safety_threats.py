"""Threats, degradation and emotional sanctions read by their parts, judged on rounds nine to
twenty-four and the false-alarm lines (h-safety25; dev only).

``python -m unmask_dev.safety_threats [--held] [--json F] [--cache DIR]`` reads the
candidate forms in :data:`FORMS` (written from the brief's examples and the kinds' general
shapes - a harm aimed at the reader or what they hold dear, future or conditional; the reader
named by a worthless or contempt predicate; a feeling or an unknown act made the price of
contact with others; a stated feeling followed by a standing report demand - before any
round's misses were read, so no form names a round and every round is held out):

- **Rounds nine to twenty-four**, each read as its validity rows read it (any safety signal,
  lexicons + the shipped safety model), first as shipped (the base), then with the forms
  (a laughing message set aside). Round twenty-five is never read here.
- **In-sample**: the same with every form (the tagged rounds' own forms too), for the
  validity rows' figure; not a held-out figure.
- **Twins** of each round: counted with and without.
- **False-alarm lines**: the messages the forms add (not laughing, not already counted) on
  the tuning sets and, with ``--held``, the held-out halves (``safety_frames.false_alarm_sets``).

Prints counts and figures only, never a message.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import numpy as np

from unmask_dev.safety_frames import (
    _zh,
    alarm_row,
    base_flags,
    false_alarm_sets,
    lang_mask,
    print_alarms,
)

ROUNDS: tuple[int, ...] = tuple(range(9, 25))

#: (signal, regex, example, rounds); a regex runs on the folded lower-case text (Chinese
#: through ``zh_regex``). ``rounds``: the rounds whose misses suggested the form (a round is
#: read without them); the forms with none were written from the brief's examples and the
#: kinds' shapes before any miss was read.
FORMS: dict[str, tuple[tuple[str, str, str, tuple[int, ...]], ...]] = {
    "en": (
        (
            "threat",
            r"\bi know where (?:your|ur) (?:sister|brother|mum|mom|mother|dad|father|parents"
            r"|family|folks|kids|children|son|daughter|friends?|best friend|bestie|ex"
            r"|boyfriend|girlfriend|new \w+)\b[^.!?\n]{0,20}\b(?:lives?|works?|stays?|sleeps?"
            r"|parks?|goes to|hangs out)\b(?![^.!?\n]{0,40}\b(?:drop|pick|bring|deliver|send"
            r"|post|visit|we|let'?s|can|could|so|thanks?|gift|card)\b)",
            "I know where your sister lives",
            (),
        ),
        (
            "threat",
            r"\b(?:you|u)(?:'ll| will|ll|'re gonna|'re going to| are going to| are gonna)"
            r" (?:soon )?(?:find out|see|learn|discover) (?:exactly |just )?(?:what i(?:'m| am|m)"
            r" capable of|what i(?:'m| am|m) like when)",
            "you'll find out what I'm capable of",
            (),
        ),
        (
            "threat",
            r"\b(?:you|u) (?:don't|dont|do not) (?:know|want to know|wanna know|want to see"
            r"|wanna see) what i(?:'m| am|m) capable of\b|\b(?:you|u) (?:have|'ve got|got)"
            r" no idea what i(?:'m| am|m) capable of\b",
            "you don't know what I'm capable of",
            (),
        ),
        (
            "threat",
            r"\b(?:you|u)(?:'ll| will|ll|'re gonna|'re going to) wish (?:you|u)(?:'d| had|d)?"
            r" (?:never|not) (?:met me|been born|crossed me|messed with me|started this"
            r"|opened (?:your|ur) mouth)\b",
            "you'll wish you'd never met me",
            (),
        ),
        (
            "threat",
            r"\b(?:something|anything|accidents?|bad things?) (?:will|might|could|may|would"
            r"|is going to|gonna|can) (?:happen|befall) (?:to )?(?:your|ur) (?:dog|cat|pets?"
            r"|kids|children|son|daughter|sister|brother|mum|mom|mother|dad|family|car"
            r"|friends?|precious \w+|little \w+)\b(?![^.!?\n]{0,30}\b(?:careful|worried|worry"
            r"|hope|insurance|safe|vet)\b)",
            "something might happen to your cat",
            (),
        ),
        (
            "threat",
            r"\bi (?:won't|wont|will not|can't|cant|cannot) be (?:held )?responsible for what"
            r" i (?:do|'ll do|will do|might do)\b",
            "I won't be responsible for what I do",
            (),
        ),
        (
            "isolation",
            r"\bif (?:you|u) (?:ever |even |so much as |still )?(?:talk|speak|text|message|msg"
            r"|call|see|meet|hang out|go out|dm|reply|chat|like|follow)\b[^.!?\n]{0,30}"
            r"\b(?:again|ever|one more time|anymore|any more|behind my back)\b[^.!?\n]{0,25}"
            r"\bi(?:'ll| will|ll|'m gonna|'m going to|m gonna)? (?:be|get|feel) (?:so |really"
            r" |very |super |extremely )?(?:upset|angry|mad|hurt|furious|pissed|crushed"
            r"|devastated)\b",
            "if you talk to him again I'll be so upset",
            (),
        ),
        (
            "isolation",
            r"\bi(?:'ll| will|ll|'m gonna|'m going to) (?:be|get) (?:so |really |very |super"
            r" |extremely )?(?:upset|angry|mad|hurt|furious|pissed|crushed|devastated) if"
            r" (?:you|u) (?:ever |even |so much as |still )?(?:talk|speak|text|message|msg"
            r"|call|see|meet|hang out|go out|dm|reply|chat)\b[^.!?\n]{0,30}\b(?:again|ever"
            r"|one more time|anymore|behind my back)\b",
            "I'll be so upset if you text her again",
            (),
        ),
        (
            "monitoring",
            r"\b(?:text|call|message|msg|ping|update|tell|check in with|send) (?:me )?(?:where"
            r" (?:you|u) are|who (?:you're|you are|ur|u r|youre) with|(?:your|ur) (?:location"
            r"|whereabouts))\b[^.!?\n]{0,20}\b(?:every (?:single )?(?:hour|half[- ]hour"
            r"|\d+ (?:min|mins|minutes|hours))|hourly|the whole (?:time|night))\b",
            "I get jealous when you're out, text me where you are every hour",
            (),
        ),
        (
            "monitoring",
            r"\bevery (?:single )?(?:hour|half[- ]hour|\d+ (?:min|mins|minutes|hours))\b"
            r"[^.!?\n]{0,10}\b(?:text|call|message|msg|update|tell|send) (?:me )?(?:where"
            r" (?:you|u) are|who (?:you're|you are|ur|u r|youre) with|(?:your|ur) (?:location"
            r"|whereabouts))\b",
            "every hour you text me where you are",
            (),
        ),
        (
            "degradation",
            r"\b(?:you're|you are|youre|ur|u r) (?:such )?(?:a |an )?(?:huge |massive |total"
            r" |complete |big |fucking )?(?:disappointment|embarrassment|burden|liability"
            r"|mistake)\b(?![^.!\n]{0,20}\?)",
            "you're such a disappointment",
            (),
        ),
        (
            "degradation",
            r"\blook at (?:you|u|yourself|urself)\b[^.!?\n]{0,40}[.!,]+\s*(?:so |just |how )?"
            r"(?:pathetic|disgusting|embarrassing|useless|worthless|what a (?:joke|mess|loser"
            r"|state|waste))\b",
            "look at you, crying again. pathetic",
            (),
        ),
        (
            "degradation",
            r"\b(?:you're|you are|youre|ur|u r) not (?:worth|good enough for) (?:anything"
            r"|anyone|me|the effort|my time|shit|a thing)\b",
            "you're not worth my time",
            (),
        ),
        (
            "degradation",
            r"\b(?:you|u) (?:should|ought to) be (?:grateful|thankful) (?:anyone|anybody"
            r"|someone|that anyone|that someone) (?:even )?(?:looks at|wants|puts up with"
            r"|talks to|dates|loves) (?:you|u)\b",
            "you should be grateful anyone even looks at you",
            (),
        ),
        # forms suggested by the misses of rounds eighteen to twenty-four (tagged)
        (
            "threat",
            r"\b(?:(?:you|u) (?:have|'ve got|got) no idea|(?:see|watch|you'll see|find out)"
            r"|(?:you|u)(?:'ll| will|ll) (?:see|find out|learn))\b what (?:i (?:turn into|become"
            r"|change into)|becomes of (?:your|ur|that|those|the))\b",
            "keep pushing, you have no idea what I turn into",
            (21, 23, 24),
        ),
        (
            "threat",
            r"\b(?:your|ur|that|those|this) (?:precious |little |beloved |stupid )?(?:\w+ )"
            r"{0,2}(?:(?:might not|may not|won't|wont|will not) (?:be so lucky|stay in one piece)"
            r"|of (?:yours|urs) (?:might not|may not|won't|wont|will not) (?:survive|make it"
            r"|be so lucky))\b|\bsee (?:whether|if) (?:your|ur) (?:\w+ ){0,2}survives?\b",
            "that precious dog of yours might not be so lucky",
            (22, 23),
        ),
        (
            "threat",
            r"\b(?:things|stuff|people|bones) (?:tend to |might |can |have a way of |start to )?"
            r"(?:get|getting|end up) (?:broken|hurt|smashed) when (?:people|someone|you|u)\b",
            "things tend to get broken when people embarrass me",
            (22,),
        ),
        (
            "threat",
            r"\bi(?:'ll| will|ll|'m going to|'m gonna) (?:\w+ ){0,8}get (?:you|u) (?:evicted"
            r"|fired|sacked|deported|arrested|locked up|kicked out|thrown out)\b|\bi(?:'ll| will"
            r"|ll) (?:tell|say to|convince) (?:\w+ ){0,3}(?:you|u) (?:were|was) the one who\b",
            "I'll tell him you were the one who smashed it and get you evicted",
            (23,),
        ),
        (
            "threat",
            r"\b(?:the|our|your|ur) (?:kids|children|son|daughter|baby) (?:\w+ ){0,3}(?:won't"
            r"|wont|will not|never) (?:even )?(?:remember|recognise|recognize|know) (?:your|ur"
            r"|you|u)\b|\b(?:the|our) (?:kids|children) (?:are|will be) gone from (?:your|ur)"
            r" life\b",
            "the kids won't even remember your face",
            (21, 24),
        ),
        (
            "threat",
            r"\b(?:or|and|otherwise) (?:those|the|your|ur|all (?:those|the|your)) (?:photos|pics"
            r"|pictures|videos|screenshots|messages|texts|nudes|chats)(?: of (?:you|u))? (?:go"
            r"|goes|get sent|gets sent|end up|land|get posted) (?:straight )?(?:to|on|in)\b",
            "sign it, or those photos of you go to your boss",
            (22,),
        ),
        (
            "threat",
            r"\bi'?d hate for (?:your|ur) (?:mum|mom|mother|dad|father|parents|family|boss"
            r"|friends|kids|sister|brother|work|colleagues|coworkers|church) to (?:find out"
            r"|see|hear|know|learn) (?:what (?:you|u)|who (?:you|u) really|the truth about"
            r" (?:you|u))\b|\b(?:would|it'?d|itd|it would) be (?:such|so much of) a (?:shame"
            r"|pity) if (?:your|ur) (?:\w+ ){0,2}(?:got|saw|found|heard|read|learned)"
            r" (?:those|these|the|your|ur|all (?:those|the|your)) (?:screenshots|photos|pics"
            r"|pictures|messages|texts|videos|chats|recordings)\b",
            "it would be such a shame if your boss got those screenshots",
            (19, 20),
        ),
        (
            "degradation",
            r"\b(?:who|what (?:\w+ )?)(?: else)?(?: would|'d| d)? (?:even |ever |actually )?"
            r"(?:hire|employ|want|wants|date|marry|keep|tolerate|put up with|stand) (?:someone"
            r"|somebody|a person|anyone|anybody|a (?:woman|man|girl|guy|grown \w+))"
            r" (?:as (?:slow|stupid|dumb|pathetic|useless|ugly|fat|lazy|boring|thick|hopeless"
            r"|clueless|needy) as (?:you|u)|this (?:slow|stupid|dumb|pathetic|useless|ugly|fat|lazy"
            r"|boring|thick|hopeless|clueless|needy)|so (?:slow|stupid|dumb|pathetic|useless"
            r"|ugly|fat|lazy|thick|hopeless|clueless))\b",
            "who would even hire someone as slow as you",
            (18, 20, 23, 24),
        ),
        (
            "degradation",
            r"\b(?:keeps?|kept|puts? up with|stays? with|talks? to|hired|dates?|married"
            r"|tolerates?) (?:you|u|ya)(?: around| on)? (?:only |just |purely )?out of pity\b"
            r"(?![^.!\n]{0,3}\?)",
            "they only keep you around out of pity",
            (23, 24),
        ),
        (
            "degradation",
            r"\b(?:i'?m|im|i am) (?:so |too |honestly )?(?:embarrassed|ashamed) to be seen with"
            r" (?:you|u)\b|\bi (?:die|cringe) (?:of shame |inside |a little )?(?:whenever|when"
            r"|every time) (?:you|u) (?:start )?(?:talk|speak|open|talking|speaking)\b",
            "I'm embarrassed to be seen with you",
            (18, 22),
        ),
        (
            "degradation",
            r"\b(?:this is |that'?s |thats )?why (?:nobody|no one|no-one) (?:ever )?(?:listens"
            r" to|likes|respects|wants|takes) (?:you|u)\b",
            "this is why nobody listens to you",
            (15,),
        ),
        (
            "degradation",
            r"\b(?:you|u) (?:eat|look|smell|dress) like a (?:pig|cow|slob|whale|hippo|tramp"
            r"|sad clown)\b",
            "you eat like a pig",
            (21, 22),
        ),
        (
            "degradation",
            r"\bimagine (?:thinking|believing) (?:anyone|anybody|people|someone)\b[^.!?\n]{0,30}"
            r"\b(?:takes?|respects?|likes?|wants?) (?:you|u)\b",
            "imagine thinking anyone takes you seriously",
            (22,),
        ),
    ),
    "zh": (
        (
            "threat",
            r"(?:你|否则|不然)[^。！？\n]{0,12}后果自负",
            "你再这样后果自负",
            (),
        ),
        (
            "threat",
            r"(?:你|咱们|咱|我们)[^。！？\n]{0,3}走着瞧",
            "你给我走着瞧",
            (),
        ),
        (
            "threat",
            r"我(?:可)?(?:知道|清楚)你(?:妹妹|姐姐|弟弟|哥哥|妈|爸|爸妈|父母|家人|家里人|孩子|儿子"
            r"|女儿|朋友|闺蜜|公司|单位|学校)[^。！？\n]{0,4}(?:在哪|住哪|住在|在哪儿|哪里上|在哪上)"
            r"(?![^。！？\n]{0,12}(?:接|送|帮|看望|拜访|寄|一起))"
            r"|你(?:妹妹|姐姐|弟弟|哥哥|妈|爸|爸妈|父母|家人|家里人|孩子|儿子|女儿|闺蜜)(?:在哪|住哪|住在哪)"
            r"[^。！？\n]{0,6}我(?:可)?(?:都)?(?:清楚|知道)",
            "我知道你妹妹住在哪",
            (),
        ),
        (
            "threat",
            r"(?:让你|你会|你就会|你早晚会|你迟早会)(?:知道|明白|见识到?|尝尝)(?:我的)?厉害",
            "我会让你知道我的厉害",
            (),
        ),
        (
            "threat",
            r"(?:有|没)你(?:好果子吃|好受的|好看的|好日子过)",
            "你再这样有你好受的",
            (),
        ),
        (
            "threat",
            r"别怪我(?:不客气|翻脸|心狠|无情|动手|对你不客气|下手狠)",
            "你要是再这样，别怪我不客气",
            (),
        ),
        (
            "isolation",
            r"你(?:要是|如果|敢)?(?:再|还|敢)(?:敢)?(?:跟|和|同)(?:他|她|那个|前任|你前任|他们|别的男|别的女"
            r"|那男的|那女的)[^。！？\n]{0,8}(?:说话|聊天|联系|见面|出去|吃饭|私聊|来往|聊|玩)[^。！？\n]{0,6}"
            r"我(?:就|会|真的|肯定)?(?:要|会)?(?:很|好|超|特别|非常)?(?:生气|发火|翻脸|不高兴|伤心|难过|崩溃|疯掉|发疯|气死)"
            r"|你(?:要是|如果|敢)?(?:再|还|敢)(?:敢)?(?:去)?(?:见|找|联系|理|回)(?:他|她|那个|前任|你前任)"
            r"[^。！？\n]{0,8}我(?:就|会|真的|肯定)?(?:要|会)?(?:很|好|超|特别|非常)?(?:生气|发火|翻脸|不高兴|伤心|难过|崩溃|疯掉"
            r"|发疯|气死)",
            "你再跟他说话我就生气了",
            (),
        ),
        (
            "degradation",
            r"(?<![说问骂讲])你算(?:个)?(?:什么|啥)(?:东西|玩意儿?)|(?<![说问骂讲])你(?:是)?(?:个)?什么东西"
            r"(?:也配|还敢|敢)",
            "你算什么东西",
            (),
        ),
        (
            "degradation",
            r"(?:就凭你|你这种人|你这样的人?|你这德行|你这种货色?)(?:还)?也?配(?!得|合|套|件|色|菜|音)",
            "就凭你也配",
            (),
        ),
        (
            "degradation",
            r"(?:你这种人|你这样的人|像你这种人|你这种货色?)[^。！？\n]{0,8}(?:有什么用|有啥用|活着|谁要|就该)",
            "你这种人活着有什么用",
            (),
        ),
        (
            "degradation",
            r"你(?:真是|就是|别)?给脸不要脸",
            "你真是给脸不要脸",
            (),
        ),
        (
            "degradation",
            r"你(?:就是|真是|简直是|简直就是|纯纯|纯属)(?:个|一个)?(?:累赘|拖油瓶|扫把星|丧门星|赔钱货|窝囊废)",
            "你就是个累赘",
            (),
        ),
        # forms suggested by the misses of rounds eighteen to twenty-four (tagged)
        (
            "threat",
            r"(?:你|否则|不然|要是|敢|不到|不回)[^。！？\n]{0,12}后果(?:自负|你?自己(?:掂量|看着办|承担|想想?)"
            r"|你(?:掂量|承担|看着办))",
            "十点前不到家，后果自己掂量",
            (20,),
        ),
        (
            "threat",
            r"(?:别想|休想|甭想)(?:再)?进(?:这个|这|家|我家)?(?:个)?门|睡(?:楼道|门外|外面|大街)"
            r"[^。！？\n]{0,8}(?:换锁|锁换|门锁)|门锁我(?:会|就)?换",
            "你今天敢不回家，明天就别想进这个门",
            (18, 23),
        ),
        (
            "threat",
            r"(?:照片|视频|截图|聊天记录)[^。！？\n]{0,8}(?:不保证|就不好说|保不齐|马上出现在|出现在|传到|挂到)",
            "你那些照片我可就不保证了",
            (19, 24),
        ),
        (
            "threat",
            r"(?:就)?(?:别想|休想|甭想)(?:再)?(?:要|拿|见到?)(?:生活费|钱|零花钱|一分钱|工资)",
            "你不听话，明天就别想要生活费",
            (20,),
        ),
        (
            "threat",
            r"我(?:就|直接|会|马上|立马|要)?(?:去|上|到)?(?:闹到|去|上|到)[^。！？，,\n]{0,6}"
            r"(?:公司|单位|学校|店里|家里|门口|爸妈家)(?:去)?闹(?![着哄钟别腾])"
            r"|我[^。！？\n]{0,4}闹到[^。！？，,\n]{0,6}(?:公司|单位|学校|店里|家|门口)",
            "再让我撞见，我直接闹到你公司去",
            (21, 23, 24),
        ),
        (
            "threat",
            r"看你(?:以后)?还有没有脸|让[^。！？\n]{0,8}(?:人|大家|所有人)(?:都)?看你(?:的)?笑话",
            "我去他们店里闹，看你以后还有没有脸去",
            (21, 23),
        ),
        (
            "threat",
            r"(?:惹毛|惹急|逼急|惹火)了?我[^。！？\n]{0,10}(?:砸|摔|烧|打|弄死|收拾|揍)",
            "惹毛了我当场给它砸烂",
            (24,),
        ),
        (
            "threat",
            r"(?:丑事|破事|烂事|那些事)[^。！？\n]{0,6}(?:一件件|一五一十|全都|都)?(?:讲|说|告诉)给",
            "我就上门找你爸妈，把你那些丑事一件件讲给他们听",
            (22,),
        ),
        (
            "degradation",
            r"(?:还不是|不还是|终究是|到头来还是)(?:个|一个)(?:废物|蠢货|笑话|白痴|饭桶|废柴|窝囊废)",
            "读那么多书有什么用，还不是个废物",
            (18,),
        ),
        (
            "degradation",
            r"(?:不知道|不明白|想不通)我当初(?:怎么|为什么|咋|为啥)?(?:会)?(?:看上|看中|选了|嫁给|娶了)你",
            "真不知道我当初看上你什么",
            (19,),
        ),
        (
            "degradation",
            r"(?:出门|出去|在外面|在外头)(?:别|不要|甭)(?:说|告诉别人|跟人说)(?:认识我|你?是我(?:老婆|老公|女朋友"
            r"|男朋友|对象|媳妇))",
            "出门别说认识我",
            (20, 22),
        ),
        (
            "degradation",
            r"(?:也就|只有|就只有)我(?:肯|愿意|会|才)(?:要你|要|娶你|嫁给你)|还有谁(?:肯|会|愿意)要(?:你)?",
            "这世上也就我肯要你",
            (20, 21),
        ),
        (
            "degradation",
            r"(?<![我俺])(?:胖|笨|蠢|懒|丑)得?(?:跟|像|和)(?:头|个)?猪(?:一样|似的)"
            r"(?![^。！？\n]{0,10}(?:减肥|锻炼|运动|健身|我))",
            "胖得跟猪似的",
            (21, 23),
        ),
        (
            "degradation",
            r"(?:我都|我)?替你(?:丢人|臊得慌|害臊|丢脸|感到丢人|觉得丢人)",
            "我都替你臊得慌",
            (21, 22),
        ),
        (
            "degradation",
            r"跟你(?:妈|爸|爹|娘|家里人|你妈|你爸)(?:一个|一样的?)德行",
            "跟你妈一个德行",
            (21,),
        ),
        (
            "degradation",
            r"(?:就你这样|就凭你|凭你那点|就你那点|就你那)(?:还想|也想|还要|脑子|本事|能耐|水平)",
            "就你这样还想升主管",
            (22, 23),
        ),
        (
            "degradation",
            r"轮不到你(?:开口|说话|做主|插嘴|管|发言)",
            "这个家轮不到你开口",
            (23,),
        ),
        (
            "degradation",
            r"你算老几|你算哪根葱",
            "你算老几啊",
            (24,),
        ),
    ),
}


class Reader:
    """The forms, those a round suggested left out (``drop``)."""

    def __init__(self, drop: int | None = None) -> None:
        from unmask.signals.variants import zh_regex

        self.rx = {
            lang: [
                re.compile(zh_regex(r) if lang == "zh" else r)
                if drop not in rounds
                else re.compile(r"(?!x)x")
                for _, r, _, rounds in FORMS[lang]
            ]
            for lang in FORMS
        }

    def which(self, text: str) -> list[int]:
        from unmask.signals.normalize import fold, lower_same_length

        lang = "zh" if _zh(text) else "en"
        folded = fold(lower_same_length(text)).text
        return [i for i, r in enumerate(self.rx[lang]) if r.search(folded)]

    def read(self, texts: list[str]) -> np.ndarray:
        return np.fromiter((bool(self.which(t)) for t in texts), dtype=bool, count=len(texts))


def _cached(name: str, texts: list[str], cache: Path | None) -> tuple[np.ndarray, np.ndarray]:
    if cache is None:
        return base_flags(texts)
    path = cache / (re.sub(r"\W+", "_", name) + f"_{len(texts)}.npz")
    if path.exists():
        z = np.load(path)
        return z["fired"], z["laugh"]
    fired, laugh = base_flags(texts)
    np.savez(path, fired=fired, laugh=laugh)
    return fired, laugh


def judge(held: bool = False, cache: Path | None = None) -> dict[str, Any]:
    from unmask_dev import safety_probes as probes

    full = Reader()
    out: dict[str, Any] = {"rounds": {}, "false_alarms": {}, "forms": {}}
    for n in ROUNDS:
        name = f"ROUND{n}"
        texts = [t for _, t in getattr(probes, f"{name}_KINDS")]
        safe = list(getattr(probes, f"{name}_SAFE"))
        fired, laugh = _cached(name, texts, cache)
        sfired, slaugh = _cached(name + "_SAFE", safe, cache)
        reader = Reader(n)
        plus = fired | (reader.read(texts) & ~laugh)
        inside = fired | (full.read(texts) & ~laugh)
        splus = sfired | reader.read(safe)
        sinside = sfired | full.read(safe)
        for lang in ("en", "zh"):
            m, sm = lang_mask(texts, lang), lang_mask(safe, lang)
            out["rounds"][f"{name} {lang}"] = {
                "base": round(float(fired[m].mean()), 3),
                "forms": round(float(plus[m].mean()), 3),
                "in_sample": round(float(inside[m].mean()), 3),
                "twins_base": round(float((sfired & ~slaugh)[sm].mean()), 3),
                "twins_forms": round(float((splus & ~slaugh)[sm].mean()), 3),
                "twins_in_sample": round(float((sinside & ~slaugh)[sm].mean()), 3),
            }
        for i, t in enumerate(texts):
            if not fired[i] and not laugh[i]:
                for k in reader.which(t):
                    key = f"{'zh' if _zh(t) else 'en'} {k}"
                    out["forms"].setdefault(key, {"rounds": 0, "false": 0})["rounds"] += 1
    for lang in ("en", "zh"):
        rows = [out["rounds"][f"ROUND{n} {lang}"] for n in ROUNDS]
        fresh = [out["rounds"][f"ROUND{n} {lang}"] for n in range(19, 25)]
        out[f"mean {lang}"] = {
            "base": round(float(np.mean([r["base"] for r in rows])), 4),
            "forms": round(float(np.mean([r["forms"] for r in rows])), 4),
            "base 19-24": round(float(np.mean([r["base"] for r in fresh])), 4),
            "forms 19-24": round(float(np.mean([r["forms"] for r in fresh])), 4),
            "in-sample": round(float(np.mean([r["in_sample"] for r in rows])), 4),
            "in-sample 19-24": round(float(np.mean([r["in_sample"] for r in fresh])), 4),
            "twins base": round(float(np.mean([r["twins_base"] for r in rows])), 4),
            "twins forms": round(float(np.mean([r["twins_forms"] for r in rows])), 4),
        }
    for name, texts in false_alarm_sets(held).items():
        fired, laugh = _cached(name, texts, cache)
        added = full.read(texts) & ~fired & ~laugh
        for j in np.flatnonzero(added).tolist():
            for k in full.which(texts[j]):
                key = f"{'zh' if _zh(texts[j]) else 'en'} {k}"
                out["forms"].setdefault(key, {"rounds": 0, "false": 0})["false"] += 1
        out["false_alarms"][name] = alarm_row(texts, added)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--held", action="store_true", help="read the held-out halves too")
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument("--cache", help="keep the base flags here between runs")
    args = parser.parse_args()
    cache = Path(args.cache) if args.cache else None
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    result = judge(args.held, cache)
    for key, row in result["rounds"].items():
        print(
            f"{key:12} {row['base']:.2f} -> {row['forms']:.2f} (in-sample {row['in_sample']:.2f})"
            f"   twins {row['twins_base']:.2f} -> {row['twins_forms']:.2f}"
            f" (in-sample {row['twins_in_sample']:.2f})"
        )
    for lang in ("en", "zh"):
        print(lang, result[f"mean {lang}"])
    print_alarms(result["false_alarms"])
    print("forms (form index: round messages added, false-alarm messages added):")
    for key, row in sorted(result["forms"].items()):
        print(f"  {key}: {row['rounds']} / {row['false']}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=1)


if __name__ == "__main__":
    main()

"""The small bundled Chinese model for ``disclosure.emotional`` (inference, numpy only).

Chinese is written without spaces, so the model reads hashed character 1-3-grams (no
segmenter) plus a few dense inputs: the lexicon layer's own scores of the same message
(emotion, vulnerability, support, logistics, money) and the message length. A logistic
regression over these, trained by ``scripts/train_zh.py`` on CPED, SmileChat and
CrossWOZ (docs/model.md) and shipped as ``models/zh_emotion_v1.npz``.

It runs on messages detected as Chinese only and sets their ``disclosure.emotional``:
the model's probability, or the lexicon score where that is higher and the message is
about the writer (:func:`to_self`): explicit feeling words in a message about the writer
are emotion expressed by definition, while in a long message to "you" they are often about
the reader's feelings (a counsellor's "你感到焦虑"), and there the model decides. A short
message (under :data:`READER_CHARS` characters) that names "you" is still the writer's own
unless it ties the feeling to the reader (:data:`ABOUT_READER`: "你很难过", "让你…",
"很高兴为您服务", "谢谢你"): "你不在，我好难过" and "你以为你是谁啊，我也是醉了" are the
writer's feelings. In a longer message to "you", a clause that names no reader and holds
the writer's own voice (laughter, crying, swearing, a cry of surprise:
:func:`voice_clauses`) keeps its lexicon score all the same, and so does the whole message
where its "you" is a post's audience, an absent beloved or a crowd rather than a reader
(:func:`to_audience`: "！！", "我爱你", "想你了", "亲们", "谢谢大家", with no feeling tied to
the reader), or where "you" is only inside quotation marks or a title
(:func:`audience_scores`).
A weak cue (0.3-0.5) exclaimed in its own sentence ("…真是滥到底了！") in a long message of
the writer's own counts with the exclamation as a second weak cue (:func:`exclaimed_scores`).
A message the lexicons read as a threat or a degradation of the reader
(:data:`AIMED_AT_READER`: "我会让你消失在这个世界上", "你真恶心") is no disclosure: the model is
kept below 0.5 there and the lexicon's feeling counts only in a clause that names no reader
(:func:`unaddressed_scores`). A clause aimed at the reader (:func:`aimed_clause`: contempt,
the reader's feelings waved away, a brush-off, a question about the reader's state: "你有病吧",
"有什么好哭的", "别跟我说话", "你最近是不是有什么心事？") is no disclosure either: a message read
above :data:`AIMED_CAP` that holds one is read again without it (:func:`unaimed_rest`), so
"你烦不烦啊，我真的好累" keeps 好累.
The lexicon evidence stays, plus one evidence item with source ``model:<version>`` when
the model's probability is 0.5 or more.

Short chat lines are where the model is least sure: trained partly on TV dialogue (72% of
its lines labelled emotional, often from voice and face), it would read "快回来" or
"我去买" as feeling. A message in which the lexicon found no feeling word
(``disclosure.emotional`` and ``disclosure.vulnerable`` both 0) therefore counts as present
only where the model reaches the threshold of its length (:data:`LENGTH_THRESHOLDS`: 0.9
under 6 characters, 0.8 under 12, 0.6 under 20, 0.5 from 20 on), and a short one the
lexicon reads as logistics, money or duty needs :data:`SURFACE_THRESHOLD` (0.97). Each
threshold is applied by shifting the logit so that it maps to 0.5. The thresholds were
chosen on the dev part (docs/model.md, "How it is combined"): the most CPED emotion
recall that keeps short surface lines of couple chat as quiet as one 0.9 threshold did.
Weights load lazily, once per process, through
``importlib.resources``. The bias was shifted at training time so that 0.5 is the
dev-calibrated threshold. Output is a pure, deterministic function of the inputs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import numpy as np

from unmask.errors import ModelError
from unmask.signals import posts_zh
from unmask.signals.compiled_cache import regex
from unmask.signals.features import interleave_order
from unmask.signals.model import (
    LazyWeights,
    checked_buckets,
    damaged,
    fixed_order_dot,
    load_npz,
    read_meta,
)
from unmask.signals.types import MESSAGE_SIGNALS, PRESENT, Evidence

MODEL_SIGNALS: tuple[str, ...] = ("disclosure.emotional",)
MODEL_VERSION = "zh-char-lr-1"
FEATURES_VERSION = "zh-char123-1"
WEIGHTS_FILE = "zh_emotion_v1.npz"
#: lexicon scores the model reads as dense inputs (in this order), then log length
LEXICON_INPUTS: tuple[str, ...] = (
    "disclosure.emotional",
    "disclosure.vulnerable",
    "support.emotional",
    "support.informational",
    "logistics",
    "transactional",
)
N_DENSE = len(LEXICON_INPUTS) + 1
MAX_CHARS = 1_000  # longer texts are cut: bounded time per message
BATCH = 2_048
#: second-person pronouns: a message with one of these is read by the model alone
SECOND_PERSON: tuple[str, ...] = ("你", "您", "妳")
#: any of :data:`SECOND_PERSON` (one search, not one ``in`` per pronoun: :func:`to_self`)
_SECOND_PERSON = regex("|".join(map(re.escape, SECOND_PERSON)))
#: (length under which, threshold): a message with no feeling word of the lexicon is
#: "present" only where the model's probability reaches the threshold of its length
#: (see apply); from the last length on the threshold is 0.5
LENGTH_THRESHOLDS: tuple[tuple[int, float], ...] = ((6, 0.9), (12, 0.8), (20, 0.6))
SHORT_CHARS = LENGTH_THRESHOLDS[-1][0]
#: a message under SHORT_CHARS with no feeling word that the lexicon reads as surface
#: (any of SURFACE_INPUTS at 0.5 or more) needs this probability
SURFACE_THRESHOLD = 0.97
SURFACE_INPUTS: tuple[str, ...] = ("logistics", "transactional", "duty")
#: giving in (h-zhcouple2): a short line the lexicon reads as appeasement and that holds no
#: feeling word ("行了行了是我不对，当我没说", "好吧好吧，随你") needs :data:`SURFACE_THRESHOLD`
#: too, as logistics does; only in :func:`length_thresholds` (the exclamation rule keeps
#: :data:`SURFACE_INPUTS`)
YIELDING_INPUTS: tuple[str, ...] = ("appeasement",)
#: a lexicon score of ``disclosure.emotional`` or ``disclosure.vulnerable`` below this is a
#: frame's alone (the 0.01 entries that absorb a cue: 算了算了，都怪我，行了吧; 凭什么又是我的
#: 错), no feeling word: the message takes the thresholds of a message without one
#: (h-zhcouple2)
FRAME_ONLY = 0.05
ORDERS = (1, 2, 3)
#: a broadcast post (news, ad, notice, lottery repost: unmask.signals.posts_zh) counts as
#: the writer's feeling only where the model reaches this probability, or the lexicon
#: :data:`BROADCAST_LEXICON` (a strong cue, "我好难过", or two cues)
BROADCAST_THRESHOLD = 0.8
BROADCAST_LEXICON = 0.8
#: an exclamation confirms a weak feeling cue (h-zh5 round 2): in a message of the writer's
#: own (:func:`to_self`, not a broadcast) of at least :data:`EXCLAIMED_CHARS` characters that
#: the lexicon does not read as surface (:data:`SURFACE_INPUTS`), an exclamation that ends
#: the sentence of a weak cue of at least :data:`EXCLAIMED_LEXICON` (:data:`EXCLAIMED`: "！",
#: or 啊 / 呀 / 哇 at a clause end) counts as a second weak cue of weight
#: :data:`EXCLAMATION_WEIGHT` ("现在的人都怎么了，真是滥到底了！"): combined as two cues of
#: the lexicon are (1 - (1 - a)(1 - b)), so a weak cue of 0.3 reaches 0.51. Short lines (a
#: couple's "哈哈哈！", "好累！") are left to the lexicon and the thresholds by length, and
#: a weak cue exclaimed in another sentence is not confirmed.
EXCLAIMED_CHARS = 20
EXCLAIMED_LEXICON = 0.3
EXCLAMATION_WEIGHT = 0.3
#: a sentence (from the last sentence end before it) that ends in an exclamation mark, or a
#: clause that ends in an exclamatory particle (啊 / 呀 / 哇: "累啊，", "好难呀")
EXCLAIMED = regex(r"[^。！？!?…~～；;\n]+(?:[！!]|[啊呀哇](?=[，,。！？!?~～…\s]|$))")
#: a message with 你 / 您 under this many characters keeps its lexicon score unless
#: ABOUT_READER finds a feeling tied to the reader (chosen on dev, docs/model.md)
READER_CHARS = 30
#: a feeling, thanks or service tied to the reader: "你(很/会/的…)难过", "让你…",
#: "为您 / 帮到你", "谢谢你" (simplified and traditional forms)
#: feeling words that, a few characters after 你 / 您 in one clause, are the reader's
READER_FEELING_WORDS = (
    r"(?:感到|感覺|感觉|觉得|覺得|感受|情绪|情緒|心情|心里|心裡|难过|難過|伤心|傷心|焦虑|焦慮"
    r"|紧张|緊張|害怕|担心|擔心|痛苦|压力|壓力|委屈|失望|生气|生氣|孤独|孤獨|无助|無助|自责|自責"
    r"|不安|烦|煩|累|难受|難受|崩溃|崩潰|迷茫)"
)
_YOU = r"(?:你|您|妳)(?:们|們)?"
_IN_CLAUSE = r"[^，。！？!?,.；;\n]"
#: a feeling tied to the reader within a clause ("你是不是一直都很焦虑"): a message to an
#: audience (:func:`to_audience`) with one of these is still left to the model
READER_FEELING = regex(_YOU + _IN_CLAUSE + "{0,8}?" + READER_FEELING_WORDS)
ABOUT_READER = regex(
    _YOU + _IN_CLAUSE + "{0,4}?" + READER_FEELING_WORDS + r"|(?:让|讓|令|使)(?:你|您|妳)"
    r"|(?:帮|幫|帮助|幫助|(?<![以认認因成作])(?:为|為)|给|給|陪|认识|認識|见到|見到|听到|聽到)"
    r"(?:到)?(?:你|您|妳)"
    r"|(?:谢谢|謝謝|感谢|感謝|多谢|多謝)(?:你|您|妳)"
)

#: where a clause ends (:func:`voice_clauses`): Chinese and Western sentence and clause
#: punctuation, ellipses, tildes and line breaks
CLAUSE_END = regex(r"[，,。！？!?；;…\n~～]+")

#: a wish to someone else and nothing more ("新年快乐！", "祝你生日快乐宝贝", "周末愉快~"): a
#: formula like English "thank you so much", not the writer's feeling; kept below 0.5
WISH = regex(
    r"(?:(?:祝|願|愿)(?:你|您|妳|大家|你们|你們|各位|亲|親)?)?"
    r"(?:(?:新年|新春|生日|节日|節日|圣诞|聖誕|中秋|春节|春節|元旦|周末|週末|端午|国庆|國慶"
    r"|情人节|情人節|元宵|七夕|母亲节|母親節|父亲节|父親節|假期|佳节|佳節|节|節|工作|旅途|一切)?"
    r"(?:快乐|快樂|愉快|顺利|順利)"
    r"|万事如意|萬事如意|身体健康|身體健康|心想事成|恭喜发财|恭喜發財|阖家欢乐|闔家歡樂|合家欢乐"
    r"|平安喜乐|大吉大利|幸福美满|步步高升|一帆风顺|一帆風順|财源广进|財源廣進|新年好|过年好|過年好"
    r"|晚安好梦|晚安|好梦|好夢)+"
    r"(?:呀|哦|啦|哈|喔|噢)?(?:宝贝|寶貝|亲爱的|親愛的|老婆|老公|大家)?"
)
#: what a wish may carry around it: emoticon codes, punctuation, spaces, emoji
_WISH_NOISE = regex(r"\[[^\[\]]{1,8}\]|(?:(?!\[)[\s\W_])+")
#: a feeling word alone is not a wish ("快乐" may be the writer's own)
_BARE_FEELING = frozenset({"快乐", "快樂", "愉快"})
WISH_CAP = 0.45
#: a practical how-to question about a named thing, and nothing more (h-mend4): "我该怎么做这
#: 道菜", "这道题怎么做啊", "那个表格怎么填？" - a task, not the writer's feeling (the model read
#: them at 0.97 and 0.58); kept below 0.5 like a wish. The thing is named with 这 / 那 and a
#: classifier; not an affair, a person or a relationship ("这件事我该怎么办"), and "我该怎么做"
#: (what should I do), "我不知道该怎么办了" or "我该怎么做才能让他回心转意" name no thing
_HOWTO_VERB = (
    r"(?:怎么|怎麼|咋|如何)(?:做|弄|填|修|写|寫|算|解|装|裝|用|煮|烧|燒|炒|蒸|炖|燉|拼|接|设置|設置"
    r"|安装|安裝|操作|画|畫|折|剪|缝|縫|洗|换|換|开|開|关|關)"
)
_THING = (
    r"(?:这|這|那|哪)(?:一)?(?:道|个|個|张|張|份|题|題|种|種|台|辆|輛|块|塊|篇|款|盘|盤|锅|鍋"
    r"|条|條|把|扇|套|本|页|頁|根|瓶|盒|碗)"
    r"(?!事|人|感情|关系|關係|局面|情况|情況|心|男|女|家)[\u4e00-\u9fffA-Za-z0-9]{1,8}?"
)
_PRACTICAL_HOWTO = regex(
    r"(?:请问|請問)?(?:"
    r"(?:我|我们|我們|你|咱们|咱們)?(?:该|該|应该|應該|要|到底|究竟)?"
    + _HOWTO_VERB
    + _THING
    + r"|"
    + _THING
    + r"(?:我|我们|我們|你|咱们|咱們)?(?:该|該|应该|應該|要|到底|究竟)?"
    + _HOWTO_VERB
    + r"(?:才好|才对|才對)?"
    + r")(?:呢|啊|呀|吗|嗎|嘛|哦)?"
)
#: an activity with a title in Latin letters and nothing more (h-mend5): "我在玩 angry birds",
#: "在看 friends 呢" - the title's words are no feeling of the writer's (the model read 0.61);
#: kept below 0.5 like a wish; "我在玩 angry birds，输得好气" is more than the activity
_TITLE_ACTIVITY = regex(
    r"(?:我|我们|我們)?(?:正|还|還)?(?:在)?(?:玩|打|看|听|聽|追|刷|重温|重溫)(?:着|著|了)?"
    r"[A-Za-z0-9]{2,40}(?:呢|呀|啊|哦|中)?"
)
#: a question about oneself as one of a kind, and nothing more (h-mend5): "我是女生，所以我会矜持
#: 吗？", "作为内向的人，我是不是就该少说话？" - a general question, not a feeling (the model read
#: 0.98); kept below 0.5 like a wish; "我是女生，所以我会矜持吗？好烦" keeps its reading
_KIND_QUESTION = regex(
    r"(?:我是|作为|作為)(?:一个|一個|个|個)?[\u4e00-\u9fff]{1,6}?(?:生|人|孩|座|子女|的人)"
    r"(?:所以|那|那么|那麼)?(?:我)?(?:会|會|就会|就會|是不是|就该|就該|应该|應該|该|該|一定|也)"
    r"(?:(?![吗嗎么麼呢吧])[\u4e00-\u9fff]){1,8}(?:吗|嗎|么|麼|呢|吧)?"
)
#: a polite close and nothing more: thanks, goodbye, "noted", "I'll think it over", "see you
#: next time" ("好的，谢谢你，我会好好考虑的", "期待下次再见"): a customer's or a clerk's formula,
#: like English "I'll think about it, thanks", not the writer's feeling; kept below 0.5 like
#: a wish (the model read "好的，我再想想" at 0.86)
CLOSING = regex(
    r"(?:好的|好吧|好滴|好哒|好嘞|那好|那行|行吧|嗯+|ok"
    r"|(?:非常|十分|真的|真是|太)?(?:谢谢|謝謝|感谢|感謝|多谢|多謝)(?:你|您|妳)?"
    r"(?:的)?(?:帮忙|幫忙|帮助|幫助|推荐|推薦|介绍|介紹)?(?:啦|了|啊|哈)?"
    r"|(?:再见|再見|拜拜|下次见|下次見|回头见|回頭見)(?:啦|了|哦|啊)?"
    r"|(?:我|让我|讓我)?(?:会|會|再|先|还是|還是|回去)?(?:好好)?"
    r"(?:考虑|考慮|想想|想一想|琢磨)(?:一下|下)?(?:的|吧|再说|再說)?"
    r"|期待(?:您|你)?(?:的)?(?:下次|下一次|再次)(?:光临|光臨|来电|來電|见面|見面|再见|再見)?"
    r"|(?:我)?(?:都)?(?:记下|記下|记住|記住|收到|知道|明白|了解|清楚)(?:了|啦|啊)?)+"
)

#: a threat or a degradation aimed at the reader (the lexicons' reading of these signals at
#: ``PRESENT`` or more: "我会让你消失在这个世界上", "你给我等着", "你真恶心") is an act on the
#: reader, not a disclosure of the writer's feeling: there the model's probability is kept
#: below 0.5 (:data:`AIMED_CAP`), and a feeling cue counts only in a clause that names no
#: reader (:func:`unaddressed_scores`: "你给我等着瞧，我真的很生气" keeps 我真的很生气; the 恶心
#: of "你真恶心" is the insult). "我好怕你会离开我" has no threat and stays the writer's own.
AIMED_AT_READER: tuple[str, ...] = ("safety.threat", "safety.degradation")
AIMED_CAP = 0.45

#: a clause aimed at the reader rather than telling the writer's feeling (h-zh10, the twin
#: of English ``model._cold_to_reader``): contempt or an insult ("你有病吧", "你是不是傻"),
#: the reader's feelings waved away ("有什么好哭的", "你烦不烦", "你想多了"), a brush-off
#: ("你能不能别烦我", "别跟我说话", "滚", "闭嘴") and a question about the reader's state
#: ("你最近是不是有什么心事？", "你怎么了", "你还好吗": the reader's inner life asked about,
#: ``inner_question``, not the writer's). Such a clause is no disclosure: the message is
#: read again without it (:func:`unaimed_rest`), so "你烦不烦啊，我真的好累" keeps 好累 and
#: "你还好吗？我有点担心" 有点担心. A clause that speaks of the writer ("我是不是太矫情了",
#: "你是不是不爱我了") is not one, except a brush-off, whose 我 is its object.
_ONE_YOU = r"(?:你|妳|您)(?![们們])"
#: the end of a clause: its closing punctuation, if any (:data:`CLAUSE_END`)
_END = r"[，,。！？!?；;…\n~～\s]*$"
_COLD_AT_READER = regex(
    # contempt and insults at the reader
    _ONE_YOU + r"(?:是不是|是|真|真是|就是|简直|简直是|也太|太|好|怕不是|他妈|他媽)?(?:个|個)?"
    r"(?:有病|有毛病|神经病|神經病|有神经病|疯了|瘋了|傻[逼B比]|傻子|傻|蠢|白痴|白癡|笨蛋|脑残|腦殘"
    r"|弱智|智障|废物|廢物|贱|賤|不可理喻|脑子(?:有病|有问题|进水|坏了|被驴踢了)"
    # h-couple5: "你真是一点用都没有", "窝囊废"
    r"|一点用(?:都|也)没有|一點用(?:都|也)沒有|窝囊|窩囊)"
    r"|(?:窝囊|窩囊)(?:透了|死了|废|廢)"
    r"|(?:有病|神经病|神經病|有毛病)(?:吧|啊|呀)?(?:你)"
    # the reader's feelings waved away
    r"|有(?:什么|什麼|啥)好(?:哭|难过|難過|伤心|傷心|生气|生氣|委屈|怕|害怕|担心|擔心|紧张|緊張"
    r"|激动|激動|矫情|矯情)的"
    # "what are you X-ing about": the feeling said twice round 什么 / 啥 (h-zh11)
    r"|"
    + "|".join(f"{v}(?:什么|什麼|啥){v}" for v in "哭闹鬧急气氣怕慌烦煩吵嚷")
    + r"|烦不烦|煩不煩|有完没完|有完沒完|至于吗|至於嗎|至于嘛|有那么严重吗"
    r"|有那麼嚴重嗎|多大点事|多大點事|(?:哭|闹|鬧|装|裝|演)(?:给谁看|給誰看)|"
    + _ONE_YOU
    + r"(?:就是|又|总是|老是|也太|太)?(?:想多了|太敏感|敏感|矫情|矯情|玻璃心|小题大做|小題大做"
    r"|无理取闹|無理取鬧)"
    # a brush-off (its 我 is the object)
    r"|(?:别|別|不要|少|甭)(?:再)?(?:来|來)?(?:烦|煩|吵|理|管|碰|缠|纏|找|联系|聯繫|打扰|打擾|惹)我"
    r"|(?:别|別|不要|少)(?:再)?(?:跟|和|同)我(?:说话|說話|讲话|講話|说|說|讲|講|废话|廢話)"
    r"|(?:懒得|懶得|不想|不要)(?:再)?(?:理|搭理|跟|和)(?:你|妳)(?:说话|說話)?"
    r"|^\s*(?:你)?(?:给我|給我)?(?:滚|滾)(?:开|開|蛋|远点|遠點|出去)?(?:吧|啊)?"
    + _END
    + "|闭嘴|閉嘴|离我远(?:一)?点"
    r"|離我遠(?:一)?點|少管(?:我|闲事|閒事)|管好你自己|关你(?:什么|啥|屁)事|關你(?:什麼|啥|屁)事"
    r"|你管不着|你管不著|你到底(?:想|要)(?:怎样|怎樣|怎么样|怎麼樣|干嘛|幹嘛)"
    # control (h-couple4): an order ("现在听我的", "按我说的做", "不许哭"), a demand for the
    # reader's phone or passwords ("把你手机密码告诉我") and the accusation that backs it
    # ("不然就是心里有鬼", "你心虚了"); the twin of English ``model._control_demand``
    r"|听我的|聽我的|(?:按|照)我(?:说|說)的(?:做|办|辦|来|來)|不(?:许|許|准)(?:再)?(?:哭|闹|鬧)"
    r"|把你的?(?:手机|手機|密码|密碼|聊天记录|聊天記錄|微信|定位|位置)[^，,。！？!?；;\n]{0,4}"
    r"(?:给我|給我|告诉我|告訴我|交出来|交出來|拿来|拿來|拿过来|拿過來|发我|發我|发给我|發給我)"
    r"|(?:不然|否则|否則|要不然|要不)[^，,。！？!?；;\n]{0,3}(?:心里有鬼|心裡有鬼|心虚|心虛|有鬼)"
    r"|" + _ONE_YOU + r"(?:肯定|一定|就是)?(?:心里有鬼|心裡有鬼|心虚|心虛)"
    # h-couple5: the money held by the writer, spending asked first ("以后钱都归我管，花一分都
    # 得先问我"), the twin of English "from now on i handle the money, you ask me"
    r"|(?:钱|錢|工资|工資|银行卡|銀行卡|卡)(?:都|全|全部)?(?:归我管|歸我管|我来管|我來管|交给我|交給我|上交给我)"
    r"|(?:都|全)?(?:得|必须|必須|要)先(?:问|問|请示|請示)(?:过|過)?我"
    # a sigh at the talk itself ("又来了", "不就是头疼嘛，至于这么紧张吗") and a resigned
    # reproach ("真是一点都不意外呢"): dismissal and sarcasm, not the writer's feeling
    r"|^\s*(?:(?:唉|哎|啧|呵)(?:，|,)?)?又来了"
    + _END
    + r"|至于(?:这么|這麼|那么|那麼)(?:紧张|緊張|生气|生氣|激动|激動|夸张|誇張|难过|難過"
    r"|大惊小怪|大驚小怪)"
    r"(?:吗|嗎|嘛)"
    r"|(?:真是|真)?一点(?:都|也)不(?:意外|奇怪)(?:呢|啊|呀)?"
    + _END
    # h-mend4: comfort said with impatience, an order to stop a feeling with an impatience
    # marker in its clause ("别哭了行不行", "你别闹了够了没"): dismissal, not comfort
    + r"|(?:别|別|不要|甭)(?:再)?(?:哭|闹|鬧|难过|難過|伤心|傷心|生气|生氣|委屈)(?:了)?"
    r"(?:有完没完|有完沒完|够了没|夠了沒|没完没了|沒完沒了)"
    r"|(?:别|別|不要|甭)(?:再)?(?:哭|闹|鬧)(?:了)?(?:行不行)"
)
#: a question about the reader's state, in a clause that names the reader and not the
#: writer ("你是不是有什么心事", "你怎么了", "你还好吗", "你今天开心吗？")
_ASKS_READER = regex(
    _ONE_YOU + r"(?![的])[^我]{0,6}?(?:是不是|是否|怎么了|怎麼了|怎么啦|咋了|咋啦|还好吗|還好嗎"
    r"|还好吧|還好吧|还好嘛|好点了吗|好點了嗎|好些了吗|没事吧|沒事吧|没事儿吧|在想什么|在想什麼|想什么呢"
    # h-couple4: what the reader thinks ("你心里到底怎么想的？")
    r"|怎么想|怎麼想"
    # h-couple5: whether the reader feels something, what the reader fears most ("你会不会
    # 觉得丢了自己？", "你心里最怕什么？", "你会觉得有人撑着你？"); the clause holds no 我, so
    # "你会不会觉得我很烦" stays the writer's insecurity
    r"|会不会觉得|會不會覺得|有没有觉得|有沒有覺得|会觉得有人|會覺得有人"
    r"|最(?:怕|害怕|担心|擔心)(?:的是)?(?:什么|什麼|啥)"
    r"|有(?:什么|什麼|啥)心事|有心事|累不累|饿不饿|餓不餓|冷不冷|困不困|疼不疼|痛不痛|怕不怕"
    r"|开不开心|開不開心|高不高兴|高不高興|难不难过|難不難過|生不生气|生不生氣|舒不舒服)"
    r"|" + _ONE_YOU + r"(?![的])[^我]{0,4}?(?:" + READER_FEELING_WORDS[3:-1] + r"|开心|開心|高兴"
    r"|高興|心事)[^我]{0,3}?(?:吗|嗎|么|麼|嘛|[？?])"
    + _END
    # the reader left unnamed, as questions drop their subject (h-couple4: "是不是有什么不开
    # 心？", "最近是不是有心事")
    + r"|^\s*(?:(?:最近|今天|刚才|剛才)\s*)?(?:是不是|是否)(?:有)?(?:什么|什麼|啥|点|點)?"
    r"(?:不开心|不開心|不高兴|不高興|心事|烦心事|煩心事|委屈|难过|難過|压力|壓力)"
    # what hurts the reader most, asked ("这件事里最让你难受的是哪一点？")
    r"|最(?:让|讓|令)" + _ONE_YOU + r"(?:难受|難受|难过|難過|痛苦|伤心|傷心|在意|害怕|担心|擔心"
    r"|不舒服|委屈|受伤|受傷)的(?:是)?(?:哪|什么|什麼|啥)"
)
#: a question about the reader's feeling with or about the writer, whose 我 is no speaker of
#: a feeling (h-couple4): "你跟我在一起开心吗？", "你觉得最近我有好好支持你吗？"; not "你是不是
#: 不爱我了" (the writer's insecurity, read as the writer's), nor "你觉得我不关心你？" (a reproach)
_ASKS_READER_OF_US = regex(
    _ONE_YOU + r"(?:跟|和|同)我在一起[^我，,。！？!?]{0,4}?(?:开心|開心|快乐|快樂|幸福|累|委屈|后悔"
    r"|後悔)[^我]{0,3}?(?:吗|嗎|么|麼|嘛|[？?])"
    r"|" + _ONE_YOU + r"(?:觉得|覺得)[^我，,。！？!?]{0,4}我[^不没沒，,。！？!?]{0,4}"
    r"(?:支持|陪|照顾|照顧|关心|關心|理解|在乎)(?:了|过|過)?(?:你|妳)[^我]{0,4}?(?:吗|嗎|么|麼|嘛|[？?])"
)
#: a complaint at the reader's behaviour, in a clause that names the reader and not the
#: writer (h-zh11: "你怎么又这样", "你怎么又迟到了", "你怎么老是这样", "你为什么总是不回消息",
#: "你又这样"): a reproach, not the writer's disclosure; the writer's feeling beside it stays
#: ("你怎么又这样，我真的很失望" keeps 失望), and so does a clause that names the writer
#: ("你怎么老是让我难过")
_COMPLAINS_AT_READER = regex(
    _ONE_YOU + r"(?![的])[^我]{0,4}?(?:怎么|怎麼|咋|为什么|為什麼|为啥|為啥|干嘛|幹嘛)"
    r"(?:又|老是|总是|總是|老|总|總|每次都|每次|还是|還是|还|還|能这样|能這樣|这样|這樣|那样|那樣)"
    r"|" + _ONE_YOU + r"(?:又|老是|总是|總是|每次都)(?:这样|這樣|那样|那樣|这么|這麼|来|來)"
)
#: a partner's thanks (h-couple5): to a spouse by name ("…，谢谢你老伴") or for an act done
#: for the writer at home ("谢谢你这周夜里都起来喂奶", "谢谢你替我给我哥打那个电话"): gratitude
#: (``gratitude`` reads it), which the model read as the writer's feeling (0.63-0.91); the
#: clause is left out and the rest read again, so "谢谢老公，我真的好感动" keeps 好感动.
#: Not the thanks of a client for the talk itself (谢谢你的建议, 谢谢你帮我分析,
#: 谢谢你陪我聊天: SmileChat's clients write them beside their feelings); the twin of
#: English ``model._thanks_only``
_THANKS_TO_READER = regex(
    r"(?:谢谢|謝謝|感谢|感謝|多谢|多謝)(?:你|妳)?(?:老公|老婆|老伴|亲爱的|親愛的|宝贝|寶貝|媳妇|媳婦)"
    r"|(?:谢谢|謝謝|感谢|感謝|多谢|多謝)(?:你|妳)(?:这周|這週|这几天|這幾天|每天|每晚|昨晚|今天|一直)?"
    r"(?:夜里|夜裡|晚上|半夜)?(?:都)?(?:起来|起來|替我|帮我|幫我)"
    r"(?!(?:的)?(?:建议|建議|分析|回答|解答|开导|開導|倾听|傾聽|耐心|鼓励|鼓勵|聊|说|說|讲|講|解释|解釋|指出|提|出主意))"
)
#: comfort said to the reader in a clause of its own (h-couple5): "别哭了", "我在呢", "我就在这儿",
#: "有我在": ``support.emotional``, which the model read as the writer's feeling ("别哭了，我在呢"
#: 0.85); a clause of the writer's own feeling beside it keeps its reading ("我在呢，我也好难过")
_COMFORT_TO_READER = regex(
    r"有我在(?:呢|呀|啊|哦)?"
    + _END
    + r"|^\s*(?:(?:好了|乖)(?:，|,)?)?(?:别|別|不要)(?:再)?哭了?(?:啊|呀|哦|嘛|好吗|好嗎)?"
    + _END
    + r"|^\s*我(?:就|一直|都|一直都|随时|隨時|随时都|隨時都)?在"
    r"(?:呢|这儿|這兒|这里|這裡|你身边|你身邊)?(?:呢|呀|啊|哦)?" + _END
)
#: an order to stop a feeling (h-mend4: "别哭了", "不要再闹了"), and a clause that is only
#: impatience ("烦死了", "够了没", "没完没了", "哭什么"): beside such an order the impatience
#: is aimed at the reader's feeling ("别哭了，烦死了", "烦死了，别哭了": dismissal), so
#: :func:`unaimed_rest` cuts it too; "烦死了" alone or "今天烦死了，别提了" stays the writer's
_STOP_FEELING = regex(
    r"(?<!我)(?:别|別|不要|甭)(?:再)?(?:哭|闹|鬧|难过|難過|伤心|傷心|生气|生氣|委屈)"
)
_IMPATIENT = regex(
    r"^\s*(?:真是|真的|简直|簡直)?(?:烦死了|煩死了|烦死人了|煩死人了|烦死我了|煩死我了|够了没有?"
    r"|夠了沒有?|没完没了|沒完沒了|哭什么|哭什麼|有完没完|有完沒完|烦不烦|煩不煩)"
    r"(?:啊|呀|吧|了|啦)?" + _END
)
#: a tease, sarcasm or a charge aimed at the reader in a clause of its own (h-mend5, the twins
#: of English ``model._FIGHT_OR_TEASE``), which the model read as the writer's feeling
#: (0.57-0.94): love kept in spite of a jab ("但我还是爱你", "还是爱你"), the reader or the
#: partner named with an epithet ("是不是你这个老头子", "我家这个傻老公"), a mock threat marked
#: by a laugh ("再偷吃我的零食就分手😂"), praise with a clap or 呵呵 ("一直都那么及时👏"),
#: ironic thanks for the reader's late notice ("终于舍得回我消息了", "还记得有我这个人"),
#: and a charge of the reader's habit with its subject dropped ("每次都这样"). The rest of the
#: message is read again (:func:`unaimed_rest`): "你打呼噜跟猪一样，但我还是爱你" loses the
#: love, "我还是爱你，可我好难过" keeps 难过; "再骗我就分手" (no laugh) is not cut
_PLAY_AT_READER = regex(
    r"(?:是不是|不是|就是|肯定是|又是)?"
    + _ONE_YOU
    + r"(?:这个|這個|这|這)(?:小|老|大)?(?:老头子|老頭子|老头|老頭|老太婆|笨蛋|傻瓜|傻子|呆子"
    r"|懒虫|懶蟲|懒猪|懶豬|馋猫|饞貓|吃货|吃貨|坏蛋|壞蛋|死鬼|冤家|猪|豬|憨憨|傻蛋)(?:吧|吗|嗎|呢|啊|呀)?"
    + _END
    + r"|^\s*(?:但|但是|可|可是|不过|不過)?(?:我)?(?:还是|還是|依然|依旧|依舊|照样|照樣)"
    r"(?:很|好|超|最)?(?:爱|愛)(?:你|妳)(?:哦|呀|啦|哟|喲|喔|呢)?"
    r"[\u2764\ufe0f\U0001F495-\U0001F49F\U0001F60D\U0001F618]*"
    + _END
    + r"|^\s*(?:我家|我们家|我們家|咱家)(?:这个|這個|那个|那個|这位|這位)"
    r"(?:傻|笨|憨|懒|懶|馋|饞|呆)"
    r"(?:老公|老婆|媳妇|媳婦|男人|女人|老头|老頭|老头子|老頭子|老太婆|宝贝|寶貝)"
    + _END
    + r"|^\s*再[^，,。！？!?；;\n]{1,12}?就(?:分手|离婚|離婚|揍你|打你|不理你|拉黑你|咬你"
    r"|跟你绝交|跟你絕交)"
    r"[^，,。！？!?；;\n]{0,3}?(?:😂|🤣|😜|😝|😏|哈哈|嘿嘿|\[doge\]|\[狗头\]|\[狗頭\])"
    r"|(?:一直|总是|總是|永远|永遠|每次)(?:都)?(?:那么|那麼|这么|這麼|如此)[\u4e00-\u9fff]{1,3}"
    r"(?:呢|哦|呀|啊)?\s*(?:👏|呵呵)"
    r"|(?:终于|終於|总算|總算)(?:舍得|捨得|想起|记得|記得|肯|愿意|願意)(?:来|來)?(?:回|理|找|联系|聯繫|陪|看)?我"
    r"|(?:还|還)(?:记得|記得)(?:有)?我(?:这个人|這個人|的存在)"
    r"|^\s*(?:你)?(?:每次|每一次)(?:都)?(?:这样|這樣)(?:吧|啊|呀)?"
    + _END
    # a checking-up reproach, a question about the reader's pain and care for the reader's
    # way home, with the subject dropped ("为什么不回我消息", "今天还疼吗？", "路上小心", "到了跟我
    # 说一声"): the reader's, not the writer's feeling
    + r"|^\s*(?:你)?(?:为什么|為什麼|为啥|為啥|怎么|怎麼|干嘛|幹嘛)"
    r"(?:又|还|還|老是|总是|總是|一直)?不(?:回|接|理)我(?:的)?(?:消息|信息|微信|电话|電話)?(?:啊|呀|呢)?"
    + _END
    + r"|^\s*(?:今天|现在|現在)?(?:还|還)(?:疼|痛|难受|難受|不舒服|发烧|發燒|晕|暈)(?:吗|嗎|不)"
    + _END
    + r"|^\s*(?:你)?(?:跟我|和我|对我|對我)(?:说|說|讲|講)(?:实话|實話|真话|真話)(?:吧|啊|哦)?"
    + _END
    + r"|^\s*(?:路上|开车|開車|出门|出門)(?:小心|注意安全|慢点|慢點)(?:点|點|哦|啊|呀)?"
    + _END
    + r"|^\s*到了?(?:家)?(?:跟我|给我|給我)(?:说|說|发|發|报|報)(?:一声|一聲|个消息|個消息|平安)"
    r"[\s\u2764\ufe0f]*"
    + _END
    # who slipped again, asked as a mock accusation ("谁又把牛奶放柜子里了")
    + r"|^\s*(?:是)?(?:谁|誰)又(?:把|偷|忘|乱|亂|没|沒)[^，,。！？!?；;\n]{1,14}?(?:了|啊|呀)?"
    + _END
)
#: a brush-off that cuts a clause of bare impatience beside it (h-mend5: "烦死了，别管我",
#: the twin of English "ugh. leave me alone"); "烦死了" alone keeps its reading
_BRUSH_OFF = regex(
    r"(?:别|別|不要|少|甭)(?:再)?(?:来|來)?(?:烦|煩|吵|理|管|碰|缠|纏|找|打扰|打擾)我|离我远|離我遠"
)
#: a clause with its closing punctuation (:data:`CLAUSE_END`)
_CLAUSE = regex(r"[^，,。！？!?；;…\n~～]+[，,。！？!?；;…\n~～]*")


def _any_clause(pattern: str) -> str:
    """``pattern`` (a clause's) for a whole text: its clause start ``^\\s*`` and end
    (:data:`_END`) also hold just after clause punctuation. A clause of :data:`_CLAUSE`
    starts at the text's start or after such punctuation and ends at the text's end or
    after it, and a search of the whole text sees every clause's match at the same place:
    where this finds nothing in a text, no clause of it matches ``pattern`` (h-speed38)."""
    after = r"(?<=[，,。！？!?；;…\n~～])"
    start = pattern.count(r"|^\s*")
    end = pattern.count(_END)
    relaxed = pattern.replace(r"|^\s*", r"|(?:^|" + after + r")\s*").replace(
        _END, r"[，,。！？!?；;…\n~～\s]*(?:$|" + after + ")"
    )
    assert "^" not in relaxed.replace("[^", "").replace("(?:^|", ""), "an anchor left"
    assert relaxed.count("(?:$|") == end and relaxed.count("(?:^|") == start
    return relaxed


#: a superset gate of :func:`aimed_clause` over a whole text (:func:`unaimed_rest` runs the
#: clause loop only where it matches): the two patterns with their clause anchors relaxed
_AIMED_ANYWHERE_SOURCE = (
    _any_clause(_COLD_AT_READER.pattern)
    + "|"
    + _any_clause(_ASKS_READER.pattern)
    + "|"
    + _COMPLAINS_AT_READER.pattern
    + "|"
    + _ASKS_READER_OF_US.pattern
    + "|"
    + _THANKS_TO_READER.pattern
    + "|"
    + _any_clause(_COMFORT_TO_READER.pattern)
    + "|"
    + _any_clause(_PLAY_AT_READER.pattern)
)
#: the characters a match of it can start with (``prefilter.first_class``, checked by
#: tests/signals/test_model_caps_fast.py), as a lookahead: the same matches, found without
#: trying every branch at every position
_AIMED_FIRST = (
    "[\\s一不为乖今但你依全关再出刚別别到剛卡又可否听吵呵和咱哎哭唉啧嚷多好妳对對少就工干幹开得必怎"
    "怕急总您感慌懒懶我把按是最有每气氣永滚滾演為烦照煩现現甭真神离窝窩管終給總终给聽肯至装裝要誰"
    "謝谁谢跟路还還都銀錢钱银閉開關闭闹離鬧]"
)
_AIMED_ANYWHERE = regex(f"(?={_AIMED_FIRST})(?:{_AIMED_ANYWHERE_SOURCE})")
#: a superset gate of :func:`asks_reader_feeling` over a whole text: a reader named, then a
#: question's close in the same clause
_READER_ASKED = regex(r"(?:你|您|妳)(?![们們])[^，,。！!；;…\n~～]*?(?:[？?]|吗|嗎|呢)")

_K = np.uint64(0x100000001B3)
_SEEDS = {
    1: np.uint64(0x9E3779B97F4A7C15),
    2: np.uint64(0xC2B2AE3D27D4EB4F),
    3: np.uint64(0x165667B19E3779F9),
}


@dataclass(frozen=True)
class Hashed:
    """Hashed n-grams of a batch: parallel (row, bucket, value) arrays."""

    row: np.ndarray
    bucket: np.ndarray
    value: np.ndarray


def _codepoints(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Code points of the texts joined by 0, digits folded to "0"; and each text's start."""
    cut = [t[:MAX_CHARS].lower().replace("\x00", " ") for t in texts]
    joined = "\x00".join(cut) + "\x00"
    cps = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(
        np.uint64
    )
    digit = (cps >= 0x30) & (cps <= 0x39)
    cps = np.where(digit, np.uint64(0x30), cps)
    lengths = np.fromiter(map(len, cut), dtype=np.int64, count=len(cut))
    starts = np.zeros(len(cut), dtype=np.int64)
    starts[1:] = np.cumsum(lengths[:-1] + 1)
    return cps, starts


_SHIFT33, _SHIFT29 = np.uint64(33), np.uint64(29)
_MIX = np.uint64(0xFF51AFD7ED558CCD)


def _mix(h: np.ndarray) -> np.ndarray:
    """``h`` mixed in place and returned (each caller hands a fresh array of its own: the
    same operations as on copies, so the same bits, without their temporaries)."""
    shifted = h >> _SHIFT33
    h ^= shifted
    h *= _MIX
    np.right_shift(h, _SHIFT29, out=shifted)
    h ^= shifted
    return h


def hash_texts(texts: Sequence[str], n_buckets: int) -> Hashed:
    """Character 1-3-grams of every text, hashed into ``n_buckets`` (a power of two).

    Each occurrence has value ``1 / sqrt(number of n-grams in its text)``, so a text's
    vector has a length that does not grow with the text; repeats add up.
    """
    cps, starts = _codepoints(texts)
    valid = cps != 0
    mask = np.uint64(n_buckets - 1)
    # each place's text: the number of texts starting at or before it, less one (what a
    # search of ``starts`` gives each n-gram's first place, read from one array)
    first = np.zeros(len(cps), dtype=np.int64)
    first[starts[starts < len(cps)]] = 1
    text_of = np.cumsum(first) - 1
    rows, buckets = [], []
    with np.errstate(over="ignore"):
        for n in ORDERS:
            m = len(cps) - n + 1
            if m <= 0:
                continue
            ok = valid[:m].copy()
            h = _SEEDS[n] ^ cps[:m]
            for k in range(1, n):
                ok &= valid[k : k + m]
                h = h * _K + cps[k : k + m]
            pos = np.flatnonzero(ok)
            rows.append(text_of[pos])
            kept = _mix(h[pos])
            kept &= mask
            buckets.append(kept.view(np.int64))  # below 2**63: the same values
    row = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    bucket = np.concatenate(buckets) if buckets else np.zeros(0, dtype=np.int64)
    per_row = np.bincount(row, minlength=len(texts)).astype(np.float64)
    value = 1.0 / np.sqrt(np.maximum(per_row[row], 1.0))
    return Hashed(row.astype(np.int64), bucket, value)


def hash_batches(texts: Sequence[str], n_buckets: int) -> list[Hashed]:
    """:func:`hash_texts` of ``texts`` in the pieces of :data:`BATCH` texts that
    :func:`predict` and the safety model layer read (:func:`unmask.signals.safety_model.predict`):
    the Chinese rows of a batch are hashed once for both layers, into the larger of their
    bucket counts (each reads the low bits of a bucket: the hash into its own count). Each
    is :func:`interleaved`: every per-text sum the same to the bit, summed faster."""
    return [
        interleaved(hash_texts(texts[lo : lo + BATCH], n_buckets))
        for lo in range(0, len(texts), BATCH)
    ]


def interleaved(h: Hashed) -> Hashed:
    """``h`` in :func:`unmask.signals.features.interleave_order`: the same occurrences, each
    text's in its order (a ``bincount`` over each text adds the same values in the same
    order), texts side by side, so that the additions of different texts interleave."""
    order = interleave_order(h.row)
    return Hashed(h.row[order], h.bucket[order], h.value[order])


def narrowed(h: Hashed, n_buckets: int) -> Hashed:
    """``h`` (hashed into at least ``n_buckets``, a power of two) as :func:`hash_texts` into
    ``n_buckets``: the same occurrences, each bucket's low bits."""
    return Hashed(h.row, h.bucket & (n_buckets - 1), h.value)


def _replaced(h: Hashed, rows: np.ndarray, texts: Sequence[str], n_buckets: int) -> Hashed:
    """``h`` with the occurrences of ``rows`` (ascending) replaced by those of ``texts`` (one
    per row, hashed into ``n_buckets``). Each row's occurrences keep their order, so every sum
    over a row (:func:`logits`' ``bincount``) adds the same values in the same order as a
    :func:`hash_texts` of the changed texts would."""
    new = hash_texts(texts, n_buckets)
    keep = ~np.isin(h.row, rows)
    return Hashed(
        np.concatenate((h.row[keep], rows[new.row])),
        np.concatenate((h.bucket[keep], new.bucket)),
        np.concatenate((h.value[keep], new.value)),
    )


def dense_inputs(texts: Sequence[str], lexicon: np.ndarray) -> np.ndarray:
    """(n, N_DENSE): the lexicon scores of :data:`LEXICON_INPUTS` and log length.

    ``lexicon`` is the engine's (n, len(MESSAGE_SIGNALS)) score matrix of the texts.
    """
    cols = [MESSAGE_SIGNALS.index(name) for name in LEXICON_INPUTS]
    lengths = np.fromiter((min(len(t), MAX_CHARS) for t in texts), dtype=np.float64)
    return np.column_stack([lexicon[:, cols], np.log1p(lengths) / 5.0])


@dataclass(frozen=True)
class _Weights:
    weights: np.ndarray  # (n_buckets,) float32
    dense: np.ndarray  # (N_DENSE,) float64
    bias: float
    n_buckets: int


def _damaged(why: str) -> ModelError:
    return damaged(WEIGHTS_FILE, why)


def _weights_ref() -> Traversable:
    """Where the weights are (a function so tests can point it elsewhere)."""
    return resources.files("unmask.signals").joinpath("models", WEIGHTS_FILE)


def _checked_meta(meta: dict[str, Any]) -> int:
    """The bucket count of a weights file whose ``meta`` names this unmask's model."""
    expected = {
        "model_version": MODEL_VERSION,
        "features_version": FEATURES_VERSION,
        "signals": MODEL_SIGNALS,
        "lexicon_inputs": LEXICON_INPUTS,
    }
    return checked_buckets(meta, expected, _damaged, f"{MODEL_VERSION}, {FEATURES_VERSION}")


def _read() -> _Weights:
    arrays, meta = load_npz(
        _weights_ref(),
        WEIGHTS_FILE,
        {"weights": np.float32, "dense": np.float64, "bias": np.float64},
    )
    weights, dense, bias = arrays["weights"], arrays["dense"], arrays["bias"]
    n_buckets = _checked_meta(meta)
    if weights.shape != (n_buckets,) or dense.shape != (N_DENSE,) or bias.shape != (1,):
        raise _damaged("has weights of the wrong shape")
    if not all(np.isfinite(a).all() for a in (weights, dense, bias)):
        raise _damaged("holds non-finite weights")
    return _Weights(weights, dense, float(bias[0]), n_buckets)


#: the weights, read on first use (``_read`` looked up at call time, so tests can patch it)
_cache: LazyWeights[_Weights] = LazyWeights(lambda: _read())


def _load() -> _Weights:
    """The weights, read on first use and kept for the process."""
    return _cache.get()


def available() -> bool:
    """True when the bundled weights load (a damaged file gives False, not an error)."""
    return _cache.available()


def declared() -> bool:
    """True when the weights file's header names this unmask's model, read without the
    weights (:func:`unmask.signals.model.declared`)."""
    try:
        _checked_meta(read_meta(_weights_ref(), WEIGHTS_FILE))
    except ModelError:
        return False
    return True


def logits(
    texts: Sequence[str],
    lexicon: np.ndarray,
    w_buckets: np.ndarray,
    w_dense: np.ndarray,
    feats: Hashed | None = None,
) -> np.ndarray:
    """Linear scores (before the bias) of ``texts`` under given weights (training uses this
    too); ``feats``: their :func:`hash_texts` into ``len(w_buckets)`` where the caller has it."""
    if feats is None:
        feats = hash_texts(texts, len(w_buckets))
    out = np.bincount(
        feats.row,
        weights=w_buckets[feats.bucket].astype(np.float64) * feats.value,
        minlength=len(texts),
    )
    return out + fixed_order_dot(dense_inputs(texts, lexicon), w_dense)


def bucket_count() -> int:
    """The weights' bucket count (:func:`hash_batches`)."""
    return _load().n_buckets


def predict(
    texts: Sequence[str],
    lexicon: np.ndarray,
    hashed: Sequence[Hashed] | None = None,
    changed: Sequence[int] = (),
) -> np.ndarray:
    """Probability of ``disclosure.emotional`` per text (0.5 = threshold).

    ``lexicon`` is the lexicon layer's (n, len(MESSAGE_SIGNALS)) score matrix of the same
    texts. ``hashed``: where the caller has hashed other texts, one for each of ``texts``
    (:func:`hash_batches`, into at least :func:`bucket_count` buckets), those texts' hashes;
    ``changed`` (ascending) are the texts that differ from them, hashed here (the same
    probabilities as without ``hashed``). Raises :class:`unmask.errors.ModelError` when the
    weights are missing or damaged.
    """
    w = _load()
    clean = [t if isinstance(t, str) else "" for t in texts]
    if hashed is not None and len(hashed) != -(-len(clean) // BATCH):
        raise ValueError("one hashed batch per BATCH texts")
    redo = np.asarray(changed, dtype=np.int64)
    out = np.empty(len(clean), dtype=np.float64)
    for k, lo in enumerate(range(0, len(clean), BATCH)):
        part = clean[lo : lo + BATCH]
        feats = None
        if hashed is not None:
            feats = narrowed(hashed[k], w.n_buckets)
            local = redo[(redo >= lo) & (redo < lo + len(part))] - lo
            if len(local):
                feats = _replaced(feats, local, [part[i] for i in local.tolist()], w.n_buckets)
        z = logits(part, lexicon[lo : lo + BATCH], w.weights, w.dense, feats)
        out[lo : lo + BATCH] = 1.0 / (1.0 + np.exp(-(z + w.bias)))
    return out


def to_self(text: str) -> bool:
    """Whether a feeling word of the lexicon in ``text`` is the writer's own: the text has
    no second-person pronoun, or it is short (under :data:`READER_CHARS`) and ties no
    feeling, thanks or service to the reader (:data:`ABOUT_READER`)."""
    if _SECOND_PERSON.search(text) is None:
        return True
    return len(text) < READER_CHARS and ABOUT_READER.search(text) is None


#: a reader named alone (你 / 您 / 妳, not 你们: an audience is no reader), h-zhde
_READER = regex(_ONE_YOU)


#: missing the reader said with an intensifier ("好想你", "特别想你"): the writer's own longing,
#: not a close (:func:`said_to_reader`)
_MISSED_HARD = regex(r"(?:好|很|超|特别|特別|太|真的|非常|老|总|總)(?:想|惦记|惦記)(?:你|妳)")


#: a bare "miss you" or "love you" closing a message after other clauses (h-zhde3):
#: "…，记得拿，想你", "…，已经开始想你了", "…，爱你"; with an intensifier (:data:`_MISSED_HARD`)
#: it is the writer's longing and is not read here
_MISSED_CLOSE = regex(
    r"[，,。！!~～\s]\s*(?:已经|已經)?(?:开始|開始)?(?:有点|有點)?(?:想|爱|愛)(?:你|妳)"
    r"(?:了|啦|呀|哦|哟|喲)?(?:[~～。！!\s]|😘|❤️|❤|💕|🥰|😚|💋)*$"
)


def closing_miss(texts: Sequence[str], lexicon: np.ndarray) -> np.ndarray:
    """Per text, whether its only feeling cue is a bare "miss you" / "love you" closing a
    message the lexicon reads as logistics, duty or money (h-zhde3, :data:`_MISSED_CLOSE`):
    "给你带了个烤红薯，放门卫那儿了，记得拿，想你", "掰着指头数，还剩九天，想你". Such a close is
    ``affection`` said to the reader at the end of an errand or a countdown, not the writer's
    feeling told; the message is then read as one without a feeling word (its thresholds by
    length and the surface threshold). A feeling word before the close ("今天好累，到家了，想你"),
    an intensifier ("…，好想你") or the vulnerable lexicon keep the reading. ``lexicon`` is the
    (n, len(MESSAGE_SIGNALS)) score matrix of the same texts."""
    col = MESSAGE_SIGNALS.index(MODEL_SIGNALS[0])
    vul = MESSAGE_SIGNALS.index("disclosure.vulnerable")
    surface = [MESSAGE_SIGNALS.index(name) for name in SURFACE_INPUTS]
    out = np.zeros(len(texts), dtype=bool)
    maybe = (
        (lexicon[:, col] >= FRAME_ONLY)
        & (lexicon[:, vul] < FRAME_ONLY)
        & (lexicon[:, surface] >= PRESENT).any(axis=1)
    )
    rows, heads = [], []
    for k in np.flatnonzero(maybe).tolist():
        found = _MISSED_CLOSE.search(texts[k])
        if found is None or _MISSED_HARD.search(texts[k]) is not None:
            continue
        rows.append(k)
        heads.append(texts[k][: found.start()])
    if rows:
        out[np.asarray(rows, dtype=np.int64)] = _lexicon_scores(heads) < FRAME_ONLY
    return out


#: a find likened to the reader or the pair, with a laugh (h-zhde3, the bid lexicon's own
#: form, ``lang/zh/bid.yaml`` version 8): "这只打滚的熊猫跟你早上赖床一模一样😂", "这个视频简直就是
#: 咱俩😂": a share to get a response, not the writer's feeling
_LIKENED_SHARE = regex(
    r"^\s*(?:刷到|看到|这|這)[^。！？?\n]{0,14}?"
    r"(?:(?:跟|和|像)(?:你|妳|咱俩|咱倆|我们|我們|咱们|咱們)[^。！？?\n]{0,10}?"
    r"(?:一模一样|一模一樣|一个样|一個樣|一样|一樣|似的)"
    r"|(?:活脱脱|活脫脫|简直|簡直|完全|分明)(?:就)?(?:是|在写|在寫|写的|寫的)"
    r"[^。！？?\n，,]{0,10}?(?:你|妳|咱俩|咱倆|咱们|咱們|我们|我們))"
    r"[^。！？?\n]{0,6}?(?:😂|🤣|😆|哈哈+|笑死)+[。！!~～\s]*$"
)


def said_to_reader(
    texts: Sequence[str], cue: np.ndarray, probs: np.ndarray, own: np.ndarray
) -> np.ndarray:
    """``cue`` (the lexicon's ``disclosure.emotional`` of each text) where it is the writer's
    own, and else the best cue of the text's clauses of the writer's (h-zhde): in a short
    message to the reader (:func:`to_self`'s short rule, ``own``) that the model reads below
    0.5 (``probs``), a feeling word in a clause that names the reader and not the writer
    (:func:`_writers_clauses`) is said to the reader, not of the writer: missing or pitying
    the reader as a close ("到家了，想你", "…先喝口热的，心疼你"), the reader's feeling asked
    about ("你最舍不得的是什么？"). Partners' everyday lines; a clause of the writer's own keeps
    its cue ("你不在，我好难过", "看到你的消息我手一直在抖"), and so do a longing said with an
    intensifier (:data:`_MISSED_HARD`: "期待和你见面，好想你") and a message that opens on the
    feeling and goes on ("想你了，早点回来好不好"); the model's own reading is left as it is."""
    out = cue.copy()
    rows = [
        k
        for k in np.flatnonzero(own & (probs < PRESENT) & (cue >= PRESENT)).tolist()
        if _READER.search(texts[k]) is not None and _MISSED_HARD.search(texts[k]) is None
    ]
    if not rows:
        return out
    # a message that opens on the feeling and goes on ("想你了，早点回来好不好") says it as
    # its own news, not as a close: left as it is
    firsts = [_first_of_several(texts[k]) for k in rows]
    opens = _lexicon_scores([f or "" for f in firsts]) >= PRESENT
    rows = [k for k, first, o in zip(rows, firsts, opens, strict=True) if not (first and o)]
    if rows:
        out[rows] = np.minimum(cue[rows], _best_clause([texts[k] for k in rows], _writers_clauses))
    return out


def _first_of_several(text: str) -> str | None:
    """The first clause of ``text`` where it has more than one (:data:`CLAUSE_END`), else None."""
    clauses = [c for c in CLAUSE_END.split(text) if c.strip()]
    return clauses[0] if len(clauses) > 1 else None


def _writers_clauses(text: str) -> list[str]:
    """The clauses of ``text`` that name no reader (:data:`_READER`) or name the writer other
    than as the reader's object (:data:`_ME_AS_OBJECT`): "看到你的消息我手一直在抖" is one, "想你"
    and "你最舍不得的是什么" are not."""
    return [
        c
        for c in CLAUSE_END.split(text)
        if c.strip() and (_READER.search(c) is None or "我" in _ME_AS_OBJECT.sub("", c))
    ]


def voice_clauses(text: str) -> list[str]:
    """The clauses of ``text`` (cut at :data:`CLAUSE_END`) that name no reader and hold the
    writer's own voice (:func:`unmask.signals.posts_zh.has_voice`: laughter, crying,
    swearing, a cry of surprise): "哈哈哈哈" and "我草" in "你以为你是谁，我草！哈哈哈哈"."""
    return [
        clause
        for clause in CLAUSE_END.split(text)
        if clause.strip()
        and not any(p in clause for p in SECOND_PERSON)
        and posts_zh.has_voice(clause)
    ]


def voice_scores(texts: Sequence[str]) -> np.ndarray:
    """Per text, the highest lexicon ``disclosure.emotional`` of its :func:`voice_clauses`
    (0 where it has none): in a message to "you" that the model alone reads, these
    clauses are still the writer's own feeling."""
    return _best_clause(texts, voice_clauses)


def _best_clause(texts: Sequence[str], clauses_of: Callable[[str], list[str]]) -> np.ndarray:
    """Per text, the highest lexicon ``disclosure.emotional`` of the clauses ``clauses_of``
    gives it (0 where it gives none); every clause of every text read in one batch."""
    out = np.zeros(len(texts), dtype=np.float64)
    owner, clauses = [], []
    for k, text in enumerate(texts):
        for clause in clauses_of(text):
            owner.append(k)
            clauses.append(clause)
    if not clauses:
        return out
    np.maximum.at(out, np.asarray(owner, dtype=np.int64), _lexicon_scores(clauses))
    return out


def _lexicon_scores(texts: Sequence[str]) -> np.ndarray:
    """The Chinese lexicons' ``disclosure.emotional`` of each of ``texts`` (the zh and common
    lexicons, each text read as a message of its own)."""
    from unmask.signals.engine import score_batch  # the engine imports nothing of this layer

    every = np.arange(len(texts))
    found, _ = score_batch(texts, [("zh", every), ("common", every)], with_evidence=False)
    return np.asarray(found[:, MESSAGE_SIGNALS.index(MODEL_SIGNALS[0])])


def unaddressed_scores(texts: Sequence[str]) -> np.ndarray:
    """Per text, the highest lexicon ``disclosure.emotional`` of its clauses (cut at
    :data:`CLAUSE_END`) that name no reader (0 where none): in a message that threatens or
    degrades the reader, only these clauses can hold the writer's own feeling."""
    return _best_clause(texts, _unaddressed_clauses)


def _unaddressed_clauses(text: str) -> list[str]:
    """The clauses of ``text`` (cut at :data:`CLAUSE_END`) that name no reader."""
    return [
        clause
        for clause in CLAUSE_END.split(text)
        if clause.strip() and _SECOND_PERSON.search(clause) is None
    ]


def aimed_clause(clause: str) -> bool:
    """Whether ``clause`` is aimed at the reader (:data:`_COLD_AT_READER`), or asks about the
    reader's state or complains of the reader's behaviour and names no writer
    (:data:`_ASKS_READER`, :data:`_COMPLAINS_AT_READER`, no 我)."""
    if (
        _COLD_AT_READER.search(clause)
        or _ASKS_READER_OF_US.search(clause)
        or _THANKS_TO_READER.search(clause)
        or _COMFORT_TO_READER.search(clause)
        or _PLAY_AT_READER.search(clause)
    ):
        return True
    if (
        reader_condition(clause)
        or asks_reader_feeling(clause)
        or (
            (
                _PERMITS_FEELING.search(clause) is not None
                or _READER_FELT.search(clause) is not None
                or _FEELING_NORMAL.search(clause) is not None
                or _LOOKS_OF_READER.search(clause) is not None
            )
            and "我" not in _ME_AS_OBJECT.sub("", clause)
        )
        or dwells_on_looks(clause)
        or understands_reader_feeling(clause)
        or glad_for_reader(clause)
    ):
        return True
    if "我" in clause:
        return False
    return (
        _ASKS_READER.search(clause) is not None or _COMPLAINS_AT_READER.search(clause) is not None
    )


#: the feeling words a condition on the reader's feeling holds (:data:`_FEELING_IF`)
_FEELING_WORDS = (
    r"难受|難受|难过|難過|伤心|傷心|委屈|想哭|不舒服|心情不好|不开心|不開心|烦|煩|害怕|怕|累"
    r"|孤单|孤單|寂寞|焦虑|焦慮|紧张|緊張|压力大|壓力大|崩溃|崩潰|撑不住|撐不住|扛不住|绷不住"
    r"|繃不住|受不了|想不开|想不開|睡不着|睡不著|失眠|想家|低落|难熬|難熬|心慌|慌|疼|痛"
)
#: what may stand between a condition's feeling and the clause end, the offer coming in
#: the next clause ("如果你心情不好的话，", "难过的时候，")
_IF_TAIL = regex(r"(?:了)?(?:的话|的話|的时候|的時候|时|時)?(?:呢|啊|呀)?[，,。！？!?；;…\n~～\s]*")
#: a feeling put in a condition (h-zhcond): 如果 / 要是 / 万一 / 哪天 / 什么时候 ... before a
#: feeling word, or a feeling word before 的话 / 的时候 ("难受的话", "如果你难过",
#: "什么时候绷不住了"); the one who feels is whoever the clause names (:func:`reader_condition`)
_FEELING_IF = regex(
    r"(?:如果|要是|假如|假使|万一|萬一|若是|倘若|哪天|哪一天|什么时候|什麼時候|啥时候|啥時候)"
    r"[^，,。！？!?；;…\n~～]{0,8}?(?:"
    + _FEELING_WORDS
    + r")|(?:"
    + _FEELING_WORDS
    + r")(?:了)?(?:的话|的話|的时候|的時候)"
)
#: an offer or a plea to the reader after such a condition (h-zhcond): to call, tell or find
#: the writer (找我, 给我打电话, 跟我说, 告诉我), not to carry it alone (别一个人扛, 别自己憋着),
#: or the writer there for the reader, closing the clause (我都在, 我一直在)
_OFFER_TO_READER = regex(
    r"(?:就|都|随时|隨時|可以|尽管|儘管|记得|記得|一定|马上|馬上|直接|第一时间|第一時間|先|也|还有|還有)*"
    r"(?:(?:来|來)?找我|(?:给|給)我(?:打|发|發|留|回|说|說|讲|講)|打(?:给|給)我|打我(?:的)?(?:电话|電話)"
    r"|(?:跟|和|同)我(?:说|說|讲|講|聊|倾诉|傾訴)|告诉我|告訴我|叫我|喊我|联系我|聯繫我|敲我"
    r"|(?:别|別|不要|不用|千万别|千萬別)(?:一个人|一個人|自己)(?:扛|撑|撐|憋|忍|硬撑|硬撐|闷|悶|熬|躲)"
    r"|我(?:随时|隨時|一直|永远|永遠|都|也|就)*在(?:呢|呀|啊|哦|这儿|這兒|这里|這裡|你身边|你身邊)?"
    r"(?=[，,。！？!?；;…\n~～\s]|$))"
)


def reader_condition(clause: str, after: str = "") -> bool:
    """Whether ``clause`` puts the reader's feeling in a condition before an offer to the
    reader (h-zhcond): a feeling in a condition (:data:`_FEELING_IF`), then, in the clause or
    at the start of the clause ``after`` it, an offer or a plea to the reader
    (:data:`_OFFER_TO_READER`), and no writer named in the clause other than as the one
    told or called (:data:`_ME_AS_OBJECT`) or in the offer: "难受的话随时给我打电话",
    "什么时候绷不住了我都在", "如果你难过，" before "就跟我说". The writer's own feeling in a
    condition keeps its reading: "我难受的话就会一个人待着", "如果我难受，我会告诉你"."""
    found = _FEELING_IF.search(clause)
    if found is None:
        return False
    tail = clause[found.end() :]
    offer = _OFFER_TO_READER.search(tail)
    if offer is None:
        if _IF_TAIL.fullmatch(tail) is None or _OFFER_TO_READER.match(after.lstrip()) is None:
            return False
        rest = clause
    else:
        rest = clause[: found.end()] + tail[: offer.start()] + tail[offer.end() :]
    return "我" not in _ME_AS_OBJECT.sub("", rest)


#: the reader's feeling allowed or made room for, in comfort (h-zhde): "难受就哭", "想哭就哭",
#: "累了就歇着", "难受就别硬撑", "在家好好哭一场": the feeling is the reader's, the line is
#: ``support.emotional``; read only in a clause that does not name the writer other than as
#: the one told or with the reader (:data:`_ME_AS_OBJECT`), so "我难受就想哭" stays the
#: writer's. h-zhde2: a place or a person between 就 and the act ("想哭就在家哭", "怕了就给我
#: 留言"), and leave not to hold the feeling in ("不用憋着", "别硬撑着")
_PERMITS_FEELING = regex(
    r"(?:难受|難受|难过|難過|伤心|傷心|累|委屈|想哭|不舒服|烦|煩|害怕|怕)(?:了)?(?:就|的话就|的話就)"
    r"(?:在家|在屋里|在屋裡|回家|跟我|和我|给我|給我|对我|對我)?"
    r"(?:哭|说|說|别|別|歇|睡|休息|请假|請假|告诉|告訴|找|靠|喊|叫|留言|打电话|打電話|发消息|發消息)"
    r"|好好(?:地)?哭(?:一场|一場|一下|一回|出来|出來)?"
    r"|(?:不用|不要|别|別)(?:再)?(?:憋着|憋著|忍着|忍著|硬撑|硬撐)"
)
#: a feeling whose one who feels is the reader, said to the reader (h-zhde2): "可累坏你了吧",
#: "吓着你了", "委屈你了", "辛苦你了": the reader's state named (pity, thanks or a jibe), not
#: the writer's; read in a clause that names the writer at most as an object
_READER_FELT = regex(
    r"(?:累|吓|嚇|委屈|辛苦|难为|難為|苦|憋|闷|悶|急|气|氣)(?:坏|壞|着|著|到|死|惨|慘)?"
    + _ONE_YOU
    + r"了"
)
#: a feeling called normal, in comfort (h-zhde3): "你委屈很正常", "孩子走了你空落落的很正常",
#: "害怕很正常": the feeling is the reader's, made ordinary (``support.emotional``), not the
#: writer's; read in a clause that names the writer at most as an object, and not asked
#: ("我老是害怕，这正常吗？", "害怕很正常吗？" keep their reading)
_FEELING_NORMAL = regex(
    r"(?:"
    + _FEELING_WORDS
    + r"|空落落|空荡荡|空蕩蕩|失落|舍不得|捨不得|生气|生氣|担心|擔心|不安|有情绪|有情緒|多想)"
    r"(?:的)?(?:也|都)?(?:很|挺|太|是|再|都是|也是|是很)?正常(?:的|了|啦|不过|不過)?"
    r"(?![^，,。！？!?；;…\n~～]*(?:吗|嗎|[？?]))"
)
#: the writer named only as an object of the reader's telling or being with (跟我说, 告诉我,
#: 陪我): not the writer speaking of a feeling of their own (:func:`asks_reader_feeling`)
_ME_AS_OBJECT = regex(r"(?:跟|和|同|对|對|给|給|告诉|告訴|陪|瞒|瞞)我")
#: a question put for the writer's own point ("你知道…有多可怕吗", "你敢说你…吗") or a request
#: ("你能…吗", "你有什么建议吗"): not the reader's feeling asked about
_RHETORICAL = regex(
    r"(?:你|您|妳)(?:知道|晓得|曉得|懂|明白|敢|能|能不能|可以|可不可以|会不会|會不會|有什么|有什麼|有没有|有沒有)"
    r"(?!.*(?:心事|委屈|难过|難過|伤心|傷心|想家|舍不得|捨不得|后悔|後悔|害怕))"
)
#: a feeling the reader may be asked about (:func:`asks_reader_feeling`; no 觉得 / 感觉: an
#: opinion asked is no feeling)
_FEELING_ASKED = regex(
    r"难过|難過|伤心|傷心|焦虑|焦慮|紧张|緊張|害怕|担心|擔心|痛苦|压力|壓力|委屈|失望|生气|生氣|孤独"
    r"|孤獨|孤单|孤單|寂寞|无助|無助|自责|自責|不安|烦|煩|累|难受|難受|崩溃|崩潰|迷茫|想家|舍不得"
    r"|捨不得|后悔|後悔|遗憾|遺憾|想哭|开心|開心|高兴|高興|快乐|快樂|幸福|心事|怕"
)
#: a question's close: a question mark, or a question particle at the clause end
_ASKED = regex(r"(?:[？?]|(?:吗|嗎|呢)[，,。！!~～…\s]*)$")


def asks_reader_feeling(clause: str) -> bool:
    """Whether ``clause`` is a question to the reader about a feeling of the reader's
    (h-zhde): it closes as a question (:data:`_ASKED`), names the reader alone
    (:data:`_READER`) and names the writer at most as the object of the reader's telling
    (:data:`_ME_AS_OBJECT`), is no rhetorical question or request (:data:`_RHETORICAL`) and
    holds a feeling word (:data:`_FEELING_ASKED`): "哪一刻你最想家？", "有什么委屈是你一直
    没跟我说的？". Its feeling word is the reader's (``inner_question``), not the writer's;
    "你知道我有多难过吗？" names the writer's own and "你有什么建议吗？" asks for no feeling:
    neither is one."""
    if _ASKED.search(clause.rstrip()) is None or _READER.search(clause) is None:
        return False
    if _RHETORICAL.search(clause) is not None or "我" in _ME_AS_OBJECT.sub("", clause):
        return False
    return _FEELING_ASKED.search(clause) is not None


#: a plea to the reader not to carry a feeling alone (h-zhde3, as in :data:`_OFFER_TO_READER`):
#: "先别自己闷着", "别一个人扛"
_ALONE_PLEA = regex(
    r"(?:别|別|不要|不用|千万别|千萬別)(?:一个人|一個人|自己)"
    r"(?:扛|撑|撐|憋|忍|硬撑|硬撐|闷|悶|熬|躲)"
)


def comforts_reader(text: str) -> bool:
    """Whether a clause of ``text`` comforts the reader about the reader's feeling (h-zhde3):
    the feeling allowed (:data:`_PERMITS_FEELING`: "心里怕了就给我留言") or put in a condition
    before an offer (:func:`reader_condition`), or a plea not to carry it alone
    (:data:`_ALONE_PLEA`: "先别自己闷着"), in a clause that names the writer at most as the one
    told (:data:`_ME_AS_OBJECT`). The couple model's ``disclosure.vulnerable`` is not added to
    such a line (``couple_model.TEXT_GUARD``): the vulnerability it reads is the reader's."""
    if (
        _PERMITS_FEELING.search(text) is None
        and _ALONE_PLEA.search(text) is None
        and _FEELING_IF.search(text) is None
    ):
        return False
    clauses = [m.group() for m in _CLAUSE.finditer(text)]
    for k, clause in enumerate(clauses):
        after = clauses[k + 1] if k + 1 < len(clauses) else ""
        if reader_condition(clause, after):
            return True
        if (
            _PERMITS_FEELING.search(clause) is not None or _ALONE_PLEA.search(clause) is not None
        ) and "我" not in _ME_AS_OBJECT.sub("", clause):
            return True
    return False


def unaimed_rest(text: str) -> str | None:
    """``text`` without its clauses aimed at the reader (:func:`aimed_clause`, or a condition
    on the reader's feeling whose offer comes in the next clause: :func:`reader_condition`),
    or None where it has none: "你烦不烦啊，我真的好累" -> "我真的好累", "你有病吧" -> "". Beside an
    order to stop a feeling (:data:`_STOP_FEELING`) a clause of bare impatience
    (:data:`_IMPATIENT`) is cut too: "别哭了，烦死了" -> ""."""
    stop = _STOP_FEELING.search(text) is not None or _BRUSH_OFF.search(text) is not None
    if (
        not stop
        and _AIMED_ANYWHERE.search(text) is None
        and _READER_ASKED.search(text) is None
        and _PERMITS_FEELING.search(text) is None
        and _READER_FELT.search(text) is None
        and _FEELING_NORMAL.search(text) is None
        and _FEELING_IF.search(text) is None
        and not looks_at_reader(text)
        and _FEELING_UNDERSTOOD.search(text) is None
        and _GLAD_FOR_READER.search(text) is None
        and _READERS_WEAR.search(text) is None
    ):
        return None
    kept: list[str] = []
    cut = False
    clauses = [m.group() for m in _CLAUSE.finditer(text)]
    for k, clause in enumerate(clauses):
        after = clauses[k + 1] if k + 1 < len(clauses) else ""
        if (
            aimed_clause(clause)
            or (stop and _IMPATIENT.search(clause))
            or (after and reader_condition(clause, after))
        ):
            cut = True
        else:
            kept.append(clause)
    return "".join(kept).strip() if cut else None


def to_audience(text: str) -> bool:
    """Whether the "you" of ``text`` reads as an audience, an absent beloved or a crowd
    (:func:`unmask.signals.posts_zh.has_audience`: "！！", "我爱你", "想你了", "亲们",
    "谢谢大家") and no feeling is tied to the reader (:data:`READER_FEELING`, quotations
    cut): then a feeling word of the message is the writer's own."""
    return posts_zh.has_audience(text) and not READER_FEELING.search(posts_zh.unquoted(text))


def audience_scores(texts: Sequence[str], lexicon: np.ndarray) -> np.ndarray:
    """Per text, the lexicon ``disclosure.emotional`` that stands in a message to "you"
    whose "you" is not a reader (0 where none): the message's own score (``lexicon``) where
    it speaks to an audience (:func:`to_audience`); where its only "you" is inside
    quotation marks or a title (“我一直在你身旁”, 《明天你是否依然爱我》), the score of the
    message without its quotations (:func:`unmask.signals.posts_zh.unquoted`)."""
    out = np.zeros(len(texts), dtype=np.float64)
    owner, bare = [], []
    for k, text in enumerate(texts):
        if to_audience(text):
            out[k] = lexicon[k]
            continue
        cut = posts_zh.unquoted(text)
        if cut != text and not any(p in cut for p in SECOND_PERSON):
            owner.append(k)
            bare.append(cut)
    if not bare:
        return out
    out[np.asarray(owner, dtype=np.int64)] = _lexicon_scores(bare)
    return out


def is_wish(text: str) -> bool:
    """Whether ``text`` is only a wish to someone else (:data:`WISH`), whatever the
    punctuation, emoticon codes and emoji around it."""
    return _bare_wish(_WISH_NOISE.sub("", text))


def _bare_wish(bare: str) -> bool:
    """:func:`is_wish` of a text with its noise taken off (``bare``)."""
    if not bare or bare.rstrip("呀哦啦哈喔噢") in _BARE_FEELING:
        return False
    return WISH.fullmatch(bare) is not None


def is_practical(text: str) -> bool:
    """Whether ``text`` is only a practical how-to question about a named thing
    (:data:`_PRACTICAL_HOWTO`), whatever the punctuation and emoji around it."""
    return _bare_practical(_WISH_NOISE.sub("", text))


def _bare_practical(bare: str) -> bool:
    return bool(bare) and _PRACTICAL_HOWTO.fullmatch(bare) is not None


def is_title_or_kind(text: str) -> bool:
    """Whether ``text`` is only an activity with a Latin-letter title (:data:`_TITLE_ACTIVITY`)
    or only a question about oneself as one of a kind (:data:`_KIND_QUESTION`), whatever the
    punctuation and emoji around it."""
    return _bare_title_or_kind(text, _WISH_NOISE.sub("", text))


def _bare_title_or_kind(text: str, bare: str) -> bool:
    if not bare:
        return False
    if _TITLE_ACTIVITY.fullmatch(bare) is not None:
        return True
    asked = text.rstrip().endswith(("?", "？")) or bare[-1] in "吗嗎么麼呢吧"
    return asked and _KIND_QUESTION.fullmatch(bare) is not None


def is_closing(text: str) -> bool:
    """Whether ``text`` is only a polite close (:data:`CLOSING`: thanks, goodbye, "I'll
    think it over", "see you next time"), whatever the punctuation and emoji around it."""
    return _bare_closing(_WISH_NOISE.sub("", text))


def _bare_closing(bare: str) -> bool:
    low = bare.lower()
    return bool(low) and CLOSING.fullmatch(low) is not None


#: the reader's looks (h-zhde2): what the reader wears, or how the reader looked, in a
#: clause of its own ("你穿西装的样子", "看你在台上带操那个样子", "你今早缩在被窝里不肯起
#: 的模样"): the writer admiring the reader is affection (flirting), not a disclosure of the
#: writer's own state (:func:`looks_at_reader`)
_LOOKS_OF_READER = regex(
    _ONE_YOU
    + r"(?:[^，,。！？!?；;…\s\n]{0,6}?(?:穿|系着|係著|戴着|戴著)"
    + r"|[^，,。！？!?；;…\s\n]{0,12}?(?:那|那个|那個|这个|這個|的)"
    + r"(?:样子|樣子|模样|模樣|样儿|樣兒))"
)
#: a partner's line, not a post: the looks rule reads texts shorter than this
LOOKS_CHARS = 40
#: what the reader wears or a feature of the reader's looks (h-zhde4), after the reader and
#: a few characters ("你周六那条裙子", "你今天的新发型", "你那件白衬衫")
_READERS_WEAR = regex(
    _ONE_YOU + r"[^，,。！？!?；;…\s\n我]{0,8}?(?:那条|那條|那件|那身|这件|這件|这条|這條|的|新)?"
    r"(?:裙子|西装|西裝|衬衫|襯衫|衣服|外套|旗袍|毛衣|睡衣|卫衣|衛衣|围裙|圍裙|制服|口红|口紅"
    r"|发型|髮型|打扮|身材|腹肌|酒窝|酒窩|侧脸|側臉|锁骨|鎖骨)"
)
#: the reader dressed (h-zhde4): what makes 你…的样子 a look of dress (:func:`dwells_on_looks`)
_DRESSED = regex(r"穿|系着|係著|戴着|戴著|打扮")
#: the writer dwelling on something, as the clause's only act of the writer's (h-zhde4):
#: "我到现在还忘不了", "还在想", "一直惦记着"
_ME_DWELLING = regex(
    r"我?(?:到现在|到現在|现在|現在|至今|一直|还|還|都|总|總|老是|老|满脑子|滿腦子|整天|一整天)*"
    r"(?:忘不了|忘不掉|在想|想着|想著|惦记着|惦記著|惦记|惦記|回味|想)"
)


def dwells_on_looks(clause: str) -> bool:
    """Whether ``clause`` is the writer dwelling on the reader's looks or clothes and on
    nothing of the writer's own (h-zhde4): the reader's looks (:data:`_LOOKS_OF_READER`) or
    what the reader wore (:data:`_READERS_WEAR`) with a lingering thought
    (:data:`_ME_DWELLING`: "昨晚你穿西装的样子我到现在还忘不了", "还在想你周六那条裙子"), and
    no 我 left once the thought and the writer as an object are taken out. A flirt, affection
    said to the reader, not the writer's feeling told; "你走那天的样子我忘不了，心里好难受" keeps
    its second clause, and "你哭的样子我忘不了" (no looks of dress or body) its reading."""
    looks = _LOOKS_OF_READER.search(clause) or _READERS_WEAR.search(clause)
    if looks is None or _ME_DWELLING.search(clause) is None:
        return False
    # 你…的样子 alone: only a look of dress (穿 / 戴), not the reader's act or pain
    if (
        _LOOKS_OF_READER.search(clause) is not None
        and _READERS_WEAR.search(clause) is None
        and _DRESSED.search(clause) is None
    ):
        return False
    rest = _ME_DWELLING.sub("", _LOOKS_OF_READER.sub("", _READERS_WEAR.sub("", clause)))
    return "我" not in _ME_AS_OBJECT.sub("", rest)


#: the reader's feeling understood or shared in thought, in comfort (h-zhde4): "我明白你为什么
#: 难过", "我懂你的委屈", "能理解你心里不好受": the feeling is the reader's (the same class as
#: :data:`_FEELING_NORMAL`, a feeling validated), not the writer's
_FEELING_UNDERSTOOD = regex(
    r"(?:我)?(?:能|都|完全|真的|特别|特別|很|也|太|最|当然|當然)*(?:明白|理解|懂|体会|體會|体谅|體諒)(?:得了)?"
    + _ONE_YOU
    + r"(?:为什么|為什麼|为啥|為啥|有多|的|心里|心裡|现在|現在|这会儿|這會兒)*"
    r"[^，,。！？!?；;…\n~～我]{0,4}?"
    r"(?:"
    + _FEELING_WORDS
    + r"|心情|感受|不好受|失落|生气|生氣|担心|擔心|委屈|着急|著急|火大|憋屈)"
    r"(?![^，,。！？!?；;…\n~～]*(?:吗|嗎|[？?]))"
)


def understands_reader_feeling(clause: str) -> bool:
    """Whether ``clause`` tells the reader their feeling is understood (h-zhde4,
    :data:`_FEELING_UNDERSTOOD`) and names the writer only as the one who understands or as
    an object: "我明白你为什么难过", "我懂你的委屈". "我懂你的意思，可我心里好委屈" keeps its
    second clause; "我难过你不懂" is no such clause."""
    found = _FEELING_UNDERSTOOD.search(clause)
    if found is None:
        return False
    rest = clause[: found.start()] + clause[found.end() :]
    return "我" not in _ME_AS_OBJECT.sub("", rest)


#: pride or joy for the reader (h-zhde4, the frame of ``lang/zh/disclosure_emotional.yaml``
#: version 48): "我一直为你骄傲", "真替你高兴", "打心底为你开心": praise or gladness at the
#: reader's news (affirmation, ``support.emotional``), not the writer's feeling told
_GLAD_FOR_READER = regex(
    r"(?:我)?(?:也|都|真|真的|好|很|一直|特别|特別|由衷地|打心底|打心底里|打心眼里|打心眼裡)*"
    r"(?:为|為|替)" + _ONE_YOU + r"(?:感到|感觉|感覺)?(?:好|很|特别|特別|超|真|真的|太|一直|可|挺)*"
    r"(?:骄傲|驕傲|自豪|高兴|高興|开心|開心|欣慰)(?:了|啦|呀|啊|呢)?"
)


def glad_for_reader(clause: str) -> bool:
    """Whether ``clause`` is pride or joy for the reader (:data:`_GLAD_FOR_READER`) and names
    the writer only as the one glad: "说明你离上岸就一步了，我一直为你骄傲" reads as praise;
    "替你高兴，可我心里空落落的" keeps its second clause."""
    found = _GLAD_FOR_READER.search(clause)
    if found is None:
        return False
    rest = clause[: found.start()] + clause[found.end() :]
    return "我" not in _ME_AS_OBJECT.sub("", rest)


def looks_at_reader(text: str) -> bool:
    """Whether ``text``, a short line (under :data:`LOOKS_CHARS`), dwells on the reader's
    looks (:data:`_LOOKS_OF_READER`)."""
    return len(text) < LOOKS_CHARS and _LOOKS_OF_READER.search(text) is not None


def only_formula(text: str) -> bool:
    """``is_wish(text) or is_closing(text) or is_practical(text) or is_title_or_kind(text)``
    with the noise taken off the text once, not four times (the same answer)."""
    bare = _WISH_NOISE.sub("", text)
    return (
        _bare_wish(bare)
        or _bare_closing(bare)
        or _bare_practical(bare)
        or _bare_title_or_kind(text, bare)
    )


def length_thresholds(lengths: np.ndarray, lexicon: np.ndarray) -> np.ndarray:
    """The probability a message without a feeling word needs, by its length in characters
    (:data:`LENGTH_THRESHOLDS`) and, under :data:`SHORT_CHARS`, whether the lexicon reads it
    as surface (:data:`SURFACE_THRESHOLD`). ``lexicon`` is the (n, len(MESSAGE_SIGNALS))
    score matrix of the same messages."""
    out = np.full(len(lengths), 0.5)
    for below, threshold in reversed(LENGTH_THRESHOLDS):
        out[lengths < below] = threshold
    surface = [MESSAGE_SIGNALS.index(name) for name in SURFACE_INPUTS + YIELDING_INPUTS]
    is_surface = (lexicon[:, surface] >= PRESENT).any(axis=1) & (lengths < SHORT_CHARS)
    out[is_surface] = np.maximum(out[is_surface], SURFACE_THRESHOLD)
    return out


def exclaimed_scores(
    texts: Sequence[str], lexicon: np.ndarray, own: np.ndarray, lengths: np.ndarray
) -> np.ndarray:
    """Per text, its weak feeling cue confirmed by an exclamation, or 0: where ``own`` (the
    writer's own words, not a broadcast), the text has at least :data:`EXCLAIMED_CHARS`
    characters, a weak cue (at least :data:`EXCLAIMED_LEXICON`, under ``PRESENT``) and no
    surface reading (:data:`SURFACE_INPUTS` under ``PRESENT``), and one of its exclaimed
    sentences (:data:`EXCLAIMED`) holds a cue of at least :data:`EXCLAIMED_LEXICON` on its
    own: ``1 - (1 - cue)(1 - EXCLAMATION_WEIGHT)``. ``lexicon`` is the (n,
    len(MESSAGE_SIGNALS)) score matrix of the same texts."""
    cue = lexicon[:, MESSAGE_SIGNALS.index(MODEL_SIGNALS[0])]
    surface = [MESSAGE_SIGNALS.index(name) for name in SURFACE_INPUTS]
    out = np.zeros(len(texts), dtype=np.float64)
    maybe = (
        own
        & (lengths >= EXCLAIMED_CHARS)
        & (cue >= EXCLAIMED_LEXICON)
        & (cue < PRESENT)
        & ~(lexicon[:, surface] >= PRESENT).any(axis=1)
    )
    owner, sentences = [], []
    for k in np.flatnonzero(maybe).tolist():
        for sentence in EXCLAIMED.findall(texts[k]):
            owner.append(k)
            sentences.append(sentence)
    if not sentences:
        return out
    exclaimed = np.zeros(len(texts), dtype=np.float64)
    np.maximum.at(exclaimed, np.asarray(owner, dtype=np.int64), _lexicon_scores(sentences))
    hit = exclaimed >= EXCLAIMED_LEXICON
    out[hit] = 1.0 - (1.0 - np.minimum(cue[hit], exclaimed[hit])) * (1.0 - EXCLAMATION_WEIGHT)
    return out


def _own_lexicon(
    own_texts: Sequence[str], changed: Sequence[int], lexicon: np.ndarray
) -> np.ndarray:
    """The lexicon score matrix of the messages, with the rows in ``changed`` (posts whose
    own words differ from the message, :func:`unmask.signals.posts_zh.own_words`) scored
    again on their own words."""
    if not changed:
        return lexicon
    from unmask.signals.engine import score_batch  # the engine imports nothing of this layer

    out = lexicon.copy()
    sub = [own_texts[k] for k in changed]
    every = np.arange(len(sub))
    again, _ = score_batch(sub, [("zh", every), ("common", every)], with_evidence=False)
    out[np.asarray(changed, dtype=np.int64)] = again
    return out


def _read_without_aimed(
    own_texts: Sequence[str],
    lexicon: np.ndarray,
    value: np.ndarray,
    probs: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
    idx: np.ndarray,
) -> None:
    """Lower ``value`` (and ``probs``, for the model's evidence) of the texts read above
    :data:`AIMED_CAP` that hold a clause aimed at the reader (:func:`unaimed_rest`) to the
    reading of the rest of the text (:func:`apply` on it; at least :data:`AIMED_CAP` where
    the text read so). A lexicon cue in a clause cut is no evidence of the writer's feeling;
    where every cue of the text (``lexicon``, its lexicon score matrix) stood in the clauses
    cut, the rest's reading counts no higher than :data:`AIMED_CAP` (h-zhde2: "难受就哭，不用憋着，
    我陪着你", whose cue-free rest the model alone reads)."""
    rows, rests = [], []
    for k in np.flatnonzero(value > AIMED_CAP).tolist():
        rest = unaimed_rest(own_texts[k])
        if rest is not None:
            rows.append(k)
            rests.append(rest)
    if not rows:
        return
    from unmask.signals.engine import score_batch  # the engine imports nothing of this layer

    every = np.arange(len(rests))
    again, _ = score_batch(rests, [("zh", every), ("common", every)], with_evidence=False)
    col = MESSAGE_SIGNALS.index(MODEL_SIGNALS[0])
    vul = MESSAGE_SIGNALS.index("disclosure.vulnerable")
    # h-zhde2: every feeling word of the text stood in the clauses cut (the reader's feeling,
    # made room for or asked about): the model's reading of the rest alone is no disclosure
    cue_cut = (again[:, col] <= 0.0) & (again[:, vul] <= 0.0)
    apply(rests, every.tolist(), again, [])
    at = np.asarray(rows, dtype=np.int64)
    cue_cut &= (lexicon[at, col] > 0.0) | (lexicon[at, vul] > 0.0)
    read = np.where(cue_cut, np.minimum(again[:, col], AIMED_CAP), again[:, col])
    value[at] = np.minimum(value[at], np.maximum(read, AIMED_CAP))
    probs[at] = np.minimum(probs[at], np.where(read >= PRESENT, read, AIMED_CAP))
    if not evidence:
        return
    for k, rest in zip(rows, rests, strict=True):
        found = evidence[int(idx[k])].get(MODEL_SIGNALS[0])
        if found:
            evidence[int(idx[k])][MODEL_SIGNALS[0]] = [
                ev for ev in found if ev.match and ev.match in rest
            ]


def apply(
    texts: Sequence[str],
    rows: Sequence[int],
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
    hashed: Sequence[Hashed] | None = None,
) -> None:
    """Set ``disclosure.emotional`` of the Chinese ``rows`` (module docstring: the model's
    probability, or the lexicon score where higher and :func:`to_self`).

    A post is read on its own words (:func:`unmask.signals.posts_zh.own_words`: repost
    chains, reply prefixes, links cut; nothing left gives 0), and a broadcast (news, ad,
    notice, lottery repost: :func:`unmask.signals.posts_zh.is_broadcast`) counts only where
    the model reaches :data:`BROADCAST_THRESHOLD` or the lexicon :data:`BROADCAST_LEXICON`.
    A message to "you" keeps the lexicon score of its :func:`voice_clauses`.

    ``scores`` is the engine's (n, len(MESSAGE_SIGNALS)) matrix, read as the model's
    lexicon inputs before it is changed; ``evidence`` is empty when the caller asked for
    scores only. ``hashed``: :func:`hash_batches` of the ``rows``' texts where the caller
    has them (the scorer shares them with the safety model layer); a post's own words that
    differ from its text are hashed again here.
    """
    if len(rows) == 0:
        return
    idx = np.asarray(rows, dtype=np.int64)
    own_texts, changed = posts_zh.own_words_many([texts[i] for i in idx.tolist()])
    lex = _own_lexicon(own_texts, changed, scores[idx])
    probs = np.clip(predict(own_texts, lex, hashed, changed), 0.0, 1.0)
    col = MESSAGE_SIGNALS.index(MODEL_SIGNALS[0])
    vul = MESSAGE_SIGNALS.index("disclosure.vulnerable")
    lengths = np.fromiter(map(len, own_texts), dtype=np.int64, count=len(own_texts))
    # h-zhde3: a bare "miss you" closing an errand or a countdown is no feeling word
    close = closing_miss(own_texts, lex)
    if close.any():
        lex = lex.copy()
        lex[close, col] = 0.0
    broadcast = posts_zh.broadcast_many(own_texts)
    threshold = np.full(len(idx), 0.5)
    no_cue = (lex[:, col] < FRAME_ONLY) & (lex[:, vul] < FRAME_ONLY)
    if no_cue.any():
        threshold = np.where(no_cue, length_thresholds(lengths, lex), 0.5)
    threshold[broadcast] = np.maximum(threshold[broadcast], BROADCAST_THRESHOLD)
    aimed = (lex[:, [MESSAGE_SIGNALS.index(name) for name in AIMED_AT_READER]] >= PRESENT).any(
        axis=1
    )
    probs = np.where(aimed, np.minimum(probs, AIMED_CAP), probs)
    unsure = threshold > 0.5
    if unsure.any():
        p = np.clip(probs[unsure], 1e-12, 1.0 - 1e-12)
        t = threshold[unsure]
        shift = np.log(t / (1.0 - t))
        probs[unsure] = 1.0 / (1.0 + np.exp(-(np.log(p / (1.0 - p)) - shift)))
    own = np.fromiter(map(to_self, own_texts), dtype=bool, count=len(idx))
    own &= ~broadcast | (lex[:, col] >= BROADCAST_LEXICON)
    value = np.where(
        own, np.maximum(probs, said_to_reader(own_texts, lex[:, col], probs, own)), probs
    )
    value = np.maximum(value, exclaimed_scores(own_texts, lex, own & ~broadcast, lengths))
    # a message to "you" the model read as no feeling: its clauses in the writer's own
    # voice (laughter, swearing ...) that name no reader keep their lexicon score, and so
    # does the message where its "you" is an audience or only inside a quotation
    voiced = np.flatnonzero(~own & ~broadcast & (lex[:, col] > 0.0) & (value < PRESENT))
    if voiced.size:
        texts_voiced = [own_texts[k] for k in voiced]
        value[voiced] = np.maximum(value[voiced], voice_scores(texts_voiced))
        value[voiced] = np.maximum(value[voiced], audience_scores(texts_voiced, lex[voiced, col]))
    # a threat or a degradation of the reader: only the clauses that name no reader keep
    # the lexicon's feeling (this lowers a reading, never raises one)
    at_reader = np.flatnonzero(aimed & (value >= PRESENT) & (value > probs))
    if at_reader.size:
        texts_aimed = [own_texts[k] for k in at_reader]
        kept = np.maximum(probs[at_reader], unaddressed_scores(texts_aimed))
        value[at_reader] = np.minimum(value[at_reader], kept)
    value[lengths == 0] = 0.0
    # contempt, dismissal, a brush-off or a question about the reader's state: the message
    # is read again without those clauses (this lowers a reading, never raises one; above
    # AIMED_CAP only)
    _read_without_aimed(own_texts, lex, value, probs, evidence, idx)
    # a wish, a polite close or a practical how-to question is looked for only where it
    # would change something (probs <= value)
    wish = [k for k in np.flatnonzero(value > WISH_CAP).tolist() if only_formula(own_texts[k])]
    value[wish] = np.minimum(value[wish], WISH_CAP)
    probs[wish] = np.minimum(probs[wish], WISH_CAP)
    # h-zhde3: a find likened to the reader with a laugh and no feeling word is a share
    shared = [
        k
        for k in np.flatnonzero((value > AIMED_CAP) & (lex[:, col] < FRAME_ONLY)).tolist()
        if _LIKENED_SHARE.search(own_texts[k]) is not None
    ]
    value[shared] = np.minimum(value[shared], AIMED_CAP)
    probs[shared] = np.minimum(probs[shared], AIMED_CAP)
    scores[idx, col] = value
    if not evidence:
        return
    for k in changed:  # a cue in others' words is no evidence of the writer's feeling
        found = evidence[int(idx[k])].get(MODEL_SIGNALS[0])
        if found:
            kept = [ev for ev in found if ev.match and ev.match in own_texts[k]]
            evidence[int(idx[k])][MODEL_SIGNALS[0]] = kept
    source = f"model:{MODEL_VERSION}"
    for i, p_model, v in zip(idx.tolist(), probs.tolist(), value.tolist(), strict=True):
        if p_model >= PRESENT and v >= PRESENT:
            ev = Evidence(MODEL_SIGNALS[0], texts[i], 0, len(texts[i]), source, round(p_model, 4))
            evidence[i].setdefault(MODEL_SIGNALS[0], []).append(ev)

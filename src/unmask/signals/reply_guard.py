"""Replies whose warmth or understanding is undone by the same message (h-epi3, issue 10).

A reaction cue ("I'm so sorry", 心疼你) or an understanding cue ("I understand", "I hear you",
我能理解) says nothing warm when the same message takes it back:

* **an eye-roll** (🙄, 😒): "oh I'm so sorry your life is so hard 🙄", 哦我好心疼你哦🙄 -
  sarcasm marked by the writer (a few entries of the lexicons carried this guard each; here
  it holds for every cue of the two mechanisms);
* **a verdict on the other's plans** - the writer decides what the other will do:
  "I understand, so you'll stay home then", "I understand how you feel, but you're not
  going", "I hear you. Now give me your phone", 我能理解，所以你周末就别出去了,
  你哪儿也别去, 把手机给我 (control, not comfort; not "you're not going through this
  alone", "so you're staying home tonight?", 所以你别太难过了);
* **a one-up** that makes the other's trouble the writer's: "So you're exhausted. Welcome to
  my life", "try being me", "you think you're tired?", 谁不累啊, 你以为就你累,
  我比你还累 (the other's words thrown back; :mod:`unmask.signals.reply_mirror` reads
  the form that repeats their words with them as the cause).

* **the blame thrown back** (h-epi4): a restatement that makes the writer the culprit, as a
  retort - a question or a "then / now / again": "So you think I'm the problem?", "It
  sounds like I'm the problem then", 所以你觉得是我的问题？, 听起来又是我的错了 (not with an
  apology: "you're right, it's my fault, I'm sorry", 是我的问题，对不起; not owning it as a
  statement: "I understand. It's my fault, I should have called");
* **a summary frame turned into a charge** (h-interp): "what I'm hearing is / if I
  understand right / so what you're saying is / correct me if I'm wrong" (你的意思是, 我听下来)
  followed by the writer's guilt or bad trait or the other's bad motive: "so what I'm hearing
  is it's all my fault, great", "if I understand right, you think I'm useless", "what I'm
  hearing is you want to control everything", 你的意思是我错了？ (not the other's feeling
  restated, "what I'm hearing is you feel like I don't listen to you"; not with an apology);
* **a dismissal of the chore or the plan back to the other** (h-epi4): "I understand, so
  you'll do them yourself then", "I hear you. So you'll be doing them from now on",
  我理解，所以以后你自己洗吧, 你自己看着办吧 (not "so you'll take care of yourself then",
  "so you'll rest from now on?", 你自己多保重);
* **a clerk's refusal** (h-epi4): an understanding or sorry formula before the business's
  "we're fully booked / sold out / have no rooms left" ("I understand, unfortunately we're
  fully booked at 7", 我理解，不过我们七点已经订满了); a partner's "the concert is sold out, I
  know how much you wanted to go" has no "we" and keeps its reading.

* **glee at the other's hurt** (lead, at merge): "you feel hurt? good, now you know how I
  felt", "serves you right", 活该, 你也有今天, 现在知道我的感受了吧 (not "now I know how you
  felt", "I deserve it" / 我活该 said of oneself).

* **a jab after the warmth** (h-epi5): sarcasm without an eye-roll, a restatement or
  sympathy followed by "must be nice", "poor baby" after a restatement question, "boo hoo",
  "cry me a river", "the world's smallest violin", 哟，你还委屈上了, 你委屈什么,
  你有什么好难过的: "So you feel ignored? Must be nice to have that much free time..."
  (not "must be nice to finally rest after that week, you deserve it", "you're sick? poor
  baby, come here", 你哭什么呀，傻瓜，有我呢).
  More jabs (h-epi6): "love that for me", "thanks for nothing", "sure babe, take another 3
  hours", "oh great, another night alone", "not like I was waiting", 我真是谢谢你,
  反正我也习惯了 (not "love that for you!!", "take your time, no rush", 我等你).

A bare sorry formula whose next sentence is a question ("I'm sorry to hear that. What
happened?", 很遗憾听到这个消息。发生什么事了？) loses its reaction hits when exploration reads
the question (:func:`drop_formula`, h-epi6): the formula leads into the question. A reply
that is only "ok, I understand." (好吧，我理解) loses its interpretation hits: it accepts the
other's plan or news.

Some English reaction hits are the writer's own, not a reaction to the other (h-reaction,
in :func:`drop_formula`): a hardness in the past of the writer's own story ("I lived with my
parents for years. It was rough.", :func:`own_story`), a hardness in a condition ("if it's
hard tomorrow, ring me") and a cue inside a question about the other's view ("Do you think
things will improve?", :func:`view_asked`). Those hits alone are dropped.

The reaction and interpretation hits of such a reply are dropped (:func:`drop_undone`); its
exploration hits and the message-level signals (which read the control or the blame) are
left as they are. The text alone decides, so a chat and a single exchange read alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from unmask.signals.compiled_cache import regex
from unmask.signals.features import EYE_ROLL
from unmask.signals.lookahead import behind_first
from unmask.signals.reply_lexicon import MECHANISMS, Hit

_UNDONE_PARTS = tuple(MECHANISMS.index(part) for part in ("reaction", "interpretation"))


_YOU_ARE = r"(?:you|u)(?:['’]re|\s+are|\s+r)"
_YOU_WILL = r"(?:you|u)(?:['’]ll|\s+will|['’]re|\s+are|\s+r)"
#: the writer decides the other's plans, or asks for their phone
_VERDICT_EN = regex(
    rf"\b{_YOU_ARE}\s+not\s+going\b(?!\s+(?:to|through|alone)\b)(?=\s*(?:anywhere|out|tonight|"
    r"then|there)?\s*(?:[.!,;]|$))"
    rf"|\b(?:so|then)\s+{_YOU_WILL}\s+(?:be\s+)?(?:stay(?:ing)?\s+(?:home|in|here)|not\s+"
    r"(?:go|going|see|seeing|leave|leaving))\b(?![^.!?\n]*\?)"
    r"|\b(?:give|hand|show)\s+me\s+(?:your|ur)\s+(?:phone|password|passcode|pin|messages|texts|"
    r"chats)\b",
    re.IGNORECASE,
)
_VERDICT_ZH = regex(
    r"(?:别|不许|不准)(?:出去|出门|去了|去见|走了)|你哪(?:儿|里)?也(?:别|不许|不准)去"
    r"|你(?:不许|不准)(?:去|出去|走|见)|(?:就|给我)(?:待|呆)在家"
    r"|(?:手机|密码)(?:拿来|给我|交出来)|把(?:手机|密码)(?:给我|交出来|拿来)"
)
#: the other's trouble made the writer's
_ONE_UP_EN = regex(
    r"\bwelcome\s+to\s+my\s+(?:life|world)\b|\btry\s+being\s+me\b"
    r"|\b(?:you|u)\s+think\s+(?:you|u)(?:['’]re|\s+are|\s+r)\s+(?:tired|stressed|busy|exhausted)\b"
    r"|\bcry\s+me\s+a\s+river\b|\bboo\s*-?\s*hoo\b",
    re.IGNORECASE,
)
_ONE_UP_ZH = regex(
    r"谁不(?:累|难受|辛苦|烦)|你以为(?:就)?(?:只有)?你(?:累|辛苦|难受|委屈)|我比你(?:还|更)"
    r"|你有我(?:累|辛苦|惨)吗"
)

#: the writer made the culprit (a retort: in a question or with "then / now / again")
_BLAME_SELF_EN = regex(
    r"\b(?:i['’]?m|i\s+am|im|i\s+was)\s+(?:the\s+)?(?:problem|bad\s+guy|villain|bad\s+one|"
    r"one\s+to\s+blame|wrong\s+one)\b"
    r"|\b(?:it['’]?s|it\s+is|its|that['’]?s|that\s+is|everything['’]?s|everything\s+is|it\s+was)"
    r"\s+(?:all\s+)?(?:my\s+fault|on\s+me)\b|\bblame\s+me\b",
    re.IGNORECASE,
)
_RETORT_EN = regex(
    r"\?|\b(?:then|now|again|huh|as\s+usual|as\s+always|of\s+course|typical)\b", re.IGNORECASE
)
_APOLOGY_EN = regex(
    r"\bsorry\b|\bapologi[sz]e|\bmy\s+bad\b|\bforgive\s+me\b|\bi['’]?ll\s+do\s+better\b",
    re.IGNORECASE,
)
_BLAME_SELF_ZH = regex(r"是我的(?:问题|错)|都怪我|怪我(?:咯|喽|呗|了)|我(?:才)?是(?:那个)?坏人")
_RETORT_ZH = regex(r"[？?]|又是|[咯呗喽]|那就")
_APOLOGY_ZH = regex(r"对不起|抱歉|不好意思|我错了|我会改")
#: the chore or the plan handed back to the other, as a dismissal
_DISMISS_EN = regex(
    r"\b(?:so|then)\s+(?:you|u)(?:['’]ll|\s+will|['’]re\s+going\s+to|\s+are\s+going\s+to)\s+"
    r"(?!(?:take\s+care|look\s+after|be\s+(?:kind|gentle|easy|good)\s+(?:to|with|on)))"
    r"[^.!?\n]*?\b(?:yourself\s+then|from\s+now\s+on)\b(?![^.!?\n]*\?)",
    re.IGNORECASE,
)
_DISMISS_ZH = regex(r"你(?:就)?自己(?:洗|做|弄|干|收拾|搞定|处理|解决|看着办)吧|你自己看着办")
#: a business turning the other down
_REFUSAL_EN = regex(
    r"\bwe(?:['’]re|\s+are|\s+have\s+been|['’]ve\s+been)\s+(?:all\s+|completely\s+)?"
    r"(?:fully\s+booked|booked\s+up|sold\s+out)\b"
    r"|\bwe\s+(?:have|['’]ve\s+got)\s+no\s+(?:more\s+)?(?:availability|vacancies|rooms?|tables?|"
    r"seats?|tickets?|slots?|appointments?)\b"
    r"|\bwe\s+(?:don['’]?t|do\s+not)\s+have\s+any\s+(?:more\s+)?(?:availability|vacancies|rooms?|"
    r"tables?|seats?|tickets?|slots?|appointments?)\b",
    re.IGNORECASE,
)
_REFUSAL_ZH = regex(
    r"(?:我们|本店|我们这边|这边)[^，。！？,.!?]{0,8}(?:订满|满房|满座|客满|售罄|卖完|约满)"
    r"|(?:我们|本店|这边)[^，。！？,.!?]{0,6}没有(?:空房|房间|位置|座位|空位|号)了"
)

#: glee at the other's hurt: their pain as the writer's due
_GLOAT_EN = regex(
    r"\bserves?\s+(?:you|u)\s+right\b|\byou\s+had\s+it\s+coming\b"
    r"|\bnow\s+(?:you|u)\s+know\s+how\s+(?:it\s+feels|i\s+(?:felt|feel))\b"
    r"|(?:^|[.!?,;]\s*)(?:good|great|ha+|lol)\s*[.!,]+\s*(?:now\s+)?(?:you|u)\s+know\b",
    re.IGNORECASE,
)
_GLOAT_ZH = regex(
    r"(?<![我们])活该|你也有今天|报应(?:来了|啊|吧)|(?:现在|这下)(?:你)?(?:知道|明白|懂)(?:了)?我(?:当时|那时|以前)?的感受了吧"
    r"|(?:让|叫)你也尝尝|你也尝尝"
)


#: a summary frame turned into a charge (h-interp): the listener's frame ("what I'm hearing
#: is", "if I understand right", "so what you're saying is", "correct me if I'm wrong",
#: 你的意思是, 我听下来) whose restatement is the writer's guilt or bad trait or the other's
#: bad motive - "so what I'm hearing is it's all my fault, great", "if I understand right, you
#: think I'm useless", "what I'm hearing is you want to control everything", 你的意思是我错了？,
#: 我听下来，你就是想控制我. Not the other's feeling restated, even a complaint about the
#: writer ("what I'm hearing is you feel like I don't listen to you", 你的意思是你觉得我不听你
#: 说话), and not with an apology (:data:`_APOLOGY_EN`).
_FRAME_EN = (
    r"\b(?:what\s+i['’]?m\s+hearing|what\s+i\s+hear|if\s+i\s+(?:understand|get|hear)\s+"
    r"(?:you|u|this|that|it)?\s*(?:right|correctly)|(?:so\s+)?what\s+(?:you|u)(?:['’]re|\s+are)\s+"
    r"saying|so\s+(?:you|u)(?:['’]re|\s+are)\s+saying|correct\s+me\s+if\s+i['’]?m\s+wrong"
    r"|let\s+me\s+get\s+this\s+straight|so\s+basically|in\s+other\s+words)\b"
)
_CHARGE_EN = regex(
    _FRAME_EN + r"[^.!?\n]*?(?:"
    r"\b(?:it['’]?s|it\s+is|its|that['’]?s|everything['’]?s|everything\s+is)\s+(?:all\s+)?"
    r"(?:my\s+fault|on\s+me)\b|\b(?:i['’]?m|i\s+am|im)\s+(?:just\s+|such\s+|so\s+)?(?:a\s+|an\s+|the\s+)?"
    r"(?:\w+\s+)?(?:useless|selfish|lazy|terrible|horrible|awful|worthless|stupid|idiot|"
    r"failure|liar|monster|problem|worst|bad\s+(?:guy|person|partner|boyfriend|girlfriend|"
    r"husband|wife)|villain)\b"
    r"|\b(?:you|u)\s+(?:just\s+|only\s+|always\s+)?(?:want|need|like|love)s?\s+to\s+"
    r"(?:control|win|be\s+right|fight|punish|start\s+a\s+fight|make\s+me\s+(?:look|feel)\s+bad|"
    r"have\s+(?:the\s+last\s+word|your\s+way))\b"
    r"|\b(?:you|u)\s+(?:just\s+|only\s+)?(?:want|need)s?\s+(?:attention|your\s+way)\b"
    r"|\b(?:you|u)\s+only\s+care\s+about\s+(?:yourself|you)\b)",
    re.IGNORECASE,
)
_CHARGE_ZH = regex(
    r"(?:你的意思是|你是说|所以你是说|我听下来|也就是说|说白了)[^。！？!?\n]*?"
    r"(?:我(?:就|才)?(?:是|很|太|最)?(?:错了|没用|自私|懒|差劲|不配|坏人|有问题|不好|的错|"
    r"无能|废物)|都(?:是|怪)我|怪我|你(?:就是|只是|就|只)?想(?:控制|管着|赢|吵|跟我吵))"
)


#: a perception frame turned into a charge (h-quest11): the frame of an understanding ("I
#: can tell / see / sense", "it sounds / seems / looks like"; 听起来, 看得出来, 感觉) whose
#: reading of the other is their bad act or their not caring - "I can tell you're lying",
#: "sounds like you're making excuses again", "it seems like you don't even care", "I can see
#: you're not even trying", 听起来你就是在找借口, 看得出来你根本不在乎, 感觉你很敷衍 (each read
#: interpretation 0.90-1.0 before). Not the other's feeling or effort read ("I can tell
#: you're upset with me", "I can see you're trying really hard"), not a worry for them ("it
#: seems like you don't care about yourself anymore", "I can tell you're not sleeping"), not
#: with an apology, not put to the other to judge as fair (:data:`_FAIR_CHECK_EN`).
_PERCEIVE_EN = (
    r"\b(?:i\s+can\s+(?:tell|see|sense)|(?:(?:it|that)\s+)?(?:sounds|seems|looks)\s+(?:to\s+me\s+)?"
    r"(?:like|as\s+if|as\s+though))\s+(?:that\s+)?"
)
_PERCEIVED_CHARGE_EN = regex(
    _PERCEIVE_EN + r"(?:"
    rf"{_YOU_ARE}\s+(?:just\s+|only\s+|still\s+|obviously\s+|clearly\s+|totally\s+|lying\s+and\s+)?"
    r"(?:lying|lieing|cheating|hiding\s+(?:something|stuff|things|it)|making\s+(?:up\s+)?excuses|"
    r"faking(?:\s+it)?|up\s+to\s+something|playing\s+(?:games|me)|using\s+me|ignoring\s+me|"
    r"avoiding\s+me|just\s+saying\s+(?:that|it)|full\s+of\s+(?:it|crap|shit)|overreacting|"
    r"exaggerating|being\s+(?:so\s+|really\s+|a\s+bit\s+|kind\s+of\s+|very\s+)?(?:ridiculous|"
    r"dramatic|overdramatic|unreasonable|childish|selfish|paranoid|petty|stubborn|immature|"
    r"a\s+(?:jerk|baby|brat|child|drama\s+queen)))\b"
    rf"|{_YOU_ARE}\s+not\s+(?:even\s+)?(?:trying|listening)(?=\s*(?:[.!?,;]|$|\s+(?:to\s+me|"
    r"anymore|at\s+all|again)\b))"
    r"|(?:you|u)\s+(?:just\s+|really\s+|clearly\s+|obviously\s+)?(?:don['’]?t|do\s+not|dont|"
    r"couldn['’]?t|could\s+not)\s+(?:even\s+)?care(?=\s*(?:[.!?,;]|$|\s+(?:about\s+(?:me|us|this\s+"
    r"relationship|what\s+i|how\s+i)|at\s+all|anymore|less)\b))"
    r"|(?:you|u)\s+(?:only|just)\s+care\s+about\s+(?:yourself|you)\b"
    r"|(?:you|u)\s+(?:really\s+)?(?:need|have|gotta)\s+(?:to\s+)?grow\s+up\b)",
    re.IGNORECASE,
)
#: the same charge after an understanding said first ("I know", "I get it", "I understand",
#: "no wonder", "of course", "it makes sense", "anyone would"), in the same sentence: "I know
#: you're lying", "I get it, you'd rather be with her", "I understand you perfectly, you're a
#: liar", "of course you'd say that", "it makes sense you'd lie", "I know exactly what you mean,
#: you just want to leave me", "no wonder you're always alone", "anyone would be sick of you by
#: now", 我懂，你就是想跟她在一起, 你一定觉得我很傻吧 (interpretation 0.65-1.0 before). Not "I know
#: you're tired", "of course you're upset", "I know you're not lying", "no wonder you always
#: feel alone".
_UNDERSTOOD_CHARGE_EN = regex(
    r"\b(?:i\s+(?:totally\s+|completely\s+|fully\s+)?(?:know|get\s+it|understand|see|hear\s+(?:you|u))"
    r"|(?:no|small)\s+wonder|of\s+course|(?:it\s+)?makes?\s+(?:total\s+|perfect\s+)?sense"
    r"|(?:anyone|anybody|everyone)\s+would)\b"
    r"[^.!?\n]{0,40}?\b(?:"
    rf"{_YOU_ARE}\s+(?:just\s+|only\s+|still\s+|obviously\s+|clearly\s+)?(?:lying|cheating|"
    r"(?:a|such\s+a)\s+(?:liar|cheater|cheat|fraud|fake)|hiding\s+(?:something|stuff|things)|"
    r"making\s+(?:up\s+)?excuses|up\s+to\s+something|playing\s+(?:games|me)|using\s+me)\b"
    r"|(?:you|u)(?:['’]d|\s+would)\s+(?:rather\s+be\s+with\s+(?:her|him|them|someone\s+else|your\s+ex)|lie|take\s+(?:her|his)\s+"
    r"side)\b|(?:you|u)(?:['’]d|\s+would)\s+say\s+that\W*$"
    r"|(?:you|u)\s+(?:just\s+|only\s+)?(?:want|wanna)\s+(?:to\s+)?(?:leave|dump|break\s+up\s+with|"
    r"get\s+rid\s+of)\s+me\b"
    r"|(?:you|u)(?:['’]ve|\s+have)\s+been\s+(?:texting\s+(?:her|him|them|someone|somebody)|seeing\s+(?:her|him)|"
    r"sleeping\s+with\s+(?:her|him|them|someone|somebody))\b"
    r"|nobody\s+(?:likes|wants|loves)\s+(?:you|u)\b|sick\s+(?:and\s+tired\s+)?of\s+(?:you|u)\b"
    rf"|{_YOU_ARE}\s+always\s+alone\b)",
    re.IGNORECASE,
)
_UNDERSTOOD_CHARGE_ZH = regex(
    r"(?:我懂|我理解|我明白|我知道|难怪|怪不得|当然)[^。！？!?\n]{0,12}?你(?:就是|只是|不过是|肯定|又|一直|根本)?"
    r"(?:想(?:跟|和|同)(?:她|他)在一起|在(?:骗我|撒谎|说谎|找借口)|(?:就)?不(?:在乎|爱)我)"
    r"|你(?:一定|肯定|是不是)?觉得我(?:很|特别|太|就是)?(?:傻|好骗|好欺负|是傻子|蠢|是白痴)"
)
#: a reading put to the other to judge as fair ("... Does that seem like a reasonable
#: conclusion?", "is that a fair read?"): a restatement check, not a charge (ESConv: "It sounds
#: like you're being selfish because you're not going to take the vaccine. Does that seem like a
#: reasonable conclusion?", a Restatement)
_FAIR_CHECK_EN = regex(
    r"\b(?:does|would)\s+(?:that|this|it)\s+(?:seem|sound|be)\s+(?:like\s+)?(?:a\s+)?(?:reasonable|"
    r"fair|accurate)\b|\bis\s+(?:that|this|it)\s+(?:a\s+)?(?:fair|reasonable|accurate)\b",
    re.IGNORECASE,
)
_PERCEIVED_CHARGE_ZH = regex(
    r"(?:听起来|听上去|听着|听得出来?|看得出来?|看起来|看样子|感觉|我(?:能)?感觉(?:得)?到)[，,]?"
    r"(?:你)(?:就是|只是|明明|又|还|分明|肯定|一直|就|是)?(?:在)?"
    r"(?:撒谎|说谎|骗我|骗人|敷衍|找借口|装|躲着我|躲我|糊弄我|瞒着我|有事瞒着我)"
    r"|(?:听起来|听上去|看得出来?|看起来|看样子|感觉|我(?:能)?感觉(?:得)?到)[，,]?你"
    r"(?:根本|压根|一点都|一点也|就是|就)(?:就)?(?:不|没)(?:在乎|关心|想管|想理|爱|理|想)(?!自己|你自己)"
    r"|(?:感觉|看得出来?|听起来)你(?:很|太|真|好|挺)?敷衍"
)

#: a jab that mocks the warmth before it (h-epi5): "must be nice" (not "must be nice to finally
#: ...", nor in a message glad for the other, :data:`_GLAD_FOR_EN`), "poor baby / poor you"
#: right after a question ("you're stressed? poor baby"; not with a hug or an offer after
#: it), the smallest violin
_MUST_BE_NICE_EN = regex(r"\bmust\s+be\s+nice\b(?!\s+to\s+finally\b)", re.IGNORECASE)
_GLAD_FOR_EN = regex(
    r"\b(?:(?:you|u)\s+(?:deserve|earned)|(?:happy|glad|proud)\s+(?:for|of)\s+(?:you|u)"
    r"|good\s+for\s+(?:you|u)|enjoy)\b",
    re.IGNORECASE,
)
_SARCASM_EN = regex(
    r"\?\s*(?:oh+\s+|aw+\s+)?(?:my\s+)?poor\s+(?:baby|you|thing|little\s+\w+)\b"
    r"(?![^\n]*(?:\bcome\s+here\b|\bhugs?\b|\bi['’]?ll\b|\blet\s+me\b|❤|♥|🫂|🤗|\blove\s+you\b))"
    r"|\b(?:world['’]?s\s+)?(?:smallest|tiniest|tiny)\s+violin\b"
    # (h-epi6) the writer's own lot praised, thanks for nothing, more of the wait granted,
    # "oh great, another ...", "not like I was waiting": "love that for me", "sure babe, take
    # another 3 hours", "wow great, thanks for nothing" (not "love that for you!!", "take
    # your time, no rush", "take another day off if you need it")
    r"|\blove\s+(?:that|this|it)\s+for\s+me\b|\bthanks\s+for\s+nothing\b"
    r"|\btake\s+another\s+(?:\d+|two|three|four|five|six|few|couple(?:\s+of)?)\s+"
    r"(?:hours|minutes|mins|hrs|days|weeks)\b(?![^.!?\n]*\b(?:off|if|need|rest|no\s+rush|"
    r"i['’]?ll|i\s+will|i\s+can|we\s+can)\b)"
    r"|\b(?:oh|wow)\s+great\W+another\b(?![^.!?\n]*\bfor\s+(?:you|u)\b)"
    r"|\bnot\s+(?:like|as\s+if)\s+i\s+(?:was|were|am|['’]m|had\s+been)\s+waiting\b",
    re.IGNORECASE,
)
#: 哟，你还委屈上了 / 你倒难过起来了, 你委屈什么 / 你累啥, 你有什么好难过的 (not with a pet
#: name or comfort after it: 你哭什么呀，傻瓜，有我呢)
_SARCASM_ZH = regex(
    r"(?:你(?:还|倒|也)(?:委屈|难过|伤心|生气|累|哭|不高兴|不开心|烦)(?:上了|起来了)"
    r"|你(?:委屈|难过|伤心|生气|累|哭|烦|辛苦)(?:什么|啥)"
    r"|你(?:有什么|有啥)好(?:委屈|难过|伤心|生气|累|哭|烦|辛苦)的)"
    r"(?![^\n]*(?:傻瓜|宝贝|宝宝|乖|有我|抱抱|心疼|别怕|不哭))"
    # (h-epi6) 我真是谢谢你 ("thanks for nothing"), 反正我也习惯了 / 反正我无所谓 (resigned:
    # "take another 3 hours"): not 真的谢谢你, 我等你
    r"|我(?:真是|可真是|真)谢谢你|反正我(?:也|早就|都)?(?:习惯了|无所谓)"
)


#: the English patterns :func:`undone` searches, each behind a lookahead of its first
#: characters (h-speed40: ``undone`` of the 100k export's 1,521 English replies 21.9 ->
#: 14.7 ms; ``_SARCASM_EN`` alone 5.0 -> 2.0, of which h-epi6's branches had added 3.2)
_SARCASM_FAST = behind_first(_SARCASM_EN, r"[\?lnostw]")
_GLOAT_FAST = behind_first(_GLOAT_EN, r"[\.!\?,;ghlnsy]")
_BLAME_SELF_FAST = behind_first(_BLAME_SELF_EN, "[beit]")
_RETORT_FAST = behind_first(_RETORT_EN, r"[\?ahnot]")
_APOLOGY_FAST = behind_first(_APOLOGY_EN, "[afims]")
_VERDICT_FAST = behind_first(_VERDICT_EN, "[ghstuy]")
_ONE_UP_FAST = behind_first(_ONE_UP_EN, "[bctuwy]")
_PERCEIVED_CHARGE_FAST = behind_first(_PERCEIVED_CHARGE_EN, "[ilst]")
_UNDERSTOOD_CHARGE_FAST = behind_first(_UNDERSTOOD_CHARGE_EN, "[aeimnos]")
#: (the fast pattern, the pattern it stands for), for the tests
FAST_PAIRS = (
    (_SARCASM_FAST, _SARCASM_EN),
    (_GLOAT_FAST, _GLOAT_EN),
    (_BLAME_SELF_FAST, _BLAME_SELF_EN),
    (_RETORT_FAST, _RETORT_EN),
    (_APOLOGY_FAST, _APOLOGY_EN),
    (_VERDICT_FAST, _VERDICT_EN),
    (_ONE_UP_FAST, _ONE_UP_EN),
    (_PERCEIVED_CHARGE_FAST, _PERCEIVED_CHARGE_EN),
    (_UNDERSTOOD_CHARGE_FAST, _UNDERSTOOD_CHARGE_EN),
)


def _blame_back(text: str, lang: str) -> bool:
    """A sentence that makes the writer the culprit as a retort, with no apology."""
    if lang == "zh":
        if _APOLOGY_ZH.search(text):
            return False
        return any(
            _BLAME_SELF_ZH.search(part) and _RETORT_ZH.search(part)
            for part in re.split(r"(?<=[。！!；;])", text)
        )
    if _APOLOGY_FAST.search(text):
        return False
    return any(
        _BLAME_SELF_FAST.search(part) and _RETORT_FAST.search(part)
        for part in re.split(r"(?<=[.!;\n])\s*", text)
    )


def _charged(text: str, lang: str) -> bool:
    """A summary frame whose restatement is a charge (:data:`_CHARGE_EN`), with no apology."""
    if lang == "zh":  # the charge's own 我错了 is no apology: the rest of the text decides
        hit = _CHARGE_ZH.search(text)
        if hit is None:
            return False
        return not _APOLOGY_ZH.search(text[: hit.start()] + text[hit.end() :])
    return bool(_CHARGE_EN.search(text)) and not _APOLOGY_FAST.search(text)


def _perceived_charge(text: str, lang: str) -> bool:
    """A perception frame whose reading of the other is a charge (:data:`_PERCEIVED_CHARGE_EN`),
    with no apology."""
    if lang == "zh":
        charged = _PERCEIVED_CHARGE_ZH.search(text) or _UNDERSTOOD_CHARGE_ZH.search(text)
        return bool(charged) and not _APOLOGY_ZH.search(text)
    return (
        bool(_PERCEIVED_CHARGE_FAST.search(text) or _UNDERSTOOD_CHARGE_FAST.search(text))
        and not _APOLOGY_FAST.search(text)
        and not _FAIR_CHECK_EN.search(text)
    )


def undone(text: str, lang: str) -> bool:
    """Whether reply ``text`` takes its own warmth or understanding back (module
    docstring): an eye-roll, a verdict on the other's plans, a one-up, the blame thrown back,
    a chore handed back, a business's refusal, glee at the other's hurt, or a jab after
    the warmth (sarcasm)."""
    if EYE_ROLL.search(text):
        return True
    if _blame_back(text, lang) or _charged(text, lang) or _perceived_charge(text, lang):
        return True
    if lang == "zh":
        return bool(
            _GLOAT_ZH.search(text)
            or _SARCASM_ZH.search(text)
            or _VERDICT_ZH.search(text)
            or _ONE_UP_ZH.search(text)
            or _DISMISS_ZH.search(text)
            or _REFUSAL_ZH.search(text)
        )
    return bool(
        _GLOAT_FAST.search(text)
        or _SARCASM_FAST.search(text)
        or (_MUST_BE_NICE_EN.search(text) and not _GLAD_FOR_EN.search(text))
        or _VERDICT_FAST.search(text)
        or _ONE_UP_FAST.search(text)
        or _DISMISS_EN.search(text)
        or _REFUSAL_EN.search(text)
    )


def read_undone(
    found: list[list[Hit]],
    texts: Sequence[str],
    langs: Sequence[str],
    read: dict[int, bool] | None = None,
) -> dict[int, bool]:
    """:func:`undone` of each row with a reaction or interpretation hit in ``found``, by row
    (added to ``read``, where given, for the rows not in it yet): each distinct text and
    language read once. The reply layer reads the English rows before the scores are read
    (h-speed34), so :func:`drop_undone` after them only looks up the rows it knows."""
    read = {} if read is None else read
    seen: dict[tuple[str, bool], bool] = {}
    rows = {h.row for part in _UNDONE_PARTS for h in found[part]}
    rows.difference_update(read)
    for row in rows:
        key = (texts[row], langs[row] == "zh")
        got = seen.get(key)
        if got is None:
            got = seen[key] = undone(key[0], "zh" if key[1] else "en")
        read[row] = got
    return read


def drop_undone(
    found: list[list[Hit]],
    texts: Sequence[str],
    langs: Sequence[str],
    read: dict[int, bool] | None = None,
) -> None:
    """Drop, in place, the reaction and interpretation hits of ``found`` (one list per
    mechanism, ``MECHANISMS`` order) on replies that take them back (:func:`undone`).
    ``read``: :func:`read_undone` of (some of) these rows, worked out before; the rest are
    read here and added to it."""
    read = read_undone(found, texts, langs, read)
    gone = {row for row, is_undone in read.items() if is_undone}
    if not gone:
        return
    for part in _UNDONE_PARTS:
        hits = found[part]
        hits[:] = [h for h in hits if h.row not in gone]


#: a bare sorry formula whose next sentence is a question (h-epi6): "I'm sorry to hear that.
#: What happened?", "Sorry to hear. What's going on?", 很遗憾听到这个消息。发生什么事了？ -
#: the formula leads into the question, which exploration reads (as h-epi5's bare "I
#: understand." before a question is no interpretation). Not with more warmth or a pet name
#: before the question ("I'm so sorry, babe. What happened?", "I'm so sorry. That must be
#: awful. What happened?", 听到这个消息我很难过，抱抱你。想聊聊吗？), nor without a question after.
_PREFACE_EN = regex(
    r"^\W*(?:(?:oh|ah|aw+|hi|hey|hello|ok(?:ay)?|wow|well|yes|yeah|i\s+see)\W+)*"
    r"(?:i['’]?m\s+|i\s+am\s+|im\s+)?(?:so\s+|very\s+|really\s+|truly\s+)?sorry"
    r"(?:\s+to\s+hear(?:\s+(?:that|this|about\s+(?:that|this)))?)?\s*[.!,]+\s*[^.!?\n]*\?",
    re.IGNORECASE,
)
_PREFACE_ZH = regex(
    r"^\W*(?:(?:哦|啊|唉|嗯)\W*)?(?:听到(?:这个|这些|这件事)?(?:消息)?(?:我)?(?:很|真的|非常)?"
    r"(?:难过|遗憾|抱歉)|(?:我)?(?:很|真的|非常)?(?:抱歉|遗憾)听到(?:这个|这些|这件事)?(?:消息)?)"
    r"\s*[。，！,!]+\s*[^。！？!?\n]*[？?]"
)
#: a bare "ok, I understand." that is the whole reply (h-epi6): accepting the other's plan or
#: news, no understanding of a feeling named ("ok I understand" after "I have to work late
#: again"; 好吧，我理解). Not "I understand." alone, nor with more after it ("ok I understand,
#: I'm here if you need me", "ok I understand ❤️", 好吧，我理解你，抱抱).
_ACCEPT_EN = regex(
    r"^\W*(?:well\W+)?(?:ok(?:ay)?|k|sure|alright|all\s+right|fine|oh\s+ok(?:ay)?)\W+"
    r"i\s+(?:totally\s+|completely\s+|do\s+)?(?:understand|get\s+it)[\s.!]*$",
    re.IGNORECASE,
)
_ACCEPT_ZH = regex(
    r"^\W*(?:好吧|好的|行吧|行|嗯嗯|嗯|哦|好)[，,、\s]*我(?:能)?(?:理解|懂|明白)(?:了)?[。！!\s]*$"
)
#: a hardness named in the past of the writer's own story (h-reaction): "I lived with my
#: parents for years. It was rough.", "i cried for days, it was hard", "I lost my dad last
#: year, that was awful" - the writer's self-disclosure, not a reaction to the other's. The
#: hit (a reaction cue opening with "it / that / this was", "it's been") counts as the
#: writer's own when the text before it names the writer (I, my, me) and not the other
#: (you, your), and the cue is not "... to hear / for you". Not "You lost your job? That was
#: so unfair.", "I heard what happened. It was so hard to hear", "It was rough for you".
_PAST_CUE_EN = regex(
    r"^(?:it|that|this)\s*(?:was|had\s+been|['’]s\s+been|\s+has\s+been)\b", re.IGNORECASE
)
_WRITER_EN = regex(r"\b(?:i|i['’]m|im|i['’]ve|ive|i['’]d|my|me|myself)\b", re.IGNORECASE)
_OTHER_EN = regex(r"\b(?:you|your|yours|yourself|u|ur|you['’]\w+)\b", re.IGNORECASE)
_FOR_OTHER_EN = regex(
    r"^[^.!?\n]{0,30}?\b(?:to\s+(?:hear|read|see|watch|learn)|for\s+(?:you|u)|on\s+you)\b",
    re.IGNORECASE,
)
#: hope asked (h-reaction): a reaction cue inside a question about the other's view
#: ("Do you think things will improve?", "do you believe it will get better?") - the
#: question explores; the reassurance is not given. Not a statement ("I think things will
#: improve"), nor a question that gives it ("don't you think you deserve better?").
_VIEW_ASKED_EN = regex(
    r"(?:^|[.!?\n]\s*|\b(?:so|and|but|well|ok(?:ay)?)\W+)"
    r"(?:do|did)\s+(?:you|u)\s+(?:think|believe|feel\s+like|feel\s+that|expect|hope)\b"
    r"[^.!?\n]*$",
    re.IGNORECASE,
)


#: a hardness in a condition (h-reaction): "if it's hard for you, call me", "when that's too
#: much, take a break", "even if it's scary" - the condition names no hardness the other told.
_CONDITION_EN = regex(r"\b(?:if|when|whenever|unless)\s+$", re.IGNORECASE)


def own_story(text: str, start: int, end: int) -> bool:
    """Whether the English reaction hit at ``text[start:end]`` is a hardness in the writer's
    own past story (:data:`_PAST_CUE_EN`)."""
    if not _PAST_CUE_EN.search(text[start:end]):
        return False
    before = text[:start]
    if _OTHER_EN.search(before) or not _WRITER_EN.search(before):
        return False
    return not _FOR_OTHER_EN.search(text[start:])


def view_asked(text: str, start: int, end: int) -> bool:
    """Whether the English reaction hit at ``text[start:end]`` sits in a question asking the
    other's view (:data:`_VIEW_ASKED_EN`): the sentence opens with "do you think ..." and
    ends with a question mark."""
    tail = re.match(r"[^.!?\n]*", text[end:])
    stop = end + (tail.end() if tail else 0)
    if stop >= len(text) or text[stop] != "?":
        return False
    return bool(_VIEW_ASKED_EN.search(text[:start]))


_REACTION = MECHANISMS.index("reaction")
_INTERPRETATION = MECHANISMS.index("interpretation")
_EXPLORATION = MECHANISMS.index("exploration")


def preface(text: str, lang: str) -> bool:
    """Whether reply ``text`` is a bare sorry formula before a question (:data:`_PREFACE_EN`)."""
    return bool((_PREFACE_ZH if lang == "zh" else _PREFACE_EN).search(text))


def accepted(text: str, lang: str) -> bool:
    """Whether reply ``text`` is only a bare "ok, I understand." (:data:`_ACCEPT_EN`)."""
    return bool((_ACCEPT_ZH if lang == "zh" else _ACCEPT_EN).search(text))


def drop_formula(found: list[list[Hit]], texts: Sequence[str], langs: Sequence[str]) -> None:
    """Drop, in place, the English reaction hits that are the writer's own (:func:`own_story`,
    a condition, :func:`view_asked`), the reaction hits of ``found`` on replies that are a
    bare sorry formula before a question that exploration reads (:func:`preface`: the
    question is the move; exploration keeps its hits), and the interpretation hits of
    replies that are only a bare "ok, I understand." (:func:`accepted`)."""
    hits = found[_REACTION]
    if any(langs[h.row] != "zh" for h in hits):
        hits[:] = [
            h
            for h in hits
            if langs[h.row] == "zh"
            or not (
                own_story(texts[h.row], h.start, h.end)
                or view_asked(texts[h.row], h.start, h.end)
                or bool(_CONDITION_EN.search(texts[h.row], max(0, h.start - 16), h.start))
            )
        ]
    asked = {h.row for h in found[_EXPLORATION]}
    rows = {h.row for h in found[_REACTION] if h.row in asked}
    gone = {r for r in rows if preface(texts[r], "zh" if langs[r] == "zh" else "en")}
    if gone:
        found[_REACTION][:] = [h for h in found[_REACTION] if h.row not in gone]
    rows = {h.row for h in found[_INTERPRETATION]}
    gone = {r for r in rows if accepted(texts[r], "zh" if langs[r] == "zh" else "en")}
    if gone:
        found[_INTERPRETATION][:] = [h for h in found[_INTERPRETATION] if h.row not in gone]

"""Threats, degradation and emotional sanctions read by their parts (h-safety25): paired
en/zh must-fire and must-not-fire twins, couple talk especially."""

from __future__ import annotations

import pytest

from unmask.signals import PRESENT, score_text
from unmask.signals.types import SAFETY_SIGNALS

# (lang, signal, controlling message)
FIRE = [
    ("en", "safety.threat", "Tell anyone and remember: I know where your sister lives."),
    ("zh", "safety.threat", "你敢说出去试试？我可清楚你妹妹住在哪"),
    ("en", "safety.threat", "Keep it up and you'll find out what I'm capable of."),
    ("en", "safety.threat", "you don't know what I'm capable of when I'm pushed"),
    ("zh", "safety.threat", "再这样下去，我会让你知道我的厉害"),
    ("en", "safety.threat", "go on, leave. you'll wish you'd never met me"),
    ("zh", "safety.threat", "你今晚要是不回来，后果自负"),
    ("zh", "safety.threat", "行，你去，咱们走着瞧"),
    ("zh", "safety.threat", "你再顶一句，有你好受的"),
    ("zh", "safety.threat", "你要是还这样，别怪我不客气"),
    ("en", "safety.threat", "Embarrass me again and I'll get you fired, one call is all it takes."),
    ("zh", "safety.threat", "你敢不听，我明天就闹到你单位去"),
    ("en", "safety.isolation", "if you talk to him again I'll be so upset"),
    ("en", "safety.isolation", "I'll be really hurt if you text your ex again"),
    ("zh", "safety.isolation", "你再跟他说话我就生气了"),
    ("zh", "safety.isolation", "你要是再跟前任聊天，我真的会很伤心"),
    ("en", "safety.monitoring", "I get jealous when you're out, text me where you are every hour"),
    ("en", "safety.degradation", "honestly you're such a disappointment"),
    ("en", "safety.degradation", "Look at you, can't even hold a job. Pathetic."),
    ("en", "safety.degradation", "who would even want someone as boring as you"),
    ("zh", "safety.degradation", "你算什么东西，也敢跟我这么说话"),
    ("zh", "safety.degradation", "就凭你也配跟我提要求"),
    ("zh", "safety.degradation", "你这种人活着有什么用"),
    ("zh", "safety.degradation", "你就是个累赘"),
    ("zh", "safety.degradation", "笨得跟猪一样，这都不会"),
    ("zh", "safety.degradation", "出门别说你是我老婆，丢人"),
]

# (lang, a caring, jealous-but-respectful, reported or teasing message)
SAFE = [
    ("en", "I know where your sister lives, I'll drop the birthday card round tomorrow"),
    ("zh", "我知道你妈住哪，周末我去接她来吃饭"),
    ("en", "you'll wish you'd brought a jacket, it's freezing out here"),
    ("zh", "这个小区写着擅自停车后果自负，咱停外面吧"),
    ("zh", "你做的菜真好吃，让你尝尝我的手艺，下次我来"),
    ("en", "he told me I'll find out what he's capable of, I'm scared"),
    ("zh", "他说你再跟他说话他就生气，他这人真奇怪"),
    ("en", "I get a bit jealous when you're out late, but I trust you"),
    ("zh", "我有点吃醋，不过我相信你，玩得开心"),
    ("en", "please text me when you get home safe"),
    ("zh", "到家了告诉我一声"),
    ("en", "if you forget my birthday again I'll be so upset"),
    ("zh", "你再不理我我就生气了"),
    ("en", "you're not a burden, ever, I love looking after you"),
    ("zh", "我替你高兴，你值得"),
    ("en", "who would even hire someone as talented as you? everyone!"),
    ("zh", "你也配得上更好的工作，别灰心"),
    ("en", "look at you, all grown up in that suit"),
    ("zh", "你算一下这个月房租多少钱"),
    ("en", "that's why everyone likes you"),
    ("zh", "我最近胖得跟猪似的，这个月得减肥了"),
    ("en", "I eat like a pig when I'm stressed, sorry for finishing the chips"),
]


@pytest.mark.parametrize(("lang", "signal", "text"), FIRE)
def test_a_threat_degradation_or_sanction_reads(lang: str, signal: str, text: str) -> None:
    score = score_text(text)
    assert score.lang == lang
    assert (score.scores[signal] or 0.0) >= PRESENT, text


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_care_respect_a_report_or_an_errand_reads_no_control(lang: str, text: str) -> None:
    score = score_text(text)
    assert score.lang == lang
    fired = [s for s in SAFETY_SIGNALS if (score.scores[s] or 0.0) >= PRESENT]
    assert fired == [], (text, fired)


def test_the_judged_forms_are_the_shipped_entries() -> None:
    """unmask_dev.safety_threats judges exactly the regexes the lexicons ship."""
    from unmask.signals.lexicon import read_yaml
    from unmask_dev.safety_threats import FORMS

    for lang, forms in FORMS.items():
        for signal, regex, _, _ in forms:
            data = read_yaml(lang, f"safety_{signal}.yaml")
            assert regex in {e.get("regex") for e in data["entries"]}, (lang, regex)

"""A controlling line gains no depth credit (unmask.signals.control_gate, h-ctrldepth)."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.signals import control_gate
from unmask.signals.scorer import score_texts
from unmask.signals.types import DEPTH_SIGNALS, MESSAGE_SIGNALS, Evidence

# controlling lines of the safety rounds and couple rounds that fired depth before the gate
CONTROL = [
    ("Fine. Go. But when I show your mum those pictures don't come crying to me", "safety.threat"),
    ("If you talk to him again we're finished", "safety.threat"),
    ("stop seeing your sister, she's bad for us", "safety.isolation"),
    ("Answer me. ANSWER ME. Why aren't you answering", "safety.monitoring"),
    ("以后别再见你姐了，她老挑拨我们", "safety.isolation"),
    ("超市小票每张都拍照发我，少一张下回就别想刷卡", "safety.monitoring"),
    ("瞧瞧你都胖成啥样了，跟你走在街上我都嫌丢脸", "safety.degradation"),
    ("你除了哭还会干什么？废物一个", "safety.degradation"),
    ("你给我等着瞧，我真的很生气", "safety.threat"),  # the writer's anger, with a threat
    (
        "I love you so much it hurts when you talk to other guys, so stop talking to them",
        "safety.isolation",
    ),
    ("我爱你，所以不许跟你那些朋友出去", "safety.isolation"),
]
# the writer's own fear, control told by its victim, and partners' jealousy owned calmly
KEEP = [
    ("I'm scared to come home tonight", "disclosure.emotional"),
    (
        "he reads all my texts every night and i am scared of what he will do",
        "disclosure.vulnerable",
    ),
    ("我今晚不敢回家", "disclosure.emotional"),
    ("他每天晚上都查我手机，我好害怕", "disclosure.emotional"),
    (
        "i felt a bit jealous when you were texting your ex at dinner, can we talk about it?",
        "disclosure.emotional",
    ),
    ("你和前任还在聊天，我有点吃醋，我们能聊聊吗？", "disclosure.emotional"),
]


def _depth(scores: dict[str, np.ndarray], i: int) -> list[str]:
    return [name for name in DEPTH_SIGNALS if scores[name][i] >= 0.5]


def test_controlling_lines_keep_safety_and_lose_depth() -> None:
    res = score_texts([text for text, _ in CONTROL])
    for i, (_, family) in enumerate(CONTROL):
        assert res.scores[family][i] >= 0.5
        assert _depth(res.scores, i) == []
        assert not set(res.evidence[i]) & set(DEPTH_SIGNALS)


def test_the_gate_is_what_removes_their_depth(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(control_gate, "apply", lambda scores, evidence, likely=None: None)
    res = score_texts([text for text, _ in CONTROL])
    assert sum(1 for i in range(len(CONTROL)) if _depth(res.scores, i)) >= 8


def test_victims_and_owned_jealousy_keep_their_disclosure() -> None:
    res = score_texts([text for text, _ in KEEP])
    for i, (_, signal) in enumerate(KEEP):
        assert res.scores[signal][i] >= 0.5


def _row(**values: float) -> np.ndarray:
    row = np.zeros(len(MESSAGE_SIGNALS))
    for name, value in values.items():
        row[MESSAGE_SIGNALS.index(name.replace("__", "."))] = value
    return row


def test_fear_keeps_depth_and_evidence_goes_with_the_credit() -> None:
    scores = np.stack(
        [
            _row(safety__monitoring=0.9, affection=0.8, logistics=0.7),
            _row(safety__threat=0.9, safety__fear=0.8, disclosure__vulnerable=0.9),
            _row(affection=0.9, safety__remorse=0.9),
        ]
    )
    ev = Evidence("affection", "love you", 0, 8, "lexicon:en/affection")
    evidence = [{"affection": [ev], "logistics": []}, {}, {"affection": [ev]}]
    control_gate.apply(scores, evidence)
    aff = MESSAGE_SIGNALS.index("affection")
    assert scores[0, aff] == 0.0
    assert scores[0, MESSAGE_SIGNALS.index("logistics")] == 0.7  # surface kept
    assert scores[0, MESSAGE_SIGNALS.index("safety.monitoring")] == 0.9
    assert evidence[0] == {"logistics": []}
    assert scores[1, MESSAGE_SIGNALS.index("disclosure.vulnerable")] == 0.9
    assert scores[2, aff] == 0.9 and evidence[2] == {"affection": [ev]}


def test_no_evidence_list_is_fine() -> None:
    scores = np.stack([_row(safety__isolation=0.9, we_talk=0.8)])
    control_gate.apply(scores, [])
    assert scores[0, MESSAGE_SIGNALS.index("we_talk")] == 0.0

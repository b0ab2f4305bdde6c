"""Responses to disclosure, bids and latency on hand-built chats with known answers."""

from __future__ import annotations

from analysis.builders import build, run
from unmask.analyze import Analysis, AnalyzeOptions, analyze
from unmask.dyad.responses import RESPONSE_CATEGORIES
from unmask.signals import score_table

DISC = ("disclosure.vulnerable",)
EMO = ("disclosure.emotional",)

# Ann discloses five times; Ben answers each in a different way
RESPONSES = [
    ("Ann", 0, "I've been feeling so lonely at work lately", DISC),
    ("Ann", 1, "like nobody would notice if I vanished", DISC),  # same turn: one episode
    ("Ben", 6, "that sounds really hard, I'm here. what happened?", ("responsiveness",)),
    ("Ann", 300, "I'm scared about the test results tomorrow", EMO),
    ("Ben", 302, "ok", ()),
    ("Ann", 600, "honestly I feel like I failed my dad", DISC),
    ("Ben", 640, "did you pay the electricity bill?", ("transactional",)),
    ("Ann", 900, "I cried in the car today", EMO),
    ("Ben", 910, "you're overreacting again", ("dismissal",)),
    ("Ann", 1200, "I feel like I'm not good enough for this job", DISC),
    # 4 hours of silence: a new session; the disclosure had no answer
    ("Ben", 1200 + 240, "morning! traffic is awful", ()),
    ("Ann", 1500, "sometimes I feel invisible", DISC),
    (
        "Ben",
        1505,
        "we should repaint the hallway this weekend and call your sister about it",
        (),
    ),  # substantive, another topic
]


def test_each_answer_is_classified_as_built() -> None:
    a = run(RESPONSES)
    by_ben = a.responses.counts(1)  # answers given by Ben (partner b) to Ann's disclosures
    assert by_ben == {
        "responsive": 1,
        "minimal": 1,
        "deflecting": 2,
        "dismissive": 1,
        "no_answer": 1,
    }
    assert a.responses.counts(0) == {c: 0 for c in by_ben}


def test_multi_message_disclosure_counts_once_and_latency_from_last_message() -> None:
    a = run(RESPONSES)
    assert len(a.responses) == 6
    first = a.responses.latency_s[0]
    assert first == 5 * 60  # from the second disclosure message (minute 1) to minute 6


def test_report_shares_and_latency_quartiles() -> None:
    report = run(RESPONSES).report()
    ben = report["responses"]["by_responder"]["b"]
    assert ben["total"] == 6
    assert ben["shares"]["deflecting"] == round(2 / 6, 4)
    latency = report["latency"]["by_responder"]["b"]["disclosure"]
    # answered latencies: 5, 2, 40, 10, 5 minutes
    assert latency["n"] == 5
    assert latency["median_minutes"] == 5.0
    assert latency["q1_minutes"] == 5.0 and latency["q3_minutes"] == 10.0


BIDS = [
    ("Ben", 0, "look at this sunset!!", ("bid",)),
    ("Ann", 3, "wow it's gorgeous, where are you?", ()),
    ("Ben", 100, "guess who I ran into today", ("bid",)),
    ("Ann", 101, "👍", ()),
    ("Ben", 200, "want to see the video of the dog", ("bid",)),
    ("Ann", 205, "stop spamming me", ("dismissal",)),
    ("Ben", 300, "did you see the news about the bridge", ("bid",)),
    ("Ann", 305, "remember to pick up the laundry", ("logistics",)),
    ("Ben", 700, "I found our old photos", ("bid",)),
]


def test_bids_toward_away_against() -> None:
    a = run(BIDS)
    assert a.bids.counts(0) == {"toward": 1, "away": 3, "against": 1}
    report = a.report()
    assert report["bids"]["by_responder"]["a"]["shares"]["toward"] == 0.2
    assert report["bids"]["by_responder"]["b"]["total"] == 0


def _scored_run(rows: list[tuple[str, int, str]]) -> Analysis:
    """The rows scored by the real signal layer (lexicon), then analysed."""
    table, _ = build([(sender, minute, text, ()) for sender, minute, text in rows])
    scores = score_table(table, model=False)
    return analyze(
        "test-chat.txt",
        table=table,
        scores=scores,
        options=AnalyzeOptions(bootstrap_resamples=20),
    )


def test_the_whole_answering_turn_is_read_on_real_scores() -> None:
    """The answer is the responder's whole turn: a feeling named in its second message, or
    a question about the people in the other's story, makes it responsive, not deflecting."""
    a = _scored_run(
        [
            ("Ann", 0, "I found out my husband has been cheating on me for two years"),
            ("Ann", 1, "I feel so humiliated and I can't stop crying"),
            ("Ben", 3, "Oh wow."),
            ("Ben", 4, "You must be feeling very betrayed at the moment."),
            ("Ann", 300, "I'm so anxious about my new boss, she keeps humiliating me"),
            ("Ben", 302, "I was wondering, how long has she been an employee at your work?"),
            ("Ann", 600, "I feel so lonely since the move, I cry every night"),
            ("Ben", 603, "did you pay the electricity bill?"),
        ]
    )
    assert len(a.responses) == 3
    names = [RESPONSE_CATEGORIES[c] for c in a.responses.category.tolist()]
    assert names == ["responsive", "responsive", "deflecting"]

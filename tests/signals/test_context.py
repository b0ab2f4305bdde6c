"""The context pass (unmask.signals.context): a short answer to task talk and a closing
question after it read as logistics in a chat (the table API), and a couple's depth,
control and threats never do."""

from __future__ import annotations

import math

import numpy as np
import pyarrow as pa
import pytest

from unmask.model import ARROW_SCHEMA
from unmask.signals import PRESENT, ScoreResult, couple_model, score_table, score_texts
from unmask.signals import context as task_context
from unmask.signals.types import DEPTH_SIGNALS

Thread = list[tuple[str, str]]


def _table(threads: list[Thread], gap_minutes: int = 1, *, apart: bool = False) -> pa.Table:
    """Each thread one session of one conversation (a day apart), a message a minute;
    ``apart``: each thread a conversation of its own."""
    records = []
    for day, thread in enumerate(threads):
        for k, (who, text) in enumerate(thread):
            minute = k * gap_minutes
            hour = 8 + minute // 60
            records.append(
                {
                    "conversation_id": f"c{day}" if apart else "c",
                    "message_id": f"t{day}-{k}",
                    "timestamp": f"2024-03-{day + 1:02d}T{hour:02d}:{minute % 60:02d}:00",
                    "sender": who,
                    "text": text,
                    "kind": "text",
                    "platform": "test",
                    "reply_to": None,
                    "utc_offset": None,
                    "edited": False,
                }
            )
    return pa.Table.from_pylist(records, schema=ARROW_SCHEMA)


def _last_logistics(thread: Thread) -> tuple[float, ScoreResult]:
    """``logistics`` of the thread's last message, read in the thread (with evidence)."""
    result = score_table(_table([thread]))
    return float(result.scores["logistics"][-1]), result


# (thread, why): the last message gains logistics from its place
FIRES: list[tuple[Thread, str]] = [
    ([("clerk", "How many tickets do you need?"), ("me", "Two")], "a quantity"),
    (
        [
            ("clerk", "Let me confirm the movie is No Time To Die. Is that right?"),
            ("me", "Yes, that's right."),
        ],
        "a confirmation",
    ),
    ([("clerk", "What time would you like?"), ("me", "The late one.")], "a choice"),
    ([("ana", "can you grab some milk on the way home?"), ("ben", "sure")], "a couple's errand"),
    ([("ana", "dinner at 7?"), ("ben", "ok")], "a couple's plan"),
    ([("客服", "请问需要帮您开发票吗？"), ("我", "要的")], "zh: a yes to an invoice"),
    (
        [("客服", "您的订单已经发货了，还有其他可以帮到您的吗？"), ("我", "没有了")],
        "zh: nothing more",
    ),
    ([("小美", "明天下午三点去取快递"), ("阿杰", "好的")], "zh: a couple's errand"),
    ([("小美", "你几点下班？"), ("阿杰", "不一定")], "zh: a couple's schedule"),
]

# the closing question after a task step
CLOSING: list[tuple[Thread, str]] = [
    (
        [("clerk", "Your tickets are booked for 7pm."), ("clerk", "Do you need anything else?")],
        "the clerk's own step",
    ),
    (
        [("me", "I'd like two tickets for the 7pm show."), ("clerk", "Anything else?")],
        "after the customer's request",
    ),
    ([("客服", "您的订单已经发货了"), ("客服", "还需要别的吗？")], "zh: the clerk's own step"),
    ([("我", "我要退货，订单号123"), ("客服", "好的，还有什么问题吗？")], "zh: after the request"),
]

# (thread, why): the last message must not gain logistics from its place
HOLDS: list[tuple[Thread, str]] = [
    ([("ana", "Do you still love me?"), ("ben", "Yes")], "a question of the heart"),
    ([("ana", "how many times did he hurt you?"), ("ben", "Two")], "not task talk"),
    ([("ana", "bought milk, love you"), ("ben", "yay")], "task talk that carries affection"),
    ([("ana", "bought milk, love you"), ("ben", "love you too")], "the answer's own affection"),
    (
        [
            ("ana", "I'm so scared about tomorrow"),
            ("ana", "what time is your flight?"),
            ("ben", "7"),
        ],
        "the turn it answers discloses",
    ),
    ([("ana", "be home by 7 or else"), ("ben", "ok")], "a threat is not a schedule"),
    ([("ana", "what time is the appointment?"), ("ben", "I'm scared")], "the answer's feeling"),
    ([("ana", "I had a rough day"), ("ben", "Anything else?")], "a question after a disclosure"),
    (
        [("ana", "what time are you home?"), ("ben", "Anything else you want to tell me?")],
        "an inner question",
    ),
    (
        [
            ("ana", "what time are you home?"),
            ("ben", "late again, I'm sorry, I know we have barely talked this week"),
        ],
        "a long answer",
    ),
    ([("小美", "我好想你"), ("阿杰", "我也是")], "zh: missing you"),
    ([("小美", "买好菜了，爱你"), ("阿杰", "嗯嗯")], "zh: task talk that carries affection"),
    (
        [("小美", "我明天好害怕"), ("小美", "你几点的飞机？"), ("阿杰", "嗯")],
        "zh: the turn discloses",
    ),
    ([("小美", "几点到家？"), ("阿杰", "我好累")], "zh: the answer's feeling"),
    ([("小美", "最让你难受的是哪一点？"), ("阿杰", "感觉好点了")], "zh: 哪一点 is not a time"),
    ([("小美", "几点到家？"), ("阿杰", "想你了")], "zh: the answer's affection"),
    ([("小美", "今天好难过"), ("阿杰", "还有别的吗？")], "zh: a question after a disclosure"),
]


@pytest.mark.parametrize(("thread", "why"), FIRES + CLOSING, ids=[w for _, w in FIRES + CLOSING])
def test_a_turn_read_by_its_place_fires(thread: Thread, why: str) -> None:
    # alone, no lexicon claims it
    alone = score_texts([thread[-1][1]]).scores["logistics"][0]
    assert alone < PRESENT, why
    value, result = _last_logistics(thread)
    assert value >= PRESENT, why
    sources = [e.source for e in result.evidence[-1]["logistics"]]
    assert sources in (
        [task_context.SOURCE_ANSWER],
        [task_context.SOURCE_CLOSING],
    ), sources


@pytest.mark.parametrize(("thread", "why"), HOLDS, ids=[w for _, w in HOLDS])
def test_depth_control_and_long_answers_hold(thread: Thread, why: str) -> None:
    value, result = _last_logistics(thread)
    sources = [e.source for e in result.evidence[-1].get("logistics", [])]
    assert not any(s.startswith("context:") for s in sources), (why, sources)
    assert value < PRESENT or sources, why


def test_a_couples_depth_keeps_its_signals_in_a_chat() -> None:
    """A realistic evening: the errand's answer is logistics, the depth around it stays depth
    and nothing of it becomes logistics."""
    thread = [
        ("ana", "can you pick up the kids at 5?"),
        ("ben", "yes"),
        ("ana", "thank you. I'm so tired today, I feel like I'm failing at everything"),
        ("ben", "you're not failing. I'm proud of you"),
        ("ana", "Do you still love me?"),
        ("ben", "Yes"),
        ("ana", "bought milk, love you"),
        ("ben", "love you too"),
    ]
    result = score_table(_table([thread]), evidence=False)
    logistics = np.asarray(result.scores["logistics"]) >= PRESENT
    # h-couple2 (logistics v13): "bought milk, love you" is small logistics (an errand done)
    # and affection at once; the affection still reads
    assert logistics.tolist() == [True, True, False, False, False, False, True, False]
    assert result.scores["affection"][-2] >= PRESENT
    assert result.scores["affection"][-1] >= PRESENT
    assert result.scores["disclosure.emotional"][2] >= PRESENT


def test_zh_chat_keeps_depth() -> None:
    thread = [
        ("小美", "明天几点去医院？"),
        ("阿杰", "九点吧"),
        ("小美", "好的"),
        ("阿杰", "我有点担心检查结果"),
        ("小美", "别怕，我陪你"),
        ("阿杰", "嗯"),
    ]
    result = score_table(_table([thread]), evidence=False)
    logistics = (np.asarray(result.scores["logistics"]) >= PRESENT).tolist()
    assert logistics[:3] == [True, True, True]
    assert logistics[3:] == [False, False, False]


def test_only_the_session_and_the_turns_first_message() -> None:
    # hours later is another session: no answer
    late = _table([[("ana", "dinner at 7?"), ("ben", "ok")]], gap_minutes=300)
    assert score_table(late).scores["logistics"][-1] < PRESENT
    # a later message of the answering turn is not read by its place
    thread = [("ana", "dinner at 7?"), ("ben", "ok"), ("ben", "haha")]
    scores = score_table(_table([thread])).scores["logistics"]
    assert scores[1] >= PRESENT
    assert scores[2] < PRESENT


def test_versions_name_the_pass_and_text_api_is_unchanged() -> None:
    result = score_table(_table([[("clerk", "How many tickets?"), ("me", "Two")]]))
    assert result.versions["logistics"].endswith("+" + task_context.VERSION)
    assert task_context.VERSION not in score_texts(["Two"]).versions["logistics"]


def test_non_text_rows_stay_null() -> None:
    table = _table([[("clerk", "How many tickets do you need?"), ("me", "Two")]])
    kinds = pa.array(["text", "media"])
    table = table.set_column(table.column_names.index("kind"), "kind", kinds)
    value = score_table(table).scores["logistics"][-1]
    assert math.isnan(value)


def test_repeated_lines_read_as_each_alone() -> None:
    """The pass reads each (text, first of its turn or not) once: in one table where every
    thread comes twice, each thread's last message gets what it gets alone (with evidence
    and without), and a line that is a turn's first message in one place and a later one
    in another is read by each place ("ok" after "dinner at 7?", then "ok" again)."""
    threads = [t for t, _ in FIRES + CLOSING + HOLDS][::3]  # twice: a day each, one month
    threads.append([("ana", "dinner at 7?"), ("ben", "ok"), ("ben", "ok")])
    threads.append([("小美", "明天下午三点去取快递"), ("阿杰", "好的"), ("阿杰", "好的")])
    table = _table(threads + threads)
    for with_evidence in (True, False):
        both = score_table(table, evidence=with_evidence).scores["logistics"]
        ends = np.cumsum([len(t) for t in threads + threads])
        for k, thread in enumerate(threads + threads):
            alone = score_table(_table([thread]), evidence=with_evidence).scores["logistics"]
            got = both[ends[k] - len(thread) : ends[k]]
            assert got.tobytes() == alone.tobytes(), thread
    pair = score_table(_table([threads[-2]])).scores["logistics"]
    assert pair[1] >= PRESENT > pair[2]
    assert any("小美" in who for t in threads[:-2] for who, _ in t)  # both languages


# 3. a short answer to task talk whose only depth is the model's (no lexicon reads it;
# claff-lr-5 no longer reads "Bad Boys for Life." or "I'm a bronze" as a feeling)
MODEL_ONLY: list[tuple[Thread, str]] = [
    ([("clerk", "Which movie would you like?"), ("me", "I Feel Pretty.")], "a film's title"),
    (
        [("clerk", "thanks so much! What is your membership level?"), ("me", "I'm a proud bronze")],
        "after thanks and a task question",
    ),
    ([("小美", "楼下有你的快递"), ("阿杰", "好，我等下拿")], "zh: a parcel to fetch"),
]


@pytest.mark.parametrize(("thread", "why"), MODEL_ONLY, ids=[w for _, w in MODEL_ONLY])
def test_a_short_answer_with_only_the_models_depth_is_task_talk(thread: Thread, why: str) -> None:
    alone = score_texts([thread[-1][1]]).scores
    assert alone["disclosure.emotional"][0] >= PRESENT, why  # the model alone reads a feeling
    for with_evidence in (True, False):
        result = score_table(_table([thread]), evidence=with_evidence)
        assert result.scores["disclosure.emotional"][-1] < PRESENT, why
        assert result.scores["logistics"][-1] >= PRESENT, why
    result = score_table(_table([thread]))
    assert "disclosure.emotional" not in result.evidence[-1]
    for name in task_context.MODEL_GUARDED:  # nor a kind the couple model added ("I Feel Pretty.")
        assert not result.scores[name][-1] >= PRESENT, (why, name)
    sources = [e.source for e in result.evidence[-1]["logistics"]]
    assert sources == [task_context.SOURCE_GUARD], sources


def test_the_context_pass_guards_every_kind_the_couple_model_adds() -> None:
    """Every depth kind (couple-lr-6: ``bid`` and ``logistics`` are no depth)."""
    depth = set(couple_model.KINDS) & set(DEPTH_SIGNALS)
    assert depth == set(couple_model.KINDS) - {"bid", "logistics"}
    assert depth <= set(task_context.MODEL_GUARDED)


# a couple's depth after a question that is not task talk, or with a feeling word of its own
COUPLES_KEEP: list[tuple[Thread, str]] = [
    ([("ana", "what time are you home?"), ("ben", "I miss you")], "I miss you"),
    ([("ana", "Do you still love me?"), ("ben", "Yes")], "yes to love"),
    ([("ana", "I picked up your parcel at 5"), ("ben", "thanks so much babe")], "thanks babe"),
    ([("小美", "几点到家？"), ("阿杰", "我好想你")], "zh: I miss you"),
    ([("小美", "我好想你"), ("阿杰", "我也是")], "zh: me too"),
]


@pytest.mark.parametrize(("thread", "why"), COUPLES_KEEP, ids=[w for _, w in COUPLES_KEEP])
def test_a_couples_short_depth_is_never_read_away(thread: Thread, why: str) -> None:
    """Whatever depth the answer reads alone (lexicon or model) it keeps in the chat."""
    alone = score_texts([thread[-1][1]]).scores
    result = score_table(_table([thread]))
    for name in task_context.LEXICON_READ:
        assert result.scores[name][-1] == alone[name][0], (why, name)


def test_the_lexicons_reading_comes_with_the_scores() -> None:
    """The bits of which depth the lexicons read are worked out where the text is scored:
    "I miss you" has a lexicon entry; "Bad Boys for Life." has the model alone."""
    thread = [("ana", "which movie?"), ("ben", "I miss you"), ("ana", "Bad Boys for Life.")]
    seen: list[np.ndarray] = []
    real = task_context.apply

    def spy(*args: object, **kwargs: object) -> np.ndarray:
        seen.append(np.asarray(kwargs["lexicon_read"]))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    mp = pytest.MonkeyPatch()
    mp.setattr(task_context, "apply", spy)
    try:
        score_table(_table([thread]), evidence=False)
    finally:
        mp.undo()
    bit = 1 << task_context.LEXICON_READ.index("disclosure.emotional")
    assert [int(x) & bit for x in seen[0]] == [0, bit, 0]


# an answer's own feeling is never read away by its place (a short answer with depth is not
# raised, whichever layer read the depth)
FEELING_HOLDS: list[tuple[Thread, str, str]] = [
    ([("ana", "what time is your flight?"), ("ben", "so nervous ugh")], "nervous", "en"),
    (
        [
            ("clerk", "What is your order number?"),
            ("me", "I'm so frustrated, my order never came and I cried"),
        ],
        "a customer's real frustration",
        "en",
    ),
    ([("ana", "what time are you home?"), ("ben", "I'm scared")], "scared", "en"),
    ([("小美", "几点到家？"), ("阿杰", "我好难过")], "zh: sad", "zh"),
    (
        [("ana", "I booked the table for 7 at Luigi's"), ("ben", "hahaha stop 😂 that's amazing")],
        "laughter: the writer's voice",
        "en",
    ),
    (
        [("小美", "明天下午三点去取快递"), ("阿杰", "谢谢你没觉得我傻~")],
        "zh: the zh model's own",
        "zh",
    ),
    ([("客服", "请问您的订单号是多少？"), ("我", "我好着急啊")], "zh: a customer's worry", "zh"),
    ([("小美", "明天下午三点去取快递"), ("阿杰", "上次也是我啊")], "zh: a particle", "zh"),
    ([("小美", "明天下午三点去取快递"), ("阿杰", "好吧～")], "zh: a tilde, the voice", "zh"),
]


@pytest.mark.parametrize(
    ("thread", "why", "lang"), FEELING_HOLDS, ids=[w for _, w, _ in FEELING_HOLDS]
)
def test_an_answers_own_feeling_stays_disclosure(thread: Thread, why: str, lang: str) -> None:
    alone = score_texts([thread[-1][1]]).scores["disclosure.emotional"][0]
    result = score_table(_table([thread]))
    assert result.scores["disclosure.emotional"][-1] == alone, why
    if alone >= PRESENT:
        assert result.scores["logistics"][-1] < PRESENT or lang == "zh", why


def test_thanks_then_a_task_question_is_task_talk_and_keeps_its_thanks() -> None:
    thread = [("ana", "thank you for dinner last night, what time are you home?"), ("ben", "7")]
    result = score_table(_table([thread]))
    assert result.scores["gratitude"][0] >= PRESENT  # still gratitude
    assert result.scores["logistics"][1] >= PRESENT  # its answer is task talk
    # thanks with no question after it, or affection: the answer is not read by its place
    for first, answer in (
        ("thank you for dinner last night, I'm home at 7", "yay"),
        ("love you, what time are you home?", "love you too"),
        ("thank you for listening. are you okay?", "not really"),
    ):
        result = score_table(_table([[("ana", first), ("ben", answer)]]))
        sources = [e.source for e in result.evidence[-1].get("logistics", [])]
        assert not any(s.startswith("context:") for s in sources), (first, answer)


def test_a_closing_question_after_task_talk_is_not_exploration() -> None:
    thread = [
        ("clerk", "How many tickets?"),
        ("me", "Two"),
        ("clerk", "Do you need anything else?"),
    ]
    result = score_table(_table([thread]))
    assert result.scores["logistics"][-1] >= PRESENT
    assert result.scores["responsiveness"][-1] < PRESENT
    assert "responsiveness" not in result.evidence[-1]
    # after a disclosure the same kind of question still explores
    thread = [
        ("ana", "I had such a rough day, I feel awful"),
        ("ben", "Is there anything else you want to talk about?"),
    ]
    alone = score_table(_table([thread])).scores["responsiveness"][-1]
    assert alone >= PRESENT


def _zh_chat(thread: Thread) -> ScoreResult:
    return score_table(_table([thread]))


def test_the_clerks_register_across_a_chat() -> None:
    """A sender who says 您 in two or more messages writes a shop's formulas: 亲亲 / 亲爱的
    is the address, thanks and a well-wish (祝您…开心) are formulas, no reply is read."""
    thread = [
        ("客服", "您好，请问有什么可以帮您？"),
        ("我", "我的订单还没到"),
        ("客服", "您稍等，小妹为您查询"),
        ("客服", "是的呢亲亲"),
        ("我", "好的"),
        ("客服", "在的，亲爱的"),
        ("客服", "谢谢您的理解，祝您开心每一天"),
    ]
    result = _zh_chat(thread)
    for i in (3, 5, 6):
        for name in ("affection", "gratitude", "disclosure.emotional", "responsiveness"):
            value = result.scores[name][i]
            assert math.isnan(value) or value < PRESENT, (thread[i][1], name)
    alone = score_texts(["是的呢亲亲", "在的，亲爱的"]).scores["affection"]
    assert (alone >= PRESENT).all()  # alone they read as affection


def test_a_couples_dear_and_thanks_stay_without_the_register() -> None:
    thread = [
        ("小美", "亲亲，想你了"),
        ("阿杰", "是的呢亲亲"),
        ("小美", "谢谢你一直陪着我"),
        ("阿杰", "在的，亲爱的"),
        ("小美", "您老人家今天忙吗"),  # one 您 in jest is not a register
        ("阿杰", "亲爱的，早点睡"),
    ]
    result = _zh_chat(thread)
    assert result.scores["affection"][1] >= PRESENT
    assert result.scores["gratitude"][2] >= PRESENT
    assert result.scores["affection"][3] >= PRESENT
    assert result.scores["affection"][5] >= PRESENT
    # a couple's wish stays what the lexicons read
    wish = "祝你开心，今天我也好开心"
    result = _zh_chat([("小美", "考完了！"), ("阿杰", wish)])
    alone = score_texts([wish]).scores["disclosure.emotional"][0]
    assert result.scores["disclosure.emotional"][-1] == alone


def test_asking_about_a_film_on_offer_is_not_exploration() -> None:
    """inner_question v6 / responsiveness.exploration v14: "tell me more about this movie"
    asks about a thing on offer; "tell me more about your day" still explores."""
    film = [
        ("clerk", "Beyond The Storm is a rated PG-13 movie about fishermen."),
        ("me", "Can you tell me more details about this movie?"),
    ]
    day = [("ana", "I had such a strange day at work"), ("ben", "tell me more about your day")]
    a, b = score_table(_table([film])), score_table(_table([day]))
    assert a.scores["inner_question"][-1] < PRESENT
    assert a.scores["responsiveness"][-1] < PRESENT
    assert b.scores["inner_question"][-1] >= PRESENT
    assert b.scores["responsiveness"][-1] >= PRESENT


def test_matching_rows_is_a_search_of_each_text() -> None:
    texts = ["好的", "亲亲 还有吗?", "您好", None, "亲人", "在的，亲爱的", "谢谢 亲"]
    rows = np.arange(len(texts))
    for pattern in (task_context._REGISTER, task_context._FORMAL, task_context._SHOP):
        found = task_context._matching(texts, rows, pattern).tolist()  # type: ignore[arg-type]
        assert found == [i for i, x in enumerate(texts) if x and pattern.search(x)]


def test_a_partners_jokes_in_the_formal_register_are_no_register() -> None:
    """Two 您 in jest among a partner's many messages: their 亲爱的 is still affection."""
    lines = ["您老人家今天忙吗", "您请坐", *["今天好累", "晚上吃什么", "想你了", "到家了"] * 2]
    thread: Thread = []
    for line in lines:
        thread += [("小美", line), ("阿杰", "嗯")]
    thread.append(("小美", "亲爱的，早点睡"))
    result = _zh_chat(thread)
    assert result.scores["affection"][-1] >= PRESENT


# 4 (h-quest5): an offer of help after the other's personal talk is an invitation
OFFERS_AFTER_PERSONAL: list[tuple[Thread, str]] = [
    (
        [("ana", "I've been so anxious about work, I can't sleep"), ("ben", "How can I help you?")],
        "after a disclosure",
    ),
    (
        [
            ("ana", "I feel so alone lately"),
            ("ben", "I'm sorry, love"),
            ("ben", "Is there anything else I can help you with?"),
        ],
        "after the writer's own comfort, the other's turn was a disclosure",
    ),
    (
        [("ana", "how are you feeling?"), ("ben", "ok. how may i be of help tonight")],
        "after a question about the writer's inner life, without a question mark",
    ),
    (
        [("小美", "我最近压力好大，晚上睡不着"), ("阿杰", "有什么我可以帮你的吗？")],
        "zh: after a disclosure",
    ),
    ([("小美", "今天特别难过"), ("阿杰", "我能为你做点什么吗")], "zh: what can I do for you"),
    # h-quest8: the twins of small talk - a greeting's answer that tells a hardship
    (
        [("ana", "I'm fine, just so tired and sad"), ("ben", "How can I help you?")],
        "'fine' with a hardship told is no small talk",
    ),
    (
        [("小美", "还好吧，就是有点累，心里难受"), ("阿杰", "有什么我可以帮你的吗？")],
        "zh: 还好 with a hardship told",
    ),
    (
        [("小美", "我今天好难过"), ("阿杰", "你还有什么想说的吗")],
        "zh: an invitation (the lexicon's own)",
    ),
]

# ... and stays a clerk's formula after task talk or thanks alone, or when it is no offer
OFFERS_THAT_STAY: list[tuple[Thread, str]] = [
    (
        [
            ("me", "I need a train to Cambridge on Monday"),
            ("clerk", "There are 5 trains. Anything else I can help you with?"),
        ],
        "after a booking request",
    ),
    (
        [
            ("me", "Thank you, have a great day. I really appreciate you."),
            ("clerk", "Is there anything else I can assist you with today?"),
        ],
        "after thanks alone: a clerk's close",
    ),
    (
        [("me", "There will be 6 of us."), ("clerk", "How can I help you with anything else?")],
        "after we-talk in a booking",
    ),
    (
        [
            ("me", "帮我查一下订单"),
            ("客服", "已经发货了"),
            ("我", "我好着急啊"),
            ("客服", "还有什么可以帮您"),
        ],
        "zh: the register's 您",
    ),
    (
        [("小美", "帮我订一张明天去上海的票"), ("阿杰", "还有什么我可以帮你的吗？")],
        "zh: after an errand",
    ),
    (
        [
            ("ana", "I'm so hurt that you lied to me"),
            ("ben", "How can I help it if you keep lying?"),
        ],
        "the idiom is a retort",
    ),
    (
        [("ana", "I feel awful today"), ("ben", "There isn't anything I can do about it")],
        "a refusal, not an offer",
    ),
    ([("小美", "我今天好难过"), ("阿杰", "我不知道有什么我能帮你的")], "zh: a refusal"),
    # h-quest8: after small talk, an answer to a greeting, an offer is the clerk's formula
    (
        [
            ("clerk", "Hello, how are you?"),
            ("me", "I'm doing fine."),
            ("clerk", "Great. How may I assist you today?"),
        ],
        "after the answer to a greeting",
    ),
    (
        [("me", "I'm doing fine, how are you?"), ("clerk", "Great. How may I assist you today?")],
        "after the answer to a greeting and its 'how are you?'",
    ),
    (
        [("me", "good thanks, and you?"), ("clerk", "I'm well. What can I help you with?")],
        "after 'good thanks, and you?'",
    ),
    (
        [
            ("me", "i'm glad to hear! i'm doing fine"),
            ("clerk", "Great. How may i assist you today?"),
        ],
        "after the answer to a greeting, glad to hear the other's",
    ),
    (
        [("小美", "我很好，谢谢，你呢"), ("阿杰", "挺好的。有什么我可以帮你的吗？")],
        "zh: after the answer to a greeting",
    ),
]


@pytest.mark.parametrize(("thread", "why"), OFFERS_AFTER_PERSONAL)
def test_an_offer_after_personal_talk_is_an_invitation(thread: Thread, why: str) -> None:
    result = score_table(_table([thread]))
    assert result.scores["inner_question"][-1] >= PRESENT, why
    assert result.scores["logistics"][-1] < PRESENT, why
    sources = {e.source for e in result.evidence[-1].get("inner_question", [])}
    assert sources, why


@pytest.mark.parametrize(("thread", "why"), OFFERS_THAT_STAY)
def test_an_offer_after_task_talk_or_no_offer_is_no_invitation(thread: Thread, why: str) -> None:
    result = score_table(_table([thread]))
    assert result.scores["inner_question"][-1] < PRESENT, why
    sources = {e.source for e in result.evidence[-1].get("inner_question", [])}
    assert task_context.SOURCE_OFFER not in sources, why


@pytest.mark.parametrize(
    "reply",
    ["Where were you last night?", "Who were you texting?", "How can I help it if you keep lying?"],
)
def test_checking_up_or_a_retort_after_personal_talk_explores_nothing(reply: str) -> None:
    """A check-up or the "help it" retort after the other's disclosure is no invitation and
    no exploration."""
    thread: Thread = [("ana", "I'm scared and I feel so alone"), ("ben", reply)]
    result = score_table(_table([thread]))
    assert result.scores["inner_question"][-1] < PRESENT
    assert result.scores["responsiveness.exploration"][-1] < PRESENT


def test_an_offer_without_a_question_mark_reads_anywhere_in_the_table() -> None:
    """The offer's pattern is searched over the table's texts joined: an offer that ends its
    message ("please how may i be of help") reads there too, not only in the last row."""
    thread: Thread = [
        ("ana", "I am struggling a lot honestly"),
        ("ben", "please how may i be of help"),
        ("ana", "I just need someone to listen"),
    ]
    result = score_table(_table([thread]))
    assert result.scores["inner_question"][1] >= PRESENT


def test_a_task_question_after_task_talk_is_not_exploration() -> None:
    """Context rule 5: asking for an errand's next detail right after task talk holds no
    reply signal; a question about the other's feeling beside the same errand still reads."""
    for first, question in (
        (
            "Great! I have confirmed your reservation for 7pm.",
            "Can you tell me what the price will be in total?",
        ),
        ("paid the plumber $240 today", "can you tell me what the total will be this month?"),
    ):
        alone = score_table(_table([[("ana", "hi"), ("ben", question)]])).scores
        assert alone["responsiveness"][-1] >= PRESENT, question  # it reads alone
        result = score_table(_table([[("ana", first), ("ben", question)]]))
        assert result.scores["responsiveness"][-1] < PRESENT, question
        assert "responsiveness" not in result.evidence[-1], question
    for first, question in (
        ("movers are booked for Friday at 9", "how do you feel about the move?"),
        ("I have a job interview at 9 tomorrow", "are you nervous about it?"),
        ("周五晚上七点订了餐厅", "你最近过得怎么样？"),
        ("明天下午三点去医院复查", "你紧张吗？"),
    ):
        scores = score_table(_table([[("ana", first), ("ben", question)]])).scores
        after_hi = score_table(_table([[("ana", "hi 你好"), ("ben", question)]])).scores
        assert scores["responsiveness"][-1] == after_hi["responsiveness"][-1], question
        if question.isascii():
            assert scores["responsiveness"][-1] >= PRESENT, question


def _loop_reference(
    columns: dict[str, np.ndarray],
    texts: list[str],
    is_text: np.ndarray,
    is_reply: np.ndarray,
    answered: np.ndarray,
    previous: np.ndarray,
    evidence: list[dict[str, list[task_context.Evidence]]],
) -> np.ndarray:
    """Steps 1 and 2 as one loop over the candidate rows in row order (the pass before it
    read each distinct text once), then steps 6 and 5 as they were written: what
    :func:`task_context.apply` (without the languages step 3 needs) must give, bit for bit."""
    c = task_context
    n = len(texts)
    raised = np.zeros(n, dtype=bool)
    keeps_out = c._present(columns, c.KEEPS_OUT, n)
    task = c._present(columns, c.TASK_SIGNALS, n) & is_text
    thanked = task & c._present(columns, ("gratitude",), n)
    thanked &= ~c._present(columns, [s for s in c.KEEPS_OUT if s != "gratitude"], n)
    for i in np.flatnonzero(thanked).tolist():
        thanked[i] = c._ENDS_ASKING.search(texts[i] or "") is not None
    heard = keeps_out & ~thanked
    task &= ~heard
    message_more = [s for s in c.MESSAGE_SIGNALS if s not in (*c.SURFACE_OK, *c.KEEPS_OUT)]
    more = [*message_more, *c.REPLY_SIGNALS]
    answer_own = c._present(columns, [s for s in c.KEEPS_OUT if s not in c.ANSWER_KEEPS], n)
    answer_own |= c._present(columns, more, n)
    own_but_replies = keeps_out | c._present(columns, message_more, n)
    target = np.asarray(columns[c.TARGET], dtype=np.float64)
    not_yet = is_text & ~(np.nan_to_num(target, nan=0.0) >= PRESENT)
    has_prev = previous >= 0
    after_task = has_prev & task[np.where(has_prev, previous, 0)]
    has = answered[:, 0] >= 0
    heard_depth = has & heard[np.where(has, answered[:, 0], 0)]
    for k in range(1, answered.shape[1]):
        before = np.where(has, previous[np.where(has, answered[:, k - 1], 0)], -1)
        has = has & (answered[:, k] >= 0) & (answered[:, k] == before)
        heard_depth |= has & heard[np.where(has, answered[:, k], 0)]
    after_task &= ~heard_depth
    first = is_reply & (answered[:, 0] == previous)
    values = target.copy()
    may_answer = not_yet & after_task & first & ~answer_own
    after_answer = has_prev & may_answer[np.where(has_prev, previous, 0)]
    closing: list[int] = []
    looked = not_yet & ((~own_but_replies & (after_task | after_answer)) | may_answer)
    for i in np.flatnonzero(looked).tolist():
        if not after_task[i] and not raised[previous[i]]:
            continue
        text = texts[i] or ""
        words, han = c._size(text)
        short = words + han > 0 and words <= c.ANSWER_MAX_WORDS and han <= c.ANSWER_MAX_HAN
        if after_task[i] and first[i] and short and not answer_own[i]:
            source = c.SOURCE_ANSWER
        elif (
            not own_but_replies[i]
            and words <= c.CLOSING_MAX_WORDS
            and han <= c.CLOSING_MAX_HAN
            and c._QUESTION.search(text) is not None
            and c.CLOSING.search(text) is not None
        ):
            source = c.SOURCE_CLOSING
            closing.append(i)
        else:
            continue
        raised[i] = True
        values[i] = c.CONTEXT_SCORE
        evidence[i].setdefault(c.TARGET, []).append(
            task_context.Evidence(c.TARGET, text, 0, len(text), source, c.CONTEXT_SCORE)
        )
    columns[c.TARGET] = values
    # 6 (h-svc3, h-mend2), as first written: a task question right after task talk or
    # after an answer just read as task talk
    replied = c._present(columns, c.REPLY_SIGNALS, n)
    after_raised = has_prev & raised[np.where(has_prev, previous, 0)]
    for i in np.flatnonzero(
        task & (after_task | after_raised) & replied & ~own_but_replies
    ).tolist():
        if c._QUESTION.search(texts[i] or "") is not None:
            closing.append(i)
    # 5 (h-quest5): offers after personal talk, which read no distinct text codes
    c._offers(columns, texts, is_text, answered, previous, raised, evidence)
    if closing:
        closing = sorted(set(closing))
        c._cap(columns, c.REPLY_SIGNALS, np.array(closing))
        c._drop_evidence(evidence, closing, c.REPLY_SIGNALS)
    return raised


@pytest.mark.parametrize("seed", range(6))
def test_reading_each_distinct_text_once_is_the_loop_over_rows(seed: int) -> None:
    """Random tables of repeated lines (both languages; answers, closing questions and
    depth), random scores and links, a previous message before or after the row: the pass
    (each distinct text read once, with the caller's codes or its own) gives the loop's
    rows, columns and evidence bit for bit."""
    rng = np.random.default_rng(seed)
    pool = [t for thread, _ in FIRES + CLOSING + HOLDS for _, t in thread]
    pool += ["好的，还有什么问题吗？", "Anything else?", "ok", "", "我好想你"]
    n = 400
    texts = [pool[k] for k in rng.integers(0, len(pool), n)]
    is_text = rng.random(n) < 0.9
    names = (*task_context.MESSAGE_SIGNALS, *task_context.REPLY_SIGNALS)
    columns = {}
    for name in names:
        col = rng.choice([0.0, 0.3, 0.49, 0.5, 0.7, np.nan], n, p=[0.7, 0.1, 0.1, 0.01, 0.01, 0.08])
        if name in task_context.TASK_SIGNALS:
            col = np.where(rng.random(n) < 0.5, 0.8, col)
        columns[name] = np.where(is_text, col, np.nan)
    previous = np.where(rng.random(n) < 0.9, np.arange(n) - rng.integers(1, 3, n), -1)
    later = rng.random(n) < 0.2  # a previous row after the row
    previous[later] = np.minimum(np.arange(n)[later] + rng.integers(1, 3, later.sum()), n - 1)
    previous = np.maximum(previous, -1)
    answered = np.stack([previous, np.maximum(previous - 1, -1), np.maximum(previous - 2, -1)], 1)
    answered[rng.random(n) < 0.2] = -1
    is_reply = rng.random(n) < 0.7
    want_cols = {k: v.copy() for k, v in columns.items()}
    want_ev: list[dict[str, list[task_context.Evidence]]] = [{} for _ in range(n)]
    want = _loop_reference(want_cols, texts, is_text, is_reply, answered, previous, want_ev)
    assert want.sum() >= 10
    order = np.flatnonzero(is_text)[::-1]  # other codes: the distinct texts in another order
    distinct = list(dict.fromkeys(texts[i] for i in order.tolist()))
    code = np.full(n, len(distinct), dtype=np.int64)
    code[order] = [distinct.index(texts[i]) for i in order.tolist()]
    for codes in (None, task_context._codes(texts, is_text), (distinct, code)):
        got_cols = {k: v.copy() for k, v in columns.items()}
        got_ev: list[dict[str, list[task_context.Evidence]]] = [{} for _ in range(n)]
        got = task_context.apply(
            got_cols, texts, is_text, is_reply, answered, previous, got_ev, codes=codes
        )
        assert got.tobytes() == want.tobytes()
        assert {k: v.tobytes() for k, v in got_cols.items()} == {
            k: v.tobytes() for k, v in want_cols.items()
        }
        assert got_ev == want_ev


def test_the_register_read_by_distinct_text_is_the_register_by_row() -> None:
    """The clerk's register searches each distinct text once: the rows it finds are those
    a search of every row finds (both registers' patterns; texts repeated, with line
    breaks, None)."""
    texts = ["好的", "亲亲 还有吗?", "您好", None, "亲人", "在的，亲爱的", "谢谢\n亲", "客服小妹"]
    texts = texts * 3 + ["您好", "ok\n您"]
    is_text = np.array([t is not None for t in texts])
    distinct, code = task_context._codes(texts, is_text)  # type: ignore[arg-type]
    for pattern in (task_context._REGISTER, task_context._FORMAL, task_context._SHOP):
        for rows in (np.flatnonzero(is_text), np.flatnonzero(is_text)[::2]):
            want = task_context._matching(texts, rows, pattern)  # type: ignore[arg-type]
            got = task_context._rows_matching(distinct, code, rows, pattern)
            assert got.tolist() == want.tolist()


def test_a_closing_question_follows_an_answer_read_before_it() -> None:
    """A closing question ("Anything else?") after "Two" (the answer to task talk): read as
    closing where the answer comes first in the table; where the links put the answer
    after the question (a table out of time order), the loop had not read it yet, and
    neither does the pass."""
    for order, want in (((0, 1, 2), [False, True, True]), ((1, 2, 0), [False, True, False])):
        texts = ["What time would you like?", "Two", "Anything else?"]
        rows = {k: order[k] for k in range(3)}  # message k sits at row rows[k]
        placed = [""] * 3
        for k, text in enumerate(texts):
            placed[rows[k]] = text
        n = 3
        names = (*task_context.MESSAGE_SIGNALS, *task_context.REPLY_SIGNALS)
        columns = {name: np.zeros(n) for name in names}
        columns["transactional"][rows[0]] = 0.8
        previous = np.full(n, -1)
        previous[rows[1]], previous[rows[2]] = rows[0], rows[1]
        answered = np.full((n, 3), -1)
        answered[rows[1], 0] = rows[0]
        is_reply = np.zeros(n, dtype=bool)
        is_reply[rows[1]] = True
        is_text = np.ones(n, dtype=bool)
        ref_cols = {k: v.copy() for k, v in columns.items()}
        ref_ev: list[dict[str, list[task_context.Evidence]]] = [{} for _ in range(n)]
        ref = _loop_reference(ref_cols, placed, is_text, is_reply, answered, previous, ref_ev)
        got = task_context.apply(columns, placed, is_text, is_reply, answered, previous)
        by_row = [False] * n
        for k in range(3):
            by_row[rows[k]] = want[k]
        assert got.tolist() == ref.tolist() == by_row


def test_reading_texts_at_once_is_reading_each() -> None:
    """Sizes and closing questions read for many texts at once (Han characters counted by
    numpy) are what each text alone gives: both languages, both Han ranges, line breaks,
    emoji, an empty text, a lone surrogate."""
    texts = [t for thread, _ in FIRES + CLOSING + HOLDS for _, t in thread]
    texts += ["", "还需要别的吗？", "豈\n還有其他問題嗎？", "ok 👍\n\nanything else?", "\ud800 two"]
    texts += ["还有什么" * 4 + "吗？", "Is that all? " * 3, "㐀㐁 是的", "anything else?\n"]
    short, asks = task_context._read_texts(texts)
    for text, got_short, got_asks in zip(texts, short.tolist(), asks.tolist(), strict=True):
        words, han = task_context._size(text)
        assert got_short == (
            words + han > 0
            and words <= task_context.ANSWER_MAX_WORDS
            and han <= task_context.ANSWER_MAX_HAN
        ), text
        assert got_asks == (
            words <= task_context.CLOSING_MAX_WORDS
            and han <= task_context.CLOSING_MAX_HAN
            and task_context._QUESTION.search(text) is not None
            and task_context.CLOSING.search(text) is not None
        ), text
    assert short.any() and asks.any() and not short.all() and not asks.all()
    empty = task_context._read_texts([])
    assert len(empty[0]) == len(empty[1]) == 0


def test_a_chat_without_the_formal_register_reads_no_register() -> None:
    """The register step stops at one search when no text says 您 or a shop's self-name;
    one 您 row in a chat reads the register as before (the rows of a search of each)."""
    texts = ["亲爱的，早点睡", "谢谢你", "ok"] * 5
    is_text = np.ones(len(texts), dtype=bool)
    columns = {name: np.full(len(texts), 0.9) for name in task_context.REGISTER_CAPS}
    before = {k: v.copy() for k, v in columns.items()}
    distinct, code = task_context._codes(texts, is_text)
    groups = np.zeros(len(texts), dtype=np.int64)
    task_context._clerks_register(columns, texts, is_text, lambda: groups, None, distinct, code)
    assert all(columns[k].tobytes() == before[k].tobytes() for k in columns)
    texts = ["您好，在的亲亲", "谢谢您", "早点睡"] * 5
    distinct, code = task_context._codes(texts, is_text)
    task_context._clerks_register(columns, texts, is_text, lambda: groups, None, distinct, code)
    assert (columns["affection"] < PRESENT).sum() == 10  # the register's own rows only


def _in_turn_before_reference(
    answered: np.ndarray, previous: np.ndarray, mask: np.ndarray
) -> np.ndarray:
    """The walk over the other's turn as first written (one mask, the walk inside)."""
    has = answered[:, 0] >= 0
    out = has & mask[np.where(has, answered[:, 0], 0)]
    for k in range(1, answered.shape[1]):
        before = np.where(has, previous[np.where(has, answered[:, k - 1], 0)], -1)
        has = has & (answered[:, k] >= 0) & (answered[:, k] == before)
        out |= has & mask[np.where(has, answered[:, k], 0)]
    return out


@pytest.mark.parametrize("seed", range(4))
def test_the_turns_walk_once_for_several_masks_is_the_walk_per_mask(seed: int) -> None:
    """:func:`_turn_chain` walked once and asked about several masks gives, per mask, the
    walk written out for that mask (rows with no turn before, broken chains, a previous
    message after the row)."""
    rng = np.random.default_rng(seed)
    n = 300
    previous = np.where(rng.random(n) < 0.85, np.arange(n) - rng.integers(1, 3, n), -1)
    previous = np.maximum(previous, -1)
    answered = np.stack([previous, np.maximum(previous - 1, -1), np.maximum(previous - 2, -1)], 1)
    answered[rng.random(n) < 0.2] = -1
    answered[rng.random(n) < 0.1, 1] = rng.integers(0, n)  # not the message before
    chain = task_context._turn_chain(answered, previous)
    for p in (0.0, 0.1, 0.5, 1.0):
        mask = rng.random(n) < p
        want = _in_turn_before_reference(answered, previous, mask)
        assert task_context._in_turn_before(answered, previous, mask).tolist() == want.tolist()
        got = task_context._in_turn_before(answered, previous, mask, chain)
        assert got.tolist() == want.tolist()


def test_reading_each_column_once_is_reading_each_list() -> None:
    """``_present`` with ``seen`` (a column read once across lists) gives what each list
    read alone gives: overlapping lists, NaN, a name the table lacks."""
    rng = np.random.default_rng(7)
    n = 200
    columns = {name: rng.choice([0.0, 0.49, 0.5, 0.9, np.nan], n) for name in ("a", "b", "c", "d")}
    seen: dict[str, np.ndarray] = {}
    for names in (("a", "b"), ("b", "c", "missing"), ("a",), ("d", "a", "c"), ()):
        want = task_context._present(columns, names, n)
        assert task_context._present(columns, names, n, seen).tolist() == want.tolist()
    assert set(seen) == {"a", "b", "c", "d"}


OFFER_POOL = [t for thread, _ in OFFERS_AFTER_PERSONAL + OFFERS_THAT_STAY for _, t in thread]


@pytest.mark.parametrize("seed", range(4))
def test_offers_read_by_distinct_text_are_the_offers_read_by_row(seed: int) -> None:
    """Step 5 with the distinct texts' codes (each candidate text searched once, the
    scorer's codes or codes in another order) raises the rows, columns and evidence of the
    search of every candidate row: random tables of repeated offers, refusals and
    personal talk in both languages."""
    rng = np.random.default_rng(seed)
    n = 300
    texts = [OFFER_POOL[k] for k in rng.integers(0, len(OFFER_POOL), n)]
    is_text = rng.random(n) < 0.9
    columns = {}
    for name in (*task_context.MESSAGE_SIGNALS, *task_context.REPLY_SIGNALS):
        col = rng.choice([0.0, 0.3, 0.5, 0.8, np.nan], n, p=[0.7, 0.2, 0.01, 0.01, 0.08])
        if name in task_context.PERSONAL:  # personal talk before, some task talk
            col = np.where(rng.random(n) < 0.4, 0.8, col)
        if name in task_context.TASK_SIGNALS:
            col = np.where(rng.random(n) < 0.1, 0.8, col)
        columns[name] = np.where(is_text, col, np.nan)
    previous = np.maximum(np.where(rng.random(n) < 0.9, np.arange(n) - 1, -1), -1)
    answered = np.stack([previous, np.maximum(previous - 1, -1), np.maximum(previous - 2, -1)], 1)
    answered[rng.random(n) < 0.2] = -1
    raised = rng.random(n) < 0.05
    want_cols = {k: v.copy() for k, v in columns.items()}
    want_ev: list[dict[str, list[task_context.Evidence]]] = [{} for _ in range(n)]
    task_context._offers(want_cols, texts, is_text, answered, previous, raised, want_ev)
    assert sum(1 for e in want_ev if task_context.INVITATION in e) >= 3
    order = np.flatnonzero(is_text)[::-1]
    distinct = list(dict.fromkeys(texts[i] for i in order.tolist()))
    code = np.full(n, len(distinct), dtype=np.int64)
    code[order] = [distinct.index(texts[i]) for i in order.tolist()]
    for codes in (task_context._codes(texts, is_text), (distinct, code)):
        got_cols = {k: v.copy() for k, v in columns.items()}
        got_ev: list[dict[str, list[task_context.Evidence]]] = [{} for _ in range(n)]
        chain = task_context._turn_chain(answered, previous)
        task_context._offers(
            got_cols, texts, is_text, answered, previous, raised, got_ev, codes, chain
        )
        assert {k: v.tobytes() for k, v in got_cols.items()} == {
            k: v.tobytes() for k, v in want_cols.items()
        }
        assert got_ev == want_ev


def _first_chars(items: list[tuple[object, object]], icase: bool = False) -> set[tuple[str, bool]]:
    """The characters a match of a parsed pattern (``re._parser``) can start with, each
    with whether it is read ignoring case; fails on a start it cannot tell (a pattern that
    may start with an optional or repeated part, a negated or category class)."""
    from re import _constants as sre

    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero-width: the next item starts
            continue
        if op is sre.LITERAL:
            return {(chr(av), icase)}  # type: ignore[arg-type]
        if op is sre.IN:
            assert all(kind is sre.LITERAL for kind, _ in av), av  # type: ignore[attr-defined]
            return {(chr(c), icase) for _, c in av}  # type: ignore[attr-defined]
        if op is sre.SUBPATTERN:
            _, add, _, sub = av  # type: ignore[misc]
            return _first_chars(list(sub), icase or bool(add & sre.SRE_FLAG_IGNORECASE))
        if op is sre.BRANCH:
            return set().union(*(_first_chars(list(b), icase) for b in av[1]))  # type: ignore[index]
        raise AssertionError(f"a start this check cannot read: {op} {av}")
    raise AssertionError("a pattern that may match nothing")


def test_the_offer_scan_starts_where_every_offer_branch_starts() -> None:
    """``_OFFER_SCAN`` (the offers' scan of many texts) looks only at positions where one
    of ``_OFFER_STARTS`` stands: every branch of ``OFFER`` starts with one of them (read
    from the pattern itself, so a new branch that starts elsewhere fails here), and over
    offers, refusals, personal talk and their mixtures in both languages the scan finds
    the spans ``OFFER`` finds."""
    import re
    from re import _parser

    firsts = _first_chars(list(_parser.parse(task_context.OFFER.pattern)))
    assert len(firsts) >= 8
    for char, icase in firsts:
        for form in {char, char.upper(), char.lower()} if icase else {char}:
            assert re.match(task_context._OFFER_STARTS, form), form
    texts = [*OFFER_POOL, "HOW CAN I HELP YOU?", "So, anything I can do?", "i need help"]
    texts += ["Need help with something else?", "有啥我能帮你", "ok\nhow may I assist you"]
    rng = np.random.default_rng(5)
    for _ in range(50):
        picked = rng.choice(len(texts), 6)
        texts.append(" ".join(texts[k] for k in picked.tolist()))
    joined = "\n".join(texts)
    want = [m.span() for m in task_context.OFFER.finditer(joined)]
    assert len(want) >= 20
    assert [m.span() for m in task_context._OFFER_SCAN.finditer(joined)] == want
    for text in texts:
        want_one = [m.span() for m in task_context.OFFER.finditer(text)]
        assert [m.span() for m in task_context._OFFER_SCAN.finditer(text)] == want_one


# 7. a service chat's model-only depth (h-svc4): strangers at an errand (task talk in half
# of the conversation's messages, no affection) or a clerk's register
SERVICE_EN: Thread = [
    ("clerk", "How can I help you today?"),
    ("me", "I'd like two tickets for Dune tonight."),
    ("clerk", "Sure, the 7pm or the 9pm show?"),
    ("me", "The 7pm please."),
    ("clerk", "Your tickets are booked for 7pm. Your total is $30."),
    ("clerk", "Would you like snacks with that?"),
]
SERVICE_ZH: Thread = [
    ("客服", "您好，有什么可以帮您？"),
    ("我", "我的快递到哪了"),
    ("客服", "亲，您的订单已经发货了，请您耐心等待"),
    ("我", "都一个星期了"),
    ("客服", "您稍等，小妹帮您查一下物流"),
    ("客服", "您的快递在派送中"),
]
# the same errands between partners: "love you" / 爱你 somewhere in the chat
COUPLE_EN: Thread = [
    ("ana", "I'll get the tickets for Dune tonight, 7pm?"),
    ("ben", "ok love you"),
    ("ana", "The 7pm then, booked."),
    ("ben", "I'll pick you up at 6:30"),
    ("ana", "See you at 6:30 then."),
    ("ana", "did you want snacks?"),
]
COUPLE_ZH: Thread = [
    ("小美", "明天下午三点去取快递"),
    ("阿杰", "好的，爱你"),
    ("小美", "你几点下班？"),
    ("阿杰", "六点"),
    ("小美", "那我六点去接你"),
    ("小美", "快递到了吗"),
]
# (line, why): read by the model alone, an opinion about the film or a complaint about the
# parcel with no feeling word; held in the service chat, kept in the couple's
MODEL_ONLY_LINES: list[tuple[str, str, str]] = [
    ("en", "Great, I have been wanting to see that one for a long time!", "a film wanted"),
    ("en", "I loved the first film so much, it is one of my favourites.", "a film liked"),
    ("zh", "都等了好久了，怎么又失踪了，什么意思啊这是", "zh: a parcel lost again"),
    ("zh", "但是我一直没有收到 什么意思", "zh: a parcel never came"),
    ("zh", "我都等了好久了，怎么还没到", "zh: waiting for a parcel"),
]
# a feeling word of the line's own, or the two of them together: kept in either chat
SERVICE_KEEPS: list[tuple[str, str, str]] = [
    ("en", "I'm so frustrated, my order never came and I cried", "a feeling word"),
    ("en", "I'm so excited to see you tonight", "excited to see you"),
    ("en", "I miss you", "I miss you"),
    ("en", "I loved the film with you last time so much", "the film with you"),
    ("zh", "快递又丢了我真的好崩溃", "zh: a feeling word"),
    ("zh", "我好想你", "zh: I miss you"),
    ("zh", "上次跟你一起看的那部电影，我到现在还会想起来", "zh: the film with you"),
]


def _chat(lang: str, service: bool) -> Thread:
    if lang == "en":
        return SERVICE_EN if service else COUPLE_EN
    return SERVICE_ZH if service else COUPLE_ZH


@pytest.mark.parametrize(("lang", "line", "why"), MODEL_ONLY_LINES)
def test_a_service_chats_model_only_depth_is_held(lang: str, line: str, why: str) -> None:
    alone = score_texts([line]).scores
    assert alone["disclosure.emotional"][0] >= PRESENT, why  # the model alone reads it
    who = "me" if lang == "en" else "我"
    for with_evidence in (False, True):
        result = score_table(_table([[*_chat(lang, True), (who, line)]]), evidence=with_evidence)
        for name in task_context.SERVICE_HELD:
            assert result.scores[name][-1] < PRESENT, (why, name)
    assert "disclosure.emotional" not in result.evidence[-1]
    # between partners (affection in the chat) the same line keeps the model's reading
    partner = "ben" if lang == "en" else "阿杰"
    couple = score_table(_table([[*_chat(lang, False), (partner, line)]]))
    assert couple.scores["disclosure.emotional"][-1] >= PRESENT, why


@pytest.mark.parametrize(("lang", "line", "why"), SERVICE_KEEPS)
@pytest.mark.parametrize("service", [True, False], ids=["service", "couple"])
def test_a_feeling_word_or_the_two_of_them_keep_their_depth(
    lang: str, line: str, why: str, service: bool
) -> None:
    alone = score_texts([line]).scores
    assert alone["disclosure.emotional"][0] >= PRESENT, why
    who = ("me" if lang == "en" else "我") if service else ("ben" if lang == "en" else "阿杰")
    result = score_table(_table([[*_chat(lang, service), (who, line)]]))
    assert result.scores["disclosure.emotional"][-1] >= PRESENT, why


def test_a_service_chat_is_its_own_conversation() -> None:
    """A couple's conversation in the same table (no affection in it, but few errands) and
    a short one keep the model's reading; only the service chat's line is held."""
    line = "Great, I have been wanting to see that one for a long time!"
    chats = {
        "shop": [*SERVICE_EN, ("me", line)],
        "us": [
            ("ana", "how was your day?"),
            ("ben", "long, work was a lot"),
            ("ana", "dinner at 7?"),
            ("ben", line),
        ],
        "short": [("clerk", "Your tickets are booked for 7pm."), ("me", line)],
    }
    result = score_table(_table(list(chats.values()), apart=True))
    ends = np.cumsum([len(t) for t in chats.values()]) - 1
    held = result.scores["disclosure.emotional"][ends] < PRESENT
    assert held.tolist() == [True, False, False]


def test_control_in_a_service_chat_keeps_its_safety_reading() -> None:
    """The step only holds depth: a threat in a chat of errands stays a threat and never
    reads as support."""
    line = "Book it now or you'll regret it, I know where you live."
    alone = score_texts([line]).scores
    result = score_table(_table([[*SERVICE_EN, ("me", line)]])).scores
    for name in alone:
        if name.startswith("safety."):
            assert result[name][-1] == alone[name][0], name
    assert result["support.emotional"][-1] < PRESENT
    assert result["affection"][-1] < PRESENT


# the clerk's English formulas (7): a chat of strangers with few errands in which one side
# writes a shop's formulas in a quarter of their messages
CLERK_EN: Thread = [
    ("me", "hi there"),
    ("clerk", "Good afternoon, how can I help you?"),
    ("me", "I have a question about the new film"),
    ("clerk", "Sure! One moment please."),
    ("me", "it's the one with the cat in it"),
    ("clerk", "Thank you for your patience."),
    ("clerk", "cats are the best"),
]
# a partner's same words in jest, among many of theirs: no register
JOKES_EN: Thread = [
    ("ben", "hi there"),
    ("ana", "how can I help you? haha"),
    ("ben", "I have a question about the new film"),
    ("ana", "one moment please, sir"),
    ("ben", "it's the one with the cat in it"),
    ("ana", "the cat one"),
    ("ana", "I read about it yesterday"),
    ("ana", "it's long"),
    ("ana", "three hours I think"),
    ("ana", "the cinema on main street has it"),
    ("ana", "the reviews were mixed"),
    ("ana", "the first one was better they say"),
    ("ana", "we could wait for it to stream"),
]


@pytest.mark.parametrize(
    ("thread", "held"),
    [
        (CLERK_EN, True),
        (JOKES_EN, False),
        ([("ben", "love you"), *CLERK_EN], False),
    ],
    ids=["the clerk's formulas", "a partner's jokes", "a chat with affection"],
)
def test_the_clerks_english_formulas_make_a_service_chat(thread: Thread, held: bool) -> None:
    line = "I loved the first film so much, it is one of my favourites."
    who = thread[0][0]
    result = score_table(_table([[*thread, (who, line)]]))
    assert bool(result.scores["disclosure.emotional"][-1] < PRESENT) == held

"""The context pass (unmask.signals.context): a short answer to task talk and a closing
question after it read as logistics in a chat (the table API), and a couple's depth,
control and threats never do."""

from __future__ import annotations

import math

import numpy as np
import pyarrow as pa
import pytest

from unmask.model import ARROW_SCHEMA
from unmask.signals import PRESENT, ScoreResult, score_table, score_texts
from unmask.signals import context as task_context

Thread = list[tuple[str, str]]


def _table(threads: list[Thread], gap_minutes: int = 1) -> pa.Table:
    """Each thread one session of one conversation (a day apart), a message a minute."""
    records = []
    for day, thread in enumerate(threads):
        for k, (who, text) in enumerate(thread):
            minute = k * gap_minutes
            hour = 8 + minute // 60
            records.append(
                {
                    "conversation_id": "c",
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
    assert logistics.tolist() == [True, True, False, False, False, False, False, False]
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


# 3. a short answer to task talk whose only depth is the model's (no lexicon reads it)
MODEL_ONLY: list[tuple[Thread, str]] = [
    ([("clerk", "Which movie would you like?"), ("me", "Bad Boys for Life.")], "a film's title"),
    (
        [("clerk", "thanks so much! What is your membership level?"), ("me", "I'm a bronze")],
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
    sources = [e.source for e in result.evidence[-1]["logistics"]]
    assert sources == [task_context.SOURCE_GUARD], sources


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

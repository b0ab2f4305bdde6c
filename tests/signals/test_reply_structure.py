"""Structural reply cues (unmask.signals.reply_structure): what a question does."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from unmask.ingest import read_table
from unmask.model import ARROW_SCHEMA
from unmask.signals import score_texts
from unmask.signals.langdetect import detect_many
from unmask.signals.reply import find_replies, score_replies, score_reply_text
from unmask.signals.reply_lexicon import MECHANISMS, find_many, load, rows_for
from unmask.signals.reply_structure import (
    ECHO,
    ECHO_OR_OFFER,
    ECHO_RESTATEMENT,
    PRAISE,
    QUESTION_AFTER_PERSONAL,
    RESTATEMENT,
    RHETORICAL,
    _kind,
    _may_have_kind,
    apply,
    content_words,
    echoes,
    no_request,
    personal,
    sentence_kinds,
)
from unmask.signals.types import PRESENT
from unmask_dev.synth import generate_large, write_whatsapp


def _exchange(first: str, reply: str) -> pa.Table:
    return pa.Table.from_pylist(
        [
            {
                "conversation_id": "c",
                "message_id": f"m{k}",
                "timestamp": f"2024-05-01T10:0{k}:00",
                "sender": sender,
                "text": text,
                "kind": "text",
                "platform": "test",
                "reply_to": None,
                "utc_offset": None,
                "edited": False,
            }
            for k, (sender, text) in enumerate((("Ana", first), ("Ben", reply)))
        ],
        schema=ARROW_SCHEMA,
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Have you tried talking to him about it?", "suggestion"),
        ("Would you consider seeing a counsellor?", "suggestion"),
        ("Is it possible for your partner to help with some of the load?", "suggestion"),
        ("So you feel like nobody at work listens to you?", "restatement"),
        ("It sounds like he ignored you, is that right?", "restatement"),
        ("Would you like me to book it for you?", "offer"),
        ("What time do you leave tomorrow?", "offer"),
        ("Can I help you find any other information?", "offer"),
        ("Would you prefer centre, west, or north area?", "offer"),
        ("Does either one sound good to you?", "offer"),
        ("did you pick up bananas?", "offer"),
        ("What kind of jobs are you looking for?", "question"),
        ("Are you very close to your sister?", "question"),
        ("It was a long day.", ""),
        ("So it's the test anxiety that has been causing the stress.", "restatement"),
        ("So I went home early.", ""),
        ("So we're meeting at 6.", ""),
        ("Is the shop still open?", "offer"),
        ("Is it going to rain?", ""),
        # round 3: questions about the people and events of the other's story
        ("What caused him to do it?", "question"),
        ("Does she have family there?", "question"),
        ("Has this happened before?", "question"),
        # chat questions typed without "?"
        ("did you have any children between you", "question"),
        ("When did this happen, how long ago", "question"),
        ("when did this happen.", ""),
        # advice anywhere in the question; service questions
        ("As you are a writer could you perhaps try to make some friends online?", "suggestion"),
        ("I see that, have you tried talking to your friends about this?", "suggestion"),
        ("How may I assist you today?", "offer"),
        ("Can you recommend a place in the centre?", "offer"),
        ("Will you be dining alone or with a group?", "offer"),
        ("Do you think they will bring you back?", "question"),
        ("So she is just talking in circles and not doing what she says?", "restatement"),
        ("So basically this guy was a stranger to you.", "restatement"),
        # round 4: "so it's been ...?" checks an understanding; yes/no questions about what
        # the other told ("was it ...?", "is that ...?", "this guy")
        ("So it's been harder for you to stay cheerful since the lockdown?", "restatement"),
        ("Was it a large amount of money?", "question"),
        ("Is that a big problem where you work?", "question"),
        ("Was this guy an associate of yours as well?", "question"),
        ("Was it the hotel in the centre?", "offer"),
        ("Is it raining there?", ""),
        # h-quest8: "is that what you ...?" checks an understanding only with a verb of
        # meaning, feeling or saying; a day of the other's story is no plan
        ("Is that what you are going to school for?", "question"),
        ("Is that what you mean?", "restatement"),
        ("Is that what you're feeling?", "restatement"),
        ("Or was there something else that happened that weekend?", "question"),
        ("Are you free this weekend?", "offer"),
        ("are you coming friday?", "offer"),
        # h-resp2: a chat question may end in a run of "?" and "!"
        ("How long have your parents been fighting like this??", "question"),
        ("Did you book the table for tonight??", "offer"),
        ("What would you say to him then?!", "question"),
        ("You did what?!", ""),
        ("That was such a long day!!", ""),
        # h-reflect: restatements that count only when they echo the other's words
        ("I see you need some support since your sister moved away.", ECHO),
        ("Oh, I hear that your dad has been unwell for weeks.", ECHO),
        ("I gather you've been carrying this on your own", ECHO),
        ("I'll see you at 6.", ""),
        ("I see you too.", ""),
        ("I see the problem.", ""),
        ("So you lost your job and now the rent is a worry?", ECHO_OR_OFFER),
        ("So you want a cheap hotel in the north on Friday?", ECHO_OR_OFFER),
        # h-quest: a question in the asking form closed with a full stop or an ellipsis, and
        # a chat question with a word between the question word and its auxiliary
        ("Do you have someone you can lean on right now.", "question"),
        ("Why do you think your brother said that.", "question"),
        ("what else has she told you about it...", "question"),
        ("what else do you enjoy doing", "question"),
        ("how long were you two together", "question"),
        ("what kind of work does he do", "question"),
        ("What is important is that you rest.", ""),
        ("Did you know that the park closes early.", ""),
        ("Do let me know how it goes.", ""),
        ("Do you need a taxi to the station as well.", "offer"),
        # h-quest2: the asking form without "?": a question asked indirectly, run on after a
        # comma, chat spellings, "is there anyone ...", a wh-word and a noun; a pseudo-cleft
        # "what happened ..." is a statement
        ("I was wondering what made her pull away.", "question"),
        ("Can I ask how long this has been going on?", "question"),
        ("Do you mind me asking what happened.", "question"),
        ("I wonder if you could try calling her.", "suggestion"),
        ("I was wondering if the hotel has wifi.", "offer"),
        ("Is there anyone you can talk to.", "question"),
        ("Is this the first time she has done this.", "question"),
        ("Would you say you are closer to her than to your parents.", "question"),
        ("What steps have you taken so far.", "question"),
        ("What kinds of things are troubling you", "question"),
        ("r u close with your parents", "question"),
        ("hows your mom doing with all this", "question"),
        ("That sounds rough, do you know what sets it off", "question"),
        ("I'm sure it isn't, how long had you been together.", "question"),
        ("Since you asked, do you want the window seat.", "offer"),
        ("What has helped you cope before?", "question"),
        ("What happened was awful.", ""),
        ("what happened to your brother is so unfair", ""),
        ("Is there a train on Friday.", ""),
        ("Ah yes, this has been so obvious lately, hasn't it?", ""),
        # h-fail: an exclamation or a retort in the asking form, a restatement that turns on
        # the writer, small talk about a show or a match; their twins stay questions
        ("Are you kidding, that's horrible.", RHETORICAL),
        ("Can you believe what she did?", RHETORICAL),
        ("Do you even realise how that sounds.", RHETORICAL),
        ("So you're saying it's my fault?", RHETORICAL),
        ("what you're saying is I never listen?", RHETORICAL),
        ("So you're saying nobody checked on you?", "restatement"),
        ("Are you okay after all that?", "question"),
        ("Are you mad at me for telling her?", "question"),
        ("Are you serious about leaving him?", "question"),
        ("did you see that new cooking show", "offer"),
        ("did you catch the match last night?", "offer"),
        ("Did he show up for you at all?", "question"),
        # h-fail2: retorts that put the writer in question or end the talk, and a sincere
        # check of a hurt the writer caused; their twins stay questions
        ("Is that really what you think?", RHETORICAL),
        ("Do you honestly think I'd do that on purpose.", RHETORICAL),
        ("why are you even telling me all this?", RHETORICAL),
        ("so what do you expect me to say?", RHETORICAL),
        ("are you done yet?", RHETORICAL),
        ("are you finished complaining?", RHETORICAL),
        ("Is that what has been worrying you?", "question"),
        ("Do you really think he'll change?", "question"),
        ("why are you telling me only now, were you scared?", "question"),
        ("Are you done with the treatment now that the scan is clear?", "question"),
        ("So you're saying I upset you last night?", "restatement"),
        ("so you're saying I upset everyone.", RHETORICAL),
        # h-quest3: "how many / how much" about the other's life is a question, about a
        # booking an offer; a short question about one of the other's people; "how long
        # ago", "how far along"; an open question about the story with no person in it
        ("How many brothers and sisters do you have?", "question"),
        ("how many kids do you have", "question"),
        ("how much time do you get with your daughter these days?", "question"),
        ("how many people work at your office", "question"),
        ("How many years were you two married?", "question"),
        ("How many people will be joining you?", "offer"),
        ("how many children will be staying with you?", "offer"),
        ("How much do you want to spend?", "offer"),
        ("How many do you need?", "offer"),
        ("And your husband?", "question"),
        ("how's your mum?", "question"),
        ("How's school?", "question"),
        ("any family close by?", "question"),
        ("And your name?", ""),
        ("how's the weather?", ""),
        ("how long ago did your grandad pass away", "question"),
        ("how far along is she", "question"),
        ("what grade is your son in", "question"),
        ("What was the reason for the split?", "question"),
        ("How did the talk with the landlord go?", "question"),
        ("What can I do to make it easier?", ""),
        ("How do I get to the station from here?", ""),
        ("what's been the hardest part", "question"),
        ("what sort of things make you feel calmer", "question"),
        ("was this a sudden change", "question"),
        ("how much time do you have until your exam?", "question"),
        ("what's the best part of town to stay in?", ""),
    ],
)
def test_sentence_kinds(sentence: str, kind: str) -> None:
    assert _kind(sentence) == kind


def test_a_question_to_the_other_after_a_disclosure_is_exploration() -> None:
    reply = "Was it a phone interview? Are you waiting to hear back from them?"
    after = score_reply_text(reply, "en", "I'm so anxious, I bombed my job interview today")
    alone = score_reply_text(reply, "en")
    assert after.scores["responsiveness.exploration"] >= PRESENT
    assert alone.scores["responsiveness.exploration"] < PRESENT
    spans = {e.match for e in after.evidence["responsiveness.exploration"]}
    assert "Are you waiting to hear back from them?" in spans


def test_a_question_ending_in_several_marks_after_a_disclosure_is_exploration() -> None:
    disclosure = "I'm so upset, my brother stopped talking to me"
    reply = "Oh no. Your brother has been this cold with you for how long??"
    after = score_reply_text(reply, "en", disclosure)
    assert after.scores["responsiveness.exploration"] >= PRESENT
    spans = {e.match for e in after.evidence["responsiveness.exploration"]}
    assert "Your brother has been this cold with you for how long??" in spans
    # the same words typed as an exclamation ask nothing
    said = score_reply_text(
        "Oh no. Your brother has been this cold with you for so long!!", "en", disclosure
    )
    assert said.scores["responsiveness.exploration"] < PRESENT


def test_a_question_closed_with_a_full_stop_after_a_disclosure_is_exploration() -> None:
    disclosure = "I'm so lonely since my husband moved out"
    reply = "I'm sorry. Do you have someone you can lean on right now."
    after = score_reply_text(reply, "en", disclosure)
    assert after.scores["responsiveness.exploration"] >= PRESENT
    spans = {e.match for e in after.evidence["responsiveness.exploration"]}
    assert "Do you have someone you can lean on right now." in spans
    # a statement that opens with a question word is not one
    said = score_reply_text("I'm sorry. What is important is that you rest.", "en", disclosure)
    assert said.scores["responsiveness.exploration"] < PRESENT


def test_a_question_asked_indirectly_or_run_on_after_a_disclosure_is_exploration() -> None:
    disclosure = "I feel so alone since my sister stopped talking to me"
    for reply in (
        "I'm sorry. I was wondering what made her pull away.",
        "That sounds rough, do you know what set it off",
    ):
        after = score_reply_text(reply, "en", disclosure)
        assert after.scores["responsiveness.exploration"] >= PRESENT, reply
    # "what happened" as the subject of a statement asks nothing
    said = score_reply_text("I'm sorry. What happened was awful.", "en", disclosure)
    assert said.scores["responsiveness.exploration"] < PRESENT
    assert score_texts(["What happened was awful."]).scores["inner_question"][0] < PRESENT


def test_a_question_after_personal_talk_counts_but_not_after_task_talk() -> None:
    reply = "What kind of jobs are you looking for?"
    personal = _exchange("I have been out of work since March and I keep applying", reply)
    scores, evidence = score_replies(personal, ["en", "en"], {})
    assert scores["responsiveness.exploration"][1] >= PRESENT
    sources = {e.source for e in evidence[1]["responsiveness.exploration"]}
    assert QUESTION_AFTER_PERSONAL.source in sources
    # the same words after a booking request: the other's turn is task talk
    booking = _exchange("I need a hotel in the centre for 4 nights", reply)
    task = {"logistics": np.array([0.9, 0.0])}
    scores, _ = score_replies(booking, ["en", "en"], task)
    assert scores["responsiveness.exploration"][1] < PRESENT


def test_a_request_for_a_service_is_not_personal_talk() -> None:
    table = _exchange(
        "I am also looking to eat out, somewhere unusual", "What sort of food are you into?"
    )
    scores, _ = score_replies(table, ["en", "en"], {})
    assert scores["responsiveness.exploration"][1] < PRESENT


def test_service_questions_after_personal_talk_are_not_exploration() -> None:
    table = _exchange("I think I need a break from my family", "Would you like me to book it?")
    scores, _ = score_replies(table, ["en", "en"], {})
    assert scores["responsiveness.exploration"][1] < PRESENT


def test_a_restatement_question_is_interpretation() -> None:
    reply = "So you feel like nobody at work listens to you?"
    got = score_reply_text(reply, "en", "nobody at work ever listens to me, I'm so frustrated")
    assert got.scores["responsiveness.interpretation"] >= PRESENT
    ev = got.evidence["responsiveness.interpretation"]
    assert any(e.source == RESTATEMENT.source and e.match == reply for e in ev)


def test_content_words_leave_out_function_words_and_endings() -> None:
    got = content_words("So you were furloughed and the part-time job can't cover the mortgage?")
    assert got == {"furlough", "part", "job", "cover", "mortgage"}
    assert content_words("I was furloughed in May") & got == {"furlough"}
    assert content_words("you're so right, I know that") == set()


@pytest.mark.parametrize(
    ("sentence", "heard", "expected"),
    [
        ("I see your manager criticises everything you do.", ["my manager criticises me"], True),
        ("I see you are online now.", ["my manager criticises me"], False),
        # one shared word is not an echo; plan, time and money words do not count
        ("I hear your manager is new.", ["my manager criticises me"], False),
        ("So you want to pay the rent on Friday?", ["I can't pay the rent by Friday"], False),
        ("So you lost your job and the rent is a worry?", ["I lost my job, the rent..."], True),
        ("I see your sister left.", [], False),
    ],
)
def test_echoes_needs_two_shared_content_words(
    sentence: str, heard: list[str], expected: bool
) -> None:
    assert echoes(sentence, heard) is expected


ANXIOUS_AT_WORK = (
    "I've been so stressed since my new manager started, she criticises everything I do"
)


def test_an_i_see_restatement_that_echoes_a_disclosure_is_interpretation() -> None:
    reply = "Okay, I see your new manager criticises everything you do."
    got = score_reply_text(reply, "en", ANXIOUS_AT_WORK)
    assert got.scores["responsiveness.interpretation"] >= PRESENT
    sources = {e.source for e in got.evidence["responsiveness.interpretation"]}
    assert ECHO_RESTATEMENT.source in sources
    # without the other's message, or when it echoes nothing, the frame alone is not read
    assert score_reply_text(reply, "en").scores["responsiveness.interpretation"] < PRESENT
    elsewhere = score_reply_text("I see you are online now.", "en", ANXIOUS_AT_WORK)
    assert elsewhere.scores["responsiveness.interpretation"] < PRESENT


def test_a_restatement_question_with_plan_words_counts_when_it_echoes_a_disclosure() -> None:
    disclosure = "I lost my job in March and now I can't pay the rent, I'm terrified"
    reply = "So you lost your job and now the rent is a worry?"
    got = score_reply_text(reply, "en", disclosure)
    assert got.scores["responsiveness.interpretation"] >= PRESENT
    sources = {e.source for e in got.evidence["responsiveness.interpretation"]}
    assert ECHO_RESTATEMENT.source in sources
    # a plan question that repeats only the plan and money words stays a plan question
    plan = score_reply_text("So you want to pay the rent on Friday?", "en", disclosure)
    assert plan.scores["responsiveness.interpretation"] < PRESENT


@pytest.mark.parametrize(
    ("booking", "reply"),
    [
        ("I need a cheap hotel in the north for Friday", "So you want a cheap hotel in the north?"),
        ("I need a train to Cambridge on Friday", "I see you would like a train to Cambridge."),
    ],
)
def test_a_clerk_restating_a_booking_request_is_not_interpretation(
    booking: str, reply: str
) -> None:
    table = _exchange(booking, reply)
    scores, evidence = score_replies(table, ["en", "en"], {"logistics": np.array([0.9, 0.0])})
    assert scores["responsiveness.interpretation"][1] < PRESENT
    assert scores["responsiveness"][1] < PRESENT
    assert score_reply_text(reply, "en", booking).scores["responsiveness"] < PRESENT


def test_the_table_api_reads_the_echo_of_the_other_messages_before_the_turn() -> None:
    table = _exchange(ANXIOUS_AT_WORK, "I see your new manager criticises everything you do.")
    scores, evidence = score_replies(table, ["en", "en"], {})
    assert scores["responsiveness.interpretation"][1] >= PRESENT
    sources = {e.source for e in evidence[1]["responsiveness.interpretation"]}
    assert ECHO_RESTATEMENT.source in sources


def test_chinese_replies_are_left_alone() -> None:
    got = score_reply_text("你还好吗？", "zh", "我今天很难过")
    sources = {e.source for e in got.evidence.get("responsiveness.exploration", [])}
    assert not any(s.startswith("structure:") for s in sources)


def test_personal_talk_need_not_say_i() -> None:
    reply = "Has anything changed recently in your life?"
    table = _exchange("yeah but they're not helping with anything", reply)
    scores, _ = score_replies(table, ["en", "en"], {})
    assert scores["responsiveness.exploration"][1] >= PRESENT
    # the same reply after a service request stays 0
    table = _exchange("Can you recommend a museum in the centre?", reply)
    scores, _ = score_replies(table, ["en", "en"], {})
    assert scores["responsiveness.exploration"][1] < PRESENT


def test_asking_how_the_other_feels_is_exploration_not_interpretation() -> None:
    disclosure = "I failed my exam and I feel like such a failure"
    asked = score_reply_text("Do you feel like you can't take any action now?", "en", disclosure)
    assert asked.scores["responsiveness.interpretation"] < PRESENT
    assert asked.scores["responsiveness.exploration"] >= PRESENT
    told = score_reply_text("You feel like you can't take any action now.", "en", disclosure)
    assert told.scores["responsiveness.interpretation"] >= PRESENT


def test_a_question_about_a_third_person_after_personal_talk_is_exploration() -> None:
    table = _exchange("My boyfriend cheated on me last month", "What caused him to do it?")
    scores, evidence = score_replies(table, ["en", "en"], {})
    assert scores["responsiveness.exploration"][1] >= PRESENT
    spans = {e.match for e in evidence[1]["responsiveness.exploration"]}
    assert "What caused him to do it?" in spans


def test_a_weak_interpretation_cue_inside_advice_is_dropped() -> None:
    disclosure = "my landlord is threatening to evict me and I'm scared"
    advice = score_reply_text(
        "You could try contacting your local advice bureau?", "en", disclosure
    )
    assert advice.scores["responsiveness.interpretation"] < PRESENT
    echo = score_reply_text("Your landlord wants you out of the flat?", "en", disclosure)
    assert echo.scores["responsiveness.interpretation"] >= PRESENT


def test_a_yes_no_question_about_the_story_needs_personal_talk() -> None:
    reply = "Was it a large amount of money?"
    personal = _exchange("I got scammed by someone I met online, I feel so stupid", reply)
    scores, _ = score_replies(personal, ["en", "en"], {})
    assert scores["responsiveness.exploration"][1] >= PRESENT
    booking = _exchange("I paid the deposit for the hotel yesterday", reply)
    task = {"transactional": np.array([0.9, 0.0])}
    scores, _ = score_replies(booking, ["en", "en"], task)
    assert scores["responsiveness.exploration"][1] < PRESENT


def test_questions_about_the_others_life_count_and_a_bookings_count_does_not() -> None:
    """h-quest3: the life-domain noun decides ("how many siblings do you have?" after a
    disclosure is exploration; "how many people for the table?" never is)."""
    other = "I've been so lonely since I moved to this city for work"
    for reply in ("How many friends do you have here?", "And your family?"):
        scores, _ = score_replies(_exchange(other, reply), ["en", "en"], {})
        assert scores["responsiveness.exploration"][1] >= PRESENT, reply
    for reply in ("How many people for the table?", "How many nights will you stay?"):
        scores, _ = score_replies(_exchange(other, reply), ["en", "en"], {})
        assert scores["responsiveness.exploration"][1] < PRESENT, reply


@pytest.mark.parametrize(
    "reply",
    [
        "It sounds like you are doing everything you can.",
        "You seem like you are a very strong person.",
        "It sounds like you take a lot of pride in your work.",
    ],
)
def test_praise_in_an_interpretation_frame_is_a_reaction(reply: str) -> None:
    got = score_reply_text(reply, "en", "I've been looking after my mum alone and I'm worn out")
    assert got.scores["responsiveness.interpretation"] < PRESENT
    assert got.scores["responsiveness.reaction"] >= PRESENT
    ev = got.evidence["responsiveness.reaction"]
    assert any(e.source == PRAISE.source and e.match == reply for e in ev)


def test_praise_that_names_a_hardship_stays_an_interpretation() -> None:
    reply = "It sounds like you are doing your best and it is exhausting you."
    got = score_reply_text(reply, "en", "I've been looking after my mum alone and I'm worn out")
    assert got.scores["responsiveness.interpretation"] >= PRESENT
    assert not any(e.source == PRAISE.source for e in got.evidence["responsiveness.reaction"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ok\ndid she ever tell you why", True),
        ("That's hard. When did this happen", True),
        # a question closed with a full stop may have a kind ("Did you eat." is too short
        # to be one, which _kind decides)
        ("Did you eat. I did.", True),
        ("It was fine. We ate at home.", False),
        ("It was a long day. I am tired", False),
        ("are you free later?", True),
        ("Ok. I see you need some support at work", True),
        ("I hear your sister moved away", True),
        ("I'll see you at 6", False),
        # h-quest2
        ("Oh. I was wondering what made her pull away.", True),
        ("That sounds rough, do you know what sets it off", True),
        ("I'm sorry. Is there anyone you can talk to.", True),
        ("It was fine, we ate at home.", False),
    ],
)
def test_the_cheap_test_before_splitting_keeps_chat_questions(text: str, expected: bool) -> None:
    assert _may_have_kind(text) is expected


def test_kinds_and_requests_worked_out_ahead_for_every_row_change_nothing(
    tmp_path: Path,
) -> None:
    """The reply layer reads the sentence kinds and the service requests of every reply
    and context message before the scores exist (a superset of what ``apply`` and
    ``personal`` ask for): the hits and the personal flags are the same, in the same order."""
    path = tmp_path / "chat.txt"
    write_whatsapp(generate_large(2_000, seed=5), path, layout="android")
    table = read_table(path)
    texts = [t or "" for t in table.column("text").to_pylist()]
    langs = detect_many(texts)
    links = find_replies(table)
    replies = np.flatnonzero(links.is_reply)
    scores = score_texts(texts, model=False).scores
    lexicons = tuple(load("en", part) for part in MECHANISMS)
    found = find_many(lexicons, texts, rows_for("en", texts, langs))
    every = range(len(texts))
    alone = personal(texts, langs, scores, links.context, replies)
    ahead = personal(texts, langs, scores, links.context, replies, no_request(texts, langs, every))
    assert alone.tolist() == ahead.tolist() and 20 < int(alone.sum()) < len(replies)
    boosted = np.zeros(len(texts), dtype=bool)
    boosted[replies[::3]] = True
    first = [list(hits) for hits in found]
    second = [list(hits) for hits in found]
    apply(first, texts, langs, boosted, alone)
    apply(second, texts, langs, boosted, alone, sentence_kinds(texts, langs, every))
    assert first == second
    added = {h.entry.source for hits in first for h in hits} - {
        h.entry.source for hits in found for h in hits
    }
    assert QUESTION_AFTER_PERSONAL.source in added or RESTATEMENT.source in added


# h-quest6: a long reply (three sentences or more) says what it says in its statements; a
# question inside it counts as exploration by a cue of its own words, or by a weak cue
# only when it asks about the other's inner life
_LONELY = "I'm so lonely since we moved, I barely talk to anyone all week."


@pytest.mark.parametrize(
    "reply",
    [
        "I know that is a really rough thing to go through. Do you have anyone at home you "
        "can talk to? Just letting it out helps sometimes.",
        "Oh love, I'm so sorry. Moving is hard. Do you go out much?",
        "I had friends like that too. I had to walk away. Has your friend asked you why?",
    ],
)
def test_a_plain_question_inside_a_long_reply_is_not_exploration(reply: str) -> None:
    got = score_reply_text(reply, "en", _LONELY)
    assert got.scores["responsiveness.exploration"] < PRESENT
    # the same question on its own after the disclosure is one
    question = [s for s in reply.split("? ")[0].split(". ") if s][-1] + "?"
    alone = score_reply_text(question, "en", _LONELY)
    assert alone.scores["responsiveness.exploration"] >= PRESENT, question


@pytest.mark.parametrize(
    "question",
    [
        "What's been the hardest part for you?",
        "Do you feel like you can tell me when it gets bad?",
        "What goes through your head when you're alone?",
        "What was today like for you?",
        "How are you feeling right now?",
        "What happened this week?",
        "Do you want to talk about it tonight?",
        "What do you miss most about home?",
    ],
)
def test_a_question_about_the_others_inner_life_in_a_long_reply_is_exploration(
    question: str,
) -> None:
    reply = f"Oh love, I'm so sorry. I had no idea it was this bad. {question}"
    got = score_reply_text(reply, "en", _LONELY)
    assert got.scores["responsiveness.exploration"] >= PRESENT


def test_checking_up_in_a_long_reply_stays_no_exploration() -> None:
    reply = "I called you three times. You never picked up. Where were you last night?"
    got = score_reply_text(reply, "en", "I had a rough day and went out to clear my head")
    assert got.scores["responsiveness.exploration"] < PRESENT


@pytest.mark.parametrize(
    "question",
    [
        "Have you talked to your sister about how lonely it gets?",
        "What do you think is behind it?",
        "What can I do to help?",
        "What do you need from me?",
    ],
)
def test_a_middling_cue_in_a_long_reply_counts_when_it_asks_about_the_inner_life(
    question: str,
) -> None:
    # "think", "help", "need" are the other's inner life; asked alone the cue counts too
    reply = f"Oh love, I'm so sorry. I had no idea it was this bad. {question}"
    got = score_reply_text(reply, "en", _LONELY)
    assert got.scores["responsiveness.exploration"] >= PRESENT, question


@pytest.mark.parametrize(
    "question",
    [
        "Have you tried anything yet to get through the nights?",
        "Have you talked to your sister about it?",
    ],
)
def test_a_middling_plain_cue_in_a_long_reply_is_not_exploration(question: str) -> None:
    # a cue under 0.65 with no word of the inner life ("have you tried anything", "have you
    # talked to") in a long reply of comfort and advice: the advice is the reply's act; on
    # its own after the disclosure it explores
    reply = f"I get it. Nights are the worst. Mine were too. {question}"
    assert score_reply_text(reply, "en", _LONELY).scores["responsiveness.exploration"] < PRESENT
    alone = score_reply_text(question, "en", _LONELY)
    assert alone.scores["responsiveness.exploration"] >= PRESENT


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("what kind of work do you do", "what kind of work do you do?"),
        ("how long were you two together", "how long were you two together?"),
        ("why is that", "why is that?"),
        ("and you", "and you?"),
        ("is there anyone you can talk to", "is there anyone you can talk to?"),
        ("what time is it", None),
        ("how much is it", None),
        ("I know what you mean", None),
        ("What is important is that you rest.", None),
        ("ok, what do you think of the match", None),
        ("what do you think we should do about the leaking tap in the upstairs bathroom", None),
    ],
)
def test_a_question_word_question_without_its_mark(text: str, marked: str | None) -> None:
    from unmask.signals.reply_structure import question_form

    assert question_form(text) == marked


def test_a_question_word_question_without_its_mark_reads_as_its_twin() -> None:
    disclosed = "my dad passed away last month and I can't stop crying"
    for question in ("why is that", "how long were you two together", "what was he like"):
        bare = score_reply_text(question, "en", disclosed).scores
        marked = score_reply_text(question + "?", "en", disclosed).scores
        assert bare["responsiveness.exploration"] == pytest.approx(
            marked["responsiveness.exploration"]
        ), question
    # a checking-up question stays none with or without its mark
    for question in ("Where were you last night", "who were you with"):
        table = _exchange("I had a terrible night, I'm so upset.", question)
        scores, _ = score_replies(table, ["en", "en"], {})
        assert scores["responsiveness.exploration"][1] < PRESENT, question


def test_an_invitation_said_in_a_reply_with_an_emoji_still_explores() -> None:
    # an emoji or "ok." alone is no sentence for the long-reply rule, and an invitation said,
    # not asked, keeps its cue in a long reply
    for reply in (
        "I'm coming home early. we can talk darling. 💕",
        "Oh babe. I'm so sorry it's been like this. I'm coming home early, we can talk.",
    ):
        got = score_reply_text(reply, "en", "I feel stuck and I hate it")
        assert got.scores["responsiveness.exploration"] >= PRESENT, reply


def test_long_reads_as_the_sentences_counted() -> None:
    """h-speed34: ``_long`` stops early where fewer than two of ".!?" and line breaks
    leave room for three sentences; the answer is the count of sentences of two words or
    more, as before, over random texts of words, marks and line breaks (and a few fixed)."""
    from unmask.signals import reply_structure as rs

    def counted(text: str) -> bool:
        return (
            sum(1 for a, b in rs._sentences(text) if len(rs._ANY_WORD.findall(text[a:b])) >= 2)
            >= rs.LONG_SENTENCES
        )

    fixed = [
        "",
        "I know. That is rough. Do you live alone?",
        "I know that is rough do you live alone",
        "ok. ok. ok.",
        "so sorry\nthat is hard\nare you ok",
        "so sorry!! that is hard?? you ok",
        "so sorry. that is hard",
        "哦我好心疼你。你今天真辛苦！你还好吗？",
    ]
    rng = np.random.default_rng(34)
    parts = ["word", "two words", " ", ".", "!", "?", "\n", "...", "😀", "好的"]
    texts = fixed + [
        "".join(rng.choice(parts, size=int(rng.integers(0, 9))).tolist()) for _ in range(3000)
    ]
    for text in texts:
        assert rs._long(text) == counted(text), text


def test_question_form_reads_the_same_behind_its_first_letter_search() -> None:
    """h-speed34: ``question_form`` first asks whether the text starts (after non-word
    characters) with a letter either unmarked form can start with; the answer equals both
    forms read in full, over every letter and case, fillers, non-ASCII letters that
    ignore-case matching folds ("ſo", "İs", "K"), and random word strings."""
    from unmask.signals import reply_structure as rs

    def full(text: str) -> str | None:
        if "?" in text or "," in text or len(text) > 100:
            return None
        if rs._UNMARKED_YES_NO.fullmatch(text) is not None:
            most = rs.UNMARKED_MAX_WORDS
        elif rs._UNMARKED_WH.fullmatch(text) is not None:
            most = rs.UNMARKED_WH_MAX_WORDS
        else:
            return None
        if len(text.split()) > most:
            return None
        return text.rstrip().rstrip(".") + "?"

    words = [
        "ok",
        "okay",
        "so",
        "and",
        "but",
        "oh",
        "hmm",
        "wait",
        "well",
        "are",
        "is",
        "was",
        "were",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "can",
        "could",
        "will",
        "would",
        "should",
        "what",
        "how",
        "why",
        "when",
        "where",
        "who",
        "there",
        "anyone",
        "you",
        "u",
        "he",
        "she",
        "they",
        "it",
        "your",
        "that",
        "this",
        "long",
        "kind",
        "of",
        "work",
        "about",
        "so",
        "ſo",
        "İs",
        "Is",
        "ARE",
        "Do",
        "K",
        "好",
        "lol",
        "yes",
        "no",
    ]
    rng = np.random.default_rng(34)
    texts = [
        f"{c}{rest}"
        for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
        for rest in ("re you ok", "o you work", "hat do you do")
    ]
    texts += ["  ...are you ok", "!! so are you married", "ſo are you ok", "İs he ok", "— how so"]
    for _ in range(4000):
        n = int(rng.integers(1, 7))
        lead = str(rng.choice(["", " ", "...", "- ", "😀 ", "\n"]))
        texts.append(
            lead + " ".join(rng.choice(words, size=n).tolist()) + str(rng.choice(["", ".", " "]))
        )
    assert sum(full(t) is not None for t in texts) > 50
    for text in texts:
        assert rs.question_form(text) == full(text), text


# h-quest7: a question thrown in a fight, a statement with an agreement tag and a condition in
# the inverted form are no exploration after the other's personal talk; their caring twins are
_QUARREL = "I forgot to call you back, I was out with the guys"
_HURT = "I keep blaming myself for the breakup, I feel so lost"


@pytest.mark.parametrize(
    "reply",
    [
        "what is wrong with you?",
        "What the hell is wrong with you",
        "what's your problem?",
        "who do you think you are?",
        "what were you thinking?",
        "are you stupid?",
        "how dare you?",
        "why are you so selfish?",
        "Had you asked, I would have said yes",
        "Were you to ask me, I'd say no",
    ],
)
def test_a_fight_question_or_a_condition_is_not_exploration(reply: str) -> None:
    got = score_reply_text(reply, "en", _QUARREL)
    assert got.scores["responsiveness.exploration"] < PRESENT, reply


@pytest.mark.parametrize(
    "reply",
    [
        "It's not your fault, right?",
        "you know that his actions have very little to do with you, right?",
        "He will come around, don't you think?",
    ],
)
def test_a_statement_with_an_agreement_tag_is_not_exploration(reply: str) -> None:
    got = score_reply_text(reply, "en", _HURT)
    assert got.scores["responsiveness.exploration"] < PRESENT, reply


@pytest.mark.parametrize(
    "reply",
    [
        "what's wrong?",
        "is something wrong?",
        "What were you thinking when she said that?",
        "Why are you so sad?",
        "are you okay, yeah?",
        "You're okay now, right?",
        "Had you told anyone before?",
        "had you told anyone before",
        "Were you able to sleep at all?",
    ],
)
def test_the_caring_twins_of_fights_tags_and_conditions_still_explore(reply: str) -> None:
    got = score_reply_text(reply, "en", _HURT)
    assert got.scores["responsiveness.exploration"] >= PRESENT, reply


@pytest.mark.parametrize(
    ("reply", "explores"),
    [
        # h-quest8: a question that absolves is reassurance ...
        ("How could you have known?", False),
        ("how could you have known he'd do that", False),
        ("Oh love. How were you supposed to know?", False),
        ("Who could blame you?", False),
        ("How could anyone blame you for that?", False),
        ("How is any of this your fault?", False),
        ("What more could you have done?", False),
        ("Who wouldn't be upset?", False),
        # ... its asking twins still explore
        ("How did you find out?", True),
        ("How did you know it was over?", True),
        ("What else could you do?", True),
        ("Who could you talk to about it?", True),
        ("How could you have known? What happened at the end?", True),
        ("Who wouldn't be upset? How did you find out?", True),
    ],
)
def test_a_question_that_absolves_is_not_exploration(reply: str, explores: bool) -> None:
    got = score_reply_text(reply, "en", _HURT)
    assert (got.scores["responsiveness.exploration"] >= PRESENT) is explores, reply
    if not explores:
        assert score_texts([reply]).scores["inner_question"][0] < PRESENT, reply


@pytest.mark.parametrize(
    ("reply", "explores"),
    [
        ("你怎么可能知道呢", False),
        ("你又怎么会知道他会这样？", False),
        ("这怎么能怪你？", False),
        ("谁能想到呢？", False),
        ("那你是怎么发现的？", True),
        ("你什么时候知道的？", True),
    ],
)
def test_a_question_that_absolves_in_chinese_is_not_exploration(reply: str, explores: bool) -> None:
    got = score_reply_text(reply, "zh", "我觉得自己好傻，几个月都没发现他在骗我，我真的很难过")
    assert (got.scores["responsiveness.exploration"] >= PRESENT) is explores, reply
    if not explores:
        assert score_texts([reply]).scores["inner_question"][0] < PRESENT, reply


@pytest.mark.parametrize(
    ("lang", "reply", "explores"),
    [
        # a suggestion put as a question, beside advice or in a long reply, whatever
        # inner-life word it holds ...
        (
            "en",
            "Have you thought about seeking a group of people who have been through what you "
            "are going through? It often helps to talk to people who understand.",
            False,
        ),
        (
            "en",
            "I'm so sorry. That is a lot to carry. Have you thought about talking to someone "
            "who has been through the same thing? It can help.",
            False,
        ),
        ("zh", "你有没有想过去看看心理医生？和别人聊聊通常会有帮助。", False),
        # ... a question about the inner life beside advice still explores
        ("en", "I'm so sorry. That is a lot to carry. How are you feeling about it now?", True),
        ("en", "What are you going through right now? It can help to talk.", True),
        ("zh", "你现在感觉怎么样？和别人聊聊通常会有帮助。", True),
    ],
)
def test_a_suggestion_beside_advice_is_not_exploration(
    lang: str, reply: str, explores: bool
) -> None:
    """h-quest8: the inner-life exception of long replies and advice is not for proposals."""
    other = _HURT if lang == "en" else "我和男朋友分手了，我真的好难过"
    got = score_reply_text(reply, lang, other)
    assert (got.scores["responsiveness.exploration"] >= PRESENT) is explores, reply


@pytest.mark.parametrize(
    ("lang", "reply", "explores"),
    [
        ("en", "Is that what you are going to school for?", True),
        ("en", "Did you see him that Friday?", True),
        ("en", "Are you free this weekend?", False),
        ("zh", "你觉得那个周末他为什么这样？", True),
        ("zh", "你觉得这个周末为什么去不了", False),
    ],
)
def test_a_day_of_the_other_s_story_is_no_plan(lang: str, reply: str, explores: bool) -> None:
    """h-quest8: "that weekend" / 那个周末 is a day of the other's story; "this weekend" a plan."""
    other = (
        "I broke up with my boyfriend, I'm so sad"
        if lang == "en"
        else "我和男朋友分手了，我真的好难过"
    )
    got = score_reply_text(reply, lang, other)
    assert (got.scores["responsiveness.exploration"] >= PRESENT) is explores, reply


@pytest.mark.parametrize(
    ("reply", "explores"),
    [
        ("你到底怎么回事？", False),
        ("你怎么回事啊？", False),
        ("怎么回事？", True),
        ("你怎么了？", True),
    ],
)
def test_a_fight_question_in_chinese_is_not_exploration(reply: str, explores: bool) -> None:
    got = score_reply_text(reply, "zh", "我最近很难过，一直睡不着")
    assert (got.scores["responsiveness.exploration"] >= PRESENT) is explores, reply


@pytest.mark.parametrize(
    ("lang", "other", "reply", "explores"),
    [
        ("en", _HURT, "explain to me?", True),
        ("en", _HURT, "go on", True),
        ("en", _HURT, "say more", True),
        ("en", "I need a table for 2 at 7", "go on", False),
        ("en", "I'm going to the party tonight", "go on, have fun", False),
        ("en", "My card was charged twice", "explain the refund policy", False),
        ("zh", "我男朋友跟我分手了，好难过", "能展开说说吗？", True),
        ("zh", "我男朋友跟我分手了，好难过", "你继续说", True),
        ("zh", "我要退款", "具体说说？", False),
        ("zh", "我要退款", "详细说说退款的原因", False),
    ],
)
def test_a_short_invitation_to_go_on_explores_after_personal_talk_only(
    lang: str, other: str, reply: str, explores: bool
) -> None:
    got = score_reply_text(reply, lang, other)
    assert (got.scores["responsiveness.exploration"] >= PRESENT) is explores, reply


@pytest.mark.parametrize(
    ("other", "reply", "explores"),
    [
        ("我在一个小学校工作，好累", "你们学校有多少老师？", True),
        ("我在一个小学校工作，好累", "你家有几口人？", True),
        ("我想订一个周末的酒店", "你们酒店有多少房间？", False),
        ("我想订个位子", "你们一共有几位？", False),
        ("我想订一个周末的酒店", "你觉得呢？", False),
    ],
)
def test_a_question_about_the_others_life_in_chinese_reads_as_in_english(
    other: str, reply: str, explores: bool
) -> None:
    got = score_reply_text(reply, "zh", other)
    assert (got.scores["responsiveness.exploration"] >= PRESENT) is explores, reply
    twin = score_reply_text(
        "How many teachers are at your school?", "en", "I am so stressed, my school is understaffed"
    )
    assert twin.scores["responsiveness.exploration"] >= PRESENT


_AWFUL = "I can't sleep, I feel awful since she left"


@pytest.mark.parametrize(
    ("reply", "explores"),
    [
        # a plain question beside advice is part of the advice
        ("Have you eaten anything? You should eat something, it helps.", False),
        ("Do you have anyone you can talk to? It often helps to let it out.", False),
        # a question about the inner life, or a strong cue of its own, still explores
        ("What's been the hardest part? Talking about it can help.", True),
        ("How are you feeling? Maybe try to rest a bit.", True),
        ("Do you miss her? It might help to write it down.", True),
        # no advice: "good to hear", a past "helped"
        ("It is good to hear you have a sister. Are you close?", True),
        ("Are you close with your sister? I'm glad she helped.", True),
        # a checking-up question and a demand stay no exploration
        ("Where were you last night? You should tell me everything.", False),
        ("tell me everything, I'm here", True),
    ],
)
def test_a_question_beside_advice_explores_by_its_own_cue_or_the_inner_life(
    reply: str, explores: bool
) -> None:
    got = score_reply_text(reply, "en", _AWFUL)
    assert (got.scores["responsiveness.exploration"] >= PRESENT) is explores, reply


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("So, I hear you saying that you're not keen to talk about it?", "restatement"),
        ("To confirm, you suspect he stopped taking his medicine?", "restatement"),
        ("I hear that you got the job, how did it go?", "question"),
        ("See if they'd like to catch up?", "suggestion"),
        ("I'd ask myself what your options are?", "suggestion"),
        ("Have you had a talk with her about it?", "suggestion"),
        ("he will at least consider it don't you think?", "tag"),
        ("It's not your fault, right?", "tag"),
        ("are you okay, yeah?", "question"),
        ("You're okay now, right?", "question"),
        ("what is wrong with you?", "fight"),
        ("Had you asked, I would have said yes", ""),
    ],
)
def test_h_quest7_sentence_kinds(sentence: str, kind: str) -> None:
    assert _kind(sentence) == kind


# h-quest9: a reproach of what the other always does, asked, is a fight's question; the caring
# twins about the other's own habits and feelings still explore
@pytest.mark.parametrize(
    ("reply", "explores"),
    [
        ("why do you always do this?", False),
        ("Why do you always do this to me?", False),
        ("why do you keep doing this to me?", False),
        ("Why do you always have to ruin everything?", False),
        ("why do you keep lying to me?", False),
        ("why can't you ever just listen?", False),
        ("Why do you always blame yourself?", True),
        ("why do you always feel like you have to be perfect?", True),
        ("Why do you always have to be so hard on yourself?", True),
    ],
)
def test_a_reproach_put_as_a_question_is_not_exploration(reply: str, explores: bool) -> None:
    got = score_reply_text(reply, "en", _HURT)
    assert (got.scores["responsiveness.exploration"] >= PRESENT) is explores, reply
    if not explores:
        assert _kind(reply) == "fight", reply
        quarrel = score_reply_text(reply, "en", _QUARREL)
        assert quarrel.scores["responsiveness.exploration"] < PRESENT, reply


@pytest.mark.parametrize(
    ("other", "reply", "explores"),
    [
        ("你又忘了给我打电话，我等了一晚上", "你为什么总是这样对我？", False),
        ("你又忘了给我打电话，我等了一晚上", "你为什么老是不听我说话", False),
        ("我总觉得都是我的错，我好难过", "你为什么会这样想？", True),
    ],
)
def test_a_reproach_in_chinese_is_not_exploration(other: str, reply: str, explores: bool) -> None:
    got = score_reply_text(reply, "zh", other)
    assert (got.scores["responsiveness.exploration"] >= PRESENT) is explores, reply


_JOBLESS = "My husband lost his job and we are struggling, I feel so alone"
_LONG_OPENING = "I'm so sorry. That must be a lot. I remember when my dad lost his. "


@pytest.mark.parametrize(
    ("reply", "explores"),
    [
        # h-quest9: in a long reply a request to say what the other meant, or a question about
        # how close they are to their people, keeps its weak cue ...
        (_LONG_OPENING + "Things are hard in what way?", True),
        (_LONG_OPENING + "How so?", True),
        (_LONG_OPENING + "Are you close with your family?", True),
        (_LONG_OPENING + "Do you get along with your parents?", True),
        (_LONG_OPENING + "Are you two close?", True),
        (_LONG_OPENING + "Are you finding time to do things you enjoy?", True),
        # ... a plain fact or a place still does not
        (_LONG_OPENING + "Are you close?", False),
        (_LONG_OPENING + "Do you live close to your work?", False),
        (_LONG_OPENING + "Do you live alone?", False),
    ],
)
def test_a_long_reply_keeps_a_request_to_say_more_and_a_question_about_closeness(
    reply: str, explores: bool
) -> None:
    got = score_reply_text(reply, "en", _JOBLESS)
    assert (got.scores["responsiveness.exploration"] >= PRESENT) is explores, reply


@pytest.mark.parametrize(
    ("lang", "other", "reply", "explores"),
    [
        # h-quest9: a short request for an example, a person or what the other meant, after
        # personal talk (en, zh) ...
        ("en", _JOBLESS, "for example?", True),
        ("en", _JOBLESS, "Family is hard! Anyone in particular for you?", True),
        ("en", _JOBLESS, "anything in particular?", True),
        ("zh", "我老公失业了，我们日子很难，我好累", "怎么说？", True),
        ("zh", "我老公失业了，我们日子很难，我好累", "比如说呢？", True),
        ("zh", "我老公失业了，我们日子很难，我好累", "哪方面的？", True),
        ("zh", "我老公失业了，我们日子很难，我好累", "你说的难是指哪方面？", True),
        # ... not after a booking, not a retort, not a clerk's question
        ("en", "I need a table for two tonight", "anything in particular?", False),
        ("en", "I need a table for two tonight", "Any particular time you'd like?", False),
        ("zh", "我要退款", "比如说呢？", False),
        ("zh", "我要退款", "您指的是哪个订单？", False),
        ("zh", "你又忘了给我打电话，我等了一晚上", "你什么意思？", False),
        # ... nor as the answer to a reproach in a quarrel
        ("en", "You never help around the house.", "for example?", False),
        ("zh", "你从来不帮忙做家务。", "比如说呢？", False),
    ],
)
def test_a_short_request_for_an_example_explores_after_personal_talk_only(
    lang: str, other: str, reply: str, explores: bool
) -> None:
    got = score_reply_text(reply, lang, other)
    assert (got.scores["responsiveness.exploration"] >= PRESENT) is explores, reply


@pytest.mark.parametrize(
    "reply",
    [
        "Your room is booked for Friday. Enjoy your stay! Is there anything else?",
        "Table for two at 7 is confirmed. We hope you enjoy it. Would you like parking?",
    ],
)
def test_a_clerk_s_long_reply_with_enjoy_is_not_exploration(reply: str) -> None:
    """h-quest9: "enjoy" keeps a question's weak cue in a long reply only in that question."""
    got = score_reply_text(reply, "en", "I need a room for Friday night, two adults")
    assert got.scores["responsiveness.exploration"] < PRESENT, reply


@pytest.mark.parametrize(
    ("other", "reply", "explores"),
    [
        (_JOBLESS, "Can you give me some more details?", True),
        (_JOBLESS, "could you give me a bit more context?", True),
        ("My card was charged twice for one order", "Can you give me some more details?", False),
        (_JOBLESS, "Can you give me the details of the booking?", False),
    ],
)
def test_a_request_for_more_details_explores_after_personal_talk_only(
    other: str, reply: str, explores: bool
) -> None:
    """h-quest9: "can you give me some more details?" alone is no offer, a question."""
    got = score_reply_text(reply, "en", other)
    assert (got.scores["responsiveness.exploration"] >= PRESENT) is explores, reply

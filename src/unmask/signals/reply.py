"""Reply-level responsiveness signals: how a partner answers what the other shared.

Three mechanisms of empathy in text, after the EPITOME framework (Sharma et
al., 2020, "A Computational Approach to Understanding Empathy Expressed in
Text-Based Mental Health Support"), written from its definitions, not trained
on its data:

* ``responsiveness.reaction``: the replier expresses an emotion about what
  the other shared: warmth, compassion, concern, being moved ("I'm so sorry",
  "that sounds so hard", "心疼你"), including reassurance ("not your fault").
* ``responsiveness.interpretation``: the replier communicates an
  understanding of the other's feelings or experience ("sounds like you felt
  left out", "no wonder you're upset", "换我也会难过", "I went through the same").
* ``responsiveness.exploration``: the replier asks, gently and specifically,
  to learn more about the other's experience ("what happened?", "想聊聊吗？").
* ``responsiveness``: any of the three (the maximum).

What a score requires (docs/responsiveness.md):

1. The message is a *reply*: a text message of a turn (a sender's consecutive
   messages in one conversation session, :func:`unmask.sessions.session_ids`)
   that answers the other's turn (the turn's first message follows someone
   else's message in the session), or whose ``reply_to`` points at someone
   else's message. Every message of the answering turn is read, not only its
   first. Everything else is NaN (null).
2. A cue of the mechanism's lexicon (``lang/<code>/responsiveness_*.yaml``)
   fires and is not negated just before it. Cues combine as a noisy-or of
   their weights: ``1 - prod(1 - w)``.
3. Weak cues (weight < 0.5: a bare "sorry", "why?", "ugh") only reach 0.5
   when the other person's preceding message shared something (the context
   is 0.5 or more): then they combine and the score gets ``CONTEXT_BOOST``.
   Without context, weak cues alone score as the strongest of them. The context of
   every message of a turn is the same: the strongest of the other person's last
   ``CONTEXT_RUN`` messages of the session before the turn (stepping back over
   the replier's own turns in between) and the message it quotes, each scored
   as the maximum of the message-level ``disclosure.emotional`` and
   ``disclosure.vulnerable`` scores (table API) and the context cues
   (``responsiveness_context.yaml``).

A generic "ok" / "lol" or a logistics answer fires nothing and scores 0.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from unmask.arrownp import numpy_of, scalar
from unmask.errors import InputError
from unmask.npset import unique
from unmask.sessions import DEFAULT_SESSION_GAP_MINUTES, session_ids
from unmask.signals import control_gate, reply_guard, reply_mirror, reply_structure
from unmask.signals.distinct import distinct as distinct_texts
from unmask.signals.reply_lexicon import (
    CONTEXT,
    LANGS,
    MECHANISMS,
    Hit,
    find_many,
    find_many_coded,
    langs_take,
    load,
    rows_for,
)
from unmask.signals.types import PRESENT, REPLY_SIGNALS, Evidence, TextScore

RESPONSIVENESS = "responsiveness"
SIGNAL_OF: dict[str, str] = {part: f"{RESPONSIVENESS}.{part}" for part in MECHANISMS}
#: added to a mechanism's score when it has any cue and the other person disclosed
CONTEXT_BOOST = 0.2
#: how many of the other's consecutive messages just before a reply are its context
CONTEXT_RUN = 3
#: message-level signals that say the other person shared something
CONTEXT_SIGNALS: tuple[str, ...] = ("disclosure.emotional", "disclosure.vulnerable")
CONTEXT_SOURCE = "context:other-disclosed"
_MAX_WEIGHT = 1.0 - 1e-9
_LANG_CHOICES = ("en", "zh", "other")

Scores = dict[str, np.ndarray]
EvidenceRows = list[dict[str, list[Evidence]]]


@dataclass(frozen=True)
class ReplyLinks:
    """Which messages of a table are replies, and which rows are their context.

    ``context[i]`` holds up to ``CONTEXT_RUN + 1`` row numbers (-1 = none): the
    other person's last messages of the session before the turn of ``i``, latest
    first, then the message ``i`` quotes through ``reply_to``. ``previous[i]``: the
    previous message with a sender in the session of ``i`` (-1 = none), whoever wrote it
    (None where not worked out). ``sender`` and ``conversation``: an integer code per row,
    equal values equal codes, -1 for null (None where not worked out).
    """

    is_reply: np.ndarray
    context: np.ndarray
    previous: np.ndarray | None = None
    sender: np.ndarray | None = None
    conversation: np.ndarray | None = None

    def groups(self) -> np.ndarray:
        """One code per row for its conversation and sender together (the context pass's
        clerk's register, :mod:`unmask.signals.context`)."""
        if self.sender is None or self.conversation is None:
            raise ValueError("these links were made without the sender codes")
        sender, conv = self.sender + 1, self.conversation + 1
        return conv * (int(sender.max(initial=0)) + 1) + sender

    def conversations(self) -> np.ndarray:
        """One code per row for its conversation (the context pass's service chats)."""
        if self.conversation is None:
            raise ValueError("these links were made without the conversation codes")
        return self.conversation


def _codes(column: pa.ChunkedArray) -> np.ndarray:
    """Integer code per value (-1 for null), equal values equal codes."""
    indices = column.combine_chunks().dictionary_encode().indices
    return np.asarray(numpy_of(pc.fill_null(indices, scalar(-1, indices.type))), np.int64)


def find_replies(
    table: pa.Table, *, session_gap_minutes: float = DEFAULT_SESSION_GAP_MINUTES
) -> ReplyLinks:
    """Mark the replies of a canonical message table and link each to its context."""
    n = table.num_rows
    context = np.full((n, CONTEXT_RUN + 1), -1, dtype=np.int64)
    if n == 0:
        none = np.zeros(0, dtype=np.int64)
        return ReplyLinks(np.zeros(0, dtype=bool), context, none, none, none)
    sender = _codes(table.column("sender"))
    conv = _codes(table.column("conversation_id"))
    is_text = np.asarray(numpy_of(pc.equal(table.column("kind"), scalar("text"))))
    sessions = session_ids(conv, numpy_of(table.column("timestamp")), session_gap_minutes)
    # previous message with a sender in the same session (system lines are skipped)
    with_sender = np.flatnonzero(sender >= 0)
    prev = np.full(n, -1, dtype=np.int64)
    if len(with_sender) > 1:
        later, earlier = with_sender[1:], with_sender[:-1]
        same = sessions[later] == sessions[earlier]
        prev[later[same]] = earlier[same]
    has_prev = prev >= 0
    same_prev = has_prev & (sender[np.where(has_prev, prev, 0)] == sender)
    other_prev = has_prev & ~same_prev
    # a turn: a message with a sender that does not continue its own sender's message,
    # and the messages that continue it; every message of a turn answering the other's
    # turn is a reply
    starts = (sender >= 0) & ~same_prev
    turn_start = np.maximum.accumulate(np.where(starts, np.arange(n), 0))
    answers_turn = other_prev[turn_start]
    # its context: the other person's last CONTEXT_RUN messages of the session before the
    # turn, stepping back over the replier's own turns in between
    col = np.where(other_prev, prev, -1)
    before_turn = np.full((n, CONTEXT_RUN), -1, dtype=np.int64)
    before_turn[:, 0] = col
    for k in range(1, CONTEXT_RUN):
        before_turn[:, k] = col = _earlier_by_same_sender(col, prev, same_prev, turn_start, sender)
    context[:, :CONTEXT_RUN] = before_turn[turn_start]
    quoted = _quoted(table, conv)
    has_quote = quoted >= 0
    safe = np.where(has_quote, quoted, 0)
    other_quote = has_quote & (sender[safe] >= 0) & (sender[safe] != sender)
    other_quote &= quoted != np.arange(n)
    context[:, CONTEXT_RUN] = np.where(other_quote, quoted, -1)
    is_reply = (sender >= 0) & is_text & (answers_turn | other_quote)
    context[~is_reply] = -1
    return ReplyLinks(is_reply, context, prev, sender, conv)


def _earlier_by_same_sender(
    rows: np.ndarray,
    prev: np.ndarray,
    same_prev: np.ndarray,
    turn_start: np.ndarray,
    sender: np.ndarray,
) -> np.ndarray:
    """For each row number in ``rows`` (-1: none), the previous message of the same sender
    in its session: within its turn, or the last message of its sender's turn before the
    turn in between (-1 when there is none or a third person wrote that turn)."""
    ok = rows >= 0
    safe = np.where(ok, rows, 0)
    within = ok & same_prev[safe]
    out = np.where(within, prev[safe], -1)
    other = np.where(ok & ~within, prev[safe], -1)  # last message of the turn in between
    has_other = other >= 0
    earlier = np.where(has_other, prev[turn_start[np.where(has_other, other, 0)]], -1)
    has_earlier = earlier >= 0
    same = has_earlier & (sender[np.where(has_earlier, earlier, 0)] == sender[safe])
    return np.where(same & ~within, earlier, out)


def _quoted(table: pa.Table, conv: np.ndarray) -> np.ndarray:
    """Row of the message each row quotes via ``reply_to`` in its conversation, else -1."""
    n = table.num_rows
    out = np.full(n, -1, dtype=np.int64)
    if "reply_to" not in table.column_names or table.column("reply_to").null_count == n:
        return out
    reply_to = table.column("reply_to").to_pylist()
    ids = table.column("message_id").to_pylist()
    where = {(int(c), m): i for i, (c, m) in enumerate(zip(conv.tolist(), ids, strict=True))}
    for i, target in enumerate(reply_to):
        if target is not None:
            out[i] = where.get((int(conv[i]), target), -1)
    return out


def context_cues(texts: Sequence[str], langs: Sequence[str]) -> np.ndarray:
    """Strongest non-negated context cue per text: did this message share something?"""
    out = np.zeros(len(texts))
    for lang in LANGS:
        (hits,) = find_many((load(lang, CONTEXT),), texts, rows_for(lang, texts, langs))
        for hit in hits:
            out[hit.row] = max(out[hit.row], hit.entry.weight)
    return out


def score_texts(
    texts: Sequence[str],
    langs: Sequence[str],
    context: np.ndarray,
    previous: Sequence[str | None] | None = None,
) -> tuple[Scores, EvidenceRows]:
    """Reply signals of texts already known to be replies, given their context level;
    ``previous``: the other's message each text answers (None: not known), which a
    restatement may echo (:func:`unmask.signals.reply_structure.echoes`)."""
    texts = [reply_structure.question_form(t) or t for t in texts]
    found = {
        lang: find_many(
            tuple(load(lang, part) for part in MECHANISMS), texts, rows_for(lang, texts, langs)
        )
        for lang in LANGS
    }
    boosted = np.asarray(context, dtype=np.float64) >= PRESENT

    def heard(row: int) -> list[str]:
        said = previous[row] if previous is not None else None
        return [said] if said else []

    reply_structure.apply(found["en"], texts, langs, boosted, heard=heard)
    for lang in ("en", "zh"):
        reply_mirror.drop_turned_back(found[lang], texts, langs, heard)
        reply_guard.drop_undone(found[lang], texts, langs)
        reply_guard.drop_formula(found[lang], texts, langs)
    return _combine(len(texts), found, boosted)


def _combine(
    n: int,
    found: Mapping[str, Sequence[Sequence[Hit]]],
    boosted: np.ndarray,
    with_evidence: bool = True,
    ready: Mapping[str, Sequence[HitArrays]] | None = None,
) -> tuple[Scores, EvidenceRows]:
    """Scores and evidence of ``n`` texts from the hits of each language's mechanism
    lexicons (in ``MECHANISMS`` order); ``boosted``: the other person disclosed.
    ``with_evidence=False``: the same scores, and no evidence (an empty list); ``ready``
    then gives a language's :func:`hit_arrays` (per mechanism) where the caller built them
    already (the same numbers: ``found`` of that language is not read)."""
    log_miss = {part: np.zeros(n) for part in MECHANISMS}
    strong = {part: np.zeros(n, dtype=bool) for part in MECHANISMS}
    weak_max = {part: np.zeros(n) for part in MECHANISMS}
    evidence: EvidenceRows = [{} for _ in range(n)] if with_evidence else []
    touched: set[int] = set()
    if not with_evidence:  # the same sums, in the same order, through numpy
        for k, part in enumerate(MECHANISMS):
            pieces = [
                ready[lang][k] if ready and lang in ready else hit_arrays(found[lang][k])
                for lang in LANGS
            ]
            _accumulate(
                np.concatenate([rows for rows, _ in pieces]),
                np.concatenate([weights for _, weights in pieces]),
                log_miss[part],
                strong[part],
                weak_max[part],
            )
    for lang in LANGS if with_evidence else ():
        for part, hits in zip(MECHANISMS, found[lang], strict=True):
            name = SIGNAL_OF[part]
            miss, has_strong, weak = log_miss[part], strong[part], weak_max[part]
            for hit in hits:
                row = hit.row
                w = hit.entry.weight
                miss[row] += _log_miss(w)
                if w >= PRESENT:
                    has_strong[row] = True
                elif w > weak[row]:
                    weak[row] = w
                if with_evidence:
                    evidence[row].setdefault(name, []).append(
                        Evidence(name, hit.text, hit.start, hit.end, hit.entry.source, w)
                    )
                    touched.add(row)
    scores: Scores = {}
    for part in MECHANISMS:
        name = SIGNAL_OF[part]
        score = 1.0 - np.exp(log_miss[part])
        # weak cues alone, without context, count as the strongest one (no combining)
        alone = ~strong[part] & ~boosted
        score[alone] = weak_max[part][alone]
        lift = boosted & (score > 0)
        score[lift] = np.minimum(1.0, score[lift] + CONTEXT_BOOST)
        for i in np.flatnonzero(lift).tolist() if with_evidence else ():
            evidence[i][name].append(Evidence(name, "", 0, 0, CONTEXT_SOURCE, CONTEXT_BOOST))
        scores[name] = np.clip(score, 0.0, 1.0)
    scores[RESPONSIVENESS] = np.maximum.reduce([scores[SIGNAL_OF[p]] for p in MECHANISMS])
    for i in touched:  # each row on its own: any order
        items = evidence[i]
        items[RESPONSIVENESS] = [
            Evidence(RESPONSIVENESS, e.match, e.start, e.end, e.source, e.weight)
            for part in MECHANISMS
            for e in items.get(SIGNAL_OF[part], [])
        ]
    return scores, evidence


#: the rows and the weights of a list of hits, in its order (:func:`hit_arrays`)
HitArrays = tuple[np.ndarray, np.ndarray]


def hit_arrays(hits: Sequence[Hit]) -> HitArrays:
    """Each hit's row (int64) and its entry's weight (float64), in the hits' order."""
    rows = np.fromiter((h.row for h in hits), np.int64, len(hits))
    weights = np.fromiter((h.entry.weight for h in hits), np.float64, len(hits))
    return rows, weights


def _accumulate(
    rows: np.ndarray,
    weights: np.ndarray,
    log_miss: np.ndarray,
    strong: np.ndarray,
    weak_max: np.ndarray,
) -> None:
    """What :func:`_combine`'s loop over hits (their :func:`hit_arrays`) adds to one
    mechanism's arrays, without a Python step per hit: ``np.add.at`` adds each hit's term
    to its row in the hits' order (so each row's sum is the loop's, bit for bit), and the
    weights are few, so their terms come from :func:`_log_miss` once per weight."""
    if not len(rows):
        return
    values, which = np.unique(weights, return_inverse=True)
    terms = np.array([_log_miss(float(w)) for w in values.tolist()], dtype=np.float64)
    np.add.at(log_miss, rows, terms[which])
    is_strong = weights >= PRESENT
    strong[rows[is_strong]] = True
    np.maximum.at(weak_max, rows[~is_strong], weights[~is_strong])


@lru_cache(maxsize=256)
def _log_miss(weight: float) -> float:
    """log(1 - w) of one cue, the term its noisy-or adds (weights are few: cached)."""
    return float(np.log1p(-min(weight, _MAX_WEIGHT)))


def score_replies(
    table: pa.Table,
    langs: Sequence[str],
    message_scores: Mapping[str, np.ndarray],
    *,
    session_gap_minutes: float = DEFAULT_SESSION_GAP_MINUTES,
    texts: Sequence[str] | None = None,
    evidence: bool = True,
    text_codes: TextCodes | None = None,
    links: ReplyLinks | None = None,
    likely: Callable[[], np.ndarray] | None = None,
) -> tuple[Scores, EvidenceRows]:
    """The four reply signals of every message of a canonical table (NaN for non-replies).

    ``langs`` is the language of each message ("en", "zh", "other");
    ``message_scores`` the message-level columns of the same table (NaN for
    non-text rows); only ``disclosure.emotional`` and ``disclosure.vulnerable``
    are read, as context, and may be absent. ``texts``, when the caller already
    holds the table's text column as strings ("" for none), saves reading it again.
    ``evidence=False``: the same scores, and the evidence is an empty list.
    ``text_codes``: where the caller has found the distinct texts of some rows already
    (:class:`TextCodes`, of these ``texts``), it saves finding them again. ``links``: the
    table's :func:`find_replies` with the same gap, where the caller has it already.
    ``likely``: gives, per message, whether the safety model's control probability is past
    the control gate's level (:func:`unmask.signals.control_gate.likely_control`, as the
    scorer read it); asked only once the message-level scores have been read.
    """
    n = table.num_rows
    if len(langs) != n:
        raise InputError(f"got {len(langs)} languages for {n} messages; pass one per message.")
    if links is None:
        links = find_replies(table, session_gap_minutes=session_gap_minutes)
    scores: Scores = {name: np.full(n, np.nan) for name in REPLY_SIGNALS}
    replies = np.flatnonzero(links.is_reply)
    if len(replies) == 0:
        return scores, [{} for _ in range(n)] if evidence else []
    if texts is None:
        texts = [t or "" for t in table.column("text").to_pylist()]
    elif len(texts) != n:
        raise InputError(f"got {len(texts)} texts for {n} messages; pass one per message.")
    is_context = np.zeros(n, dtype=bool)
    is_context[links.context[links.context >= 0]] = True
    # one scan per language for both jobs: mechanisms on replies, context cues on context
    allowed = [*[links.is_reply] * len(MECHANISMS), is_context]
    rows = np.flatnonzero(links.is_reply | is_context)
    # each text of these rows by its index among their distinct texts (chats repeat
    # themselves): what depends on a text alone is worked out once per distinct text below
    distinct, code = _coded(texts, rows, text_codes)
    # a short yes/no question typed without "?" is read as its "?" twin (h-mend2)
    distinct, texts = _question_forms(distinct, code, texts, rows)
    is_zh = np.zeros(n, dtype=bool)
    row_list = rows.tolist()
    is_zh[rows] = np.fromiter((langs[r] == "zh" for r in row_list), bool, len(row_list))
    found: dict[str, list[list[Hit]]] = {}
    cues = np.zeros(n)
    for lang in LANGS:
        lexicons = tuple(load(lang, part) for part in (*MECHANISMS, CONTEXT))
        *found[lang], context_hits = find_many_coded(
            lexicons, distinct, code, langs_take(lang, distinct, code, is_zh, rows), allowed
        )
        for hit in context_hits:
            cues[hit.row] = max(cues[hit.row], hit.entry.weight)
    context_rows = links.context

    def heard(row: int) -> list[str]:
        return [texts[c] for c in context_rows[row].tolist() if c >= 0]

    # a Chinese reply that turns the other's words back on them is no interpretation
    # (reply_mirror); then the Chinese hits as arrays for _combine (reply_structure.apply
    # edits the English ones only), before the scores are read
    reply_mirror.drop_turned_back(found["zh"], texts, langs, heard)
    # nor one that takes its warmth back in the same message (reply_guard)
    reply_guard.drop_undone(found["zh"], texts, langs)
    # nor a bare sorry formula before the question it leads into (reply_guard)
    reply_guard.drop_formula(found["zh"], texts, langs)
    ready = {"zh": [hit_arrays(hits) for hits in found["zh"]]} if not evidence else None
    # what the structural cues read of the texts alone, for every reply and context message
    # (a few more than the scores will ask for), also before the scores are read
    ctx_rows = links.context[replies]
    plain = reply_structure.no_request_coded(distinct, code, is_zh, unique(ctx_rows[ctx_rows >= 0]))
    known = reply_structure.sentence_kinds_coded(distinct, code, is_zh, replies)
    # praise in the English interpretation hits moves to reaction by the texts alone
    reply_structure._praise_as_reaction(found["en"], texts, langs)
    # and whether the English replies with warmth take it back (reply_guard), by text
    undone_en = reply_guard.read_undone(found["en"], texts, langs)
    # the message-level scores are read only now: the scorer may still be computing them
    # in another process while the work above runs (unmask.signals.parallel)
    level = cues
    for name in CONTEXT_SIGNALS:
        if name in message_scores:
            column = np.nan_to_num(np.asarray(message_scores[name], dtype=np.float64), nan=0.0)
            level = np.maximum(level, column)
    ctx = _max_over(np.append(level, 0.0), ctx_rows)  # -1 (no message): the appended 0
    boosted = np.zeros(n, dtype=bool)
    boosted[replies] = ctx >= PRESENT
    personal = reply_structure.personal(texts, langs, message_scores, links.context, replies, plain)
    reply_structure.apply(found["en"], texts, langs, boosted, personal, known, heard, praised=True)
    reply_mirror.drop_turned_back(found["en"], texts, langs, heard)
    reply_guard.drop_undone(found["en"], texts, langs, undone_en)
    reply_guard.drop_formula(found["en"], texts, langs)
    # a line read as control asks nothing of the other's experience (h-quest12) and shows
    # no warmth or understanding either (lead, 2026-12-06)
    # nor one the safety model reads as control past the gate's level (h-gate)
    ready = _reply_no_control(found, message_scores, n, ready, None if likely is None else likely())
    all_scores, all_evidence = _combine(n, found, boosted, evidence, ready)
    for name in REPLY_SIGNALS:
        scores[name][replies] = all_scores[name][replies]
    return scores, all_evidence


def _reply_no_control(
    found: dict[str, list[list[Hit]]],
    message_scores: Mapping[str, np.ndarray],
    n: int,
    ready: dict[str, list[HitArrays]] | None,
    likely: np.ndarray | None = None,
) -> dict[str, list[HitArrays]] | None:
    """Drop every mechanism's hits of the messages read as control and not as their
    writer's fear (the message-level reading of :mod:`unmask.signals.control_gate`): "Who
    were you talking to on the phone for an hour?", "Why did you turn off your location?"
    interrogate, they do not ask after the other's experience (h-quest12); "I understand
    you're upset, but you're not going out tonight", "心疼你，把你定位共享给我" wrap control in
    understanding or warmth, which earns no credit (lead, 2026-12-06). ``ready``: the
    Chinese hits as arrays, rebuilt where a Chinese hit is dropped; returned. ``likely``:
    per message, the safety model's control probability past the gate's level, which
    withholds the line's depth at the scorer and so its reply credit too ("I love you so
    much, that's why I need the password to your email" interprets nothing; h-gate)."""
    ruled = control_gate.gated_by_name(message_scores, n, likely)
    if not ruled.any():
        return ready
    for lang in LANGS:
        for m, hits in enumerate(found[lang]):
            kept = [h for h in hits if not ruled[h.row]]
            if len(kept) == len(hits):
                continue
            hits[:] = kept
            if ready is not None and lang in ready:
                ready[lang][m] = hit_arrays(kept)
    return ready


def _max_over(values: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Per row of ``rows`` (a table's rows, -1 for the last of ``values``): the largest of
    ``values`` at its rows, as ``values[rows].max(axis=1)`` gives it (the same maximum of
    the same numbers, in the same order), one column at a time: numpy's reduction along a
    row of three or four items costs ten times as much."""
    out = values[rows[:, 0]]
    for k in range(1, rows.shape[1]):
        np.maximum(out, values[rows[:, k]], out=out)
    return out


@dataclass(frozen=True)
class TextCodes:
    """Rows of a table by the index of their text among distinct texts: ``texts[rows[j]]``
    is ``distinct[inverse[j]]`` (``inverse`` None: ``distinct[j]``, no text repeats), as
    :func:`unmask.signals.distinct.distinct` of those rows' texts gives them (the scorer
    has them for the text messages)."""

    distinct: list[str]
    inverse: np.ndarray | None
    rows: np.ndarray


def _coded(
    texts: Sequence[str], rows: np.ndarray, known: TextCodes | None
) -> tuple[list[str], np.ndarray]:
    """The distinct texts of ``rows`` (and perhaps others) and the index of each row's text
    among them (per row of the table; -1 for rows not coded): from ``known`` where it
    covers a row, else found here."""
    code = np.full(len(texts), -1, dtype=np.int64)
    distinct: list[str] = []
    if known is not None and len(known.rows):
        distinct = known.distinct
        code[known.rows] = np.arange(len(known.rows)) if known.inverse is None else known.inverse
    missing = rows[code[rows] < 0]
    if len(missing):
        more, inverse = distinct_texts([texts[r] for r in missing.tolist()])
        code[missing] = len(distinct) + (np.arange(len(missing)) if inverse is None else inverse)
        distinct = [*distinct, *more]
    return distinct, code


def _question_forms(
    distinct: list[str], code: np.ndarray, texts: Sequence[str], rows: np.ndarray
) -> tuple[list[str], Sequence[str]]:
    """``distinct`` and ``texts`` with each short yes/no question typed without "?" in its
    "?" form (:func:`unmask.signals.reply_structure.question_form`), in copies where one
    changes: "Are you married" reads as "Are you married?" does."""
    asked = {j: q for j, t in enumerate(distinct) if (q := reply_structure.question_form(t))}
    if not asked:
        return distinct, texts
    distinct = list(distinct)
    for j, q in asked.items():
        distinct[j] = q
    texts = list(texts)
    for r in rows[np.isin(code[rows], np.fromiter(asked, np.int64, len(asked)))].tolist():
        texts[r] = distinct[int(code[r])]
    return distinct, texts


def score_reply_text(text: str, lang: str, previous: str | None = None) -> TextScore:
    """The reply signals of one exchange: ``text`` answers the other's ``previous``.

    ``text`` is treated as a reply; ``previous`` (the other person's message)
    only serves as context (weak cues need it, see the module docstring) and as
    the words a restatement may echo. Only the context cues of
    ``responsiveness_context.yaml`` read its level here; the table API also uses
    the message-level disclosure scores.
    """
    if lang not in _LANG_CHOICES:
        raise InputError(f"lang must be one of {list(_LANG_CHOICES)}; got {lang!r}.")
    context = context_cues([previous], [lang]) if previous else np.zeros(1)
    scores, evidence = score_texts([text], [lang], context, [previous])
    values: dict[str, float | None] = {name: float(scores[name][0]) for name in REPLY_SIGNALS}
    return TextScore(lang=lang, scores=values, evidence=evidence[0])

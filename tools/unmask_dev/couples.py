"""Couples assembled from real two-person dialogues, for profile figures (benchmarks only).

A *couple* here is a canonical message table (:data:`unmask.model.ARROW_SCHEMA`) whose
sessions are real dialogues written by others (MultiWOZ or CrossWOZ booking chats,
ESConv or SmileChat support chats, ...), spread over calendar months with invented
timestamps. The two speakers of every dialogue become the two partners; which speaker
plays which partner alternates from one dialogue to the next, so each partner both asks
and answers, discloses and supports, as partners do.

Nothing here is a real couple: the assembled chats test what the *profile* does with
conversation it did not write (a year of nothing but bookings must not look intimate; a
couple that was deep and then only booked must be told as changed; months shuffled
into random order must show no change point). Tests never call these builders on the
shared data; ``tests/profile`` builds couples from dialogues written in the test itself.

Held-out split: :func:`split` keeps a deterministic part of each development set
(``held``) for reported figures; anything tuned looks at the other part only.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pyarrow as pa

from unmask.model import ARROW_SCHEMA, FIELDS
from unmask_dev.devsets import Dialogue, Turn

PARTNERS: tuple[str, str] = ("Alex", "Sam")
START_YEAR = 2023


def text_table(
    conv: Sequence[str],
    mid: Sequence[str],
    ts: Sequence[str],
    sender: Sequence[str],
    text: Sequence[str],
) -> pa.Table:
    """A canonical message table of plain text messages (generic platform, no reply links,
    offsets or edits) from its five varying columns, one entry per message."""
    n = len(text)
    return pa.table(
        {
            "conversation_id": list(conv),
            "message_id": list(mid),
            "timestamp": list(ts),
            "sender": list(sender),
            "text": list(text),
            "kind": ["text"] * n,
            "platform": ["generic"] * n,
            "reply_to": pa.nulls(n, pa.string()),
            "utc_offset": pa.nulls(n, pa.int32()),
            "edited": [False] * n,
        },
        schema=ARROW_SCHEMA,
    )


def split(dialogues: Sequence[Dialogue], part: str = "held") -> list[Dialogue]:
    """``held``: the dialogues whose id hashes to 0 mod 4 (a quarter, for figures); ``tune``:
    the rest (for looking at examples and choosing thresholds)."""
    if part not in ("held", "tune"):
        raise ValueError("part must be 'held' or 'tune'")

    def bucket(d: Dialogue) -> int:
        return int(hashlib.sha1(d.id.encode("utf-8")).hexdigest(), 16) % 4

    return [d for d in dialogues if (bucket(d) == 0) == (part == "held")]


@dataclass(frozen=True)
class Couple:
    """An assembled chat: the canonical table and what each month was built from."""

    name: str
    table: pa.Table
    month_kinds: tuple[str, ...]

    @property
    def partners(self) -> tuple[str, str]:
        return PARTNERS


def _speakers(dialogue: Dialogue) -> list[str]:
    seen: list[str] = []
    for t in dialogue.turns:
        if t.speaker not in seen:
            seen.append(t.speaker)
    return seen


def assemble(
    name: str,
    months: Sequence[Sequence[Dialogue]],
    month_kinds: Sequence[str] | None = None,
    seed: int = 0,
    start_year: int = START_YEAR,
) -> Couple:
    """One session per dialogue, ``months[m]`` the dialogues of calendar month ``m``.

    Sessions start on a random day of their month between 07:00 and 22:00; turns follow
    each other after 1 to 6 minutes (well inside the default session gap), consecutive
    turns of one speaker after under a minute. The first speaker of every dialogue is
    partner a in even dialogues and partner b in odd ones.
    """
    rng = random.Random(seed)
    rows: dict[str, list[object]] = {f: [] for f in FIELDS}
    count = 0
    for m, dialogues in enumerate(months):
        year, month = start_year + m // 12, m % 12 + 1
        days = sorted(rng.sample(range(1, 29), min(len(dialogues), 28)))
        while len(days) < len(dialogues):
            days.append(rng.randint(1, 28))
        days.sort()
        for k, (dialogue, day) in enumerate(zip(dialogues, days, strict=True)):
            speakers = _speakers(dialogue)
            first = (count + k) % 2
            who = {s: PARTNERS[(first + i) % 2] for i, s in enumerate(speakers)}
            t = (rng.randint(7, 21) * 60 + rng.randint(0, 59)) * 60
            previous: Turn | None = None
            for turn in dialogue.turns:
                if not turn.text:
                    continue
                if previous is not None:
                    same = previous.speaker == turn.speaker
                    t += rng.randint(10, 50) if same else rng.randint(60, 360)
                previous = turn
                stamp = f"{year:04d}-{month:02d}-{day:02d}T{t // 3600 % 24:02d}:" + (
                    f"{t // 60 % 60:02d}:{t % 60:02d}"
                )
                rows["conversation_id"].append(name)
                rows["message_id"].append(str(len(rows["message_id"])))
                rows["timestamp"].append(stamp)
                rows["sender"].append(who[turn.speaker])
                rows["text"].append(turn.text)
                rows["kind"].append("text")
                rows["platform"].append("assembled")
                rows["reply_to"].append(None)
                rows["utc_offset"].append(None)
                rows["edited"].append(False)
        count += len(dialogues)
    table = pa.Table.from_pydict(rows, schema=ARROW_SCHEMA)
    table = table.sort_by([("timestamp", "ascending")])
    kinds = tuple(month_kinds) if month_kinds is not None else tuple("" for _ in months)
    return Couple(name, table, kinds)


def deal(pool: Sequence[Dialogue], months: int, per_month: int, seed: int) -> list[list[Dialogue]]:
    """``months`` lists of ``per_month`` dialogues drawn from ``pool`` (without replacement
    while it lasts, then again from the start)."""
    rng = random.Random(seed)
    order = list(pool)
    rng.shuffle(order)
    out: list[list[Dialogue]] = []
    i = 0
    for _ in range(months):
        chosen = []
        for _ in range(per_month):
            chosen.append(order[i % len(order)])
            i += 1
        out.append(chosen)
    return out


def phased(
    name: str,
    phases: Sequence[tuple[str, Sequence[Dialogue], int]],
    per_month: int = 8,
    seed: int = 0,
) -> Couple:
    """A couple made of phases ``(kind, pool, months)`` in order, e.g. deep for 6 months then
    booking for 6."""
    months: list[list[Dialogue]] = []
    kinds: list[str] = []
    for p, (kind, pool, n) in enumerate(phases):
        months.extend(deal(pool, n, per_month, seed * 100 + p))
        kinds.extend([kind] * n)
    return assemble(name, months, kinds, seed)


def shuffled_months(couple: Couple, seed: int) -> Couple:
    """The same dialogues with their months put in a random order (a stationary chat:
    any change point found in it is spurious)."""
    table = couple.table
    stamps = table.column("timestamp").to_pylist()
    labels = sorted({s[:7] for s in stamps})
    order = list(labels)
    random.Random(seed).shuffle(order)
    mapping = {old: new for old, new in zip(order, sorted(labels), strict=True)}
    new_stamps = [mapping[s[:7]] + s[7:] for s in stamps]
    table = table.set_column(
        FIELDS.index("timestamp"), "timestamp", pa.array(new_stamps, type=pa.string())
    )
    table = table.sort_by([("timestamp", "ascending")])
    return Couple(f"{couple.name}-shuffled{seed}", table, couple.month_kinds)


# --- chats the signals cannot read ---------------------------------------------------------

LOREM_TEXT = (
    "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
    "incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud "
    "exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure "
    "in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint "
    "occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est "
    "laborum"
)
LOREM = LOREM_TEXT.split()

#: everyday sentences in languages the signals do not read (written for this project)
UNSUPPORTED: dict[str, tuple[str, ...]] = {
    "de": (
        "Wann kommst du heute nach Hause?",
        "Ich habe noch eine Besprechung bis sechs.",
        "Soll ich etwas zum Abendessen einkaufen?",
        "Ja, bitte Brot und Milch.",
        "Mir geht es heute nicht so gut, ich bin müde.",
        "Das tut mir leid, ruh dich aus.",
        "Wir könnten am Wochenende zu deinen Eltern fahren.",
        "Gute Idee, ich rufe sie morgen an.",
    ),
    "es": (
        "¿A qué hora sales del trabajo hoy?",
        "Creo que a las siete, hay mucho que hacer.",
        "Te espero para cenar entonces.",
        "Gracias, estoy un poco cansada esta semana.",
        "¿Quieres que vayamos al cine el sábado?",
        "Sí, me parece bien, elige tú la película.",
        "Mañana tengo que llevar el coche al taller.",
        "Vale, yo recojo a los niños.",
    ),
    "ja": (
        "今日は何時に帰ってくるの？",
        "七時ごろになると思う。",
        "晩ごはん、何か買っておこうか？",
        "ありがとう、パンと牛乳をお願い。",
        "今週はちょっと疲れているんだ。",
        "無理しないでね、ゆっくり休んで。",
        "週末、どこかに出かけようか。",
        "いいね、天気がよければ海に行きたい。",
    ),
}


def _dialogue_from(
    lines: Callable[[random.Random], list[str]], n: int, seed: int
) -> list[Dialogue]:
    rng = random.Random(seed)
    out = []
    for k in range(n):
        texts = lines(rng)
        turns = tuple(Turn("p" if i % 2 == 0 else "q", t) for i, t in enumerate(texts))
        out.append(Dialogue(f"gen-{seed}-{k}", turns))
    return out


def lorem_couple(months: int = 12, per_month: int = 10, seed: int = 0) -> Couple:
    """Placeholder Latin: sentences of lorem-ipsum words (nothing a reader could read)."""

    def lines(rng: random.Random) -> list[str]:
        out = []
        for _ in range(rng.randint(8, 14)):
            words = rng.sample(LOREM, rng.randint(3, 9))
            out.append(" ".join(words).capitalize() + rng.choice([".", ".", "?", "!"]))
        return out

    pool = _dialogue_from(lines, months * per_month, seed)
    return assemble("lorem", deal(pool, months, per_month, seed), ["lorem"] * months, seed)


def unsupported_couple(lang: str, months: int = 12, per_month: int = 10, seed: int = 0) -> Couple:
    """Everyday chat in a language the signals do not read (``de``, ``es``, ``ja``)."""
    bank = UNSUPPORTED[lang]

    def lines(rng: random.Random) -> list[str]:
        return [rng.choice(bank) for _ in range(rng.randint(8, 14))]

    pool = _dialogue_from(lines, months * per_month, seed)
    return assemble(f"unsupported-{lang}", deal(pool, months, per_month, seed), [lang] * months)

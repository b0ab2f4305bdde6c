"""Does comparing a reply with the other's words carry reflection? (a diagnostic, h-refl)

docs/validity.md ("How far the unmet figures can go") named the comparison of a reply with
the other partner's words as what might close the gap of the Reflection / Restatement and
EPITOME interpretation figures: a restatement picks up the other's content or feeling words
("I lost my job and I feel useless" -> "so losing the job has left you feeling worthless").
This module measures that before any signal is built on it. Per reply it works out, from the
other's turn before it (up to :data:`unmask.signals.reply.CONTEXT_RUN` messages, as the reply
layer reads it):

- **overlap**: the content words both share (:func:`unmask.signals.reply_structure.content_words`:
  stop words out, a crude stem), plan, time and money words not counted (as
  :func:`~unmask.signals.reply_structure.echoes` does), and the share of the reply's content
  words they are;
- **feeling families**: the feelings both name, each word mapped to a family
  (:data:`FEELING_FAMILIES`: "upset" and "down" are one family);
- **framing**: second person ("you", "your"), the reply opening on "you / your", a
  reflection frame ("so you", "sounds like", "you feel", "must be", "I hear"), first person,
  a question, the sentence kinds of :mod:`unmask.signals.reply_structure` (suggestion or
  offer), the number of words;
- **personal talk**: the other's turn holds no request for a service and the reply is not
  task talk (as :func:`unmask.signals.reply_structure.personal` reads it).

It then adds each candidate rule to what ``responsiveness.interpretation`` fires now and
prints the figures it would give: ESConv Reflection / Restatement F1 (per supporter message),
the EPITOME proxy interpretation macro-F1 (per supporter turn), the share of MultiWOZ replies
with ``responsiveness`` (booking chats: every one a false positive), and the true and false
positives the rule adds on ESConv. Also: how often each strategy's messages share words
or a feeling with the other's turn, how precise what fires now is by overlap (would
overlap sort our own hits?), the precision of the best-scored unfired replies under a logistic
regression of all the features (cross-validated by dialogue; needs scikit-learn), and for
Chinese, CPED comfort recall and the other replies' rate when a reply sharing character
bigrams (function characters out) with the other's negative turn is added.

Counts only, never a text: it may be run on a report half. Choose on the tune half.

Run: ``.venv/bin/python -m unmask_dev.echo_overlap [--part tune|report]`` (about 10 s after
the responsiveness area has cached its scores; more on a cold cache).
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from unmask.signals import reply_structure
from unmask.signals.reply import CONTEXT_RUN
from unmask.signals.types import PRESENT
from unmask_dev.validity import responsiveness as resp

#: feeling words by family, as starts of the stemmed content words ("useles" for "useless",
#: "lone" for "lonely"): two words of one family are the same feeling ("upset" / "down")
FEELING_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("sad", "down", "depress", "upset", "unhappy", "miserable", "heartbroken", "devastat"),
    ("scar", "afraid", "fear", "nervous", "anxi", "worri", "terrifi", "panic", "frighten"),
    ("angry", "mad", "furious", "frustrat", "annoy", "irritat", "pissed", "rage"),
    ("lone", "alone", "isolat"),
    ("stress", "overwhelm", "pressure", "burn"),
    ("hurt", "betray", "pain"),
    ("tir", "exhaust", "drain", "weary"),
    ("useles", "worthles", "failure", "fail", "inadequate"),
    ("confus", "unsure", "uncertain"),
    ("guilt", "asham", "embarrass"),
    ("hopeles", "helples", "stuck", "trapp"),
)
_YOU = re.compile(r"\b(?:you|your|you['’]re|youre|u|ur|yourself)\b", re.IGNORECASE)
_STARTS_YOU = re.compile(
    r"^\W*(?:(?:oh|ok(?:ay)?|so|and|wow|hmm+|i\s+see|ah+|right|yeah|well)\W+)*"
    r"(?:you|your|you['’]re|youre|ur)\b",
    re.IGNORECASE,
)
_FRAME = re.compile(
    r"\b(?:so\s+(?:you|your)|(?:it\s+)?sounds\s+like|it\s+seems|you\s+seem|seems\s+like|"
    r"you\s+(?:feel|felt)|you(?:['’]re|\s+are)\s+feeling|must\s+(?:be|have)|you['’]ve\s+been|"
    r"i\s+(?:can\s+)?(?:see|hear|understand)|in\s+other\s+words|if\s+i\s+understand)\b",
    re.IGNORECASE,
)
#: shared experience: "I went through the same", "when I was", "my ex did that too"
_SHARED_EXPERIENCE = re.compile(
    r"\b(?:i\s+(?:have|had|went|was|used\s+to|also|too|myself|remember|know\s+how)|"
    r"i['’]ve\s+(?:been|had|gone|also)|me\s+too|same\s+(?:here|with\s+me|thing\s+happened)|"
    r"when\s+i\s+was|my\s+(?:own|ex|husband|wife|partner|mom|dad|mother|father|sister|brother|"
    r"friend|son|daughter|boyfriend|girlfriend))\b",
    re.IGNORECASE,
)
#: Chinese characters that carry grammar, not content (a bigram of two of them is dropped
#: from the Chinese overlap; a bigram holding one is kept only by :func:`zh_bigrams`'s
#: ``content=False``)
ZH_FUNCTION_CHARS = frozenset(
    "的了是我你他她它们在有就都也和与吗呢吧啊呀哦嗯么着过得地这那个不没很还要会能说到去来给把被让又再才"
)


@dataclass
class Features:
    """What one reply shares with the other's turn before it, and how it is framed."""

    overlap: int = 0
    ratio: float = 0.0
    feelings: int = 0
    you: bool = False
    starts_you: bool = False
    frame: bool = False
    first: bool = False
    shared_experience: bool = False
    question: bool = False
    advice: bool = False
    personal: bool = False
    words: int = 0


def shared_words(reply: str, heard: Sequence[str]) -> set[str]:
    """Content words of ``reply`` also in the other's messages ``heard``, plan, time and
    money words left out (as :func:`unmask.signals.reply_structure.echoes` counts them)."""
    said: set[str] = set()
    for text in heard:
        said |= reply_structure.content_words(text)
    tasky = reply_structure._TASKY.search  # noqa: SLF001 (the reply layer's own plan words)
    return {w for w in reply_structure.content_words(reply) & said if not tasky(w)}


def feeling_families(words: frozenset[str] | set[str]) -> set[int]:
    """The :data:`FEELING_FAMILIES` (by index) that some of ``words`` belong to."""
    return {
        k
        for k, family in enumerate(FEELING_FAMILIES)
        for w in words
        if any(w.startswith(stem) for stem in family)
    }


def zh_bigrams(text: str, content: bool = True) -> set[str]:
    """Character bigrams of the Chinese characters of ``text``; ``content``: only those with
    no function character (:data:`ZH_FUNCTION_CHARS`), else those not made of two."""
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    fn = ZH_FUNCTION_CHARS
    out = set()
    for a, b in zip(han, han[1:], strict=False):
        kept = (a not in fn and b not in fn) if content else not (a in fn and b in fn)
        if kept:
            out.add(a + b)
    return out


def features(reply: str, heard: Sequence[str], task: bool) -> Features:
    """:class:`Features` of ``reply`` given the other's messages ``heard`` (latest first) and
    whether the reply itself is task talk."""
    words = reply_structure.content_words(reply)
    said: set[str] = set()
    for text in heard:
        said |= reply_structure.content_words(text)
    shared = shared_words(reply, heard)
    kinds = {k for _, _, k in reply_structure._text_kinds(reply, {}) or []}  # noqa: SLF001
    request = reply_structure._REQUEST.search  # noqa: SLF001
    return Features(
        overlap=len(shared),
        ratio=len(shared) / max(1, len(words)),
        feelings=len(feeling_families(words) & feeling_families(said)),
        you=_YOU.search(reply) is not None,
        starts_you=_STARTS_YOU.search(reply) is not None,
        frame=_FRAME.search(reply) is not None,
        first=reply_structure._FIRST_PERSON.search(reply) is not None,  # noqa: SLF001
        shared_experience=_SHARED_EXPERIENCE.search(reply) is not None,
        question="?" in reply,
        advice=bool(kinds & {"suggestion", "offer"}),
        personal=bool(heard) and not task and not any(request(t) for t in heard),
        words=len(reply.split()),
    )


def heard_before(s: resp.Scored) -> list[list[str]]:
    """Per message: the other speaker's last messages before its turn in its dialogue (up to
    ``CONTEXT_RUN``, latest first; empty for the first turn)."""
    out: list[list[str]] = []
    start = 0
    for i in range(len(s.text)):
        new_turn = i == 0 or s.dialogue[i - 1] != s.dialogue[i] or s.speaker[i - 1] != s.speaker[i]
        if new_turn:
            start = i
        said: list[str] = []
        k = start - 1
        while (
            k >= 0
            and len(said) < CONTEXT_RUN
            and s.dialogue[k] == s.dialogue[i]
            and s.speaker[k] != s.speaker[i]
            and (not said or s.speaker[k] == s.speaker[start - 1])
        ):
            said.append(s.text[k])
            k -= 1
        out.append(said)
    return out


def all_features(s: resp.Scored) -> list[Features]:
    """:func:`features` of every message of a scored set."""
    task = np.zeros(len(s.text), dtype=bool)
    for name in reply_structure.TASK_SIGNALS:
        if name in s.scores:
            task |= np.nan_to_num(s.scores[name], nan=0.0) >= PRESENT
    heard = heard_before(s)
    return [features(t, h, bool(k)) for t, h, k in zip(s.text, heard, task.tolist(), strict=True)]


Rule = Callable[[Features], bool]


def _talk(f: Features) -> bool:
    return f.personal and not f.advice


#: the rules measured: overlap alone, framing alone, both (thresholds 1-3 shared words)
RULES: dict[str, Rule] = {
    "overlap >= 1": lambda f: f.overlap >= 1,
    "overlap >= 2": lambda f: f.overlap >= 2,
    "overlap >= 3": lambda f: f.overlap >= 3,
    "overlap >= 1, personal talk": lambda f: f.overlap >= 1 and f.personal,
    "overlap >= 2, personal talk": lambda f: f.overlap >= 2 and f.personal,
    "overlap >= 3, personal talk": lambda f: f.overlap >= 3 and f.personal,
    "overlap share >= 0.5 (and >= 1 word), personal talk": lambda f: (
        f.ratio >= 0.5 and f.overlap >= 1 and f.personal
    ),
    "feeling family shared": lambda f: f.feelings >= 1,
    "framing alone: you, no I, no advice, no '?', personal talk": lambda f: (
        f.you and not f.first and not f.question and _talk(f)
    ),
    "framing alone: reflection frame, personal talk, no advice": lambda f: f.frame and _talk(f),
    "both: overlap >= 1, you, no I, no advice, personal talk": lambda f: (
        f.overlap >= 1 and f.you and not f.first and _talk(f)
    ),
    "both: overlap >= 2, you, no I, no advice, personal talk": lambda f: (
        f.overlap >= 2 and f.you and not f.first and _talk(f)
    ),
    "both: overlap + feelings >= 1, you, no I, no advice, personal talk": lambda f: (
        f.overlap + f.feelings >= 1 and f.you and not f.first and _talk(f)
    ),
    "both: overlap >= 1, opens on you / your, no advice, personal talk": lambda f: (
        f.overlap >= 1 and f.starts_you and _talk(f)
    ),
    "both: overlap >= 1, reflection frame, no advice, personal talk": lambda f: (
        f.overlap >= 1 and f.frame and _talk(f)
    ),
    "both: overlap >= 2, reflection frame, no advice, personal talk": lambda f: (
        f.overlap >= 2 and f.frame and _talk(f)
    ),
    "echo question: '?', <= 6 words, overlap >= 1, no advice, personal talk": lambda f: (
        f.question and f.words <= 6 and f.overlap >= 1 and _talk(f)
    ),
    "shared experience, overlap >= 1, no '?', personal talk": lambda f: (
        f.shared_experience and f.overlap >= 1 and not f.question and f.personal
    ),
    "shared experience, overlap >= 2, no '?', personal talk": lambda f: (
        f.shared_experience and f.overlap >= 2 and not f.question and f.personal
    ),
    "shared experience, no overlap needed, no '?', personal talk": lambda f: (
        f.shared_experience and not f.question and f.personal
    ),
}


def f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    return resp.f1(truth, predicted)


@dataclass(frozen=True)
class Outcome:
    """What one rule, added to what fires now, gives."""

    reflection_f1: float
    proxy_macro_f1: float
    booking_rate: float
    added_true: int
    added_false: int
    added_booking: int


class Bench:
    """The ESConv and MultiWOZ halves, scored, with their features and truths."""

    def __init__(self, part: str) -> None:
        self.esconv = resp.scored("esconv", part)
        self.booking = resp.scored("multiwoz", part)
        clock = time.process_time()
        self.fe = all_features(self.esconv)
        self.fb = all_features(self.booking)
        self.seconds = time.process_time() - clock
        self.replies = len(self.fe) + len(self.fb)
        e = self.esconv
        strategy = [lab.get("strategy", "") for lab in e.labels]
        self.supporter = np.array([sp == "supporter" for sp in e.speaker])
        self.truth = np.array([x in resp.INTERPRETATION for x in strategy])
        self.proxy_truth = np.array([x in resp.EPITOME_PROXY["interpretation"] for x in strategy])
        self.now = e.present("responsiveness.interpretation")
        self.starts, _, self.keep = resp._proxy_turns(e)  # noqa: SLF001
        self.is_reply = ~np.isnan(self.booking.scores["responsiveness"])
        self.booking_now = self.booking.present("responsiveness")

    def outcome(self, rule: Rule) -> Outcome:
        add = np.array([rule(f) for f in self.fe], dtype=bool)
        add_b = np.array([rule(f) for f in self.fb], dtype=bool) & self.is_reply
        predicted = self.now | add
        sup = self.supporter
        turns_truth = np.logical_or.reduceat(self.proxy_truth, self.starts)[self.keep]
        turns_pred = np.logical_or.reduceat(predicted, self.starts)[self.keep]
        new = add & ~self.now & sup
        return Outcome(
            reflection_f1=f1(self.truth[sup], predicted[sup]),
            proxy_macro_f1=resp.macro_f1(turns_truth, turns_pred),
            booking_rate=float((self.booking_now | add_b)[self.is_reply].mean()),
            added_true=int((new & self.truth).sum()),
            added_false=int((new & ~self.truth).sum()),
            added_booking=int((add_b & ~self.booking_now).sum()),
        )

    def precision_by_overlap(self) -> list[tuple[str, int, float]]:
        """(overlap band, messages fired now, precision) over the supporter messages."""
        fired = self.now & self.supporter
        overlap = np.array([f.overlap for f in self.fe])
        out = []
        for name, band in (("0", overlap == 0), ("1", overlap == 1), ("2", overlap == 2)):
            sel = fired & band
            out.append((name, int(sel.sum()), float(self.truth[sel].mean()) if sel.any() else 0))
        sel = fired & (overlap >= 3)
        out.append(("3+", int(sel.sum()), float(self.truth[sel].mean()) if sel.any() else 0))
        return out

    def by_strategy(self) -> list[tuple[str, int, float, float, float]]:
        """(strategy, supporter messages, share with 1+ and with 2+ shared content words, share
        with a shared feeling family): does a restatement echo the other more than the rest?"""
        strategy = [lab.get("strategy", "") for lab in self.esconv.labels]
        out = []
        for name in sorted({x for x, sup in zip(strategy, self.supporter, strict=True) if sup}):
            rows = [i for i, x in enumerate(strategy) if x == name and self.supporter[i]]
            overlap = np.array([self.fe[i].overlap for i in rows])
            feelings = np.array([self.fe[i].feelings for i in rows])
            out.append(
                (
                    name or "(none)",
                    len(rows),
                    float((overlap >= 1).mean()),
                    float((overlap >= 2).mean()),
                    float((feelings >= 1).mean()),
                )
            )
        return out

    def learned(self, tops: Sequence[int] = (5, 10, 20, 40, 80)) -> list[tuple[int, float]]:
        """Precision of the ``tops`` best-scored supporter messages not fired now, under a
        class-balanced logistic regression of every feature, 5-fold cross-validated by
        dialogue (what all the features together can pick out)."""
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold, cross_val_predict

        rows = np.flatnonzero(self.supporter & ~self.now)
        x = np.array(
            [
                [
                    f.overlap,
                    f.ratio,
                    f.feelings,
                    f.you,
                    f.starts_you,
                    f.frame,
                    f.first,
                    f.shared_experience,
                    f.question,
                    f.advice,
                    f.personal,
                    np.log1p(f.words),
                ]
                for f in (self.fe[i] for i in rows.tolist())
            ],
            dtype=np.float64,
        )
        y = self.truth[rows]
        groups = [self.esconv.dialogue[i] for i in rows.tolist()]
        model = LogisticRegression(class_weight="balanced", max_iter=1000)
        p = cross_val_predict(model, x, y, groups=groups, cv=GroupKFold(5), method="predict_proba")
        order = np.argsort(-p[:, 1], kind="stable")
        return [(k, float(y[order[:k]].mean())) for k in tops]


def chinese(part: str) -> list[tuple[str, float, float, int, int]]:
    """CPED replies after a negative turn: (rule, comfort recall, other replies' rate, comfort
    added, others added) when replies sharing content bigrams with that turn are added."""
    s = resp.scored("cped", part)
    turn = s.turn_ids()
    negative = np.array([lab.get("sentiment") == "negative" for lab in s.labels])
    comfort = np.array([lab.get("da") == "comfort" for lab in s.labels])
    fired = s.present("responsiveness")
    items: list[tuple[bool, bool, int, bool]] = []
    for i in range(len(s.text)):
        t = int(turn[i])
        if t == 0:
            continue
        first = int(np.searchsorted(turn, t))
        before = int(np.searchsorted(turn, t - 1))
        if s.dialogue[first - 1] != s.dialogue[i] or not negative[before:first].any():
            continue
        said = "".join(s.text[before:first])
        common = len(zh_bigrams(s.text[i]) & zh_bigrams(said))
        items.append((bool(comfort[i]), bool(fired[i]), common, "你" in s.text[i]))
    truth = np.array([a for a, _, _, _ in items], dtype=bool)
    now = np.array([b for _, b, _, _ in items], dtype=bool)
    shared = np.array([c for _, _, c, _ in items])
    you = np.array([d for _, _, _, d in items], dtype=bool)
    out = [("now", float(now[truth].mean()), float(now[~truth].mean()), 0, 0)]
    for k in (1, 2):
        for need_you in (False, True):
            add = (shared >= k) & (you if need_you else True)
            pred = now | add
            name = f"content bigrams shared >= {k}" + (", 你 in the reply" if need_you else "")
            out.append(
                (
                    name,
                    float(pred[truth].mean()),
                    float(pred[~truth].mean()),
                    int((add & ~now & truth).sum()),
                    int((add & ~now & ~truth).sum()),
                )
            )
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--part", choices=resp.PARTS, default="tune")
    ap.add_argument("--no-learned", action="store_true", help="skip the scikit-learn check")
    args = ap.parse_args()
    bench = Bench(args.part)
    base = bench.outcome(lambda f: False)
    print(f"ESConv / MultiWOZ, {args.part} half")
    print(f"features of {bench.replies} messages: {bench.seconds:.2f} s CPU", end="")
    print(f" ({bench.seconds / max(1, bench.replies) * 1e5:.1f} s per 100,000)")
    print("Reflection F1 | proxy interpretation | MultiWOZ rate | +true | +false | +booking | rule")
    print(f"{base.reflection_f1:.3f} | {base.proxy_macro_f1:.3f} | {base.booking_rate:.4f}", end="")
    print(" | - | - | - | now")
    for name, rule in RULES.items():
        o = bench.outcome(rule)
        print(
            f"{o.reflection_f1:.3f} | {o.proxy_macro_f1:.3f} | {o.booking_rate:.4f} | "
            f"{o.added_true} | {o.added_false} | {o.added_booking} | {name}"
        )
    print("by strategy: strategy | messages | overlap >= 1 | overlap >= 2 | feeling shared")
    for name, n, one, two, feel in bench.by_strategy():
        print(f"{name} | {n} | {one:.2f} | {two:.2f} | {feel:.2f}")
    print("what fires now, by overlap: band | messages | precision")
    for band, n, p in bench.precision_by_overlap():
        print(f"{band} | {n} | {p:.3f}")
    if not args.no_learned:
        try:
            tops = bench.learned()
        except ImportError:
            print("learned combination: needs scikit-learn (.venv/bin/pip install -e '.[train]')")
        else:
            print("learned combination, unfired supporter messages: top k | precision")
            for k, p in tops:
                print(f"{k} | {p:.2f}")
    print(f"CPED replies after a negative turn, {args.part} half:", end=" ")
    print("recall | others | +comfort | +others")
    for name, recall, rate, added, others in chinese(args.part):
        print(f"{recall:.3f} | {rate:.3f} | {added} | {others} | {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

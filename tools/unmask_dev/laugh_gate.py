"""Threats that laugh (h-laugh; docs/validity.md "Threats that laugh").

The dyad clears every safety flag on a message that laughs
(:func:`unmask.dyad.safety.laughing`) so that teasing does not read as control. This tool
measures, on the lines of safety rounds one to thirty-six and couple rounds one to thirteen
(:func:`unmask_dev.answer_gate.items`) and on every line of ESConv, CPED and MultiWOZ that
laughs (whole sets on both halves, as h-gate2), which lines the scorer counts as control and
the dyad sets aside as laughing, and what each option of the brief would count again:

* **(a)** the laugh does not clear a counted threat or degradation where the safety
  model's control probability is at or above a level;
* **(b)** the laugh is the writer's own only (:data:`unmask.dyad.safety.LAUGH_PATTERN` as
  shipped; :data:`OLD_PATTERN` is main's before h-laugh);
* **(c)** both.

``python -m unmask_dev.laugh_gate [LEVEL ...]``. Couple round fourteen and safety round
thirty-seven are never read here.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from unmask.signals.types import CONTROL_SIGNALS, PRESENT, ScoreResult
from unmask_dev.answer_gate import CALM_ROLES, OUTSIDE, items
from unmask_dev.ctrl_depth import Line, _chat, _odd

#: main's laugh pattern before h-laugh (every laugh anywhere in the message)
OLD_PATTERN = (
    r"(?i)(?:\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|just kidding|kidding|joking)\b"
    r"|😂|🤣|😜|😝|😆|😹|😛|哈哈|嘻嘻|呵呵呵|开玩笑|逗你|\bxd\b)"
)
#: the signals whose laugh option (a) reads (an outburst: threat or degradation)
OUTBURST = ("safety.threat", "safety.degradation")
#: the levels tried for option (a)
GRID: tuple[float, ...] = (0.999, 0.995, 0.99, 0.98, 0.95, 0.9, 0.8)
#: the share of the calm side's lines an option may count as control (the rule)
MAX_COST = 0.005


@dataclass(frozen=True)
class Read:
    """Per line: the scorer counts control / an outburst, the control probability."""

    text: list[str]
    lang: list[str]
    control: np.ndarray
    outburst: np.ndarray
    p: np.ndarray


def _flags(res: ScoreResult, rows: np.ndarray, names: tuple[str, ...]) -> np.ndarray:
    out = np.zeros(len(rows), dtype=bool)
    for name in names:
        out |= np.nan_to_num(np.asarray(res.scores[name], np.float64)[rows]) >= PRESENT
    return out


def read(texts: list[str], langs: list[str]) -> Read:
    """Score ``texts`` as answers in h-gate's chat (:func:`unmask_dev.ctrl_depth._chat`)."""
    from unmask.signals import score_table

    res = score_table(_chat(texts, langs), evidence=False)
    rows = np.arange(2, len(texts) * 3, 3)
    p = res.control
    prob = np.nan_to_num(p[rows], nan=0.0) if p is not None else np.zeros(len(rows))
    return Read(
        texts,
        langs,
        _flags(res, rows, tuple(CONTROL_SIGNALS)),
        _flags(res, rows, OUTBURST),
        prob,
    )


def outside_lines(old: re.Pattern[str]) -> dict[str, tuple[int, list[str]]]:
    """Per outside set: its number of lines and those that laugh by ``old``."""
    from unmask_dev import devsets

    out = {}
    for name, _ in OUTSIDE:
        n, laughing = 0, []
        for d in getattr(devsets, name)():
            for t in d.turns:
                if t.text:
                    n += 1
                    if old.search(t.text):
                        laughing.append(t.text)
        out[name] = (n, laughing)
    return out


Option = Callable[[Read, int], bool]


def set_aside(
    r: Read, i: int, laughs: Callable[[str], bool], level: float | None, any_kind: bool = False
) -> bool:
    """Whether line ``i`` is counted control the dyad sets aside as laughing under the
    option (``laughs``: the laugh rule; ``level``: option (a), None off; ``any_kind``: (a)
    for every control kind, not only an outburst)."""
    if not r.control[i] or not laughs(r.text[i]):
        return False
    kind = r.control[i] if any_kind else r.outburst[i]
    return not (level is not None and kind and r.p[i] >= level)


def main() -> None:
    from unmask.dyad.safety import laughs as new_laughs

    old = re.compile(OLD_PATTERN)

    def old_laughs(t: str) -> bool:
        return old.search(t) is not None

    xs: list[Line] = items()
    r = read([x.text for x in xs], [x.lang for x in xs])
    outside = outside_lines(old)
    out_read = {}
    for name, (_, texts) in outside.items():
        code = dict(OUTSIDE)[name]
        out_read[name] = read(texts, [code] * len(texts)) if texts else None
    print("outside lines (all, laughing):", {k: (n, len(t)) for k, (n, t) in outside.items()})
    ctrl_roles = ("control", "couple_control")
    base = [set_aside(r, i, old_laughs, None) for i in range(len(xs))]
    for i, x in enumerate(xs):
        if base[i] and x.role in ctrl_roles:
            print(f"  set aside {x.group} {x.role} p={r.p[i]:.3f} o={r.outburst[i]:d}: {x.text}")
    for i, x in enumerate(xs):
        if base[i] and x.role in CALM_ROLES:
            print(
                f"  calm set aside {x.group} {x.role} p={r.p[i]:.3f} o={r.outburst[i]:d}: {x.text}"
            )
    options: list[tuple[str, Callable[[str], bool], float | None, bool]] = []
    wanted = [float(a) for a in sys.argv[1:]] or list(GRID)
    options += [(f"(a) {lv}", old_laughs, lv, False) for lv in wanted]
    options += [(f"(a, any kind) {lv}", old_laughs, lv, True) for lv in wanted]
    options.append(("(b)", new_laughs, None, False))
    options += [(f"(c) {lv}", new_laughs, lv, False) for lv in wanted]
    for label, laughs, level, any_kind in options:
        for lang in ("en", "zh"):
            for half, odd in (("odd", True), ("even", False)):
                idx = [i for i, x in enumerate(xs) if x.lang == lang and _odd(x.group) == odd]
                ctrl = [i for i in idx if xs[i].role in ctrl_roles]
                calm = [i for i in idx if xs[i].role in CALM_ROLES]
                c0 = sum(base[i] for i in ctrl)
                c1 = sum(set_aside(r, i, laughs, level, any_kind) for i in ctrl)
                gained = [
                    i for i in calm if base[i] and not set_aside(r, i, laughs, level, any_kind)
                ]
                o_n, o_gain = 0, 0
                for name, code in OUTSIDE:
                    if code != lang or out_read[name] is None:
                        continue
                    ro = out_read[name]
                    assert ro is not None
                    n_all = outside[name][0]
                    k = range(len(ro.text))
                    o_n += n_all
                    o_gain += sum(
                        set_aside(ro, j, old_laughs, None)
                        and not set_aside(ro, j, laughs, level, any_kind)
                        for j in k
                    )
                ok = c1 < c0 and len(gained) <= MAX_COST * len(calm) and o_gain <= MAX_COST * o_n
                print(
                    f"{label} {lang} {half}: controlling set aside {c0} -> {c1} | calm"
                    f" counted +{len(gained)} of {len(calm)}"
                    f" ({len(gained) / max(len(calm), 1):.4f})"
                    f" | outside +{o_gain} of ~{o_n} | " + ("within" if ok else "PAST")
                )
                for i in gained:
                    print(f"    calm counted {xs[i].group} {xs[i].role}: {xs[i].text}")


if __name__ == "__main__":
    main()

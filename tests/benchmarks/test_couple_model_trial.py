"""The couple model's dev side (unmask_dev.train_couple, unmask_dev.couple_recipe; h-couplemodel,
h-couplemodel2): the trial read rounds one to three and judged round four; the shipped
recipe trains on rounds one to four; the checked controlling lines are never trained on;
the reader is the runtime module's (no second copy)."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.signals import couple_model
from unmask_dev import couple_recipe, couple_round, train_couple


def _quiet(n: int) -> dict[str, object]:
    """A saved reading of ``n`` lines where nothing fired: no safety signal, no kind, no clerk."""
    from unmask.signals.types import MESSAGE_SIGNALS

    return {
        "safety_fired": [False] * n,
        "p_any": [0.0] * n,
        "lang": "en",
        "fired": [[False] * len(MESSAGE_SIGNALS)] * n,
        "clerk": [False] * n,
    }


def test_the_trial_read_rounds_one_to_three_and_the_shipped_recipe_six() -> None:
    assert couple_round.PATH4 not in train_couple.TRAIN_ROUNDS
    assert couple_round.PATHS[:3] == train_couple.TRAIN_ROUNDS
    assert couple_round.PATHS[:6] == train_couple.SHIP_ROUNDS == couple_recipe.LR3_ROUNDS


def test_couple_lr10_is_judged_on_rounds_one_to_seventeen_never_eighteen() -> None:
    """h-couplemodel17: couple-lr-10's left-out folds are rounds one to seventeen (seventeen
    read and judged last session; h-couplemodel16's unshipped fit: one to sixteen); round
    eighteen is held out (the session's judge) and never among them, nor safety round
    forty-one (the held check and ``--control-check`` stop at forty); couple-lr-9 was on one
    to fifteen, couple-lr-8 (rounds one to twelve) and couple-lr-7 (one to ten) were not
    shipped; the older tables name the five kinds, couple-lr-6's on the eight."""
    assert couple_round.PATHS[:17] == couple_recipe.ROUNDS == train_couple.LR10_KIND_ROUNDS
    assert couple_round.PATHS[:15] == train_couple.LR9_KIND_ROUNDS
    assert couple_round.PATHS[:12] == train_couple.LR8_KIND_ROUNDS
    assert couple_round.PATHS[:10] == train_couple.LR7_KIND_ROUNDS
    names = [p.name for p in couple_recipe.ROUNDS]
    assert names == [f"couple_round{n}.txt" for n in range(1, 18)]
    assert tuple(range(17)) == couple_recipe.COUNT_ROUNDS
    assert couple_recipe.LAST_SAFETY == 40
    assert max(couple_recipe.HELD_CONTROL_ROUNDS) == 40
    assert max(couple_recipe.HELD_NEG_ROUNDS) == 40  # the parity rule: forty is a negative
    assert couple_recipe.HELD_NEG_ROUNDS == train_couple.LR10_HELD_NEG_ROUNDS
    assert len(couple_recipe.ROUNDS) == couple_recipe.MAX_FALSE_SURFACE
    assert (tuple(range(8)), tuple(range(8, 17))) == couple_recipe.HALVES
    five = set(couple_model.KINDS) - set(couple_recipe.NEW_KINDS)
    assert len(five) == 5
    for table in (
        train_couple.LR4_THRESHOLDS,
        train_couple.LR5_THRESHOLDS,
        train_couple.LR5_03_THRESHOLDS,
        train_couple.LR6_THRESHOLDS,
        train_couple.LR7_THRESHOLDS,
        train_couple.LR8_THRESHOLDS,
        train_couple.LR9_THRESHOLDS,
    ):
        eight = table not in (
            train_couple.LR4_THRESHOLDS,
            train_couple.LR5_THRESHOLDS,
            train_couple.LR5_03_THRESHOLDS,
        )
        for lang in couple_model.LANGS:
            kinds = set(couple_model.KINDS) if eight else five
            assert set(table[lang]) == kinds
            assert all(
                t in couple_recipe.GRID or t == couple_model.OFF for t in table[lang].values()
            )


def _msg(kind: str, fire: str, ok: str, text: str = "x y") -> couple_round.Message:
    return couple_round.Message(
        kind, text, couple_round._names(fire, text), couple_round._names(ok, text)
    )


def test_a_surface_heads_negatives_are_the_lines_labelled_none_of_its_family() -> None:
    """couple-lr-6: a logistics line is a positive; a duty or money line alone is neither a
    positive nor a negative of the logistics head; a line labelled none of the family is a
    negative; a bid's negatives are the lines not labelled bid; depth kinds keep must_not."""
    chores = _msg("chores", "du", "-")
    money = _msg("money", "tr", "-")
    plain = _msg("affection", "af", "-")
    plan = _msg("logistics", "lo", "-")
    assert not train_couple.is_negative(chores, "logistics")
    assert not train_couple.is_negative(money, "logistics")
    assert not train_couple.is_negative(plan, "logistics")
    assert train_couple.is_negative(plain, "logistics")
    assert train_couple.is_negative(plain, "bid")
    assert not train_couple.is_negative(_msg("bid", "bid", "-"), "bid")
    assert not train_couple.is_negative(_msg("bid", "af", "bid"), "bid")
    assert train_couple.is_negative(plan, "affection")
    assert not train_couple.is_negative(plain, "affection")
    rd = {"fire": [["duty"], ["affection"]], "ok": [[], []], "must_not": [[], ["future"]]}
    assert not couple_recipe.negative(rd, 0, "logistics")
    assert couple_recipe.negative(rd, 1, "logistics")
    assert couple_recipe.negative(rd, 1, "future")
    assert not couple_recipe.negative(rd, 0, "future")


def test_the_blockers_negatives_are_even_rounds_control_and_the_check_the_odd(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """(b1): the even safety rounds eighteen to thirty-eight's controlling lines (never the
    writer's own fear) are negatives (couple-lr-9, the parity rule carried up: rounds 36 and
    38 join couple-lr-8's 18-34); the held check then reads the odd rounds 19-39 alone
    (couple-lr-10: thirty-nine, odd, joins the check; h-couplemodel17: forty, even, joins
    the negatives), so no line is both trained on and checked."""
    from unmask_dev import safety_probes as probes

    assert tuple(range(18, 33, 2)) == train_couple.LR7_HELD_NEG_ROUNDS
    assert tuple(range(18, 35, 2)) == train_couple.LR8_HELD_NEG_ROUNDS
    assert tuple(range(18, 39, 2)) == train_couple.LR9_HELD_NEG_ROUNDS
    assert tuple(range(18, 41, 2)) == train_couple.LR10_HELD_NEG_ROUNDS  # h-couplemodel17
    assert tuple(range(18, 41)) == couple_recipe.HELD_CONTROL_ROUNDS
    monkeypatch.setattr(train_couple, "HELD_NEG_ROUNDS", train_couple.LR10_HELD_NEG_ROUNDS)
    kinds: dict[str, set[str]] = {}
    for n in range(18, 41, 2):
        for k, t in getattr(probes, f"ROUND{n}_KINDS"):
            kinds.setdefault(t, set()).add(k)
    fear_only = {t for t, ks in kinds.items() if ks == {"fear"}}
    assert fear_only
    for lang in ("en", "zh"):
        neg = set(train_couple.held_neg_lines(lang))
        assert len(neg) > 100
        assert not neg & fear_only
        everything = set(couple_recipe.held_control(lang))
        assert neg <= everything
        monkeypatch.setattr(train_couple, "HELD_NEG_WEIGHT", 1.0)
        checked = set(couple_recipe.held_control(lang))
        assert not neg & checked
        assert any(t in checked for t in probes.ROUND37 if t in everything)
        assert any(t in checked for t in probes.ROUND39 if t in everything)
        monkeypatch.setattr(train_couple, "HELD_NEG_WEIGHT", 0.0)


def test_the_remorse_guard_reads_the_vulnerable_kind_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """(b2): a lower ``1 - p(none)`` line and the aimed act clause, for the vulnerable kind
    only, and never for couple-lr-3's folds (``guard=False``)."""
    r = {
        "safety_fired": np.array([False, False, False]),
        "p_any": np.array([0.0, 0.15, 0.0]),
        "struct": np.array([False, False, True]),
    }
    monkeypatch.setattr(couple_recipe, "VULN_P", 0.1)
    monkeypatch.setattr(couple_recipe, "VULN_S", True)
    vuln = "disclosure.vulnerable"
    assert couple_recipe.gate_open(r, "p", vuln).tolist() == [True, False, False]
    assert couple_recipe.gate_open(r, "p", "affection").tolist() == [True, True, True]
    assert couple_recipe.gate_open(r, "p", vuln, guard=False).tolist() == [True, True, True]


def test_control_lines_leave_the_checked_rounds_out() -> None:
    held = set(couple_recipe.held_control("en")) | set(couple_recipe.held_control("zh"))
    assert len(held) > 400
    for lang in ("en", "zh"):
        assert not held & set(train_couple.control_lines(lang))


def test_the_shipped_thresholds_are_the_rule_grid_or_off() -> None:
    assert train_couple.KINDS == couple_model.KINDS
    for lang in couple_model.LANGS:
        th = train_couple.SHIP_THRESHOLDS[lang]
        assert set(th) == set(couple_model.KINDS)
        assert all(t in couple_recipe.GRID or t == couple_model.OFF for t in th.values())
        assert train_couple.ship_meta(lang)["thresholds"] == [th[k] for k in couple_model.KINDS]


@pytest.mark.parametrize(
    ("text", "lang", "ok"),
    [
        ("miss you", "en", True),
        ("ok", "en", False),
        ("我好想你啊", "zh", True),
        ("好的", "zh", False),
    ],
)
def test_prefilter(text: str, lang: str, ok: bool) -> None:
    assert couple_model.passes_prefilter(text, lang) is ok


def test_the_gate_parts_measured() -> None:
    r = {
        "safety_fired": np.array([False, True, False, False, False]),
        "p_any": np.array([0.0, 0.0, 0.5, 0.0, 0.0]),
        "struct": np.array([False, False, False, True, False]),
        "safety_any": np.array([False, False, False, False, True]),
    }
    assert couple_recipe.gate_open(r, "").tolist() == [True, False, True, True, True]
    assert couple_recipe.gate_open(r, "psl").tolist() == [True, False, False, False, False]


def test_service_negatives_are_the_tune_halves_ends_of_licensed_sources(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """(a), h-couplemodel8: the first and last two turns of each tune-half dialogue of
    Taskmaster-3 / RiSAWOZ, never SGD (CC BY-SA), JDDC (figures only) or ABCD (the row that
    binds), and never a report half."""
    from unmask_dev import outside_tod
    from unmask_dev.devsets import Dialogue, Turn

    assert train_couple.SERVICE_SOURCES == {"en": ("taskmaster",), "zh": ("risawoz",)}
    asked: list[tuple[str, object]] = []
    turns = tuple(
        Turn(s, t)
        for s, t in (
            ("user", "hi, I'd like two tickets for tonight"),
            ("assistant", "sure, which film?"),
            ("user", "the new one at 7"),
            ("assistant", "booked, enjoy the show"),
            ("user", "thanks, bye"),
        )
    )

    def load(source: str, which: object = None) -> tuple[Dialogue, ...]:
        asked.append((source, which))
        return (Dialogue("d1", turns),)

    monkeypatch.setattr(outside_tod, "load", load)
    got = train_couple.service_lines("en")
    assert asked == [("taskmaster", "tune")]
    assert got == sorted(
        ["hi, I'd like two tickets for tonight", "sure, which film?", "booked, enjoy the show"]
        + ["thanks, bye"]
    )


def test_the_clerk_guard_closes_the_gate_only_for_its_kinds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """(b), h-couplemodel8: with ``--clerk-guard`` the count keeps affection and
    inner_question off a clerk's greeting, as the scorer does; other kinds and couple-lr-3's
    folds (``guard=False``) are read as before."""
    r = {
        "safety_fired": np.array([False, False]),
        "p_any": np.array([0.0, 0.0]),
        "struct": np.array([False, False]),
        "clerk": np.array([True, False]),
    }
    monkeypatch.setattr(couple_recipe, "CLERK_GUARD", True)
    assert couple_recipe.gate_open(r, "p", "affection").tolist() == [False, True]
    assert couple_recipe.gate_open(r, "p", "inner_question").tolist() == [False, True]
    assert couple_recipe.gate_open(r, "p", "future").tolist() == [True, True]
    assert couple_recipe.gate_open(r, "p", "affection", guard=False).tolist() == [True, True]
    monkeypatch.setattr(couple_recipe, "CLERK_GUARD", False)
    assert couple_recipe.gate_open(r, "p", "affection").tolist() == [True, True]


def test_main_thresholds_that_fail_the_rule_are_found_on_the_same_folds() -> None:
    """couple-lr-8's mending of couple-lr-7's comparison: part (i) counts the left-out lines
    that must not read the kind and gain it; part (iii) the held controlling lines gaining it
    from the model fitted on every round; a threshold off reads neither."""
    quiet = _quiet(3)
    d = {
        "rounds": [
            {
                "fire": [["future"], [], []],
                "ok": [[], [], []],
                "must_not": [[], ["future"], ["future"]],
                "read": quiet,
            }
        ],
        "held": {k: v[:2] for k, v in quiet.items() if k != "lang"} | {"lang": "en"},
    }
    rec = {"loro": {"0": {"future": [0.9, 0.7, 0.4]}}, "held": {"future": [0.8, 0.3]}}
    assert couple_recipe.parts_i_iii(d, rec, "future", 0.5) == (1, 1)
    assert couple_recipe.parts_i_iii(d, rec, "future", 0.75) == (0, 1)
    assert couple_recipe.parts_i_iii(d, rec, "future", 0.85) == (0, 0)
    assert couple_recipe.parts_i_iii(d, rec, "future", couple_model.OFF) == (0, 0)
    # a line the safety reading fired on is never the model's to add to
    d["rounds"][0]["read"] = quiet | {"safety_fired": [False, True, False]}
    assert couple_recipe.parts_i_iii(d, rec, "future", 0.5) == (0, 1)


def test_the_widened_mending_reads_parts_ii_and_iv_too() -> None:
    """couple-lr-9's mending (h-couplemodel15): main's threshold failing the booking tuning
    rate (ii) or gaining one of the kind's own yaml ``must_not_fire`` lines (iv) counts as
    failing, as (i) and (iii) did for couple-lr-8; the narrow reading ignores them; (ii)
    binds a depth-side kind only, (iv) every kind."""
    d = {
        "rounds": [{"fire": [[]], "ok": [[]], "must_not": [[]], "read": _quiet(1)}],
        "held": _quiet(1),
        "tune": _quiet(4),
        "yaml": {"future": _quiet(1), "logistics": _quiet(1)},
    }
    rec = {
        "loro": {"0": {"future": [0.0], "logistics": [0.0]}},
        "held": {"future": [0.0], "logistics": [0.0]},
        "tune": {"future": [0.9, 0.1, 0.1, 0.1], "logistics": [0.9, 0.1, 0.1, 0.1]},
        "yaml": {"future": [0.1], "logistics": [0.1]},
    }
    assert couple_recipe.parts_ii_iv(d, rec, "future", 0.5) == (0.25, 0)
    assert couple_recipe.fails_rule(d, rec, "future", 0.5)[0]
    assert not couple_recipe.fails_rule(d, rec, "future", 0.5, wide=False)[0]
    assert not couple_recipe.fails_rule(d, rec, "future", 0.95)[0]
    assert not couple_recipe.fails_rule(d, rec, "logistics", 0.5)[0]  # (ii) not binding
    rec["yaml"]["logistics"] = [0.8]
    assert couple_recipe.fails_rule(d, rec, "logistics", 0.5)[0]
    assert couple_recipe.parts_ii_iv(d, rec, "future", couple_model.OFF) == (0.0, 0)


def _lr10_run(rounds: list[tuple[list[float], list[float]]]) -> tuple[dict, dict]:
    """A saved run of one language for couple-lr-10's rule: each round's ``future`` lines
    labelled to read it (their probabilities) and lines that must not read it; the held,
    booking and yaml lines all quiet."""
    d: dict = {"rounds": [], "held": _quiet(1), "tune": _quiet(1), "yaml": {"future": _quiet(1)}}
    rec: dict = {
        "loro": {},
        "held": {"future": [0.0]},
        "tune": {"future": [0.0]},
        "yaml": {"future": [0.0]},
    }
    for k, (pos, neg) in enumerate(rounds):
        n = len(pos) + len(neg)
        d["rounds"].append(
            {
                "fire": [["future"]] * len(pos) + [[]] * len(neg),
                "ok": [[]] * n,
                "must_not": [[]] * len(pos) + [["future"]] * len(neg),
                "read": _quiet(n),
            }
        )
        rec["loro"][str(k)] = {"future": pos + neg}
    return d, rec


def test_couple_lr10_weighs_hits_against_must_not_gains(monkeypatch: pytest.MonkeyPatch) -> None:
    """h-couplemodel16's rule: the admissible threshold with the most ``hits - 2 x gains``
    (a tie to the reference, else the higher) replaces the reference, held on each half of
    the folds."""
    monkeypatch.setattr(couple_recipe, "HALVES", ((0,), (1,)))
    d, rec = _lr10_run([([0.6, 0.7], [0.55]), ([0.6], [0.3])])
    # at .75 no hit; at .60 three and no gain (S 3); at .50 and .55 three and one gain (S 1)
    assert couple_recipe.pick10(d, rec, "future", 0.75)[0] == 0.6
    # a gain on the second round at .60: .60 and .70 tie at S 1, the higher wins
    d, rec = _lr10_run([([0.6, 0.7], [0.55]), ([0.6], [0.65])])
    assert couple_recipe.pick10(d, rec, "future", 0.75)[0] == 0.7


def test_couple_lr10_keeps_the_reference_when_one_half_loses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Step 4: .60 wins pooled (four hits, one gain) but loses on the second round alone
    (one hit, one gain: S -1 against the reference's 0), so the reference stays."""
    monkeypatch.setattr(couple_recipe, "HALVES", ((0,), (1,)))
    d, rec = _lr10_run([([0.6, 0.6, 0.6], [0.1]), ([0.9], [0.6])])
    t, note = couple_recipe.pick10(d, rec, "future", 0.95)
    assert t == 0.95
    assert "fails step 4" in note


def test_couple_lr10_recall_floor_and_gain_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    """Step 2: no threshold with fewer left-out hits than the reference's (the recall floor),
    none with more than :data:`GAIN_CAP` gains above the reference's."""
    monkeypatch.setattr(couple_recipe, "HALVES", ((0,),))
    # .55 has the better S (one hit, no gain) but loses a hit the reference .50 reads
    d, rec = _lr10_run([([0.52, 0.6], [0.51, 0.51])])
    assert couple_recipe.pick10(d, rec, "future", 0.5)[0] == 0.5
    # .50-.60 read ten more lines and gain four must-not lines: S 2 > 0, past the cap
    d, rec = _lr10_run([([0.6] * 10, [0.6] * 4)])
    assert couple_recipe.pick10(d, rec, "future", 0.9)[0] == 0.9  # .95 ties: the reference
    monkeypatch.setattr(couple_recipe, "GAIN_CAP", 4)
    assert couple_recipe.pick10(d, rec, "future", 0.9)[0] == 0.6


def test_couple_lr10_part_a_is_read_per_language() -> None:
    """h-couplemodel17: a language ships on its own sums (hits, ``S`` at least the
    references', gains at most theirs plus :data:`LANG_GAIN_CAP`)."""
    assert couple_recipe.LANG_GAIN_CAP * 2 == couple_recipe.TOTAL_GAIN_CAP
    ref = [100, 10, 2, 0]  # hits, added, gains, fights
    assert couple_recipe.part_a(ref, [100, 10, 2, 0])
    assert couple_recipe.part_a(ref, [110, 20, 5, 0])  # +10 hits, +3 gains: S 96 -> 100
    assert not couple_recipe.part_a(ref, [120, 30, 6, 0])  # +4 gains, past the cap
    assert not couple_recipe.part_a(ref, [104, 14, 5, 0])  # S 96 -> 94
    assert not couple_recipe.part_a(ref, [99, 9, 0, 0])  # fewer hits

"""The dyad comparison: agreement with chance, item outcomes, scale gaps, dreams."""

from __future__ import annotations

import pytest
from helpers_assess import ALEX, SAM, tiny

from unmask.assess import agreement, char_bigrams, compare_partners
from unmask.assess.dyad import bigram_cosine, bigram_jaccard
from unmask.assess.instrument import ResponseScale

FIVE = ResponseScale(1, 5, {"en": ("a", "b", "c", "d", "e")})


def test_agreement_hand_computed() -> None:
    # exact 2/4; within one 3/4. Marginals: first {1,2,3,5} once each, second {1: 2, 3: 2}.
    # chance exact = (1*2 + 1*2) / 16; chance within one = (2 + 4 + 2 + 0) / 16.
    result = agreement([(1, 1), (2, 3), (3, 3), (5, 1)], FIVE)
    assert result.n == 4
    assert result.exact == pytest.approx(0.5)
    assert result.within_one == pytest.approx(0.75)
    assert result.chance_exact == pytest.approx(0.25)
    assert result.chance_within_one == pytest.approx(0.5)
    assert result.kappa == pytest.approx(1 / 3)


def test_agreement_with_no_pairs_is_undefined_not_zero() -> None:
    result = agreement([], FIVE)
    assert result.n == 0 and result.exact is None and result.kappa is None


def test_constant_identical_answers_have_undefined_kappa() -> None:
    result = agreement([(3, 3), (3, 3)], FIVE)
    assert result.exact == 1.0 and result.chance_exact == 1.0 and result.kappa is None


def test_bigrams_english_and_chinese() -> None:
    assert set(char_bigrams("A house!")) == {"a ", " h", "ho", "ou", "us", "se"}
    home, house = char_bigrams("我们的家"), char_bigrams("我们的房子。")
    assert bigram_jaccard(home, house) == pytest.approx(2 / 5)
    assert bigram_cosine(home, home) == pytest.approx(1.0)
    assert bigram_cosine(char_bigrams("sea"), char_bigrams("家")) == 0.0


def test_compare_partners_items_scales_and_dreams() -> None:
    instrument = tiny()
    result = compare_partners(instrument, {"alex": ALEX, "sam": SAM}, couple="c1")
    alex_knows = {row.item_id: row.outcome for row in result.a_knows_b.items}
    # alex predicted sam o1=4 (sam 2: miss), o2=4 (sam 4: exact), k1=5 (sam 5: exact)
    assert alex_knows == {"o1": "miss", "o2": "exact", "k1": "exact"}
    assert result.a_knows_b.agreement.exact == pytest.approx(2 / 3)
    sam_knows = {row.item_id: row.outcome for row in result.b_knows_a.items}
    # sam predicted alex o1=5 (exact), o2=5 (alex 4: close), k1 skipped
    assert sam_knows == {"o1": "exact", "o2": "close", "k1": "unanswered"}
    assert result.b_knows_a.agreement.n == 2

    scales = {row.scale_id: row for row in result.scales}
    # alex open: 5, 4, 6-1=5 -> 14/3; sam: 2, 4, 6-4=2 -> 8/3
    assert scales["open"].score_a == pytest.approx(14 / 3)
    assert scales["open"].score_b == pytest.approx(8 / 3)
    assert scales["open"].gap == pytest.approx(2.0)
    # alex predicts sam on o1, o2: (4 + 4) / 2; sam actually (2 + 4) / 2
    assert scales["open"].a_predicts_b == pytest.approx(4.0)
    assert scales["open"].b_actual_on_predicted == pytest.approx(3.0)
    # keep: sam answered 1 of 2 (0.5 meets min_answered 0.5)
    assert scales["keep"].score_b == pytest.approx(5.0)

    dreams = result.dreams
    assert dreams is not None
    assert dreams.agreement.exact == pytest.approx(1 / 3)  # home 5/5
    assert dreams.agreement.within_one == pytest.approx(2 / 3)  # health 4/3
    assert dreams.mean_abs_diff == pytest.approx((0 + 3 + 1) / 3)
    assert dreams.similarity == pytest.approx(1 - (4 / 3) / 4)
    best = max(dreams.hope_pairs, key=lambda pair: pair[2])
    assert best[:2] == (0, 0)  # "a house by the sea" ~ "a house near the sea"
    assert dreams.hopes_cosine is not None and 0.3 < dreams.hopes_cosine < 1.0


def test_compare_needs_two_partners() -> None:
    from unmask.errors import PartnerError

    with pytest.raises(PartnerError):
        compare_partners(tiny(), {"alex": ALEX})

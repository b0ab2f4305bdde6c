"""unmask_dev.safety_threats (h-safety25): every form reads its own example, a round is read
without the forms it suggested, and the clean round is never named or read."""

from __future__ import annotations

from unmask_dev import safety_threats as st


def test_every_form_reads_its_example() -> None:
    reader = st.Reader()
    for lang, forms in st.FORMS.items():
        for k, (_, _, example, _) in enumerate(forms):
            assert k in reader.which(example), (lang, example)


def test_a_round_is_read_without_the_forms_it_suggested() -> None:
    for lang, forms in st.FORMS.items():
        for k, (_, _, example, rounds) in enumerate(forms):
            for n in rounds:
                assert k not in st.Reader(n).which(example), (lang, n)


def test_the_clean_rounds_are_never_named_or_read() -> None:
    named = {n for forms in st.FORMS.values() for _, _, _, rounds in forms for n in rounds}
    assert named <= set(st.ROUNDS)
    assert 25 not in st.ROUNDS and 25 not in named

"""The fixed fit / held-out halves of the dialogue development sets."""

from __future__ import annotations

from unmask_dev import chat_split
from unmask_dev.devsets import Dialogue, Turn


def _dialogues(n: int) -> list[Dialogue]:
    return [
        Dialogue(f"d{i}", (Turn("user", f"I need a hotel for {i} nights"), Turn("system", "ok")))
        for i in range(n)
    ]


def test_halves_are_disjoint_complete_and_half() -> None:
    dialogues = _dialogues(200)
    parts = chat_split.halves(dialogues)
    fit = {d.id for d in parts["fit"]}
    held = {d.id for d in parts["held_out"]}
    assert not fit & held
    assert fit | held == {d.id for d in dialogues}
    assert len(fit) == 100


def test_side_does_not_depend_on_file_order() -> None:
    dialogues = _dialogues(50)
    forward = chat_split.halves(dialogues)
    backward = chat_split.halves(list(reversed(dialogues)))
    for side in chat_split.SIDES:
        assert {d.id for d in forward[side]} == {d.id for d in backward[side]}
    # each side keeps the input's order
    assert [d.id for d in backward["fit"]] == [d.id for d in reversed(forward["fit"])]


def test_same_id_other_first_turn_may_move() -> None:
    """The key includes the first turn: ESConv ids are file positions, not names."""
    a = Dialogue("x", (Turn("seeker", "hello"),))
    keys = {chat_split._key(a), chat_split._key(Dialogue("x", (Turn("seeker", "bye"),)))}
    assert len(keys) == 2

from __future__ import annotations

import numpy as np

from unmask.sessions import session_ids


def test_sessions_split_on_gap_and_conversation() -> None:
    ts = [
        "2024-01-01T08:00",
        "2024-01-01T08:05",
        "2024-01-01T12:00",  # 3h55m later: new session
        "2024-01-01T12:01",
        "2024-01-01T12:02",  # other conversation: new session
    ]
    conv = ["a", "a", "a", "a", "b"]
    assert session_ids(conv, ts).tolist() == [0, 0, 1, 1, 2]
    assert session_ids(conv, ts, gap_minutes=300).tolist() == [0, 0, 0, 0, 1]


def test_empty() -> None:
    assert session_ids([], []).shape == (0,)
    assert session_ids(np.array([]), np.array([])).dtype == np.int64

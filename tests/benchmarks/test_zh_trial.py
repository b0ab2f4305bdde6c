"""unmask_dev.zh_trial: a candidate Chinese weights file read in place of the bundled one."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest

from unmask.signals import model_zh, score_texts
from unmask.signals.types import MESSAGE_SIGNALS
from unmask_dev import zh_trial

TEXTS = ["今天加班到很晚，有点累", "周六上午九点开会，请准时参加", "终于放假了好开心"]


def _probs() -> np.ndarray:
    lex = score_texts(TEXTS, model=False)
    matrix = np.column_stack([np.asarray(lex.scores[s]) for s in MESSAGE_SIGNALS])
    return model_zh.predict(TEXTS, matrix)


def _copy_with_bias(tmp_path: Path, shift: float) -> Path:
    shipped = model_zh._weights_ref().read_bytes()
    arrays = dict(np.load(io.BytesIO(shipped), allow_pickle=False))
    arrays["bias"] = arrays["bias"] + shift
    out = tmp_path / f"trial_{shift}.npz"
    buf = io.BytesIO()
    np.savez_compressed(buf, **arrays)
    out.write_bytes(buf.getvalue())
    return out


def test_trial_weights_are_read_in_the_block_and_the_bundled_ones_after(tmp_path: Path) -> None:
    before = _probs()
    with zh_trial.trial_weights(_copy_with_bias(tmp_path, 0.0)):
        assert np.array_equal(_probs(), before)
    with zh_trial.trial_weights(_copy_with_bias(tmp_path, -3.0)):
        lowered = _probs()
    assert (lowered < before).all()
    assert np.array_equal(_probs(), before)


def test_a_file_that_is_not_weights_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a weights file")
    with pytest.raises(SystemExit, match="not weights of"):
        zh_trial.main([str(bad)])
    assert model_zh.available()


def test_report_gives_figures_of_a_sample_and_never_a_post(tmp_path: Path) -> None:
    sample = tmp_path / "sample.tsv"
    rows = [
        ("1", "T", "F", "F", "F", "F", "考完试了，开心到飞起！"),
        ("2", "F", "F", "F", "F", "F", "本店周一至周五营业，欢迎光临！"),
        ("3", "F", "T", "F", "F", "F", "好想家啊，一个人过节[泪]"),
        ("4", "F", "F", "F", "F", "F", "明天上午十点开会，地点三楼。"),
    ]
    sample.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    lines = zh_trial.report([str(sample)], None, with_report_half=False, guards=False)
    assert len(lines) == 1
    name, n, f1, *aucs = (part.strip() for part in lines[0].split("|"))
    assert (name, n) == ("sample.tsv", "4")
    assert f1.startswith("macro-F1 ") and 0.0 <= float(f1.split()[-1]) <= 1.0
    assert [a.split()[0] for a in aucs] == ["AUC", "final", "model,"]
    assert not any(r[-1] in lines[0] for r in rows)

"""`model.checked_buckets`: the one check of a bundled weights file's metadata that the
English, Chinese and safety model layers share."""

import json

import pytest

from unmask.errors import ModelError
from unmask.signals import model, model_zh
from unmask.signals.model import checked_buckets


def _fail(why: str) -> ModelError:
    return ModelError(f"weights.npz {why}")


EXPECTED = {"model_version": "m-1", "features_version": "f-2", "signals": ("a.b", "c.d")}


def _meta(**changes: object) -> dict[str, object]:
    meta: dict[str, object] = {**EXPECTED, "n_buckets": 1024, **changes}
    return json.loads(json.dumps(meta))  # tuples come back as lists, as from the file


def test_a_matching_file_gives_its_bucket_count() -> None:
    assert checked_buckets(_meta(), EXPECTED, _fail, "m-1, f-2") == 1024


@pytest.mark.parametrize(
    "changes",
    [
        {"model_version": "m-0"},
        {"features_version": None},
        {"signals": ["a.b"]},
        {"signals": ["c.d", "a.b"]},
        {"signals": "a.b"},
    ],
)
def test_another_version_or_signal_list_is_named(changes: dict[str, object]) -> None:
    with pytest.raises(ModelError, match=r"weights\.npz does not match this unmask \(m-1, f-2\)"):
        checked_buckets(_meta(**changes), EXPECTED, _fail, "m-1, f-2")


def test_a_missing_key_is_a_mismatch() -> None:
    meta = _meta()
    del meta["signals"]
    with pytest.raises(ModelError, match="does not match"):
        checked_buckets(meta, EXPECTED, _fail, "m-1, f-2")


@pytest.mark.parametrize("n_buckets", [0, -8, 1000, 3.0, "1024", None])
def test_a_bucket_count_that_is_not_a_power_of_two_is_refused(n_buckets: object) -> None:
    with pytest.raises(ModelError, match="invalid bucket count"):
        checked_buckets(_meta(n_buckets=n_buckets), EXPECTED, _fail, "m-1, f-2")


@pytest.mark.parametrize("layer", [model, model_zh])
def test_the_bundled_files_pass_and_a_changed_version_does_not(layer: object) -> None:
    meta = model.read_meta(layer._weights_ref(), layer.WEIGHTS_FILE)  # type: ignore[attr-defined]
    assert layer._checked_meta(meta) > 0  # type: ignore[attr-defined]
    with pytest.raises(ModelError, match=layer.WEIGHTS_FILE):  # type: ignore[attr-defined]
        layer._checked_meta({**meta, "model_version": "older"})  # type: ignore[attr-defined]

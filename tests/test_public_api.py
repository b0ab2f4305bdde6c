from __future__ import annotations

import subprocess
import sys

import unmask


def test_every_public_name_resolves() -> None:
    for name in unmask.__all__:
        assert getattr(unmask, name) is not None


def test_unknown_name_is_an_attribute_error() -> None:
    try:
        unmask.no_such_thing  # noqa: B018
    except AttributeError as error:
        assert "no_such_thing" in str(error)
    else:
        raise AssertionError("expected AttributeError")


def test_importing_the_importers_does_not_load_the_analysis() -> None:
    code = (
        "import sys, unmask.ingest; "
        "print(any(m.startswith(('unmask.signals', 'unmask.analyze', 'unmask.dyad')) "
        "for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_all_lists_exactly_the_lazy_exports() -> None:
    assert set(unmask.__all__) == set(unmask._EXPORTS) | {"__version__"}

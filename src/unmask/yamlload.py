"""YAML of the package's own data files (lexicons, report texts, guide, questionnaire).

Read with libyaml's safe loader where PyYAML was built with it (wheels are; about ten
times faster than the pure-Python one, which matters for the report texts read on every
run), else with the pure-Python safe loader: the same documents either way.
"""

from __future__ import annotations

from typing import Any

import yaml

#: libyaml's safe loader when PyYAML has it, else the pure one
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)``, through :data:`SAFE_LOADER`."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader


__all__ = ["SAFE_LOADER", "safe_load"]

"""Imported once by the local engine's fork server: load the scorer before workers fork.

Compiling the lexicons and loading the models takes a few CPU seconds; done here,
in the fork server, every worker process forked from it starts with them ready
(shared copy-on-write pages) instead of paying for them again.
"""

from __future__ import annotations

import os

os.environ["UNMASK_WORKERS"] = "1"

from unmask.signals import score_texts  # noqa: E402 - after the worker count is fixed

score_texts(["warming up", "热身"], model=True)

"""The command line's own sentences, from ``lang/<code>/text/cli.yaml``.

The language is the command's ``--lang`` where it has one, else ``UNMASK_LANG`` (``en``
or ``zh``), else English. Values are formatted into the sentence; rich markup in a
sentence (``[bold]``, ``[yellow]``) is part of the text, so values that come from an
export are escaped by the caller.
"""

from __future__ import annotations

import os

from unmask.lang.strings import LANGUAGES, text

ENV = "UNMASK_LANG"


def cli_lang() -> str:
    """``UNMASK_LANG`` when it names a language this tool speaks, else ``en``."""
    wanted = os.environ.get(ENV, "").strip().lower()
    return wanted if wanted in LANGUAGES else "en"


def say(key: str, lang: str | None = None, **values: object) -> str:
    """The sentence ``key`` of cli.yaml in ``lang`` (default :func:`cli_lang`)."""
    return text(lang or cli_lang(), "cli", key).format(**values)

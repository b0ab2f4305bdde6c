"""unmask: surface and depth in a couple's chat history and questionnaire.

The public Python API is listed here once; the CLI is a thin layer over it.
"""

from __future__ import annotations

from unmask.errors import UnmaskError
from unmask.model import ARROW_SCHEMA, Kind, Message

__version__ = "0.1.0"

__all__ = ["ARROW_SCHEMA", "Kind", "Message", "UnmaskError", "__version__"]

"""The project's one exception family.

Every error a user can cause (bad input, wrong passphrase, missing partner...)
is raised as a subclass of :class:`UnmaskError` with a message that says what
went wrong *and what to do next*. The CLI prints ``str(error)`` and exits with
``error.exit_code``; it never prints a traceback, message text or local
variables. Messages must never quote chat text or questionnaire answers.
"""

from __future__ import annotations


class UnmaskError(Exception):
    """Base class: an actionable, privacy-safe error message."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(UnmaskError):
    """An input file cannot be read as what it claims to be."""

    code = "E100"
    exit_code = 2


class UnknownFormatError(InputError):
    """Format detection found no importer for the file."""

    code = "E101"


class EncodingError(InputError):
    """The file is not in any text encoding chat apps write."""

    code = "E102"


class UnsafeArchiveError(InputError):
    """A zip archive is malformed, a zip bomb, or has unsafe member names."""

    code = "E103"


class EmptyInputError(InputError):
    """The input holds no messages."""

    code = "E104"


class ChatChoiceError(InputError):
    """The export holds several chats and none was chosen (or the chosen one is not there)."""

    code = "E105"


class UsageError(UnmaskError):
    """Options that do not fit together or do not fit the data."""

    code = "E200"
    exit_code = 2


class PartnerError(UsageError):
    """The two partners to analyse are missing or ambiguous."""

    code = "E201"


class OutputExistsError(UsageError):
    """Refusing to overwrite an existing output."""

    code = "E202"


class InstrumentError(UnmaskError):
    """A questionnaire file is malformed."""

    code = "E300"
    exit_code = 2


class StoreError(UnmaskError):
    """The local database cannot be used as asked."""

    code = "E400"


class AuthError(StoreError):
    """Wrong passphrase, or the stored data was tampered with."""

    code = "E401"


class ModelError(UnmaskError):
    """A bundled model file is missing or damaged."""

    code = "E500"


class OutputError(UnmaskError):
    """An output cannot be written (disk full, no permission); nothing was replaced."""

    code = "E600"

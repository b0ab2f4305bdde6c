"""Sealing answers: scrypt key derivation and AES-256-GCM with associated data.

Each partner's key comes from *their own* passphrase and a random 16-byte salt
stored with their row, through scrypt (memory-hard; n=2**17, r=8, p=1 uses
128 MiB and follows the OWASP recommendation). Every record is encrypted with
AES-256-GCM under a fresh 12-byte nonce, and its *associated data* names the
couple, the partner, the record kind and the instrument: a ciphertext copied
into another row - another partner's, another couple's - fails
authentication exactly like a tampered one. Nothing here is home-made: the
primitives are those of the ``cryptography`` package.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from unmask.errors import AuthError, UsageError

SALT_BYTES = 16
NONCE_BYTES = 12
KEY_BYTES = 32
MIN_PASSPHRASE_CHARS = 8


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost parameters, stored beside each partner's salt."""

    log2_n: int = 17
    r: int = 8
    p: int = 1

    def to_text(self) -> str:
        return f"scrypt:{self.log2_n}:{self.r}:{self.p}"

    @classmethod
    def from_text(cls, text: str) -> KdfParams:
        try:
            name, log2_n, r, p = text.split(":")
            params = cls(int(log2_n), int(r), int(p))
        except ValueError:
            raise AuthError(
                "the stored key parameters are damaged; the data cannot be unlocked"
            ) from None
        valid = 10 <= params.log2_n <= 22 and 1 <= params.r <= 32 and 1 <= params.p <= 16
        if name != "scrypt" or not valid:
            raise AuthError("the stored key parameters are damaged; the data cannot be unlocked")
        return params


#: parameters for new partners (tests may lower log2_n to run faster)
DEFAULT_PARAMS = KdfParams()


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


#: passphrases guessed first by anyone who tries (lower case, spaces removed)
_COMMON = frozenset(
    {
        "password",
        "password1",
        "passw0rd",
        "iloveyou",
        "iloveyou1",
        "12345678",
        "123456789",
        "1234567890",
        "87654321",
        "11111111",
        "00000000",
        "qwertyui",
        "qwertyuiop",
        "asdfghjk",
        "abcdefgh",
        "abc12345",
        "letmein1",
        "sunshine",
        "princess",
        "football",
        "baseball",
        "welcome1",
        "woaini520",
        "woaini1314",
        "5201314520",
        "a1234567",
        "aa123456",
        "qwe12345",
        "1q2w3e4r",
        "unmaskunmask",
        "passphrase",
    }
)


def passphrase_problem(passphrase: str, names: tuple[str, ...] = ()) -> str | None:
    """Why ``passphrase`` is too weak, or None when it is acceptable.

    Checked before the confirmation prompt: at least 8 characters, at least 5
    different ones, not a well-known password, not one's own or the couple's
    name, and not a run like "abcdefgh" or "13579135".
    """
    text = passphrase.strip()
    folded = "".join(text.lower().split())
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        return f"a passphrase needs at least {MIN_PASSPHRASE_CHARS} characters"
    if len(set(folded)) < 5:
        return "it repeats too few different characters"
    if folded in _COMMON:
        return "it is one of the passwords tried first by anyone guessing"
    for name in names:
        bare = "".join(name.lower().split())
        if len(bare) >= 3 and bare in folded and len(folded.replace(bare, "")) < 4:
            return "it is mostly a name that others know"
    steps = {ord(b) - ord(a) for a, b in zip(folded, folded[1:], strict=False)}
    if len(steps) == 1:
        return "it is a simple run of characters"
    return None


def check_passphrase(passphrase: str, names: tuple[str, ...] = ()) -> None:
    """Refuse passphrases too weak to resist guessing (see :func:`passphrase_problem`)."""
    problem = passphrase_problem(passphrase, names)
    if problem is not None:
        raise UsageError(f"this passphrase is too weak: {problem}; a few unrelated words work well")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The partner's 256-bit key (scrypt)."""
    kdf = Scrypt(salt=salt, length=KEY_BYTES, n=2**params.log2_n, r=params.r, p=params.p)
    return kdf.derive(passphrase.encode("utf-8"))


def associated_data(couple: str, partner: str, kind: str, record: str) -> bytes:
    """Binds a ciphertext to its place: couple, partner, record kind and record id."""
    parts = (b"unmask/v1", couple.encode(), partner.encode(), kind.encode(), record.encode())
    return b"\x00".join(len(p).to_bytes(4, "big") + p for p in parts)


def seal(key: bytes, plaintext: bytes, ad: bytes) -> tuple[bytes, bytes]:
    """(nonce, ciphertext-with-tag) under a fresh random nonce."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, ad)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, ad: bytes, what: str) -> bytes:
    """Decrypt and authenticate; any mismatch is an :class:`AuthError` naming ``what``."""
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, ad)
    except (InvalidTag, ValueError):
        raise AuthError(
            f"{what} fails its integrity check: it was altered, or copied from another record. "
            "Nothing was shown or scored; re-import the answers from an export or answer again "
            "after `unmask forget`"
        ) from None

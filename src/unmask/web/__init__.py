"""unmask.web: the local web app a couple uses without a terminal (``unmask serve``).

A thin, server-rendered layer over the Python API (import, analyze, the report document,
the questionnaire, consent, the store): :func:`create_app` builds the Starlette app.
Security (docs in :mod:`unmask.web.security`): loopback by default, a Host-header check,
a CSRF token on every POST, HttpOnly + SameSite=Strict cookies, a strict CSP, rate-limited
passphrase attempts, no message text in logs, bounded uploads in a private temp folder.
"""

from unmask.web.app import create_app
from unmask.web.config import WebConfig

__all__ = ["WebConfig", "create_app"]

"""CLI commands: score (placeholder until its issue lands; registers nothing)."""

from __future__ import annotations

import click


def register(app: click.Group) -> None:
    """Add this group's commands to the main app."""

"""unmask.guide: the weekly plan, check-ins and progress (issue 14)."""

from unmask.guide.plan import build_plan

__all__ = ["build_plan"]

"""Constructed report.json documents with chosen figures (only the parts a plan reads)."""

from __future__ import annotations

from typing import Any


def breakdown(counts: dict[str, int]) -> dict[str, Any]:
    total = sum(counts.values())
    return {
        "total": total,
        "counts": counts,
        "shares": {k: (v / total if total else None) for k, v in counts.items()},
    }


def share(value: float, denominator: int = 2000) -> dict[str, Any]:
    return {"value": value, "count": round(value * denominator), "denominator": denominator}


def report(
    *,
    responsive: tuple[int, int] = (60, 40),
    toward: tuple[int, int] = (80, 20),
    depth: float = 0.45,
    depth_ci: tuple[float, float] | None = None,
    appeasement: float = 0.03,
    transactional: float = 0.03,
    vulnerable: float = 1.0,
    placed: bool = True,
    mode: str = "none",
    questionnaire: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A report of 2,000 text messages; ``responsive``/``toward``: (yes, no) episode counts."""
    ci = list(depth_ci or (depth - 0.05, depth + 0.05))
    axis = {"value": depth, "ci": ci, "components": []}
    out: dict[str, Any] = {
        "parameters": {"lang": "en", "thresholds": {"surface": 0.35, "depth": 0.40}},
        "source": {
            "first": "2022-01-01T09:00:00",
            "last": "2023-06-30T21:00:00",
            "text_messages": 2000,
            "months": 18,
        },
        "limits": {"placed": placed, "cannot_tell": []},
        "components": {
            "appeasement": {"couple": share(appeasement)},
            "transactional": {"couple": share(transactional)},
            "disclosure_vulnerable": {
                "couple": {
                    "value": vulnerable,
                    "count": round(vulnerable * 20),
                    "denominator": 2000,
                }
            },
            "depth_share": {"couple": share(0.3)},
            "surface_share": {"couple": share(0.3)},
        },
        "responses": {
            "by_responder": {
                "a": breakdown({"responsive": responsive[0], "deflecting": responsive[1]}),
                "b": breakdown({"responsive": 0, "deflecting": 0}),
            }
        },
        "bids": {
            "by_responder": {
                "a": breakdown({"toward": toward[0], "away": toward[1]}),
                "b": breakdown({"toward": 0, "away": 0}),
            }
        },
        "profile": {
            "placed": placed,
            "surface": {"value": 0.3, "ci": [0.25, 0.35], "components": []},
            "depth": axis,
            "recent": {
                "months": 6,
                "placed": placed,
                "text_messages": 700,
                "surface": {"value": 0.3, "ci": [0.25, 0.35]},
                "depth": {"value": depth, "ci": ci},
            },
        },
        "trends": {"months": ["2023-05", "2023-06"], "series": {}},
        "safety": {"mode": mode},
    }
    if questionnaire is not None:
        out["questionnaire"] = questionnaire
    return out


def questionnaire(
    scores: dict[str, tuple[float, float]], date: str = "2023-07-01"
) -> dict[str, Any]:
    """A comparison dict (as ``unmask compare`` writes it) with these scale scores."""
    return {
        "format": "unmask-questionnaire-comparison",
        "partners": ["Ana", "Ben"],
        "rounds": {"Ana": {"round": 1, "date": date}, "Ben": {"round": 1, "date": date}},
        "response_scale": {"min": 1, "max": 5},
        "scales": [
            {
                "scale": scale,
                "name": scale.replace("_", " "),
                "method": "mean",
                "scores": {"Ana": a, "Ben": b},
            }
            for scale, (a, b) in scores.items()
        ],
    }

"""Small named instruments and sheets shared by the questionnaire tests."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from unmask.assess import AnswerSheet, Instrument, load_instrument_bytes
from unmask.cli.main import app

#: two scales, three predicted items, three life domains, two hopes
TINY_YAML = b"""
format: unmask-instrument
format_version: 1
id: tiny
version: "1"
title: {en: Tiny, zh: \xe5\xb0\x8f}
languages: [en, zh]
response_scale: {min: 1, max: 5, labels: {en: [a, b, c, d, e], zh: [a, b, c, d, e]}}
prediction_prompt: {en: "How would your partner answer?", zh: "?"}
scoring: {method: mean, min_answered: 0.5}
scales:
  - id: open
    group: depth
    name: {en: Openness, zh: o}
    items: [o1, o2, o3]
    reverse: [o3]
  - id: keep
    group: surface
    name: {en: Keeping score, zh: k}
    items: [k1, k2]
items:
  - {id: o1, predict: true, text: {en: "I tell my fears.", zh: "o1"}}
  - {id: o2, predict: true, text: {en: "I share my heartbreak.", zh: "o2"}}
  - {id: o3, text: {en: "I hide my weak side.", zh: "o3"}}
  - {id: k1, predict: true, text: {en: "We split every bill.", zh: "k1"}}
  - {id: k2, text: {en: "I avoid owing anything.", zh: "k2"}}
domains:
  prompt: {en: "How important?", zh: "?"}
  response_scale: {min: 1, max: 5, labels: {en: [n, l, s, v, m], zh: [n, l, s, v, m]}}
  items:
    - {id: home, text: {en: Home, zh: "\xe5\xae\xb6"}}
    - {id: career, text: {en: Career, zh: c}}
    - {id: health, text: {en: Health, zh: h}}
hopes: {max: 2, prompt: {en: "A hope?", zh: "?"}}
"""


def tiny() -> Instrument:
    return load_instrument_bytes(TINY_YAML, "tiny.yaml")


#: Alex is open and predicts Sam to be open too; Sam keeps score.
ALEX = AnswerSheet(
    "tiny",
    "1",
    answers={"o1": 5, "o2": 4, "o3": 1, "k1": 2, "k2": 1},
    predictions={"o1": 4, "o2": 4, "k1": 5},
    domains={"home": 5, "career": 2, "health": 4},
    hopes=("a house by the sea", "more time together"),
    hopes_done=True,
    finished=True,
)
SAM = AnswerSheet(
    "tiny",
    "1",
    answers={"o1": 2, "o2": 4, "o3": 4, "k1": 5, "k2": None},
    predictions={"o1": 5, "o2": 5, "k1": None},
    domains={"home": 5, "career": 5, "health": 3},
    hopes=("a house near the sea",),
    hopes_done=True,
    finished=True,
)


# the CLI, driven as two partners would (passphrases from the environment) -------------

ENV = {"PASS_ALEX": "alex passphrase", "PASS_SAM": "sam passphrase"}
HOPE_MARKER = "quokka-lantern-5521"


def run(args: list[str], text: str = "") -> Result:
    return CliRunner().invoke(app, args, input=text, env=ENV, catch_exceptions=False)


def assess(db: Path, partner: str, text: str, *extra: str) -> Result:
    env_var = f"PASS_{partner.upper()}"
    return run(
        ["assess", "--db", str(db), "--partner", partner, "--passphrase-env", env_var, *extra], text
    )


def compare(db: Path, *extra: str) -> Result:
    return run(
        [
            "compare",
            "--db",
            str(db),
            "--passphrase-env",
            "alex=PASS_ALEX",
            "--passphrase-env",
            "sam=PASS_SAM",
            *extra,
        ]
    )


# tiny instrument: 5 own items, 3 predictions (o1, o2, k1), 3 domains, then hopes
ALEX_TINY = ["5", "4", "1", "2", "1", "4", "4", "5", "5", "2", "4", "a house by the sea", ""]
SAM_TINY = ["2", "4", "4", "5", "s", "5", "5", "s", "5", "5", "3", "a house near the sea", ""]


#: a new round: Enter after the intro, then "No" to the six private safety questions
START = ["", "1", "1", "1", "1", "1", "1"]
#: before sealing: Enter = no private sections
SHARE_ALL = [""]


def lines(values: list[str]) -> str:
    return "\n".join(values) + "\n"


def whole(answers: list[str]) -> str:
    """Input for a whole round: intro, screening, the answers, no private section."""
    return lines(START + answers + SHARE_ALL)

"""Responsiveness on the bundled synthetic samples: recall and false-positive rate.

The generator (``unmask_dev.synth``) labels every answer to a disclosure as
``response.responsive``, ``response.minimal``, ``response.deflecting`` or
``response.dismissive`` (``<sample>.truth.json``, ``message_labels``, in file
order, the encryption notice excluded; docs/samples.md). This prints, per
sample and language, the share of each label where the reply-level signals
are present (score >= 0.5): for ``response.responsive`` that share is the
recall of ``responsiveness``; for the three other labels it is the
false-positive rate. Non-replies (null score) count as "not present".

Two readings. **Per message**: every labelled message on its own. About a
quarter of the responsive messages are the responder's *second* message
("I'm so sorry." then "do you want to talk?"): it follows the writer's own
message, so by the reply contract it is not a reply and scores null. **Per
answer**: the responder's consecutive labelled messages form one answer, found
when any of them is present; this is the fair reading of recall.

Why it matters: the phrase banks (``tools/unmask_dev/synth/templates/{en,zh}.yaml``)
were written by another engineer than the cues, with noise (typos, pet names,
emoji), so they are a second, independent reading of recall. They are few
(about 20 responsive phrases per language), so a high figure here says little
about unseen wording; read it beside the labelled sets (docs/responsiveness.md).

    .venv/bin/python benchmarks/responsiveness_samples.py            # lexicon layer
    .venv/bin/python benchmarks/responsiveness_samples.py --model    # + model context
    .venv/bin/python benchmarks/responsiveness_samples.py --misses 30  # synthetic texts missed
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from pathlib import Path

import numpy as np

from unmask.ingest.api import read_table
from unmask.signals import score_table
from unmask.signals.reply import RESPONSIVENESS, SIGNAL_OF
from unmask.signals.reply_lexicon import MECHANISMS
from unmask.signals.types import PRESENT

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "unmask" / "samples"
NAMES = ("close_en", "drifting_en", "close_zh", "drifting_zh")
RESPONSIVE = "response.responsive"
NEGATIVE = ("response.minimal", "response.deflecting", "response.dismissive")
COLUMNS = (RESPONSIVENESS, *(SIGNAL_OF[p] for p in MECHANISMS))


Labelled = tuple[list[str], dict[str, np.ndarray], list[str], list[str | None]]


def labelled_scores(name: str, model: bool) -> Labelled:
    """Generator label, reply scores, text and sender of every message of one sample.

    The export's first row is the encryption notice (a system line), which
    ``message_labels`` leaves out; the labels follow the remaining rows.
    """
    table = read_table(SAMPLES / f"{name}.txt")
    labels = json.loads((SAMPLES / f"{name}.truth.json").read_text("utf-8"))["message_labels"]
    start = table.num_rows - len(labels)
    if start not in (0, 1) or (start == 1 and table.column("kind")[0].as_py() != "system"):
        raise SystemExit(f"{name}: {table.num_rows} rows for {len(labels)} labels; regenerate.")
    result = score_table(table, model=model)
    scores = {c: np.asarray(result.scores[c], dtype=np.float64)[start:] for c in COLUMNS}
    texts = [t or "" for t in table.column("text").to_pylist()[start:]]
    senders = table.column("sender").to_pylist()[start:]
    return labels, scores, texts, senders


def answers(labels: list[str], senders: list[str | None]) -> list[tuple[str, list[int]]]:
    """Runs of consecutive ``response.*`` messages by one sender: (label, rows)."""
    out: list[tuple[str, list[int]]] = []
    for i, label in enumerate(labels):
        if not label.startswith("response."):
            continue
        last = out[-1] if out else None
        if last and last[1][-1] == i - 1 and last[0] == label and senders[i] == senders[i - 1]:
            last[1].append(i)
        else:
            out.append((label, [i]))
    return out


def present_share(scores: np.ndarray, rows: np.ndarray) -> float:
    """Share of ``rows`` whose score is present (NaN counts as absent)."""
    if len(rows) == 0:
        return math.nan
    values = np.nan_to_num(scores[rows], nan=0.0)
    return float(np.mean(values >= PRESENT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", action="store_true", help="use the model layer for context")
    parser.add_argument(
        "--misses",
        type=int,
        default=0,
        help="print up to N distinct missed responsive answers (synthetic only)",
    )
    args = parser.parse_args()
    header = ["sample", "label", "messages", *COLUMNS]
    print("Per message (null = not present):\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    per_message: dict[tuple[str, str], list[bool]] = {}
    per_answer: dict[tuple[str, str], list[bool]] = {}
    misses: Counter[str] = Counter()
    for name in NAMES:
        labels, scores, texts, senders = labelled_scores(name, args.model)
        lang = name.rsplit("_", 1)[1]
        array = np.asarray(labels)
        present = np.nan_to_num(scores[RESPONSIVENESS], nan=0.0) >= PRESENT
        for label in (RESPONSIVE, *NEGATIVE):
            rows = np.flatnonzero(array == label)
            cells = [f"{present_share(scores[c], rows):.2f}" for c in COLUMNS]
            print(f"| {name} | {label} | {len(rows)} | " + " | ".join(cells) + " |")
            per_message.setdefault((lang, label), []).extend(present[rows].tolist())
        for label, run in answers(labels, senders):
            found = bool(present[run].any())
            per_answer.setdefault((lang, label), []).append(found)
            if label == RESPONSIVE and not found:
                misses[" / ".join(texts[i] for i in run)] += 1
    print()
    print("| lang | reading | responsive recall | n | minimal FP | deflecting FP | dismissive FP |")
    print("|---|---|---|---|---|---|---|")
    for lang in ("en", "zh"):
        for reading, pooled in (("per message", per_message), ("per answer", per_answer)):
            recall = pooled[(lang, RESPONSIVE)]
            cells = [
                f"{np.mean(pooled[(lang, lab)]):.3f} ({len(pooled[(lang, lab)])})"
                for lab in NEGATIVE
            ]
            print(
                f"| {lang} | {reading} | {np.mean(recall):.3f} | {len(recall)} | "
                + " | ".join(cells)
                + " |"
            )
    if args.misses:
        print(f"\nmost frequent missed responsive answers (synthetic), top {args.misses}:")
        for text, count in misses.most_common(args.misses):
            print(f"{count:4d}  {text!r}")


if __name__ == "__main__":
    main()

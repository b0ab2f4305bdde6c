"""Writing the bundled sample exports (src/unmask/samples/) from the profiles.

Kept beside the generator so the regeneration script and the "samples are up
to date" test run exactly the same code.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unmask_dev.synth.generate import generate_labelled, label_counts, truth
from unmask_dev.synth.profiles import PROFILES
from unmask_dev.synth.whatsapp import Layout, write_whatsapp


@dataclass(frozen=True)
class SampleSpec:
    """One bundled export: which profile, in which layout, under which file name."""

    name: str
    layout: Layout
    chat_name: str  # who the exporting phone saw as the chat (iOS attributes the notice to it)

    @property
    def export_file(self) -> str:
        return f"{self.name}.txt"

    @property
    def truth_file(self) -> str:
        return f"{self.name}.truth.json"


#: the four samples, a mix of layouts (docs/samples.md)
SAMPLE_SPECS: tuple[SampleSpec, ...] = (
    SampleSpec("close_en", "android", "Daniel"),
    SampleSpec("drifting_en", "ios_us", "Ben"),
    SampleSpec("close_zh", "ios", "周杰"),
    SampleSpec("drifting_zh", "android", "李昊"),
)


def sample_truth(spec: SampleSpec) -> dict[str, Any]:
    """The truth file's content: the schedule plus what the generation realised."""
    profile = PROFILES[spec.name]
    labelled = generate_labelled(profile)
    data = truth(profile)
    data["export"] = {
        "file": spec.export_file,
        "layout": spec.layout,
        "messages": len(labelled.messages),
        "first": labelled.messages[0].timestamp,
        "last": labelled.messages[-1].timestamp,
        "by_sender": dict(Counter(m.sender or "" for m in labelled.messages)),
        "by_kind": dict(Counter(m.kind for m in labelled.messages)),
    }
    data["realised"] = label_counts(labelled)
    # one label per message of the export, in file order (the encryption notice excluded)
    data["message_labels"] = labelled.labels
    return data


def write_samples(out_dir: Path) -> list[Path]:
    """Write every sample export and its truth file into ``out_dir``; return the paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for spec in SAMPLE_SPECS:
        profile = PROFILES[spec.name]
        export = out_dir / spec.export_file
        write_whatsapp(generate_labelled(profile).messages, export, spec.layout, spec.chat_name)
        truth_path = out_dir / spec.truth_file
        text = json.dumps(sample_truth(spec), ensure_ascii=False, indent=1) + "\n"
        truth_path.write_text(text, encoding="utf-8", newline="\n")
        written += [export, truth_path]
    return written

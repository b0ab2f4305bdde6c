#!/usr/bin/env python3
"""Regenerate the bundled sample chats in src/unmask/samples/ (deterministic).

Usage: .venv/bin/python scripts/make_samples.py [--out DIR]

The output depends only on the profiles in unmask_dev.synth.profiles and the
phrase banks; tests/corpus/test_synth.py checks the committed files equal a
fresh generation, so run this after changing either.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from unmask.samples import samples_dir
from unmask_dev.synth.samples import write_samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=samples_dir(), help="output folder")
    args = parser.parse_args()
    for path in write_samples(args.out):
        print(f"{path}  {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()

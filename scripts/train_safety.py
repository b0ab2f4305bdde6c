#!/usr/bin/env python3
"""Train the trial safety models (dev only, not shipped): the recipe is
:mod:`unmask_dev.train_safety` (run ``.venv/bin/python scripts/train_safety.py --help``;
needs the ``train`` extra)."""

from unmask_dev.train_safety import main

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Retrain the bundled English model: the recipe is :mod:`unmask_dev.train_claff` (run
``.venv/bin/python scripts/train_claff.py --help``; needs the ``train`` extra)."""

from unmask_dev.train_claff import main

if __name__ == "__main__":
    main()

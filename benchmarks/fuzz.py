"""Fuzz every importer, the zip layer and the questionnaire's answers import: the runner
of :mod:`unmask_dev.fuzz` (targets, mutations and the crash report live there).

Run::

    .venv/bin/python benchmarks/fuzz.py                      # 10,000 inputs per target
    .venv/bin/python benchmarks/fuzz.py --inputs 500 --target telegram
"""

import sys

from unmask_dev.fuzz import main

if __name__ == "__main__":
    sys.exit(main())

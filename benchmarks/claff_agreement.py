"""How far the CL-Aff labels agree with themselves: the runner of
:mod:`unmask_dev.claff_agreement` (where the method is documented and tested).

Run: ``.venv/bin/python benchmarks/claff_agreement.py [--level exact|lower|normalised]
[--no-model]`` (reads ``../shared/data/claff-offmychest``; says so when it is absent).
"""

from unmask_dev.claff_agreement import main

if __name__ == "__main__":
    main()

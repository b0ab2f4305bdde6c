"""English reply-level data files as tables: every example fires, must_not_fire stays low.

The tests are shared by every language (``tests/lang/responsiveness_cases.py``);
each example is scored as the answer to the English disclosure below.
"""

from __future__ import annotations

from responsiveness_cases import responsiveness_tests

DISCLOSURE = "I had such an awful day, I feel like a total failure"

TestResponsivenessEn = responsiveness_tests("en", DISCLOSURE)

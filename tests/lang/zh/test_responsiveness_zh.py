"""Chinese reply-level data files as tables: every example fires, must_not_fire stays low.

The tests are shared by every language (``tests/lang/responsiveness_cases.py``);
each example is scored as the answer to the Chinese disclosure below.
"""

from __future__ import annotations

from responsiveness_cases import responsiveness_tests

DISCLOSURE = "今天好难过，感觉自己好失败"

TestResponsivenessZh = responsiveness_tests("zh", DISCLOSURE)

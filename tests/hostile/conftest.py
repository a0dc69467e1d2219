"""The hostile suite's summary line: runs, worst time and worst memory."""

from __future__ import annotations

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from tests.hostile.test_hostile import RESULTS

    if not RESULTS:
        return
    slowest = max(RESULTS, key=lambda r: r[1].seconds)
    biggest = max(RESULTS, key=lambda r: r[1].peak_rss)
    terminalreporter.write_line(
        f"hostile suite: {len(RESULTS)} runs; worst time {slowest[1].seconds:.1f} s "
        f"({slowest[0]}); worst memory {biggest[1].peak_rss / 2**20:.0f} MiB ({biggest[0]})"
    )

"""Headless Chromium for the tests that look at an HTML page as a browser lays it out
(Debian's package; .ci/run installs it, and without it those tests skip with a reason)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-quic"]
needs_chromium = pytest.mark.skipif(CHROMIUM is None,
                                    reason="no chromium binary on PATH (Debian: apt-get install chromium)")


def chromium(tmp_path: Path, profile: str, *args: str) -> str:
    """Run headless Chromium with a fresh profile; return its standard output."""
    done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / profile}", *args],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout

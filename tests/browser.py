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


_MEASURE = """<script>
window.addEventListener("load", () => {
  const lines = el => { const r = document.createRange(); r.selectNodeContents(el); return r.getClientRects().length; };
  const found = [...document.querySelectorAll(SELECTOR)];
  document.body.setAttribute("data-measured", JSON.stringify(found.map(el => [el.textContent, lines(el)])));
});
</script>"""


def line_boxes(tmp_path: Path, html: str, selector: str, width: int = 1280) -> list[tuple[str, int]]:
    """(text, number of line boxes) of each element ``selector`` picks, as Chromium lays out the
    page ``html`` in a window ``width`` pixels wide: counted by a script added to a copy."""
    import json

    import lxml.html

    page = tmp_path / "measured.html"
    script = _MEASURE.replace("SELECTOR", json.dumps(selector))
    page.write_text(html.replace("</body>", script + "</body>"), encoding="utf-8")
    dom = chromium(tmp_path, "measure", f"--window-size={width},900", "--virtual-time-budget=5000", "--dump-dom",
                   page.as_uri())
    return [tuple(pair) for pair in json.loads(lxml.html.fromstring(dom).body.get("data-measured"))]

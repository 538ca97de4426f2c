"""A real `govcheck batch` in a subprocess, for tests that signal it, and the processes it starts.

``busy_root`` writes workspaces that keep two workers reading PDFs for many seconds (so a
test can signal the run while they work), after one of a single PDF, which the parent reads
itself (so the parent has a PDF extraction process of its own when the workers are forked).
The processes are found in /proc: a process is named by its pid and start time, so a pid
reused by another process is never mistaken for it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pdfgen import make_pdf

ROOT = Path(__file__).resolve().parents[1]
PROC = Path("/proc")
needs_proc = pytest.mark.skipif(not (PROC / "self" / "stat").exists() or not hasattr(os, "fork"),
                                reason="finds processes in /proc and starts workers by fork")
WORKSPACE_YAML = "municipality: Provkommun\nas_of: 2024-01-01\n"
PARAGRAPH = "Kommunstyrelsen ansvarar för informationssäkerheten och följer upp den varje år. " * 12


def busy_root(root: Path, workspaces: int = 2, pdfs: int = 40) -> Path:
    """``root``/a with one PDF, then ``workspaces`` workspaces of ``pdfs`` copies of it each."""
    pdf = None
    for name in ["a", *(f"b{n}" for n in range(workspaces))]:
        documents = root / name / "documents"
        documents.mkdir(parents=True)
        (root / name / "govcheck.yaml").write_text(WORKSPACE_YAML, encoding="utf-8")
        for n in range(1 if name == "a" else pdfs):
            if pdf is None:
                pdf = make_pdf(documents / "riktlinje-00.pdf",
                               [("title", "Riktlinje för informationssäkerhet"), *[("p", PARAGRAPH)] * 25])
            else:
                shutil.copyfile(pdf, documents / f"riktlinje-{n:02d}.pdf")
    return root


def start_batch(root: Path, out: Path, stderr: Path) -> subprocess.Popen:
    """`python -m govcheck batch ROOT --out OUT --jobs 2 --no-cache` of this source tree, in a
    session (and process group) of its own, standard error into the file ``stderr``."""
    with open(stderr, "wb") as err:
        return subprocess.Popen([sys.executable, "-m", "govcheck", "batch", str(root), "--out", str(out),
                                 "--jobs", "2", "--no-cache"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err,
                                start_new_session=True)


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (state, ppid, …), or None."""
    try:
        text = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2:].split()


def _cmdline(pid: int) -> str:
    try:
        return (PROC / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def children(pid: int) -> list[tuple[int, str]]:
    """The live processes whose parent is ``pid``, each as (pid, start time)."""
    found = []
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields and fields[1] == str(pid) and fields[0] not in "ZX":
                found.append((int(entry.name), fields[19]))
    return found


def alive(process: tuple[int, str]) -> bool:
    """Whether the process still runs (a zombie nobody has reaped yet has ended)."""
    fields = _stat(process[0])
    return fields is not None and fields[19] == process[1] and fields[0] not in "ZX"


def is_pdf_process(process: tuple[int, str]) -> bool:
    return "pdf_worker.py" in _cmdline(process[0])


def descendants_when_busy(parent: int, timeout: float = 60) -> list[tuple[int, str]]:
    """Once two workers of ``parent`` each have a PDF extraction process: the workers, those
    processes and the parent's own PDF extraction process. Fails after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        direct = children(parent)
        workers = [p for p in direct if not is_pdf_process(p)]
        theirs = [c for w in workers for c in children(w[0]) if is_pdf_process(c)]
        if len(workers) == 2 and len(theirs) == 2:
            return [*direct, *theirs]
        time.sleep(0.05)
    pytest.fail(f"the run did not have two busy workers within {timeout} s")


def still_alive(processes: list[tuple[int, str]], within: float = 10) -> list[tuple[int, str]]:
    """The processes that have not ended after ``within`` seconds (none: as soon as all have)."""
    deadline = time.monotonic() + within
    while (left := [p for p in processes if alive(p)]) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def kill_all(processes: list[tuple[int, str]]) -> None:
    """Clean up after a failing test: kill what is left of a run."""
    for process in processes:
        if alive(process):
            try:
                os.kill(process[0], signal.SIGKILL)
            except ProcessLookupError:
                pass

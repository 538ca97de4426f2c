"""The properties every hostile input must keep, checked on a real ``govcheck check`` process.

``run_check`` runs ``govcheck check WORKSPACE --format json`` in a subprocess with a timeout
and an address-space cap, hashes every file of the workspace before and after, and returns
what it saw. ``assert_unreadable`` and ``assert_input_error`` state the two acceptable
outcomes: the bad document is listed under ``unreadable`` with a specific reason while the
good document is checked exactly as without it, or (for a bad checklist or configuration
file) exit 2 with ``file:line: reason`` on stderr. Neither may print a traceback or any byte
of the secrets that the hostile files try to reach.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

GOVCHECK = Path(sys.executable).with_name("govcheck")
TIMEOUT_S = 60
MEMORY_BYTES = 2 * 1024**3
SECRET = "HEMLIG-MARKOR-7f3a9c"  # planted in a file outside the workspace
PASSWD_LINE = re.compile(r"root:[^:\s]*:0:0:")
# A good document that every workspace holds; its findings must not change.
GOOD_NAME = "it-policy.md"
GOOD_TEXT = (
    "# IT-policy för Västby kommun\n\n"
    "Antagen av kommunfullmäktige 2021-03-15, § 42. Dnr KS 2021/17.\n\n"
    "Dokumentansvarig: IT-chef\n\n"
    "## Syfte\n\nPolicyn anger mål för kommunens digitalisering och informationssäkerhet.\n\n"
    "## Ansvar\n\nKommunstyrelsen ansvarar för att policyn följs upp årligen.\n"
)
REASONS = {
    "too-large", "empty", "corrupt-zip", "unsafe-archive", "missing-part", "xml-error", "xml-too-deep",
    "encoding", "unsupported-format", "too-much-content", "io-error", "invalid-front-matter", "corrupt-pdf",
    "encrypted", "no-text-layer", "pdf-crash", "timeout", "worker-crash", "internal-error",
}
INPUT_ERROR = re.compile(r"^govcheck: (?:fel|error): (?P<file>.+?):(?P<line>\d+)(?::\d+)?: (?P<reason>\S.*)$", re.M)


def _hostname() -> str:
    try:
        return Path("/etc/hostname").read_text().strip()
    except OSError:
        return ""


HOSTNAME = _hostname()


# Every run reads every document for real (no parse cache) and writes nothing outside tmp;
# the empty cache folder goes when the test session ends (it was left behind, one per run).
_CACHE_HOME = tempfile.mkdtemp(prefix="govcheck-hostile-cache-")
atexit.register(shutil.rmtree, _CACHE_HOME, ignore_errors=True)
ENV = {**os.environ, "GOVCHECK_NO_CACHE": "1", "XDG_CACHE_HOME": _CACHE_HOME}


# Run a child without the capabilities that let root read any file, so that root, too, is refused
# a file whose owner bits deny reading (the CI runs as root).
SETPRIV = shutil.which("setpriv")
DROP_DAC = (SETPRIV or "setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search", "--")


def cannot_drop_dac(locked: Path) -> str | None:
    """Why a child started through DROP_DAC could not stand for an ordinary user, or None: it
    must still import govcheck from this interpreter and venv, and be refused ``locked``."""
    if SETPRIV is None:
        return "setpriv (util-linux) is not installed"
    probe = subprocess.run(
        [*DROP_DAC, sys.executable, "-c", "import sys, govcheck; print('imported', flush=True); open(sys.argv[1], 'rb')",
         str(locked)], capture_output=True, text=True, timeout=60, env=ENV)
    said = (probe.stderr.strip().splitlines() or ["no output"])[-1]
    if "imported" not in probe.stdout:
        return f"setpriv could not start govcheck without CAP_DAC_OVERRIDE ({said})"
    if probe.returncode == 0:
        return "setpriv could not drop CAP_DAC_OVERRIDE here"
    if "PermissionError" not in probe.stderr:
        return f"the probe failed otherwise ({said})"
    return None


def _cap_memory() -> None:  # runs in the child before exec
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, hard))


def hash_tree(root: Path) -> dict[str, str]:
    """sha256 of every regular file under ``root`` (symlinks by their target path, unreadable
    files by their mode), so any change to an input shows."""
    out = {}
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            path = Path(dirpath) / name
            key = path.relative_to(root).as_posix()
            if path.is_symlink():
                out[key] = "link:" + os.readlink(path)
            elif not path.is_file():  # a named pipe: opening it would block
                out[key] = f"special:{path.stat().st_mode:o}"
            elif not os.access(path, os.R_OK):
                info = path.stat()
                out[key] = f"unreadable:{info.st_mode:o}:{info.st_size}:{info.st_mtime_ns}"
            else:
                out[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    before: dict[str, str] = field(default_factory=dict)
    after: dict[str, str] = field(default_factory=dict)

    @property
    def report(self) -> dict:
        return json.loads(self.stdout)

    def unreadable(self) -> dict[str, dict]:
        return {entry["path"]: entry for entry in self.report["unreadable"]}

    def inputs(self) -> dict[str, dict]:
        return {entry["path"]: entry for entry in self.report["inputs"]}


def make_workspace(root: Path, config: str = "municipality: Västby kommun\nas_of: 2023-11-27\n") -> Path:
    """A workspace with govcheck.yaml and the good document in documents/."""
    (root / "documents").mkdir(parents=True)
    (root / "govcheck.yaml").write_text(config, encoding="utf-8")
    (root / "documents" / GOOD_NAME).write_text(GOOD_TEXT, encoding="utf-8")
    return root


def run_check(workspace: Path, *args: str, extra_watch: tuple[Path, ...] = (), timeout: float = TIMEOUT_S,
              drop_dac: bool = False) -> Run:
    """``govcheck check WORKSPACE --format json``, capped in time and memory, with every file of
    the workspace (and of ``extra_watch``) hashed before and after; with ``drop_dac``, without
    the capabilities to read files regardless of their mode (see DROP_DAC)."""
    watched = (workspace, *extra_watch)
    before = {str(w): hash_tree(w) if w.is_dir() else hash_tree(w.parent) for w in watched}
    start = time.monotonic()
    proc = subprocess.run(
        [*(DROP_DAC if drop_dac else ()), str(GOVCHECK), "check", str(workspace), "--format", "json", *args],
        capture_output=True, text=True, errors="replace", timeout=timeout, preexec_fn=_cap_memory,
        cwd=workspace.parent, env=ENV,
    )
    seconds = time.monotonic() - start
    after = {str(w): hash_tree(w) if w.is_dir() else hash_tree(w.parent) for w in watched}
    return Run(proc.returncode, proc.stdout, proc.stderr, seconds, before, after)


def assert_common(run: Run) -> None:
    """No traceback, no secret on either stream, every input byte-identical afterwards."""
    assert "Traceback" not in run.stderr, run.stderr
    for stream in (run.stdout, run.stderr):
        assert SECRET not in stream
        assert not PASSWD_LINE.search(stream)
    assert run.after == run.before, "an input file changed"


def findings(report: dict) -> list:
    """The checklists part of a report: verdicts, messages and evidence."""
    return report["checklists"]


def assert_hostname_not_leaked(run: Run, baseline: Run) -> None:
    """/etc/hostname may be a short common word: it must not occur more often than without the
    hostile file."""
    if not HOSTNAME:
        return
    word = re.compile(rf"(?<![\w-]){re.escape(HOSTNAME)}(?![\w-])")
    for stream, base in ((run.stdout, baseline.stdout), (run.stderr, baseline.stderr)):
        assert len(word.findall(stream)) <= len(word.findall(base))


def assert_unreadable(run: Run, baseline: Run, path: str, reasons: set[str] | str) -> dict:
    """The hostile document is unreadable with one of ``reasons``; the good one unchanged."""
    reasons = {reasons} if isinstance(reasons, str) else reasons
    assert reasons <= REASONS
    assert_common(run)
    assert_hostname_not_leaked(run, baseline)
    assert run.returncode in (0, 1), run.stderr
    unreadable = run.unreadable()
    assert path in unreadable, f"{path} missing from unreadable: {run.report['unreadable']}"
    entry = unreadable[path]
    assert entry["reason"] in reasons, entry
    assert entry["detail"], entry
    assert run.inputs()[path]["status"] == "unreadable"
    assert_good_unchanged(run, baseline)
    return entry


def assert_good_unchanged(run: Run, baseline: Run) -> None:
    good = f"documents/{GOOD_NAME}"
    assert run.inputs()[good] == baseline.inputs()[good]
    assert findings(run.report) == findings(baseline.report)


def assert_input_error(run: Run, file_name: str) -> re.Match:
    """Exit 2 with ``file:line[:col]: reason`` naming ``file_name`` on stderr."""
    assert_common(run)
    assert run.returncode == 2, (run.returncode, run.stderr)
    match = INPUT_ERROR.search(run.stderr)
    assert match, run.stderr
    assert match["file"].endswith(file_name), match["file"]
    assert int(match["line"]) >= 1
    assert run.stdout.strip() == ""
    return match


def good_evidence(report: dict) -> set[tuple]:
    """Every piece of evidence quoted from the good document, by checklist, control and check."""
    out = set()
    for checklist in report["checklists"]:
        for control in checklist["controls"]:
            for check in control["checks"]:
                for item in check["evidence"]:
                    if item["document"] == f"documents/{GOOD_NAME}":
                        out.add((checklist["id"], control["id"], check["kind"], item["location"], item["quote"]))
    return out


def assert_read_beside(run: Run, baseline: Run, path: str, fmt: str | None = None) -> dict:
    """The hostile file was read as a document of its own (its findings may add to the report);
    the good document is read and quoted exactly as without it."""
    assert_common(run)
    assert_hostname_not_leaked(run, baseline)
    assert run.returncode in (0, 1), run.stderr
    entry = run.inputs()[path]
    assert entry["status"] == "read", run.report["unreadable"]
    if fmt:
        assert entry["format"] == fmt
    good = f"documents/{GOOD_NAME}"
    assert run.inputs()[good] == baseline.inputs()[good]
    assert good_evidence(run.report) == good_evidence(baseline.report)
    assert len(run.stdout) < 2 * len(baseline.stdout) + 200_000  # nothing expanded into the report
    return entry

"""Checking whole workspaces: one (what `govcheck check` runs) or every one under a folder.

Batch mode reads, evaluates and writes the report of one workspace before it reads the next,
and keeps only a small row per workspace (a verdict per control and a few counts), so peak
memory is that of the largest workspace, whatever their number. A workspace that cannot be
checked (a malformed govcheck.yaml, facts.yaml, waivers.yaml …, a report that cannot be
written, even a bug met on its documents) becomes a row with its error and the run goes on:
one broken folder must not hide three hundred municipalities.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from govcheck.api import WORKSPACE_FILE, load_corpus
from govcheck.cache import Cache
from govcheck.checks.base import VERDICT_RANK
from govcheck.engine import evaluate
from govcheck.errors import GovcheckError, UsageError
from govcheck.errortext import os_message
from govcheck.model import Checklist, Fact, Organisation, Report
from govcheck.model.waivers import WaiverEntry
from govcheck.names import shown_name
from govcheck.report import EXTENSIONS, render, summary
from govcheck.waivers import apply_waivers, workspace_waivers


def check_paths(
    paths: Iterable[str | Path],
    checklists: Sequence[Checklist],
    *,
    organisation: Organisation | None = None,
    as_of: dt.date | None = None,
    facts: list[Fact] | None = None,
    facts_source: str | None = None,
    waivers: list[WaiverEntry] | None = None,
    progress: Callable[[int, int], None] | None = None,
    jobs: int | None = None,
    cache: Cache | None = None,
) -> Report:
    """Read ``paths``, evaluate ``checklists`` and mark waived findings: `govcheck check` before
    it renders. ``waivers`` None: the waivers.yaml of each workspace among ``paths``."""
    paths = list(paths)
    if waivers is None:  # before reading: a malformed waivers.yaml stops the run at once
        waivers = workspace_waivers(paths)
    corpus = load_corpus(paths, organisation, as_of, facts=facts, facts_source=facts_source, progress=progress,
                         jobs=jobs, cache=cache)
    return apply_waivers(evaluate(corpus, checklists), waivers)


def has_findings(report: Report, fail_on: str) -> bool:
    """Whether a control that is not waived has ``fail_on`` or a worse verdict (``never``: none has)."""
    if fail_on == "never":
        return False
    limit = VERDICT_RANK[fail_on]
    return any(VERDICT_RANK[c.verdict] >= limit and not c.waived for cl in report.checklists for c in cl.controls)


def is_workspace(folder: Path) -> bool:
    return (folder / WORKSPACE_FILE).is_file() or (folder / "documents").is_dir()


def find_workspaces(root: str | Path) -> list[Path]:
    """The workspaces directly under ``root``, by name: folders with govcheck.yaml or documents/."""
    root = Path(root)
    if not root.is_dir():
        raise UsageError(f"not a folder: {root}", sv=f"inte en mapp: {root}")
    return [p for p in sorted(root.iterdir(), key=lambda p: p.name)
            if not p.name.startswith(".") and p.is_dir() and is_workspace(p)]


@dataclass(frozen=True)
class WorkspaceRow:
    """What a batch run keeps of one workspace: a few values, whatever the workspace's size.

    ``verdicts`` maps (checklist id, control id) to the control's verdict; ``waived`` holds
    the waived ones. ``error`` is set, and the rest empty, when the workspace could not be
    checked; ``findings`` says whether it fails at the ``--fail-on`` level.
    """

    workspace: str
    municipality: str | None = None
    as_of: dt.date | None = None
    verdicts: dict[tuple[str, str], str] = field(default_factory=dict)
    waived: frozenset[tuple[str, str]] = frozenset()
    read: int = 0
    unreadable: int = 0
    report: Path | None = None
    findings: bool = False
    error: str | None = None

    def counts(self) -> Counter:
        return Counter(self.verdicts.values())


def report_path(out: Path, workspace: Path, fmt: str) -> Path:
    """The report's file is named as the summary shows the workspace (see names.py)."""
    return out / f"{shown_name(workspace.name)}.{EXTENSIONS[fmt]}"


def _row(workspace: Path, report: Report, target: Path, fail_on: str) -> WorkspaceRow:
    controls = [(cl.id, c) for cl in report.checklists for c in cl.controls]
    return WorkspaceRow(
        workspace=shown_name(workspace.name),
        municipality=report.municipality,
        as_of=report.as_of,
        verdicts={(cl, c.id): c.verdict for cl, c in controls},
        waived=frozenset((cl, c.id) for cl, c in controls if c.waived),
        read=sum(i.status == "read" for i in report.inputs),
        unreadable=len(report.unreadable),
        report=target,
        findings=has_findings(report, fail_on),
    )


def _message(exc: BaseException, lang: str) -> str:
    """The error as the summary shows it, in ``lang``: a path in it that is not UTF-8 shows its
    bytes escaped."""
    if isinstance(exc, GovcheckError):
        text = exc.message(lang)
    elif isinstance(exc, OSError):
        en, sv = os_message(exc)
        text = sv if lang == "sv" else en
    else:  # a bug met on one workspace
        text = f"{'internt fel' if lang == 'sv' else 'internal error'} ({type(exc).__name__}: {exc})"
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _check_one(workspace: Path, checklists: Sequence[Checklist], out: Path, fmt: str, lang: str, fail_on: str,
               as_of: dt.date | None, jobs: int | None, cache: Cache | None) -> WorkspaceRow:
    """Check one workspace and write its report; the corpus and report die with this frame."""
    target = report_path(out, workspace, fmt)
    try:
        report = check_paths([workspace], checklists, as_of=as_of, jobs=jobs, cache=cache)
        rendered = render(report, fmt, lang, fail_on=fail_on)
        if isinstance(rendered, bytes):
            target.write_bytes(rendered)
        else:
            target.write_text(rendered, encoding="utf-8")
    except Exception as exc:  # a bug met on one workspace must not stop the other municipalities
        return _failed(workspace, target, _message(exc, lang))
    return _row(workspace, report, target, fail_on)


def _failed(workspace: Path, target: Path, error: str) -> WorkspaceRow:
    with suppress(OSError):  # a report from an earlier run, or half of this one, must not pass for it
        target.unlink(missing_ok=True)
    return WorkspaceRow(workspace=shown_name(workspace.name), error=error)


def check_workspaces(
    workspaces: Iterable[Path],
    checklists: Sequence[Checklist],
    out: str | Path,
    *,
    fmt: str = "json",
    lang: str = "sv",
    fail_on: str = "not_fulfilled",
    as_of: dt.date | None = None,
    jobs: int | None = None,
    cache: Cache | None = None,
) -> Iterator[WorkspaceRow]:
    """For each workspace in turn: check it, write ``out/<name>.<ext>``, yield its row.

    The report is byte-identical to `govcheck check WORKSPACE --format FMT` with the same
    options. Nothing of a workspace but its row outlives the next step of the iteration.
    """
    for workspace in workspaces:
        yield _check_one(Path(workspace), checklists, Path(out), fmt, lang, fail_on, as_of, jobs, cache)
        gc.collect()  # the CLI runs without the cyclic collector (cli.main): collect between workspaces


@dataclass
class BatchResult:
    """What a batch run wrote and found: small, like its rows. ``with_findings`` and ``errors``
    name the workspaces that fail at the ``fail_on`` level and those that could not be checked;
    ``per_control`` counts verdicts per control label; ``skipped`` names the folders under the
    root that are not workspaces."""

    workspaces: int
    with_findings: list[str]
    errors: list[str]
    per_control: dict[str, Counter]
    csv: Path
    html: Path
    skipped: list[str]


def _guard(out: Path, workspaces: list[Path], fmt: str) -> None:
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} is not a folder", sv=f"--out {out} är inte en mapp")
    for name in (*summary.PARTIAL, *summary.PARTIAL.values()):
        if (out / name).is_dir():
            raise UsageError(f"--out {out}: {name} is a folder; the summary cannot be written",
                             sv=f"--out {out}: {name} är en mapp; sammanställningen kan inte skrivas")
    target = out.resolve()
    for ws in workspaces:
        if target.is_relative_to(ws.resolve()):
            raise UsageError(f"--out {out} is inside the workspace {ws}: reports would be read as its documents",
                             sv=f"--out {out} ligger i arbetsytan {ws}: rapporterna skulle läsas som dess dokument")
        name = report_path(out, ws, fmt).name
        if name in (*summary.PARTIAL, *summary.PARTIAL.values()):
            raise UsageError(f"the report of workspace {ws.name!r} would overwrite {name}: "
                             "rename the folder or choose another --format",
                             sv=f"rapporten för arbetsytan {ws.name!r} skulle skriva över {name}: "
                                "byt namn på mappen eller välj ett annat --format")


def run_batch(
    root: str | Path,
    out: str | Path,
    checklists: Sequence[Checklist],
    *,
    fmt: str = "json",
    lang: str = "sv",
    fail_on: str = "not_fulfilled",
    as_of: dt.date | None = None,
    jobs: int | None = None,
    cache: Cache | None = None,
    progress: Callable[[int, int, WorkspaceRow], None] | None = None,
) -> BatchResult:
    """Check every workspace under ``root`` one at a time, writing a report for each and
    summary.csv / summary.html in ``out``. ``progress(done, total, row)`` is called after
    each workspace, so a caller can show progress while the API itself prints nothing.

    UsageError when ``root`` holds no workspace or ``out`` lies inside one. A KeyboardInterrupt
    (or another error) meanwhile passes on and leaves only the partial summary (report/summary.py).
    """
    root, out = Path(root), Path(out)
    workspaces = find_workspaces(root)
    if not workspaces:
        itself = is_workspace(root)
        hint = " (it is a workspace itself: use govcheck check)" if itself else ""
        hint_sv = " (den är själv en arbetsyta: använd govcheck check)" if itself else ""
        raise UsageError(f"no workspace (a folder with {WORKSPACE_FILE} or documents/) in {root}{hint}",
                         sv=f"ingen arbetsyta (en mapp med {WORKSPACE_FILE} eller documents/) i {root}{hint_sv}")
    _guard(out, workspaces, fmt)
    out.mkdir(parents=True, exist_ok=True)
    with_findings: list[str] = []
    errors: list[str] = []

    def tracked(rows: Iterable[WorkspaceRow]) -> Iterator[WorkspaceRow]:
        for done, row in enumerate(rows, 1):
            if row.error:
                errors.append(row.workspace)
            elif row.findings:
                with_findings.append(row.workspace)
            if progress is not None:
                progress(done, len(workspaces), row)
            yield row

    rows = check_workspaces(workspaces, checklists, out, fmt=fmt, lang=lang, fail_on=fail_on, as_of=as_of,
                            jobs=jobs, cache=cache)
    per_control = summary.write(tracked(rows), checklists, out, lang, as_of=as_of, total=len(workspaces))
    skipped = [shown_name(p.name) for p in sorted(root.iterdir(), key=lambda p: p.name)
               if p.is_dir() and not p.name.startswith(".") and p not in workspaces and p.resolve() != out.resolve()]
    return BatchResult(workspaces=len(workspaces), with_findings=with_findings, errors=errors,
                       per_control=per_control, csv=out / summary.CSV_FILE, html=out / summary.HTML_FILE,
                       skipped=skipped)

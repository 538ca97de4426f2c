"""Pre-adoption check of one draft: ``check_draft(path, workspace=...)`` -> DraftResult (a fix list).

The draft is checked against the ``utkast`` checklist and the document-based controls of the
topic checklist for its type and subject (DRAFT_TOPIC_CONTROLS, data). Every check runs in a
corpus of the workspace's documents plus the draft, but judges the draft alone (DraftContext):
bodies, referenced documents and mandates are looked up among the municipality's own, while
its other strategies cannot fulfil a control for the draft. Only outcomes about the draft
count (``document`` is the draft, or a corpus-level outcome, which is then about the draft).
Topic checks that a draft cannot meet by its text (attested facts, adoption, currency,
presence in the corpus), and checks of any checklist that read only other document types, are
left out.

Every outcome that is not fulfilled becomes a Fix: the finding, where in the draft (the
evidence location, and the body block index a Word comment can be anchored at), and a
suggestion (the control's recommendation). Fixes are ordered not_fulfilled, then partially
fulfilled, then not assessable, then by their place in the draft.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from govcheck import __version__
from govcheck.api import load_corpus, parse_document
from govcheck.checklists import load_checklist
from govcheck.checks.base import VERDICT_RANK, CheckContext
from govcheck.checks.subject import about
from govcheck.engine import evaluate_control, overall
from govcheck.errors import UsageError
from govcheck.limits import DEFAULT_LIMITS
from govcheck.model import (
    CheckResult, Checklist, ChecklistResult, Control, Corpus, GoverningDocument, InputEntry, Location, Report, Text,
    ToolInfo, Verdict,
)
from govcheck.model.common import Strict
from govcheck.readers import read_raw

DRAFT_CHECKLIST = "utkast"

# Which topic controls a draft is also checked against: by its type and by what its title
# (or opening lines) is about, in terms of the topic checklist's own topic ids.
DRAFT_TOPIC_CONTROLS: list[dict] = [
    {"checklist": "digitalisering", "doc_types": ["strategi", "program", "plan", "policy", "handlingsplan"],
     "topics": ["digitalisering"], "controls": ["DIG-1", "DIG-2", "DIG-4"]},
    {"checklist": "digitalisering", "doc_types": ["handbok", "modell", "riktlinje", "rutin", "regler"],
     "topics": ["nyttorealisering"], "controls": ["DIG-3"]},
    {"checklist": "digitalisering", "doc_types": ["modell", "riktlinje", "handbok"],
     "topics": ["digitaliseringsmodell"], "controls": ["DIG-4"]},
    {"checklist": "informationssakerhet", "doc_types": ["policy", "riktlinje", "strategi", "program", "regler"],
     "topics": ["informationssakerhet"], "controls": ["IS-2", "IS-3", "IS-4"]},
]

# Check kinds a draft cannot satisfy by its own text: it cannot be attested, is not adopted
# yet, and its presence in the corpus is given.
SKIPPED_KINDS = {"fact", "adopted", "adoption_level", "current", "document_present"}


class Fix(Strict):
    """One item of the fix list: what is missing or wrong, where in the draft, and what to do.

    ``location`` is the evidence's place (None: the draft as a whole); ``block`` is the body
    block index (the reader's counter over non-empty paragraphs, headings and tables) that the
    finding is anchored at, None when it has no place in the body. ``at_title`` marks a finding
    about the whole draft (a missing element), which is shown and anchored at the title.
    """

    checklist: str
    control: str
    control_title: Text
    verdict: Verdict
    kind: str
    message: Text
    suggestion: Text
    location: Location | None = None
    block: int | None = None
    quote: str | None = None
    at_title: bool = False


class DraftResult(Strict):
    """The pre-adoption check of one draft: its fix list and the report it was made from.

    ``report`` holds only the controls that were applied, and in them only the outcomes about
    the draft. ``verdict`` is fulfilled when the fix list is empty.
    """

    draft: str
    title: str | None = None
    doc_type: str
    workspace: str | None = None
    municipality: str | None = None
    as_of: dt.date
    checklists: list[str]
    topic_controls: list[str] = []
    verdict: Verdict
    fixes: list[Fix]
    report: Report

    @property
    def needs_fixes(self) -> bool:
        return bool(self.fixes)


def check_draft(
    path: str | Path,
    workspace: str | Path | None = None,
    as_of: dt.date | None = None,
    *,
    checklist: str | Path | None = None,
) -> DraftResult:
    """Check one draft (.docx, .odt, .pdf, .md …) before adoption; ``workspace`` gives context.

    ``checklist`` replaces the built-in ``utkast`` checklist (an id or a file). Raises
    ReadError when the draft cannot be read, UsageError for a missing path.
    """
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"draft does not exist or is not a file: {path}",
                         sv=f"utkastet finns inte eller är inte en fil: {path}")
    shown = path.as_posix()
    if workspace is not None:
        if not Path(workspace).is_dir():
            raise UsageError(f"workspace is not a folder: {workspace}", sv=f"arbetsytan är inte en mapp: {workspace}")
        context = load_corpus([workspace], as_of=as_of)
        context = _without(context, path, Path(workspace))
    else:
        context = Corpus(documents=[], as_of=as_of or dt.date.today())
    draft = parse_document(path, context.organisation, display_path=shown)
    entry = InputEntry(path=shown, sha256=draft.sha256, format=draft.format, status="read",
                       format_note=draft.format_note)
    full = context.model_copy(update={"documents": [*context.documents, draft], "inputs": [*context.inputs, entry]})

    results: list[ChecklistResult] = []
    applied: list[str] = []
    utkast = _load_draft_checklist(checklist)
    utkast = _pruned(utkast, draft, skip=set()) if utkast is not None else None
    topics = _topic_checklists(draft)
    for cl in ([utkast] if utkast is not None else []) + topics:
        results.append(_evaluate(cl, full, shown))
        applied.append(cl.id)
    topic_ids = [c.id for cl in topics for c in cl.controls]
    report = Report(
        tool=ToolInfo(version=__version__),
        as_of=full.as_of,
        municipality=full.municipality,
        inputs=full.inputs,
        unreadable=full.unreadable,
        checklists=results,
    )
    fixes = sort_fixes(_fixes(report, draft, _block_index(path)))
    return DraftResult(
        draft=shown,
        title=draft.title.value if draft.title else None,
        doc_type=draft.doc_type.value,
        workspace=Path(workspace).as_posix() if workspace is not None else None,
        municipality=full.municipality,
        as_of=full.as_of,
        checklists=applied,
        topic_controls=topic_ids,
        verdict="fulfilled" if not fixes else overall(r.verdict for r in results),
        fixes=fixes,
        report=report,
    )


def sort_fixes(fixes: list[Fix]) -> list[Fix]:
    """Most severe first (not fulfilled, partially, not assessable), then by place in the draft:
    what is missing from the whole draft first, then in body order; utkast before topic controls."""
    def key(fix: Fix):
        loc = fix.location
        return (
            -VERDICT_RANK[fix.verdict],
            -1 if fix.at_title or fix.block is None else fix.block,
            (loc.table or 0, loc.row or 0, loc.cell or 0) if loc else (0, 0, 0),
            fix.checklist != DRAFT_CHECKLIST,
            _id_key(fix.control),
        )
    return sorted(fixes, key=key)


def _id_key(control_id: str) -> tuple:
    prefix, _, number = control_id.partition("-")
    return (prefix, int(number) if number.isdigit() else 0, number)


def _without(corpus: Corpus, draft: Path, workspace: Path) -> Corpus:
    """The workspace corpus without the draft itself, when the draft lies in its documents."""
    target = draft.resolve()
    drop = {d.path for d in corpus.documents if (workspace / d.path).resolve() == target}
    if not drop:
        return corpus
    return corpus.model_copy(update={
        "documents": [d for d in corpus.documents if d.path not in drop],
        "inputs": [i for i in corpus.inputs if i.path not in drop],
    })


def _load_draft_checklist(ref: str | Path | None) -> Checklist | None:
    """The utkast checklist (or the one given); None while the built-in one does not exist yet."""
    try:
        return load_checklist(ref or DRAFT_CHECKLIST)
    except UsageError:
        if ref is not None:
            raise
        return None


def _topic_checklists(draft: GoverningDocument) -> list[Checklist]:
    """The topic checklists' controls that apply to this draft, pruned to what a draft can meet."""
    chosen: dict[str, list[str]] = {}
    loaded: dict[str, Checklist] = {}
    for rule in DRAFT_TOPIC_CONTROLS:
        if draft.doc_type.value not in rule["doc_types"]:
            continue
        cl = loaded.get(rule["checklist"]) or load_checklist(rule["checklist"])
        loaded[cl.id] = cl
        terms = [t for tid in rule["topics"] for t in cl.topics[tid].terms]
        if about(draft, terms) is None:
            continue
        ids = chosen.setdefault(cl.id, [])
        ids += [c for c in rule["controls"] if c not in ids]
    out = []
    for cid, ids in chosen.items():
        cl = loaded[cid]
        pruned = _pruned(cl.model_copy(update={"controls": [c for c in cl.controls if c.id in ids]}), draft)
        if pruned is not None:
            out.append(pruned)
    return out


def _pruned(cl: Checklist, draft: GoverningDocument, skip: set[str] = SKIPPED_KINDS) -> Checklist | None:
    """The checklist without the checks a draft cannot meet by its text (``skip``) or that read
    only other document types; None when no control is left."""
    controls = []
    for control in cl.controls:
        checks = _prune(control.checks, draft.doc_type.value, skip)
        if checks:
            controls.append(Control.model_validate({**control.model_dump(exclude={"checks"}), "checks": checks}))
    return cl.model_copy(update={"controls": controls}) if controls else None


def _prune(specs: list, doc_type: str, skip: set[str]) -> list:
    """Checks without those a draft cannot meet by its text or that read other document types."""
    kept = []
    for spec in specs:
        if spec.kind in skip or (spec.doc_types is not None and doc_type not in spec.doc_types):
            continue
        if hasattr(spec, "checks"):
            children = _prune(spec.checks, doc_type, skip)
            if not children:
                continue
            spec = children[0] if len(children) == 1 else spec.model_copy(update={"checks": children})
        kept.append(spec)
    return kept


@dataclass(frozen=True)
class DraftContext(CheckContext):
    """The whole corpus is there to look things up in (units, mandates, referenced documents),
    but the only document a check judges is the draft."""

    draft: str = ""

    def documents(self, spec):
        return [d for d in super().documents(spec) if d.path == self.draft]


def _evaluate(checklist: Checklist, corpus: Corpus, draft: str) -> ChecklistResult:
    """Each control's outcomes about the draft; verdicts aggregated from those alone."""
    ctx = DraftContext(corpus, checklist.topics, draft=draft)
    controls = []
    for control in checklist.controls:
        result = evaluate_control(control, ctx)
        checks = [c for c in result.checks if c.document in (draft, None)]
        if not checks:
            continue
        verdict = _control_verdict(checks)
        controls.append(result.model_copy(update={"checks": checks, "verdict": verdict}))
    return ChecklistResult(id=checklist.id, title=checklist.title, version=checklist.version,
                           verdict=overall(c.verdict for c in controls), controls=controls)


def _control_verdict(checks: list[CheckResult]) -> Verdict:
    return max((c.verdict for c in checks), key=VERDICT_RANK.__getitem__)


def _fixes(report: Report, draft: GoverningDocument, blocks: dict) -> list[Fix]:
    fixes = []
    for cl in report.checklists:
        for control in cl.controls:
            for check in control.checks:
                if check.verdict == "fulfilled":
                    continue
                evidence = next((e for e in check.evidence if e.document == draft.path and e.location), None)
                location = evidence.location if evidence else None
                at_title = location is None or (draft.title is not None and location == draft.title.location)
                if location is not None and location.part != "body":
                    block = None
                else:
                    block = _anchor(location, blocks)
                fixes.append(Fix(
                    checklist=cl.id, control=control.id, control_title=control.title, verdict=check.verdict,
                    kind=check.kind, message=check.message, suggestion=control.recommendation,
                    location=location, block=block, quote=evidence.quote if evidence else None,
                    at_title=at_title,
                ))
    return fixes


def _block_index(path: Path) -> dict:
    """Reader locations of the draft's body blocks -> block index, to anchor a finding."""
    index: dict = {}
    try:
        raw = read_raw(path, DEFAULT_LIMITS)
    except Exception:  # the draft was read once already; a second failure only loses anchors
        return index
    for block in raw.blocks:
        loc = block.location
        index[("block", loc.block)] = loc.block
        if loc.table is not None:
            index[("table", loc.table)] = loc.block
        else:
            index[("para", tuple(loc.section), loc.paragraph)] = loc.block
    return index


def _anchor(location: Location | None, blocks: dict) -> int | None:
    """The body block a location lies in: its block index, else its table, else section + paragraph."""
    if location is None:
        return None
    if location.block is not None:
        return location.block
    if location.table is not None:
        return blocks.get(("table", location.table))
    if location.paragraph is not None or location.section:
        return blocks.get(("para", tuple(location.section), location.paragraph))
    return None



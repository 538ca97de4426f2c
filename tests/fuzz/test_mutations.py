"""Mutation fuzzing over real documents (issue 8): broken bytes are read or refused, never fatal.

Sources are the example workspaces' .docx files, the drafts, one document of each other
format written by the test generators from an example's content (tests/formats.py), a
Markdown file with front matter and a small Akoma Ntoso act. Each case applies one seeded
mutation (tests/fuzz/mutate.py: bit flips, a byte-range overwrite, a truncation; for
.docx/.odt a deleted member, a member with broken XML, a member with another compression;
for markup broken tags; for text an extreme date) and reads the result with
``parse_document``. Properties: a GoverningDocument, or a ReadError whose reason is documented
in docs/errors.md (and is not ``internal-error``, which means a reader bug); nothing else; the
input file byte-identical afterwards; within a time bound. A workspace of mutants beside a
good document checks the same through the CLI: nothing lost, no finding changed.

A case's id is ``SEED-INDEX-SOURCE-KIND``, and its failure message says exactly what was done
to the bytes and where the mutated file is, so it can be reproduced. CI runs the fixed
defaults; run more locally with e.g. ``GOVCHECK_FUZZ_CASES=3000 GOVCHECK_FUZZ_SEED=7``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import govcheck
from formats import content_of, markdown_text, title_of, write_as
from govcheck.cli import main
from govcheck.errors import ReadError
from govcheck.limits import DEFAULT_LIMITS, Limits
from govcheck.model import GoverningDocument
from hostile.harness import GOOD_NAME, make_workspace
from mutate import EXTREME_DATES, Case, Mutant, documented_reasons, each_date_replaced, plan
from pdfgen import make_pdf

SEED = int(os.environ.get("GOVCHECK_FUZZ_SEED", "20261125"))
CASES = int(os.environ.get("GOVCHECK_FUZZ_CASES", "300"))  # in-process: about 0.03 s each
PDF_CASES = int(os.environ.get("GOVCHECK_FUZZ_PDF_CASES", "20"))  # through the isolated PDF worker
CASE_SECONDS = 10.0  # bound on reading one mutant in-process (a normal read takes ~0.05 s)
PDF_LIMITS = Limits(pdf_timeout_s=15.0)  # a stuck pdfium gives "timeout" here, not a 60 s wait
PDF_CASE_SECONDS = 25.0
HANG_SECONDS = 60.0  # an alarm stops a hung in-process read so the run can go on

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT_SUFFIXES = {".docx", ".odt", ".pdf", ".html", ".htm", ".xml", ".md", ".txt"}
EXAMPLES = {f"{p.parent.parent.name}/{p.name}": p for p in sorted(ROOT.glob("examples/*/documents/*.docx"))}
EXAMPLES |= {f"drafts/{p.name}": p for p in sorted((ROOT / "examples" / "drafts").iterdir())
             if p.suffix in DOCUMENT_SUFFIXES and p.name != "README.md"}
CONTENT_FROM = ROOT / "examples" / "helsingborg-2023" / "documents" / "it-policy.docx"
GENERATED = ("odt", "html", "md", "txt", "pdf")  # written by formats.write_as from CONTENT_FROM
PDFS = ("generated/it-policy.pdf", "generated/it-policy-dejavu.pdf")
FRONT_MATTER_MD = "generated/strategi.md"
AKN_XML = "generated/it-policy.xml"
# Examples are the real documents: three shares; odt (a zip, like docx) two; the rest one each.
GROUPS = [list(EXAMPLES)] * 3 + [["generated/it-policy.odt"]] * 2 + \
    [[f"generated/it-policy.{fmt}"] for fmt in ("html", "md", "txt")] + [[FRONT_MATTER_MD], [AKN_XML]]
DATED = [FRONT_MATTER_MD, AKN_XML, "generated/it-policy.txt"]  # sources whose every date the date test varies
# "internal-error" is documented, but it is the readers' last resort for a bug: a finding here.
REASONS = documented_reasons(ROOT / "docs" / "errors.md") - {"internal-error"}
# Cases that meet a known bug not fixed yet: {case index ("17", "pdf3"): reason}, run as strict xfail.
KNOWN_BUGS: dict[str, str] = {}

FRONT_MATTER = """\
---
title: Digitaliseringsstrategi 2022–2026
doc_type: strategi
reference: KS 2022/123
adoptions:
  - {body: Kommunfullmäktige, date: 2022-05-16, paragraph: § 88}
revisions:
  - {body: Kommunstyrelsen, date: 2023-03-01, paragraph: § 12}
valid_until: 2026-12-31
owner: Digitaliseringschef
replaces: [Digitaliseringsstrategi 2018–2021]
---
"""
REVIEW = "\n\nStrategin ska revideras varje mandatperiod.\n"  # so stated decisions move the review date
AKN = (  # a small Akoma Ntoso act with FRBR metadata, a lifecycle and nested sections
    '<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
    '<act name="policy"><meta><identification source="#vastby"><FRBRWork><FRBRthis value="/akn/se/act/2021/17"/>'
    '<FRBRdate date="2021-03-15" name="adoption"/><FRBRauthor href="#kf"/></FRBRWork></identification>'
    '<lifecycle source="#vastby"><eventRef eId="e1" date="2021-03-15" source="#ro1" type="generation"/></lifecycle>'
    '<references source="#vastby"><TLCOrganization eId="kf" href="/org/kf" showAs="Kommunfullmäktige"/>'
    "</references></meta><preface><p><docTitle>IT-policy för Västby kommun</docTitle></p></preface><body>"
    "<chapter eId=\"chp_1\"><num>1</num><heading>Syfte</heading><content><p>Policyn anger mål för "
    "digitaliseringen.</p></content></chapter><chapter eId=\"chp_2\"><num>2</num><heading>Ansvar</heading>"
    "<section eId=\"sec_1\"><num>2.1</num><heading>Roller</heading><paragraph eId=\"p1\"><num>1.</num><content>"
    "<p>Kommunstyrelsen ansvarar för uppföljningen.<eol/>Den sker årligen.</p></content></paragraph></section>"
    "</chapter></body></act></akomaNtoso>"
)


def _cases(count: int, groups: list[list[str]], prefix: str = "") -> list:
    out = []
    for n in range(count):
        case = plan(SEED, f"{prefix}{n}", groups)
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[case.index])] if case.index in KNOWN_BUGS else []
        out.append(pytest.param(case, id=case.id, marks=marks))
    return out


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> dict[str, bytes]:
    """Every source document's bytes, by the name a Case uses."""
    folder = tmp_path_factory.mktemp("sources")
    content, title = content_of(CONTENT_FROM), title_of(CONTENT_FROM)
    out = {name: path.read_bytes() for name, path in EXAMPLES.items()}
    for fmt in GENERATED:
        out[f"generated/it-policy.{fmt}"] = write_as(fmt, folder / f"it-policy.{fmt}", content, title=title,
                                                     header="IT-policy", footer="Sida {page} ({pages})").read_bytes()
    # A second PDF with an embedded TrueType subset, as Word writes them (make_pdf has no lists).
    no_lists = [item for item in content if item[0] != "list"]
    out[PDFS[1]] = make_pdf(folder / "dejavu.pdf", no_lists, font="dejavu", footer="Sida {page} ({pages})").read_bytes()
    out[FRONT_MATTER_MD] = (FRONT_MATTER + markdown_text(content) + REVIEW).encode()
    out[AKN_XML] = AKN.encode()
    return out


class _Hung(BaseException):
    """Raised by the alarm; a BaseException so that no reader's ``except Exception`` hides it."""


@contextlib.contextmanager
def _alarm(seconds: float):
    def ring(signum, frame):
        raise _Hung()

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def read_mutant(mutant: Mutant, suffix: str, folder: Path, limits: Limits = DEFAULT_LIMITS,
                bound: float = CASE_SECONDS, guard: bool = True) -> str:
    """Write the mutant, read it, assert the properties; return "read" or the reason code."""
    folder.mkdir(exist_ok=True)
    path = folder / ("mutant" + suffix)
    path.write_bytes(mutant.data)
    where = f"{mutant.description} [file {path}]"
    start = time.monotonic()
    try:
        with _alarm(HANG_SECONDS) if guard else contextlib.nullcontext():
            doc = govcheck.parse_document(path, limits=limits)
    except ReadError as err:
        assert err.reason in REASONS, f"{where}: reason {err.reason!r}: {err.detail}"
        assert err.detail, where
        outcome = err.reason
    except _Hung:
        pytest.fail(f"{where}: still reading after {HANG_SECONDS:g} s")
    except Exception as exc:
        raise AssertionError(f"{where}: {type(exc).__name__} escaped parse_document") from exc
    else:
        assert isinstance(doc, GoverningDocument), where
        doc.model_dump_json()  # what a report will do with it
        outcome = "read"
    seconds = time.monotonic() - start
    assert seconds < bound, f"{where}: took {seconds:.1f} s"
    assert path.read_bytes() == mutant.data, f"{where}: the input file changed"
    assert os.listdir(folder) == [path.name], f"{where}: files appeared beside the input"
    return outcome


@pytest.mark.parametrize("case", _cases(CASES, GROUPS))
def test_mutant_is_read_or_refused_with_a_documented_reason(case, sources, tmp_path):
    read_mutant(case.apply(sources[case.source]), Path(case.source).suffix, tmp_path)


@pytest.mark.parametrize("case", _cases(PDF_CASES, [list(PDFS)], prefix="pdf"))
def test_mutated_pdf_is_read_or_refused_with_a_documented_reason(case, sources, tmp_path):
    mutant = case.apply(sources[case.source])  # the worker keeps its own time bound: no alarm
    read_mutant(mutant, ".pdf", tmp_path, PDF_LIMITS, PDF_CASE_SECONDS, guard=False)


@pytest.mark.parametrize("value", EXTREME_DATES, ids=bytes.decode)
@pytest.mark.parametrize("source", DATED)
def test_every_stated_date_may_be_extreme(source, value, sources, tmp_path):
    """Each date of the front matter, the Akoma Ntoso metadata and the text, in turn, at or past
    the ends of the calendar (a register's 9999-12-31), or a day that does not exist."""
    mutants = each_date_replaced(sources[source], value)
    assert mutants, f"{source} has no ISO date"
    for n, mutant in enumerate(mutants):
        read_mutant(Mutant(mutant.data, f"{source}: {mutant.description}"), Path(source).suffix, tmp_path / str(n))


# --- a workspace: mutants beside a good document -------------------------------------------------

CORPUS_SOURCES = [
    ("helsingborg-2023/it-policy.docx", "corrupt-xml"), ("orebro-2018/digitaliseringsstrategi.docx", "bitflip"),
    ("lund-2021/projektplan-wellbee.docx", "delete-member"), ("generated/it-policy.odt", "swap-compression"),
    ("generated/it-policy.odt", "truncate"), ("generated/it-policy.html", "overwrite"),
    ("generated/it-policy.md", "bitflip"), (FRONT_MATTER_MD, "extreme-date"), (AKN_XML, "truncate"),
    (PDFS[0], "overwrite"),
]


def _check(workspace: Path, out: Path) -> dict:
    result = CliRunner().invoke(main, ["check", str(workspace), "--format", "json", "--output", str(out),
                                       "--jobs", "1", "--no-cache"], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return json.loads(out.read_text(encoding="utf-8"))


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_unreadable_mutants_change_no_finding_and_none_is_lost(sources, tmp_path):
    """Mutants in a workspace beside a good document: each is listed, read or unreadable with a
    documented reason, and the findings are exactly those of the workspace without the
    unreadable ones (the mutants that were read are documents in their own right)."""
    ws = make_workspace(tmp_path / "ws")
    written = {}
    for n, (source, kind) in enumerate(CORPUS_SOURCES):
        mutant = Case(SEED, f"corpus{n}", source, kind).apply(sources[source])
        name = f"mutant-{n}{Path(source).suffix}"
        (ws / "documents" / name).write_bytes(mutant.data)
        written[f"documents/{name}"] = mutant.description
    before = _hashes(ws / "documents")
    report = _check(ws, tmp_path / "ws.json")
    assert _hashes(ws / "documents") == before, "an input file changed"
    good = f"documents/{GOOD_NAME}"
    inputs = {entry["path"]: entry for entry in report["inputs"]}
    unreadable = {entry["path"]: entry for entry in report["unreadable"]}
    assert set(inputs) == {good, *written}, "a file is missing from inputs"
    assert inputs[good]["status"] == "read"
    assert set(unreadable) <= set(written)
    for path, description in written.items():
        status = inputs[path]["status"]
        assert status in ("read", "unreadable"), (description, status)
        assert (path in unreadable) == (status == "unreadable"), description
        if status == "unreadable":
            assert unreadable[path]["reason"] in REASONS, (description, unreadable[path])
    assert unreadable, "no mutant was unreadable: the workspace no longer tests anything"

    without = make_workspace(tmp_path / "without")
    for path in written:
        if path not in unreadable:
            (without / path).write_bytes((ws / path).read_bytes())
    baseline = _check(without, tmp_path / "without.json")
    assert inputs[good] == {entry["path"]: entry for entry in baseline["inputs"]}[good]
    assert report["checklists"] == baseline["checklists"]

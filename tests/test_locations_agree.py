"""A line has one location, whoever cites it: the reader (for extracted facts) and the section
tree (for what checks find) number a section's paragraphs alike, the title included.

Before, a document with a title (a Title style, a Markdown "# ", an HTML <h1>) had its opening
lines numbered from the line after the title by the reader, but from the title by the
section tree: one report cited the adoption line as "stycke 1" and "stycke 2".
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from click.testing import CliRunner

import govcheck
from formats import FORMATS, write_as
from govcheck.checks.index import iter_text
from govcheck.cli import main
from govcheck.readers import read_raw
from test_format_equivalence import POLICY

ROOT = Path(__file__).resolve().parents[1]


def _lines_of_blocks(raw):
    """Each paragraph-like block (what the section tree holds as a paragraph) with its location."""
    return [(b.text, b.location) for b in raw.blocks
            if b.text and (b.kind == "paragraph" or (b.kind == "heading" and b.level == 0))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_reader_and_section_tree_number_paragraphs_alike(tmp_path, fmt):
    path = write_as(fmt, tmp_path / f"policy.{fmt}", POLICY)
    raw = read_raw(path)
    doc = govcheck.parse_document(path)
    tree = [(text, loc) for text, loc in iter_text(doc) if loc.paragraph is not None]
    blocks = _lines_of_blocks(raw)
    assert [t for t, _ in tree] == [t for t, _ in blocks]
    assert [(loc.section, loc.paragraph) for _, loc in tree] == [(loc.section, loc.paragraph) for _, loc in blocks]
    cited = doc.adoptions[0].provenance
    line = next(loc for text, loc in tree if text == cited.quote)
    assert (cited.location.section, cited.location.paragraph) == (line.section, line.paragraph) == ([], 2)


def test_the_examples_agree_too():
    for path in sorted((ROOT / "examples").glob("*/documents/*.docx")):
        raw = read_raw(path)
        tree = [(text, (loc.section, loc.paragraph)) for text, loc in iter_text(govcheck.parse_document(path))
                if loc.paragraph is not None]
        assert tree == [(t, (loc.section, loc.paragraph)) for t, loc in _lines_of_blocks(raw)], path


@pytest.mark.parametrize("example", ["lund-2021", "orebro-2017", "orebro-2018"])
def test_a_report_cites_each_quote_at_one_place(tmp_path, example):
    out = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["check", str(ROOT / "examples" / example), "--format", "json",
                                       "-o", str(out), "--no-cache"])
    assert result.exit_code in (0, 1), result.output
    places: dict[tuple[str, str], set[str]] = defaultdict(set)

    def walk(checks):
        for check in checks:
            cited = [(e["document"], e["location"], e.get("quote")) for e in check.get("evidence", [])]
            assert len(cited) == len(set(cited)), cited  # and each place once within one outcome
            for e in check.get("evidence", []):
                places[(e["document"], e["quote"])].add(e["location"])
            walk(check.get("checks") or [])

    for checklist in json.loads(out.read_text(encoding="utf-8"))["checklists"]:
        for control in checklist["controls"]:
            walk(control["checks"])
    assert places
    assert {quote: where for quote, where in places.items() if len(where) > 1} == {}


@pytest.mark.parametrize("example", sorted(p.name for p in (ROOT / "examples").iterdir() if (p / "documents").is_dir()))
def test_every_quote_stands_where_it_is_cited(example):
    """What an auditor would do with a finding: open the document at the cited place and find
    the quote there (up to a "[…]" that marks a part from elsewhere, or a trimming "…"). A
    cover table's fact is quoted with its label and neighbouring lines ("Beslutsinstans:
    Kommundirektören"): there the cited cell's text stands in the quote."""
    corpus = govcheck.load_corpus([ROOT / "examples" / example])
    report = govcheck.evaluate(corpus, [govcheck.load_checklist(c) for c in govcheck.builtin_ids()])
    lines = defaultdict(list)
    for doc in corpus.documents:
        for text, loc in iter_text(doc):
            lines[(doc.path, tuple(loc.section), loc.paragraph, loc.table, loc.row, loc.cell)].append(" ".join(text.split()))
    checked = 0

    def walk(checks):
        nonlocal checked
        for check in checks:
            for e in check.evidence:
                loc = e.location
                if loc is None or loc.part != "body" or loc.field or not e.quote or e.document.endswith(".yaml"):
                    continue
                quote = " ".join(e.quote.split(" […] ")[0].rstrip("…").split())
                at = lines.get((e.document, tuple(loc.section), loc.paragraph, loc.table, loc.row, loc.cell), [])
                assert any(quote in text or text in quote for text in at), (e.document, loc, e.quote, at)
                checked += 1

    for checklist in report.checklists:
        for control in checklist.controls:
            walk(control.checks)
    assert checked > 50

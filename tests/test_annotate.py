"""`govcheck draft --annotate`: a copy of the draft with a Word comment at each defect, read back."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import docx
from click.testing import CliRunner
from docx.oxml.ns import qn

import govcheck
from govcheck.annotate import annotate_docx, block_paragraphs
from govcheck.cli import main
from govcheck.readers import read_raw
from govcheck.readers.docx import paragraph_text

from docxgen import make_docx

ROOT = Path(__file__).resolve().parent.parent
WORKSPACE = ROOT / "examples" / "orebro-2018"
DRAFT = ROOT / "examples" / "drafts" / "digitaliseringsstrategi-utkast.docx"
FIXED = ROOT / "examples" / "drafts" / "digitaliseringsstrategi-atgardad.docx"


def _anchors(path: Path) -> dict[int, list[int]]:
    """Comment id -> the body block indexes whose paragraph holds its commentRangeStart."""
    document = docx.Document(str(path))
    out: dict[int, list[int]] = {}
    for index, p in enumerate(block_paragraphs(document)):
        for start in p.iter(qn("w:commentRangeStart")):
            out.setdefault(int(start.get(qn("w:id"))), []).append(index)
    return out


def test_block_paragraphs_follow_the_reader_block_index(tmp_path):
    path = make_docx(tmp_path / "d.docx", [
        ("title", "Strategi"), ("p", "Ett"), ("p", ""), ("table", [["a", "b"], ["c", "d"]]),
        ("h1", "1 Rubrik"), ("p", "Två"), ("p", "   "), ("p", "Tre"),
    ])
    raw = read_raw(path)
    paragraphs = block_paragraphs(docx.Document(str(path)))
    assert len(paragraphs) == len(raw.blocks)
    for block, p in zip(raw.blocks, paragraphs):
        expected = block.rows[0][0] if block.kind == "table" else block.text
        assert paragraph_text(p) == expected


def test_annotated_copy_has_a_comment_at_each_defect(tmp_path):
    before, mtime = DRAFT.read_bytes(), os.stat(DRAFT).st_mtime_ns
    result = govcheck.check_draft(DRAFT, workspace=WORKSPACE)
    out = tmp_path / "kommenterad.docx"
    assert annotate_docx(DRAFT, result, out, "sv") == len(result.fixes)
    assert DRAFT.read_bytes() == before and os.stat(DRAFT).st_mtime_ns == mtime

    document = docx.Document(str(out))
    comments = {c.comment_id: c for c in document.comments}
    assert len(comments) == len(result.fixes)
    anchors = _anchors(out)
    paragraphs = block_paragraphs(document)
    by_text = {}
    for cid, comment in comments.items():
        assert comment.author == "govcheck"
        by_text.setdefault(comment.text.split(" ", 1)[0], []).append(cid)
    for fix in result.fixes:
        cid = next(c for c in by_text[fix.control] if fix.message.sv in comments[c].text)
        text = comments[cid].text
        assert "Förslag: " + fix.suggestion.sv in text
        [block] = anchors[cid]
        if fix.at_title:  # a missing element: at the title
            assert block == 0 and paragraph_text(paragraphs[0]) == result.title
        else:
            assert block == fix.block
            if fix.quote and fix.location.table is None:
                assert fix.quote in paragraph_text(paragraphs[block]) or paragraph_text(paragraphs[block]) in fix.quote


def test_cli_annotate_in_english_and_original_untouched(tmp_path):
    draft = tmp_path / "utkast.docx"
    shutil.copy(DRAFT, draft)
    before, mtime = draft.read_bytes(), os.stat(draft).st_mtime_ns
    out = tmp_path / "ut.docx"
    res = CliRunner().invoke(main, ["draft", str(draft), "--workspace", str(WORKSPACE), "--lang", "en",
                                    "--annotate", str(out)], catch_exceptions=False)
    assert res.exit_code == 1
    assert draft.read_bytes() == before and os.stat(draft).st_mtime_ns == mtime
    comments = list(docx.Document(str(out)).comments)
    assert comments and all("Suggestion: " in c.text for c in comments)
    # the annotated copy still reads as the same draft
    assert govcheck.check_draft(out, workspace=WORKSPACE).fixes == \
        [f for f in govcheck.check_draft(draft, workspace=WORKSPACE).fixes]


def test_fixed_copy_gets_no_comments(tmp_path):
    out = tmp_path / "ok.docx"
    annotate_docx(FIXED, govcheck.check_draft(FIXED, workspace=WORKSPACE), out)
    assert list(docx.Document(str(out)).comments) == []

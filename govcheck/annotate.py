"""Write a copy of a .docx draft with a Word comment at each fix: ``annotate_docx(draft, result, out)``.

A fix's ``block`` is the reader's body block index (non-empty paragraphs, headings and tables in
body order, govcheck/readers/docx.py); the same walk over the copy finds the paragraph to
anchor the comment at (a table's first non-empty cell paragraph). A fix about the whole draft
(a missing element) is anchored at the title: the first body block. The original is only read.
"""

from __future__ import annotations

import io
from pathlib import Path

from govcheck.errors import UsageError
from govcheck.readers.docx import P, TBL, TC, TR, W, _children, paragraph_text
from govcheck.report.escape import for_xml
from govcheck.report.fixlist import comment_text

AUTHOR = "govcheck"
INITIALS = "gc"


def annotate_docx(draft_path: str | Path, result, out_path: str | Path, lang: str = "sv") -> int:
    """Write ``out_path``: the draft with one comment per fix; returns the number of comments."""
    draft_path, out_path = Path(draft_path), Path(out_path)
    if out_path.resolve() == draft_path.resolve():
        raise UsageError(f"--annotate {out_path} would overwrite the draft",
                         sv=f"--annotate {out_path} skulle skriva över utkastet")
    if draft_path.suffix.lower() != ".docx":
        raise UsageError(f"comments can be written only into a .docx draft, not {draft_path.name}",
                         sv=f"kommentarer kan bara skrivas in i ett utkast i .docx, inte {draft_path.name}")
    from docx import Document  # imported here: python-docx costs every other run its import time
    from docx.text.paragraph import Paragraph

    document = Document(io.BytesIO(draft_path.read_bytes()))
    anchors = block_paragraphs(document)
    count = 0
    for fix in result.fixes:
        target = anchors[fix.block] if fix.block is not None and 0 <= fix.block < len(anchors) else None
        if target is None:
            target = anchors[0] if anchors else None
        if target is None:
            continue
        paragraph = Paragraph(target, document._body)
        runs = paragraph.runs or [paragraph.add_run("")]
        document.add_comment(runs, text=for_xml(comment_text(fix, lang)), author=AUTHOR, initials=INITIALS)
        count += 1
    buffer = io.BytesIO()
    document.save(buffer)
    out_path.write_bytes(buffer.getvalue())
    return count


def block_paragraphs(document) -> list:
    """The w:p element to anchor at for each body block index, in the reader's order."""
    body = document.element.body
    out = []
    for el in _children(body, (P, TBL)):
        if el.tag == TBL:
            paragraphs = [p for tr in _children(el, (TR,)) if tr.find(f"{W}trPr/{W}del") is None
                          for tc in _children(tr, (TC,)) for p in tc.iter(P) if paragraph_text(p)]
            if paragraphs:
                out.append(paragraphs[0])
        elif paragraph_text(el):
            out.append(el)
    return out

"""Control characters from a document, govcheck.yaml or a checklist, end to end through the CLI:
every format renders without a crash, XML formats show what XML cannot hold as a visible escape
(``\\x1b``), and nothing sent to the terminal carries a raw control character."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner

from govcheck.cli import main
from govcheck.report import EXTENSIONS, RENDERERS

ROOT = Path(__file__).resolve().parents[2]
DRAFT = ROOT / "examples" / "drafts" / "digitaliseringsstrategi-utkast.docx"
POLICY = ("IT-policy\n\nKommunstyrelsen ansvarar för IT.\fDigitaliseringsavdelningen ansvarar\x0bför "
          "uppföljning\x01och rapporterar årligen till kommunstyrelsen.\n")
SENTENCE = "Digitaliseringsavdelningen ansvarar för uppföljning och rapporterar årligen"
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # what must not reach a terminal (CR too)
# YAML escapes in double quotes: the loaded names hold ESC, VT, SOH and U+FFFE.
CONFIG = r'''municipality: "Västby\x1b[31m kommun\x0b"
as_of: 2023-11-27
organisation:
  - {id: kf, name: Kommunfullmäktige, kind: fullmaktige, political: true}
  - {id: ks, name: Kommunstyrelsen, kind: styrelse, political: true}
  - {id: dig, name: "Digitaliserings\x01avdelningen", kind: avdelning, parent: ks}
'''
CHECKLIST = r'''id: egen
version: 1
title: {sv: "Egen lista\ufffe", en: "Own list\ufffe"}
provenance: {source: test}
controls:
  - id: EG-1
    title: {sv: "Dokumentet är antaget\x1b[31m", en: "The document is adopted\x1b[31m"}
    provenance: {source: test}
    recommendation: {sv: "Anta det\x0b", en: "Adopt it\x0b"}
    checks:
      - kind: adopted
'''


def invoke(*args) -> tuple[int, str, str]:
    """Exit code, stdout and stderr; any exception but an exit is raised (with its traceback)."""
    result = CliRunner().invoke(main, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "vastby"
    (ws / "documents").mkdir(parents=True)
    (ws / "govcheck.yaml").write_text(CONFIG, encoding="utf-8")
    (ws / "documents" / "policy.txt").write_bytes(POLICY.encode("utf-8"))
    return ws


def written(path: Path, fmt: str) -> str:
    if fmt == "docx":
        with zipfile.ZipFile(path) as package:
            return package.read("word/document.xml").decode("utf-8")
    return path.read_text(encoding="utf-8")


def assert_well_formed(text: str, fmt: str) -> None:
    if fmt == "html":
        assert SENTENCE in lxml.html.document_fromstring(text).text_content()
    elif fmt in ("junit", "docx"):
        ET.fromstring(text.encode("utf-8"))
    elif fmt in ("json", "sarif"):
        json.loads(text)


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_document_with_control_characters_in_every_format(tmp_path, fmt):
    doc = tmp_path / "policy.txt"
    doc.write_bytes(POLICY.encode("utf-8"))
    out = tmp_path / f"rapport.{EXTENSIONS[fmt]}"
    code, _, stderr = invoke("check", doc, "--as-of", "2023-11-27", "--format", fmt, "-o", out)
    assert code in (0, 1), stderr
    text = written(out, fmt)
    assert SENTENCE in text  # the words on either side of each control character, apart
    assert not NOT_XML.search(text) and not CONTROL.search(text)
    assert_well_formed(text, fmt)


def test_text_report_on_the_terminal(tmp_path):
    code, stdout, stderr = invoke("check", workspace(tmp_path), "--checklist", "styrdokument")
    assert code in (0, 1), stderr
    assert SENTENCE in stdout and not CONTROL.search(stdout)
    assert "Västby\\x1b[31m kommun\\x0b" in stdout.splitlines()[0]


def test_markdown_report_and_parsed_document_on_the_terminal(tmp_path):
    """Both are printed to standard output unless -o is given: names from govcheck.yaml and
    values from a sidecar come out escaped."""
    ws = workspace(tmp_path)
    code, stdout, stderr = invoke("check", ws, "--checklist", "styrdokument", "--format", "markdown")
    assert code in (0, 1), stderr
    assert "Västby\\x1b" in stdout and not CONTROL.search(stdout)  # Markdown's own escaping follows
    (ws / "documents" / "policy.txt.meta.yaml").write_text('owner: "IT-chefen\\x1b[2J"\n', encoding="utf-8")
    code, stdout, stderr = invoke("parse", ws / "documents" / "policy.txt", "--format", "text")
    assert code == 0, stderr
    assert "IT-chefen\\x1b[2J" in stdout and not CONTROL.search(stdout)  # a sidecar's YAML escape


@pytest.mark.parametrize("fmt", ["html", "junit", "docx"])
def test_names_and_checklist_texts_with_control_characters(tmp_path, fmt):
    checklist = tmp_path / "egen.yaml"
    checklist.write_text(CHECKLIST, encoding="utf-8")
    out = tmp_path / f"rapport.{EXTENSIONS[fmt]}"
    code, _, stderr = invoke("check", workspace(tmp_path), "--checklist", checklist, "--checklist", "styrdokument",
                             "--format", fmt, "-o", out)
    assert code in (0, 1), stderr
    text = written(out, fmt)
    assert not NOT_XML.search(text)
    assert_well_formed(text, fmt)
    assert "Dokumentet är antaget\\x1b[31m" in text
    if fmt == "junit":
        assert 'value="Egen lista\\ufffe"' in text
    else:
        assert "Västby\\x1b[31m kommun\\x0b" in text and "Anta det\\x0b" in text
    if fmt == "html":
        page = lxml.html.document_fromstring(text)
        assert page.findtext(".//h1") == "Granskningsrapport: Västby\\x1b[31m kommun\\x0b"


def test_batch_summary_and_progress_lines(tmp_path):
    root = tmp_path / "kommuner"
    workspace(root)
    out = tmp_path / "ut"
    code, _, stderr = invoke("batch", root, "--out", out, "--format", "html", "--checklist", "styrdokument")
    assert code in (0, 1), stderr
    assert "(Västby\\x1b[31m kommun\\x0b)" in stderr and not CONTROL.search(stderr)
    summary = lxml.html.document_fromstring((out / "summary.html").read_text(encoding="utf-8"))
    (row,) = summary.xpath('//tr[@data-workspace="vastby"]')
    assert row.xpath("td")[1].text_content() == "Västby\\x1b[31m kommun\\x0b"
    assert SENTENCE in lxml.html.document_fromstring((out / "vastby.html").read_text(encoding="utf-8")).text_content()


def test_draft_fix_list_and_comments(tmp_path):
    """A unit the organisation model names with a control character is suggested to the draft."""
    annotated = tmp_path / "kommenterad.docx"
    code, stdout, stderr = invoke("draft", DRAFT, "--workspace", workspace(tmp_path), "--annotate", annotated)
    assert code in (0, 1), stderr
    assert "Digitaliserings\\x01avdelningen" in stdout and not CONTROL.search(stdout)
    with zipfile.ZipFile(annotated) as package:
        comments = package.read("word/comments.xml").decode("utf-8")
    assert "Digitaliserings\\x01avdelningen" in comments and not NOT_XML.search(comments)


BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def test_a_right_to_left_override_in_a_document_cannot_reorder_the_terminal(tmp_path):
    """An override in a quote would turn the rest of the printed line around (verdict, place):
    on the terminal it is shown as an escape; the model keeps the document's text as it is."""
    doc = tmp_path / "policy.txt"
    doc.write_text("IT-policy för \u202eVästby\u202c kommun\n\nKommunstyrelsen ansvarar för IT. "
                   "\u2067Antagen av kommunfullmäktige 2019-04-23.\n", encoding="utf-8")
    for args in (("check", doc, "--as-of", "2023-11-27"), ("check", doc, "--as-of", "2023-11-27", "--format", "markdown"),
                 ("parse", doc, "--format", "text")):
        code, stdout, stderr = invoke(*args)
        assert code in (0, 1), stderr
        assert not BIDI.search(stdout) and "\\u202eVästby\\u202c" in stdout, args
    code, stdout, _ = invoke("parse", doc)
    assert code == 0 and json.loads(stdout)["title"]["value"] == "IT-policy för \u202eVästby\u202c kommun"

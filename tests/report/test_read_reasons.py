"""Every reason code of an unreadable document is said in words, in Swedish and English."""

import ast
import re
from pathlib import Path

import pytest

import govcheck
from govcheck.errors import READ_REASONS, ReadError, reason_words
from govcheck.model import Unreadable
from govcheck.report import render

PACKAGE = Path(govcheck.__file__).parent
DOCS = PACKAGE.parent / "docs" / "errors.md"


def _codes_in_source() -> set[str]:
    """The codes the readers and workers give: ReadError(document, "code", …), WorkerFailure("code", …),
    Extracted(reason="code", …)."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            args = {"ReadError": node.args[1:2], "WorkerFailure": node.args[:1]}.get(name, [])
            args += [k.value for k in node.keywords if name == "Extracted" and k.arg == "reason"]
            found |= {a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def test_the_words_cover_exactly_the_codes_given_and_documented():
    documented = set(re.findall(r"^\| `([a-z-]+)` \|", DOCS.read_text(encoding="utf-8"), re.M))
    said = re.sub(r"\([^)]*\)", "", ReadError.__doc__.split("Reason codes:", 1)[1])  # without the glosses
    listed = {code.strip(" .\n") for code in said.split(",")}
    assert _codes_in_source() == set(READ_REASONS) == documented == listed


@pytest.mark.parametrize("code", sorted(READ_REASONS))
def test_each_reason_reads_in_both_languages(code):
    sv, en = reason_words(code, "sv"), reason_words(code, "en")
    assert sv.endswith(f" [{code}]") and en.endswith(f" [{code}]") and sv != en


def test_an_unknown_code_is_shown_as_it_is():
    assert reason_words("new-code", "sv") == "new-code"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "sarif"])
def test_the_reports_say_why_a_document_could_not_be_read(fmt):
    corpus = govcheck.load_corpus([PACKAGE.parent / "examples" / "helsingborg-2023"], jobs=1)
    report = govcheck.evaluate(corpus, [govcheck.load_checklist("styrdokument")])
    scan = Unreadable(path="documents/skannad.pdf", reason="no-text-layer", detail="3 pages, 0 characters of text")
    report = report.model_copy(update={"unreadable": [scan]})
    assert "inskannad PDF utan textlager" in render(report, fmt, "sv")
    assert "scanned PDF without a text layer" in render(report, fmt, "en")

"""The faster paths of a warm-cache run give exactly what the slower ones gave: indented JSON
through pydantic-core, document lines read without a place per line, Latin-1 lower-casing,
cache entries without defaults, and renderers and extractors imported only when used."""

import datetime as dt
import importlib
import json
import random
import subprocess
import sys
import typing
import zlib
from pathlib import Path

import pytest
from pydantic import BaseModel

import govcheck
from govcheck.cache import Cache
from govcheck.checks.base import iter_text
from govcheck.checks.index import CorpusIndex, fast_lowered
from govcheck.lexicon import find_terms, lowered
from govcheck.model import Corpus, GoverningDocument, Location, Report, Section
from govcheck.model.result import Comparison
from govcheck.report import json_report, sarif
from govcheck.report.jsonfast import dumps

ROOT = Path(__file__).resolve().parents[1]
LUND = ROOT / "examples" / "lund-2021"
TERMS = ["informationssäkerhet*", "it-säkerhet", "mål", "följs upp", "kommunstyrelse*", "policy", "ansvar"]


def _report(example: Path = LUND):
    corpus = govcheck.load_corpus([example])
    return corpus, govcheck.evaluate(corpus, [govcheck.load_checklist(c) for c in govcheck.builtin_ids()])


def test_dumps_writes_what_json_dumps_writes():
    values = ["a\"b\\c\n\r\t\b\f\x00\x01\x1f\x7f", "åäö€\u2028\u2029😀\ufffd", "", [], {}, [[]], {"a": {}},
              0, -1, 10 ** 30, True, False, None, [1, [2, {"x": [None, "y"]}]], {"k\n\"": "v", "": ""},
              {"nested": [{"a": [], "b": {}}, [[], {}], "s"]}]
    for value in values:
        assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2), value


def test_dumps_falls_back_to_json_for_what_pydantic_refuses():
    for value in ["\ud800 lone surrogate", {"k": ["\udfff"]}, {"t": (1, "2")}]:
        assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_json_and_sarif_reports_are_the_text_json_dumps_gives():
    _, report = _report()
    for lang in ("sv", "en"):
        expected = json.dumps(json_report.to_dict(report, lang), ensure_ascii=False, indent=2) + "\n"
        assert json_report.render(report, lang) == expected
        expected = json.dumps(sarif.to_dict(report, lang), ensure_ascii=False, indent=2) + "\n"
        assert sarif.render(report, lang) == expected


def _types(annotation) -> typing.Iterator[object]:
    yield annotation
    for arg in typing.get_args(annotation):
        yield from _types(arg)


def _float_fields(model: type[BaseModel], seen: set) -> list[str]:
    found = []
    for name, field in model.model_fields.items():
        for t in _types(field.annotation):
            if t is float:
                found.append(f"{model.__name__}.{name}")
            elif isinstance(t, type) and issubclass(t, BaseModel) and t not in seen:
                seen.add(t)
                found += _float_fields(t, seen)
    return found


def test_no_report_field_is_a_float():
    """pydantic-core writes a float below 1e-4 unlike json.dumps (report/jsonfast.py)."""
    assert _float_fields(Report, set()) == [] and _float_fields(Comparison, set()) == []


def test_lines_locations_and_term_lines_of_real_documents_are_those_of_a_full_walk():
    corpus, _ = _report()
    index = CorpusIndex(corpus)
    for doc in corpus.documents:
        lines = list(iter_text(doc))
        text = index.text(doc)
        assert text.texts == tuple(t for t, _ in lines)
        assert [text.location(i) for i in range(len(lines))] == [loc for _, loc in lines]
        assert text.lowered_lines == tuple(lowered(t) for t, _ in lines)
        for i in range(len(lines)):
            assert text.lowered_line(i) == text.lowered_lines[i]
        for term in TERMS:
            full = tuple(i for i, (t, _) in enumerate(lines) if find_terms(t, [term]))
            assert index.term_lines(doc, term) == full
            assert index.first_term_line(doc, term) == (full[0] if full else None)
    with pytest.raises(IndexError):
        index.text(corpus.documents[0]).location(10 ** 6)


def test_a_section_without_lines_before_its_subsection_is_located_right():
    empty = Section(heading=None, level=0, sections=[Section(heading="A", level=1, paragraphs=["x", "y"])])
    doc = GoverningDocument(path="d.md", sha256="0" * 64, format="markdown",
                            doc_type={"value": "policy"}, status={"value": "adopted"},
                            sections=[empty, Section(heading="B", level=1, tables=[])])
    text = CorpusIndex(Corpus(documents=[doc], as_of=dt.date(2024, 1, 1))).text(doc)
    assert [text.location(i) for i in range(len(text.texts))] == [loc for _, loc in iter_text(doc)]
    assert text.location(-1) == text.location(len(text.texts) - 1)


def test_fast_lowered_is_lexicon_lowered():
    for c in map(chr, range(0x3100)):
        assert fast_lowered(c) == lowered(c), hex(ord(c))
    rng = random.Random(3)
    pool = [chr(c) for c in range(0x3100)] + ["\U0001F600", "\uf0b7"]
    for _ in range(5000):
        text = "".join(rng.choice(pool) if rng.random() < 0.1 else rng.choice("aBc ÅÄÖåäöß\xff\xc9\n")
                       for _ in range(rng.randrange(40)))
        assert fast_lowered(text) == lowered(text), repr(text)


def test_cache_entries_leave_out_defaults_and_read_back_the_same_document(tmp_path):
    cache = Cache(tmp_path / "cache")
    cold = govcheck.load_corpus([LUND], jobs=1, cache=cache)
    entry = next(p for p in sorted((tmp_path / "cache").rglob("*.entry"))
                 if b'"doc": true' in p.read_bytes().split(b"\n", 1)[0])
    payload = zlib.decompress(entry.read_bytes().split(b"\n", 1)[1])
    assert b'"block":null' not in payload and b'"section":[]' not in payload
    warm = govcheck.load_corpus([LUND], jobs=1, cache=Cache(tmp_path / "cache"))
    assert warm == cold and warm.model_dump_json() == cold.model_dump_json()


def test_list_defaults_are_fresh_lists():
    a, b = Location(), Location()
    assert a.section == [] and a.section is not b.section
    a.section.append("x")
    assert Location().section == []


def test_importing_the_cli_leaves_renderers_readers_and_extractors_unloaded():
    code = ("import sys, govcheck.cli; print(sorted(m for m in sys.modules if m.startswith(("
            "'lxml', 'docx', 'xml.etree', 'govcheck.extract.assemble', 'govcheck.report.html', "
            "'govcheck.report.junit', 'govcheck.report.docx_report', 'govcheck.annotate', 'govcheck.draft', "
            "'govcheck.readers'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("fmt", ["text", "markdown", "junit", "html", "json", "sarif"])
def test_lazy_renderers_render_as_their_modules_do(fmt):
    from govcheck.report import render

    _, report = _report()
    module = importlib.import_module(f"govcheck.report.{'json_report' if fmt == 'json' else fmt}")
    options = {"fail_on": "partially_fulfilled"} if fmt == "junit" else {}
    assert render(report, fmt, "en", fail_on="partially_fulfilled") == module.render(report, "en", **options)


def test_check_draft_is_still_part_of_the_api():
    from govcheck import check_draft
    from govcheck.draft import check_draft as defined

    assert check_draft is defined and govcheck.check_draft is defined and "check_draft" in dir(govcheck)
    with pytest.raises(AttributeError):
        govcheck.no_such_name  # noqa: B018

"""`govcheck draft` and govcheck.check_draft: the fix list of a draft, in every format, and the example."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import govcheck
from govcheck.cli import main
from govcheck.draft import DRAFT_TOPIC_CONTROLS, Fix, sort_fixes
from govcheck.model import Location, Text

from docxgen import make_docx
from odtgen import make_odt
from pdfgen import make_pdf

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
WORKSPACE = EXAMPLES / "orebro-2018"
DRAFT = EXAMPLES / "drafts" / "digitaliseringsstrategi-utkast.docx"
FIXED = EXAMPLES / "drafts" / "digitaliseringsstrategi-atgardad.docx"

# The example draft's deliberate defects: control -> where it stands (section, paragraph) or
# None for a missing element (reported at the title). Topic controls overlap some DR defects.
EXAMPLE_DEFECTS = {
    "DIG-2": (["4. Uppföljning"], 1),
    "DIG-4": (["3. Ansvar"], 4),
}
UTKAST_DEFECTS = {  # one deliberate defect of each DR kind
    "DR-1": None,
    "DR-2": (["2. Mål"], None),
    "DR-3": (["3. Ansvar"], 3),
    "DR-4": (["4. Uppföljning"], 1),
    "DR-5": None,
    "DR-6": (["1. Inledning"], 2),
    "DR-7": None,
    "DR-8": (["3. Ansvar"], 4),
}
EXAMPLE_DEFECTS.update(UTKAST_DEFECTS)

# A small draft strategy with two defects the topic controls find: a forum that decides
# without a mandate (DIG-4) and a follow-up without frequency or recipient (DIG-2).
CONTENT = [
    ("title", "Digitaliseringsstrategi för Västby kommun"),
    ("p", "Förslag"),
    ("h1", "1 Mål"),
    ("p", "Målet är att andelen e-tjänster ska öka till 80 procent senast 2024."),
    ("h1", "2 Ansvar"),
    ("p", "Kommunstyrelsen ansvarar för att strategin genomförs."),
    ("p", "Nämnderna ansvarar för digitaliseringen i den egna verksamheten."),
    ("p", "IT-chefen ansvarar för den gemensamma tekniska plattformen."),
    ("p", "Digitaliseringsrådet beslutar om prioritering av digitaliseringsprojekt."),
    ("h1", "3 Uppföljning"),
    ("p", "Strategin ska följas upp."),
]


def _markdown(path: Path, content) -> Path:
    lines = []
    for item in content:
        kind, text = item
        prefix = {"title": "# ", "h1": "## "}.get(kind, "")
        lines += [prefix + text, ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


WRITERS = {
    "docx": lambda p, c: make_docx(p, c),
    "odt": lambda p, c: make_odt(p, c),
    "pdf": lambda p, c: make_pdf(p, c),
    "md": _markdown,
}


def _topic_fixes(result):
    return {(f.control, f.verdict) for f in result.fixes if f.checklist == "digitalisering"}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_each_format_gives_the_same_topic_fixes(tmp_path, fmt):
    path = WRITERS[fmt](tmp_path / f"strategi.{fmt}", CONTENT)
    result = govcheck.check_draft(path, as_of=dt.date(2023, 11, 27))
    assert result.doc_type == "strategi"
    assert result.draft == path.as_posix()
    assert "digitalisering" in result.checklists
    assert _topic_fixes(result) == {("DIG-4", "not_fulfilled"), ("DIG-2", "partially_fulfilled")}
    follow = next(f for f in result.fixes if f.control == "DIG-2")
    assert follow.location.section[-1].endswith("Uppföljning")
    assert follow.quote == "Strategin ska följas upp."
    assert follow.suggestion.sv.startswith("Vi rekommenderar")


def test_fix_list_is_ordered_by_severity_then_place():
    def fix(verdict, block, control="DR-1"):
        t = Text(sv="x", en="x")
        return Fix(checklist="utkast", control=control, control_title=t, verdict=verdict, kind="k", message=t,
                   suggestion=t, location=Location(block=block) if block is not None else None, block=block)

    fixes = [fix("not_assessable", 1), fix("partially_fulfilled", 9), fix("not_fulfilled", 7),
             fix("partially_fulfilled", 2), fix("not_fulfilled", None, "DR-5"), fix("not_fulfilled", 3)]
    ordered = [(f.verdict, f.block) for f in sort_fixes(fixes)]
    assert ordered == [("not_fulfilled", None), ("not_fulfilled", 3), ("not_fulfilled", 7),
                       ("partially_fulfilled", 2), ("partially_fulfilled", 9), ("not_assessable", 1)]


def test_result_is_sorted_and_only_about_the_draft():
    result = govcheck.check_draft(DRAFT, workspace=WORKSPACE)
    assert result.fixes == sort_fixes(result.fixes)
    for cl in result.report.checklists:
        for control in cl.controls:
            assert all(c.document in (result.draft, None) for c in control.checks)
    # the workspace's own documents are context only: they are read, but nothing is said about them
    assert any(i.path.startswith("documents/") for i in result.report.inputs)


def test_topic_mapping_is_data_and_names_real_controls():
    for rule in DRAFT_TOPIC_CONTROLS:
        cl = govcheck.load_checklist(rule["checklist"])
        ids = {c.id for c in cl.controls}
        assert set(rule["controls"]) <= ids
        assert set(rule["topics"]) <= set(cl.topics)


def test_a_draft_on_another_subject_gets_no_digitalisation_controls(tmp_path):
    path = make_docx(tmp_path / "idrott.docx", [("title", "Strategi för idrott och friluftsliv"), ("p", "Förslag"),
                                                ("h1", "1 Mål"), ("p", "Fler ska röra sig.")])
    result = govcheck.check_draft(path, as_of=dt.date(2023, 11, 27))
    assert "digitalisering" not in result.checklists
    assert all(f.checklist != "digitalisering" for f in result.fixes)


def test_a_draft_that_says_what_was_not_followed_up_defines_no_follow_up(tmp_path):
    path = make_docx(tmp_path / "strategi.docx", [
        ("title", "Digitaliseringsstrategi för Västby kommun"), ("p", "Utkast"), ("h1", "1 Bakgrund"),
        ("p", "Kostnaderna för IT har ökat under flera år utan att nyttan har följts upp systematiskt."),
        ("h1", "2 Mål"), ("p", "Andelen e-tjänster ska öka till 80 procent senast 2026.")])
    (fix,) = [f for f in govcheck.check_draft(path, as_of=dt.date(2023, 11, 27)).fixes if f.control == "DR-4"]
    assert fix.verdict == "not_fulfilled" and fix.at_title  # before: "follow-up exists but …", quoting it
    assert fix.message.sv.startswith("Uppföljning saknas")


def test_draft_inside_the_workspace_is_not_counted_twice(tmp_path):
    import shutil

    ws = tmp_path / "ws"
    shutil.copytree(WORKSPACE, ws)
    inside = ws / "documents" / DRAFT.name
    shutil.copy(DRAFT, inside)
    result = govcheck.check_draft(inside, workspace=ws)
    shown = [i.path for i in result.report.inputs]
    assert shown.count(inside.as_posix()) == 1
    assert f"documents/{DRAFT.name}" not in shown


# ----------------------------------------------------------------------------- the example


def test_example_draft_lists_every_deliberate_defect_and_nothing_else():
    result = govcheck.check_draft(DRAFT, workspace=WORKSPACE)
    assert {f.control for f in result.fixes} == set(EXAMPLE_DEFECTS)
    assert all(f.suggestion.sv and f.suggestion.en and f.message.sv for f in result.fixes)
    for control, expected in EXAMPLE_DEFECTS.items():
        fixes = [f for f in result.fixes if f.control == control]
        if expected is None:  # a missing element is reported at the title, not at a paragraph
            assert all(f.at_title for f in fixes), control
            continue
        section, paragraph = expected
        assert any(f.location is not None and f.location.section == section and not f.at_title
                   and (paragraph is None or f.location.paragraph == paragraph) for f in fixes), (control, fixes)


def test_example_fixed_copy_has_no_fixes():
    result = govcheck.check_draft(FIXED, workspace=WORKSPACE)
    assert result.fixes == []
    assert result.verdict == "fulfilled"


def _run(*args):
    return CliRunner().invoke(main, ["draft", *[str(a) for a in args]], catch_exceptions=False)


def test_cli_exit_codes_and_formats(tmp_path):
    res = _run(DRAFT, "--workspace", WORKSPACE)
    assert res.exit_code == 1, res.output
    for control in EXAMPLE_DEFECTS:
        assert f" {control} " in res.output
    assert _run(FIXED, "--workspace", WORKSPACE).exit_code == 0
    res = _run(DRAFT, "--workspace", WORKSPACE, "--format", "json", "--lang", "en")
    data = json.loads(res.output)
    assert data["draft"] == DRAFT.as_posix() or data["draft"].endswith("digitaliseringsstrategi-utkast.docx")
    assert {f["control"] for f in data["fixes"]} == set(EXAMPLE_DEFECTS)
    assert all(f["where"] and f["suggestion"]["en"] for f in data["fixes"])
    res = _run(DRAFT, "--workspace", WORKSPACE, "--format", "markdown")
    assert res.output.startswith("# Åtgärdslista") and "| 1 |" in res.output
    assert "Suggestion:" in _run(DRAFT, "--workspace", WORKSPACE, "--lang", "en").output


def test_cli_usage_errors(tmp_path):
    assert _run(tmp_path / "missing.docx").exit_code == 2
    assert _run(DRAFT, "--as-of", "someday").exit_code == 2
    assert _run(DRAFT, "--workspace", tmp_path / "nowhere").exit_code == 2
    assert _run(DRAFT, "--format", "sarif").exit_code == 2
    md = _markdown(tmp_path / "x.md", CONTENT)
    assert _run(md, "--annotate", tmp_path / "out.docx").exit_code == 2
    before = DRAFT.read_bytes()
    res = _run(DRAFT, "--annotate", DRAFT)
    assert res.exit_code == 2 and "skulle skriva över utkastet" in res.output + (res.stderr if res.stderr_bytes else "")
    assert DRAFT.read_bytes() == before


def test_as_of_comes_from_the_workspace_unless_given():
    assert govcheck.check_draft(FIXED, workspace=WORKSPACE).as_of == dt.date(2018, 12, 13)
    assert govcheck.check_draft(FIXED, workspace=WORKSPACE, as_of=dt.date(2019, 1, 2)).as_of == dt.date(2019, 1, 2)


def test_every_format_gives_the_same_fix_list(tmp_path):
    def summary(fmt):
        path = WRITERS[fmt](tmp_path / f"s.{fmt}", CONTENT)
        result = govcheck.check_draft(path, as_of=dt.date(2023, 11, 27))
        return [(f.control, f.verdict, f.at_title, f.quote) for f in result.fixes]

    expected = summary("docx")
    assert {c for c, *_ in expected} >= {"DR-1", "DR-5", "DR-7", "DR-8", "DR-4", "DIG-2", "DIG-4"}
    assert ("DR-3", "not_assessable", True, None) in expected  # no organisation model without a workspace
    for fmt in ("odt", "pdf", "md"):
        assert summary(fmt) == expected, fmt


def test_example_readme_shows_the_actual_fix_list(monkeypatch):
    monkeypatch.chdir(ROOT)
    readme = (EXAMPLES / "drafts" / "README.md").read_text(encoding="utf-8")
    shown = readme.split("```text\n", 1)[1].split("```", 1)[0]
    res = _run("examples/drafts/digitaliseringsstrategi-utkast.docx", "--workspace", "examples/orebro-2018")
    assert res.exit_code == 1
    assert res.output == shown

"""The built-in audit checklists: stable control ids (SPEC §4), provenance from the seed reports,
recommendations in both languages, and the `checklists list` / `checklists show` commands."""

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from govcheck.checklists import builtin_ids, default_ids, load_checklist
from govcheck.cli import main

# SPEC §4: reports, waivers and baselines refer to these ids.
CONTROL_IDS = {
    "styrdokument": ["SD-1", "SD-2", "SD-3", "SD-4", "SD-5"],
    "it-styrning": [f"ITS-{i}" for i in range(1, 8)],
    "digitalisering": [f"DIG-{i}" for i in range(1, 9)],
    "it-verksamhet": [f"ITV-{i}" for i in range(1, 8)],
    "informationssakerhet": [f"IS-{i}" for i in range(1, 6)],
}

# The source audit reports (seeds/README.md); a provenance source must name one of them.
SEEDS = {
    "000_27c04061fd38552b.txt",  # Örebro 2017, follow-up of the IT audit
    "001_e05483586d3d5c5d.txt",  # Örebro 2018, digitalisation
    "002_b5b17ebf99716bb4.txt",  # Helsingborg 2023, IT and digitalisation governance
    "003_7f11b7d78ec69990.txt",  # Örebro 2015, the IT operation
    "004_1dc9e9876cd69866.txt",  # Lund 2021, digitalisation
}

FACT_IDS_DOC = Path(__file__).resolve().parents[1] / "docs" / "design" / "fact-ids.md"


def sources(provenance) -> list[str]:
    src = provenance.source
    return src if isinstance(src, list) else [src]


def nested(checks):
    for spec in checks:
        yield spec
        yield from nested(getattr(spec, "checks", None) or [])


@pytest.mark.parametrize("checklist_id", sorted(CONTROL_IDS))
def test_builtin_checklist_loads_with_the_spec_control_ids(checklist_id):
    assert checklist_id in builtin_ids() and checklist_id in default_ids()
    cl = load_checklist(checklist_id)
    assert cl.id == checklist_id
    assert [c.id for c in cl.controls] == CONTROL_IDS[checklist_id]
    assert cl.title.sv and cl.title.en


@pytest.mark.parametrize("checklist_id", sorted(CONTROL_IDS))
def test_every_control_cites_a_seed_report_and_recommends_in_both_languages(checklist_id):
    cl = load_checklist(checklist_id)
    assert sources(cl.provenance) and set(sources(cl.provenance)) <= SEEDS
    assert cl.provenance.criteria
    for control in cl.controls:
        cited = sources(control.provenance)
        assert cited and set(cited) <= SEEDS, (control.id, cited)
        assert set(cited) <= set(sources(cl.provenance)), (control.id, "source not listed for the checklist")
        assert control.provenance.question, control.id
        assert control.title.sv.strip() and control.title.en.strip(), control.id
        assert control.recommendation.sv.strip() and control.recommendation.en.strip(), control.id


@pytest.mark.parametrize("checklist_id", sorted(set(CONTROL_IDS) - {"styrdokument"}))
def test_every_fact_a_checklist_asks_for_is_documented(checklist_id):
    if not FACT_IDS_DOC.is_file():
        pytest.skip("docs/design/fact-ids.md is not part of this installation")
    documented = set(re.findall(r"^\| (\w+) \|", FACT_IDS_DOC.read_text(encoding="utf-8"), re.M))
    cl = load_checklist(checklist_id)
    for control in cl.controls:
        for spec in nested(control.checks):
            if spec.kind == "fact":
                assert spec.statement in documented, (control.id, spec.statement)
                assert spec.question.sv and spec.question.en, control.id


def test_every_documented_fact_is_asked_for_by_a_builtin_checklist():
    if not FACT_IDS_DOC.is_file():
        pytest.skip("docs/design/fact-ids.md is not part of this installation")
    rows = re.findall(r"^\| (\w+) \| ([A-Z]+-\d+) \|", FACT_IDS_DOC.read_text(encoding="utf-8"), re.M)
    asked = {}
    for checklist_id in CONTROL_IDS:
        for control in load_checklist(checklist_id).controls:
            for spec in nested(control.checks):
                if spec.kind == "fact":
                    asked.setdefault(spec.statement, set()).add(control.id)
    assert rows
    for fact_id, control_id in rows:
        assert control_id in asked.get(fact_id, set()), (fact_id, control_id)


def test_controls_that_need_more_than_documents_ask_for_a_fact():
    """Known in the organisation, competence, practice: never guessed from the documents."""
    needs_fact = {"DIG-1", "DIG-7", "DIG-8", "ITV-2", "ITV-6", "ITV-7"}
    found = set()
    for checklist_id in CONTROL_IDS:
        for control in load_checklist(checklist_id).controls:
            if any(spec.kind == "fact" for spec in nested(control.checks)):
                found.add(control.id)
    assert needs_fact <= found, needs_fact - found


def test_checklists_list_shows_the_builtins_with_titles():
    result = CliRunner().invoke(main, ["checklists", "list"])
    assert result.exit_code == 0, result.output
    for checklist_id in CONTROL_IDS:
        title = load_checklist(checklist_id).title.sv
        line = next((ln for ln in result.output.splitlines() if ln.split()[:1] == [checklist_id]), None)
        assert line is not None, (checklist_id, result.output)
        assert title in line


def test_checklists_list_in_english():
    result = CliRunner().invoke(main, ["checklists", "list", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "Governance of IT and digitalisation" in result.output
    assert "Information security governance" in result.output


@pytest.mark.parametrize("lang, words", [
    ("sv", ("källa", "revisionsfråga", "kriterium", "kontroll", "rekommendation")),
    ("en", ("source", "question", "criterion", "check", "recommendation")),
])
def test_checklists_show_prints_every_control_with_its_provenance(lang, words):
    result = CliRunner().invoke(main, ["checklists", "show", "it-styrning", "--lang", lang])
    assert result.exit_code == 0, result.output
    out = result.output
    cl = load_checklist("it-styrning")
    assert out.startswith(f"it-styrning v{cl.version}: {getattr(cl.title, lang)}")
    blocks = re.split(r"\n(?=ITS-\d )", out)
    shown = {b.split()[0]: b for b in blocks[1:]}
    assert list(shown) == CONTROL_IDS["it-styrning"]
    source, question, criterion, check, recommendation = words
    for control in cl.controls:
        block = shown[control.id]
        assert getattr(control.title, lang) in block
        assert f"\n  {source}: 002_b5b17ebf99716bb4.txt" in block
        assert f"\n  {question}: " in block and f"\n  {criterion}: " in block
        assert f"\n  {check}: " in block and f"\n  {recommendation}: {getattr(control.recommendation, lang)}" in block
    assert "it_delivery_followed_up" in shown["ITS-6"]

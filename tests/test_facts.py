import datetime as dt

import pytest
from click.testing import CliRunner

import govcheck
from govcheck.checklists import load_checklist
from govcheck.cli import main
from govcheck.errors import ChecklistError, FactsError

GOOD = """\
facts:
  - id: strategy_known
    value: partial
    source: survey
    date: 2018-10-15
    note: Hälften av cheferna känner till strategin.
  - id: sourcing_evaluated
    value: false
    source: interview
    date: 2014-11-02
"""


def test_load_facts(tmp_path):
    f = tmp_path / "facts.yaml"
    f.write_text(GOOD, encoding="utf-8")
    facts = govcheck.load_facts(f)
    assert [(x.id, x.value, x.date) for x in facts] == [
        ("strategy_known", "partial", dt.date(2018, 10, 15)), ("sourcing_evaluated", False, dt.date(2014, 11, 2))]


@pytest.mark.parametrize("old, new, line, words", [
    ("value: partial", "value: maybe", 3, "maybe"),
    ("source: survey", "source: rumour", 4, "rumour"),
    ("    date: 2014-11-02\n", "", 7, "date"),
    ("id: sourcing_evaluated", "id: sourcing_evaluated\n    extra: 1", 8, "extra"),
])
def test_bad_facts_rejected_with_line(tmp_path, old, new, line, words):
    f = tmp_path / "facts.yaml"
    f.write_text(GOOD.replace(old, new), encoding="utf-8")
    with pytest.raises(FactsError) as exc:
        govcheck.load_facts(f)
    assert exc.value.line == line, str(exc.value)
    assert words in str(exc.value)


def test_workspace_facts_reach_the_corpus_and_cli_flag_overrides(tmp_path):
    (tmp_path / "govcheck.yaml").write_text("municipality: Västby\n", encoding="utf-8")
    (tmp_path / "facts.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "a.md").write_text("# IT-policy\n", encoding="utf-8")
    corpus = govcheck.load_corpus([tmp_path], as_of=dt.date(2019, 1, 1))
    assert len(corpus.facts) == 2 and corpus.facts_source == "facts.yaml"
    other = tmp_path / "other.yaml"
    other.write_text("facts: []\n", encoding="utf-8")
    checklist = tmp_path / "c.yaml"
    checklist.write_text(
        "id: c\nversion: 1\ntitle: {sv: c, en: c}\nprovenance: {source: x}\ncontrols:\n"
        "  - id: C-1\n    title: {sv: c, en: c}\n    provenance: {source: x}\n"
        "    recommendation: {sv: r, en: r}\n    checks:\n"
        "      - kind: fact\n        statement: strategy_known\n        question: {sv: 'Känd?', en: 'Known?'}\n",
        encoding="utf-8")
    run = CliRunner().invoke(main, ["check", str(tmp_path), "--checklist", str(checklist), "--fail-on", "never", "--lang", "en"])
    assert "Partially fulfilled" in run.output
    run = CliRunner().invoke(main, ["check", str(tmp_path), "--checklist", str(checklist), "--facts", str(other),
                                    "--fail-on", "never", "--lang", "en"])
    assert "Not assessable" in run.output


def test_malformed_facts_file_exits_2(tmp_path):
    (tmp_path / "govcheck.yaml").write_text("municipality: Västby\n", encoding="utf-8")
    (tmp_path / "facts.yaml").write_text("facts:\n  - id: x\n    value: yes please\n", encoding="utf-8")
    run = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert run.exit_code == 2 and "facts.yaml:2" in run.output and "source" in run.output


def test_nested_check_errors_carry_their_line(tmp_path):
    f = tmp_path / "c.yaml"
    f.write_text(
        "id: c\nversion: 1\ntitle: {sv: c, en: c}\nprovenance: {source: x}\ncontrols:\n"
        "  - id: C-1\n    title: {sv: c, en: c}\n    provenance: {source: x}\n"
        "    recommendation: {sv: r, en: r}\n    checks:\n"
        "      - kind: any_of\n        checks:\n          - kind: adopted\n          - kind: fact\n"
        "            statement: x\n            questoin: {sv: a, en: b}\n", encoding="utf-8")
    with pytest.raises(ChecklistError) as exc:
        load_checklist(f)
    assert exc.value.line == 16 and "questoin" in str(exc.value)

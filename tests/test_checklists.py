import pytest

from govcheck.checklists import builtin_ids, default_ids, load_checklist
from govcheck.errors import ChecklistError, UsageError

VALID = """\
id: egen-granskning
version: 1
title: {sv: "Styrning av IT", en: "IT governance"}
provenance:
  source: 002_b5b17ebf99716bb4.txt
  criteria: ["Kommunallag (2017:725) 6 kap 6 §"]
controls:
  - id: EG-1
    title: {sv: "Aktuell", en: "Current"}
    provenance: {source: 002_b5b17ebf99716bb4.txt, question: "Är dokumenten aktuella?"}
    recommendation: {sv: "Revidera.", en: "Revise."}
    checks:
      - kind: current
        max_age_years: 3
      - kind: adoption_level
        minimum: {policy: KF}
"""


def write(tmp_path, text):
    f = tmp_path / "checklist.yaml"
    f.write_text(text, encoding="utf-8")
    return f


def test_builtin_styrdokument_has_stable_control_ids():
    cl = load_checklist("styrdokument")
    assert [c.id for c in cl.controls] == ["SD-1", "SD-2", "SD-3", "SD-4", "SD-5"]
    assert "styrdokument" in builtin_ids() and "styrdokument" in default_ids()
    for control in cl.controls:
        assert control.provenance.source and control.recommendation.sv and control.recommendation.en


def test_age_limit_and_levels_are_checklist_parameters():
    sd = {c.id: c for c in load_checklist("styrdokument").controls}
    assert sd["SD-3"].checks[0].max_age_years == 4
    assert sd["SD-2"].checks[0].minimum["policy"] == "KS"


def test_user_checklist_loads_with_typed_specs(tmp_path):
    cl = load_checklist(write(tmp_path, VALID))
    assert cl.id == "egen-granskning"
    current, level = cl.controls[0].checks
    assert current.max_age_years == 3 and level.minimum == {"policy": "KF"}


@pytest.mark.parametrize(
    "old, new, line, words",
    [
        ("      - kind: current\n", "      - kind: curent\n", 13, "curent"),
        ("        max_age_years: 3\n", "        max_age_yrs: 3\n", 14, "max_age_yrs"),
        ("        max_age_years: 3\n", "        max_age_years: three\n", 14, "three"),
        ("        minimum: {policy: KF}\n", "        minimum: {policy: kommunen}\n", 16, "kommunen"),
        ("    recommendation: {sv: \"Revidera.\", en: \"Revise.\"}\n", "", 8, "recommendation"),
        ("id: egen-granskning\n", "id: Egen Granskning\n", 1, "Egen Granskning"),
        ("  - id: EG-1\n", "  - id: eg1\n", 8, "eg1"),
        ("version: 1\n", "version: 1\nextra: yes\n", 3, "extra"),
    ],
)
def test_errors_name_file_line_and_reason(tmp_path, old, new, line, words):
    assert old in VALID
    f = write(tmp_path, VALID.replace(old, new))
    with pytest.raises(ChecklistError) as exc:
        load_checklist(f)
    err = exc.value
    assert err.file == str(f)
    assert err.line == line, str(err)
    assert words in str(err), str(err)


def test_duplicate_control_id(tmp_path):
    control = VALID[VALID.index("  - id: EG-1"):]
    f = write(tmp_path, VALID + control)
    with pytest.raises(ChecklistError) as exc:
        load_checklist(f)
    assert "duplicate control id" in exc.value.reason and exc.value.line == 17


def test_yaml_syntax_error(tmp_path):
    f = write(tmp_path, VALID.replace("title: {sv: \"Aktuell\", en: \"Current\"}", "title: {sv: \"Aktuell\""))
    with pytest.raises(ChecklistError) as exc:
        load_checklist(f)
    assert exc.value.line is not None


def test_not_a_mapping(tmp_path):
    with pytest.raises(ChecklistError):
        load_checklist(write(tmp_path, "- just\n- a list\n"))


def test_unknown_reference_is_a_usage_error():
    with pytest.raises(UsageError):
        load_checklist("no-such-checklist")


def test_json_checklist(tmp_path):
    import json
    import yaml

    f = tmp_path / "c.json"
    f.write_text(json.dumps(yaml.safe_load(VALID)), encoding="utf-8")
    assert load_checklist(f).controls[0].id == "EG-1"

"""The built-in styrdokument checklist on real, generated .docx workspaces: each control both ways."""

import datetime as dt

import pytest

import govcheck
from docxgen import make_docx

ORG_YAML = """\
municipality: Västby kommun
organisation:
  - {id: kf, name: Kommunfullmäktige, kind: fullmaktige, political: true}
  - {id: ks, name: Kommunstyrelsen, kind: styrelse, political: true}
  - id: digit
    name: Digitaliseringsavdelningen
    kind: avdelning
    former_names: [{name: IT-avdelningen, until: 2020-01-01}]
  - {id: itc, name: IT-chef, kind: befattning}
"""

GOOD_META = [
    ("table", [["Beslutad av", "Kommunfullmäktige"], ["Beslutsdatum", "2022-09-12"], ["Paragraf", "§ 54"],
               ["Diarienummer", "KS 2022/118"], ["Dokumentansvarig", "IT-chef"]]),
    ("p", "Policyn gäller för samtliga nämnder och förvaltningar i Västby kommun."),
]


def workspace(tmp_path, docs: dict[str, list]):
    (tmp_path / "govcheck.yaml").write_text(ORG_YAML, encoding="utf-8")
    (tmp_path / "documents").mkdir(exist_ok=True)
    for name, content in docs.items():
        make_docx(tmp_path / "documents" / name, content)
    return tmp_path


def verdicts(path, as_of="2023-11-27"):
    corpus = govcheck.load_corpus([path], as_of=dt.date.fromisoformat(as_of))
    report = govcheck.evaluate(corpus, [govcheck.load_checklist("styrdokument")])
    return {c.id: c for c in report.checklists[0].controls}


def policy(*extra, title="IT-policy för Västby kommun", meta=GOOD_META):
    return [("title", title), *meta, ("h1", "1 Syfte"), ("p", "Policyn anger inriktningen för IT."),
            ("h1", "2 Ansvar"), ("p", "Kommunstyrelsen ansvarar för IT-driften genom Digitaliseringsavdelningen."),
            *extra]


def test_good_policy_fulfils_every_control(tmp_path):
    result = verdicts(workspace(tmp_path, {"it-policy.docx": policy()}))
    assert {k: v.verdict for k, v in result.items()} == {
        "SD-1": "fulfilled", "SD-2": "fulfilled", "SD-3": "fulfilled", "SD-4": "fulfilled", "SD-5": "fulfilled",
    }


@pytest.mark.parametrize("marker", ["Utkast", "Förslag till IT-policy", "Arbetsmaterial 2023-05-01", "Remissversion"])
def test_sd1_draft_is_not_adopted(tmp_path, marker):
    result = verdicts(workspace(tmp_path, {"it-policy.docx": [("p", marker), *policy()]}))
    sd1 = result["SD-1"]
    assert sd1.verdict == "not_fulfilled"
    assert sd1.checks[0].evidence[0].quote and marker.split()[0] in sd1.checks[0].evidence[0].quote


def test_sd1_no_decision_at_all(tmp_path):
    meta = [("p", "Dokumentansvarig: IT-chef"), ("p", "Gäller för: samtliga nämnder")]
    result = verdicts(workspace(tmp_path, {"it-policy.docx": policy(meta=meta)}))
    assert result["SD-1"].verdict == "not_fulfilled" and result["SD-3"].verdict == "not_assessable"


@pytest.mark.parametrize("line, verdict", [
    ("Beslutad av kommundirektören 2022-03-01", "not_fulfilled"),
    ("Fastställd av kommunstyrelsen den 9 maj 2022", "fulfilled"),
    ("KF § 54/2022", "fulfilled"),
])
def test_sd2_level_for_a_strategy(tmp_path, line, verdict):
    content = [("title", "Digitaliseringsstrategi"), ("p", line), ("p", "Dokumentansvarig: IT-chef"),
               ("p", "Gäller för: samtliga nämnder"), ("h1", "Mål"), ("p", "Text.")]
    result = verdicts(workspace(tmp_path, {"strategi.docx": content}))
    assert result["SD-2"].verdict == verdict, result["SD-2"].checks[0].message.en


@pytest.mark.parametrize("extra_meta, verdict", [
    ([], "fulfilled"),
    ([("p", "Revideras senast 2023-06-30")], "not_fulfilled"),
    ([("p", "Gäller till och med 2022-12-31")], "not_fulfilled"),
    ([("p", "Ska ses över varje mandatperiod")], "fulfilled"),
])
def test_sd3_review_and_validity(tmp_path, extra_meta, verdict):
    result = verdicts(workspace(tmp_path, {"it-policy.docx": policy(meta=GOOD_META + extra_meta)}))
    assert result["SD-3"].verdict == verdict


def test_sd3_old_policy_revised_recently_is_current(tmp_path):
    meta = [("p", "Antagen av kommunfullmäktige 2008-09-12, § 187"), ("p", "Reviderad 2021-03-01"),
            ("p", "Dokumentansvarig: IT-chef"), ("p", "Gäller för: samtliga nämnder")]
    assert verdicts(workspace(tmp_path, {"p.docx": policy(meta=meta)}))["SD-3"].verdict == "fulfilled"
    meta = meta[:1] + meta[2:]
    result = verdicts(workspace(tmp_path, {"p.docx": policy(meta=meta)}))
    sd3 = result["SD-3"]
    assert sd3.verdict == "not_fulfilled"
    assert "2008-09-12" in sd3.checks[0].evidence[0].quote


def test_sd4_former_unit_with_quote_and_location(tmp_path):
    extra = [("h2", "2.1 Drift"), ("p", "IT-avdelningen ansvarar för driften av gemensamma system.")]
    result = verdicts(workspace(tmp_path, {"it-policy.docx": policy(*extra)}))
    sd4 = result["SD-4"]
    assert sd4.verdict == "not_fulfilled"
    (check,) = [c for c in sd4.checks if c.kind == "existing_units"]
    ev = check.evidence[0]
    assert ev.document == "documents/it-policy.docx"
    assert ev.location.section == ["2 Ansvar", "2.1 Drift"] and ev.location.paragraph == 1
    assert "IT-avdelningen" in ev.quote
    assert "Digitaliseringsavdelningen" in check.message.sv


def test_sd4_former_name_not_yet_changed_on_an_earlier_date(tmp_path):
    extra = [("p", "IT-avdelningen ansvarar för driften.")]
    path = workspace(tmp_path, {"it-policy.docx": policy(*extra)})
    assert verdicts(path, as_of="2023-01-01")["SD-4"].verdict == "not_fulfilled"
    assert verdicts(path, as_of="2019-06-01")["SD-4"].verdict == "fulfilled"


def test_sd5_owner_and_scope(tmp_path):
    meta = [("p", "Antagen av kommunfullmäktige 2022-09-12, § 54")]
    result = verdicts(workspace(tmp_path, {"it-policy.docx": policy(meta=meta)}))
    assert result["SD-5"].verdict == "not_fulfilled"
    meta.append(("p", "Dokumentansvarig: IT-chef"))
    result = verdicts(workspace(tmp_path, {"it-policy.docx": policy(meta=meta)}))
    assert result["SD-5"].verdict == "partially_fulfilled"


def test_unreadable_file_is_reported_and_the_rest_checked(tmp_path):
    path = workspace(tmp_path, {"it-policy.docx": policy()})
    fake = path / "documents" / "broken.docx"
    fake.write_text("Det här är ingen Word-fil utan vanlig text.", encoding="utf-8")
    before = fake.read_bytes()
    corpus = govcheck.load_corpus([path], as_of=dt.date(2023, 11, 27))
    report = govcheck.evaluate(corpus, [govcheck.load_checklist("styrdokument")])
    assert [u.path for u in report.unreadable] == ["documents/broken.docx"]
    assert report.unreadable[0].reason == "corrupt-zip" and report.unreadable[0].detail
    statuses = {i.path: i.status for i in report.inputs}
    assert statuses == {"documents/broken.docx": "unreadable", "documents/it-policy.docx": "read"}
    assert report.checklists[0].controls[0].checks[0].document == "documents/it-policy.docx"
    assert fake.read_bytes() == before

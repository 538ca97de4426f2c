"""register.csv: encodings, delimiters, Swedish and English headers, matching, bad rows, and
documents known only from the register (SPEC §2)."""

import datetime as dt
import hashlib

import pytest
from click.testing import CliRunner

import govcheck
from govcheck.checklists import load_checklist
from govcheck.cli import main
from govcheck.errors import RegisterError
from govcheck.model import Location
from govcheck.sources import load_register

AS_OF = dt.date(2023, 11, 27)
POLICY = "# IT-policy för Västby kommun\n\nDokumentansvarig: IT-chef\n\n## Syfte\n\nText.\n"


def workspace(tmp_path, register: bytes | str | None, documents: dict[str, str] | None = None, encoding="utf-8"):
    (tmp_path / "govcheck.yaml").write_text("municipality: Västby kommun\n", encoding="utf-8")
    (tmp_path / "documents").mkdir()
    for name, text in (documents if documents is not None else {"it-policy.md": POLICY}).items():
        (tmp_path / "documents" / name).write_text(text, encoding="utf-8")
    if register is not None:
        data = register.encode(encoding) if isinstance(register, str) else register
        (tmp_path / "register.csv").write_bytes(data)
    return tmp_path


def by_path(corpus):
    return {d.path: d for d in corpus.documents}


SWEDISH = (
    "Dokumentnamn;Dokumenttyp;Beslutad av;Beslutsdatum;§;Dnr;Dokumentansvarig;Gäller till;Revideras senast\r\n"
    "IT-POLICY för  Västby kommun;Policy;Kommunfullmäktige;12 september 2008;187;KS 2008/0412;"
    "Kanslichef;2025-12-31;2024\r\n"
)
ENGLISH = (
    "File,Title,Type,Adopted_by,Date,Paragraph,Reference,Owner,Status\n"
    "it-policy.md,Policy on IT,policy,Kommunstyrelsen,2019-05-13,§ 45,KS 2019/12,Digitaliseringschef,adopted\n"
)


@pytest.mark.parametrize("text, encoding", [
    (SWEDISH, "cp1252"), (SWEDISH, "utf-8-sig"), (SWEDISH.replace(";", "\t"), "utf-16"),
], ids=["cp1252-semicolon", "utf8-bom", "utf16-tab"])
def test_swedish_headers_match_by_title(tmp_path, text, encoding):
    corpus = govcheck.load_corpus([workspace(tmp_path, text, encoding=encoding)], as_of=AS_OF)
    doc = by_path(corpus)["documents/it-policy.md"]
    [adoption] = doc.adoptions
    assert (adoption.body, adoption.level, adoption.date, adoption.paragraph, adoption.reference) == (
        "Kommunfullmäktige", "KF", dt.date(2008, 9, 12), "§ 187", "KS 2008/0412")
    assert adoption.provenance.source == "register"
    assert adoption.provenance.location == Location(part="register", row=2, field="Beslutsdatum")
    assert "Kommunfullmäktige" in adoption.provenance.quote and "12 september 2008" in adoption.provenance.quote
    assert (doc.title.value, doc.title.source) == ("IT-policy för Västby kommun", "extracted")  # matched by it
    assert (doc.owner.value, doc.owner.source, doc.owner.quote) == ("Kanslichef", "register", "Kanslichef")
    assert doc.owner.location == Location(part="register", row=2, field="Dokumentansvarig")
    assert (doc.doc_type.value, doc.status.value, doc.status.source) == ("policy", "adopted", "register")
    assert doc.valid_until.value == dt.date(2025, 12, 31)
    assert doc.review_by.value == dt.date(2024, 12, 31)  # a year alone: its last day
    assert [i.status for i in corpus.inputs] == ["read"]  # the row described a document
    assert corpus.inputs[0].metadata_sources == ["extracted", "register"]


def test_english_headers_match_by_file_name(tmp_path):
    corpus = govcheck.load_corpus([workspace(tmp_path, "\ufeff" + ENGLISH)], as_of=AS_OF)
    doc = by_path(corpus)["documents/it-policy.md"]
    assert (doc.title.value, doc.title.source) == ("Policy on IT", "register")
    assert (doc.adoptions[0].level, doc.adoptions[0].paragraph) == ("KS", "§ 45")
    assert (doc.owner.value, doc.status.value) == ("Digitaliseringschef", "adopted")
    assert len(corpus.documents) == 1


@pytest.mark.parametrize("header", ["filnamn", " FIL ", "File Name", "file_name"])
def test_headers_are_case_and_space_insensitive(tmp_path, header):
    register = f"{header};Antagen av;Antagen\nit-policy.md;KS;2020-01-01\n"
    doc = by_path(govcheck.load_corpus([workspace(tmp_path, register)]))["documents/it-policy.md"]
    assert (doc.adoptions[0].level, doc.adoptions[0].date) == ("KS", dt.date(2020, 1, 1))


def test_register_in_a_plain_folder_and_never_a_document(tmp_path):
    (tmp_path / "it-policy.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "register.csv").write_text("Fil;Beslutsinstans;Datum\nit-policy.md;KF;2022-02-02\n", encoding="utf-8")
    corpus = govcheck.load_corpus([tmp_path])
    assert [i.status for i in corpus.inputs] == ["read"]
    assert corpus.documents[0].adoptions[0].level == "KF"


@pytest.mark.parametrize("row, column, words", [
    ("it-policy.md;Policy;den tolfte;Antagen", 3, "not a date"),
    ("it-policy.md;Pamflett;2020-01-01;Antagen", 2, "unknown document type"),
    ("it-policy.md;Policy;2020-01-01;vet ej", 4, "unknown status"),
    ("it-policy.md;Policy;2019-02-30;Antagen", 3, "not a date"),
], ids=["date", "type", "status", "impossible-date"])
def test_bad_row_is_rejected_with_file_line_and_reason(tmp_path, row, column, words):
    register = "Filnamn;Typ;Beslutsdatum;Status\nannat.md;Riktlinje;2021-01-01;Antagen\n" + row + "\n"
    with pytest.raises(RegisterError) as exc:
        load_register(workspace(tmp_path, register) / "register.csv")
    assert (exc.value.line, exc.value.column) == (3, column), str(exc.value)
    assert exc.value.file.endswith("register.csv") and words in exc.value.reason


@pytest.mark.parametrize("register, line, words", [
    ("Kommentar;Version\nx;1\n", 1, "file or title column"),
    ("Titel;Antagen;Beslutsdatum\nx;2020-01-01;2020-01-01\n", 1, "both give date"),
    ("Titel;Beslutsdatum\n;2020-01-01\n", 2, "neither a file nor a title"),
    ("Titel;Paragraf\nIT-policy;paragraf saknas\n", 2, "paragraph"),
    ("Titel;Dnr\nIT-policy;KS 1;extra\n", 2, "more cells"),
])
def test_bad_register_shape_is_rejected(tmp_path, register, line, words):
    with pytest.raises(RegisterError) as exc:
        load_register(workspace(tmp_path, register) / "register.csv")
    assert exc.value.line == line and words in exc.value.reason, str(exc.value)


def test_bad_register_exits_2(tmp_path):
    ws = workspace(tmp_path, "Titel;Beslutsdatum\nIT-policy;i fjol\n")
    result = CliRunner().invoke(main, ["check", str(ws), "--as-of", "2023-11-27", "--lang", "en"])
    assert result.exit_code == 2 and "register.csv:2:2" in result.output and "not a date" in result.output
    result = CliRunner().invoke(main, ["check", str(ws), "--as-of", "2023-11-27"])
    assert result.exit_code == 2 and "register.csv:2:2: kolumnen 'Beslutsdatum': inte ett datum" in result.output


def test_two_rows_for_one_document_are_an_error(tmp_path):
    register = "Filnamn;Titel\nit-policy.md;A\n;IT-policy för Västby kommun\n"
    ws = workspace(tmp_path, register)
    with pytest.raises(RegisterError, match="lines 2 and 3") as exc:
        govcheck.load_corpus([ws])
    assert exc.value.line == 3


def test_quoted_cells_with_delimiters_and_line_breaks(tmp_path):
    register = ('Titel;Gäller för;Beslutsdatum\n'
                '"IT-policy; reviderad";"Alla\nförvaltningar";2020-01-01\nB-plan;;2021\n')
    reg = load_register(workspace(tmp_path, register) / "register.csv")
    assert [(r.line, r.title) for r in reg.rows] == [(2, "IT-policy; reviderad"), (4, "B-plan")]
    assert reg.rows[0].layer.metadata.scope == "Alla\nförvaltningar"


# ------------------------------------------------------------------------- metadata-only rows

REGISTER_ONLY = (
    "Dokumentnamn;Dokumenttyp;Beslutsinstans;Beslutsdatum;Paragraf;Diarienummer\n"
    "Informationssäkerhetspolicy;Policy;Kommunstyrelsen;2012-03-12;§ 45;KS 2012/12\n"
    "Digitaliseringsstrategi;;KF;;;\n"
    "Riktlinjer för e-post;;;;;\n"
)


def test_rows_matching_no_file_become_metadata_only_documents(tmp_path):
    ws = workspace(tmp_path, REGISTER_ONLY)
    corpus = govcheck.load_corpus([ws], as_of=AS_OF)
    docs = by_path(corpus)
    policy = docs["register.csv#2"]
    line = "Informationssäkerhetspolicy;Policy;Kommunstyrelsen;2012-03-12;§ 45;KS 2012/12"
    assert (policy.format, policy.sha256) == ("register", hashlib.sha256(line.encode()).hexdigest())
    assert (policy.title.value, policy.doc_type.value, policy.status.value) == (
        "Informationssäkerhetspolicy", "policy", "adopted")
    assert policy.adoptions[0].date == dt.date(2012, 3, 12) and policy.sections == []
    strategy = docs["register.csv#3"]
    assert (strategy.doc_type.value, strategy.doc_type.source) == ("strategi", "register")  # from the title
    assert strategy.status.value == "adopted" and strategy.adoptions[0].year is None
    assert docs["register.csv#4"].status.value == "unknown"  # no decision stated
    entries = {i.path: i for i in corpus.inputs}
    assert entries["register.csv#2"].status == "metadata-only" and entries["register.csv#2"].format == "register"
    assert entries["register.csv#2"].metadata_sources == ["register"]
    assert entries["documents/it-policy.md"].status == "read"


def test_row_naming_a_missing_file_keeps_its_name(tmp_path):
    ws = workspace(tmp_path, "Filnamn;Titel;Beslutsdatum\nit-policy.md;IT-policy;2021-01-01\nsaknad.docx;Plan;2020\n")
    docs = by_path(govcheck.load_corpus([ws]))
    assert sorted(docs) == ["documents/it-policy.md", "saknad.docx"]
    assert (docs["saknad.docx"].adoptions[0].year, docs["saknad.docx"].format) == (2020, "register")


def test_row_status_draft_is_kept(tmp_path):
    ws = workspace(tmp_path, "Titel;Status;Beslutsdatum\nIT-strategi;Utkast;\nIT-plan;Upphävd;2010-01-01\n")
    docs = by_path(govcheck.load_corpus([ws]))
    assert docs["register.csv#2"].status.value == "draft"
    assert docs["register.csv#3"].status.value == "repealed"


def test_old_policy_only_in_the_register_fails_sd3_citing_the_row(tmp_path):
    corpus = govcheck.load_corpus([workspace(tmp_path, REGISTER_ONLY)], as_of=AS_OF)
    report = govcheck.evaluate(corpus, [load_checklist("styrdokument")])
    sd3 = next(c for c in report.checklists[0].controls if c.id == "SD-3")
    [check] = [c for c in sd3.checks if c.document == "register.csv#2"]
    assert check.verdict == "not_fulfilled" and "2012-03-12" in check.message.sv
    [evidence] = check.evidence
    assert evidence.document == "register.csv#2"
    assert evidence.location == Location(part="register", row=2, field="Beslutsdatum")
    assert evidence.quote.startswith("Informationssäkerhetspolicy;Policy;Kommunstyrelsen;2012-03-12")
    sd1 = next(c for c in report.checklists[0].controls if c.id == "SD-1")
    assert [c.verdict for c in sd1.checks if c.document == "register.csv#2"] == ["fulfilled"]


@pytest.mark.parametrize("cell, doc_type", [
    ("Policy", "policy"), ("Riktlinjer", "riktlinje"), ("delegationsordning", "delegationsordning"),
    ("Övrigt", "other"), ("other", "other"),
])
def test_type_column_reads_swedish_and_model_words(tmp_path, cell, doc_type):
    reg = load_register(workspace(tmp_path, f"Titel;Typ\nX;{cell}\n") / "register.csv")
    assert reg.rows[0].layer.metadata.doc_type == doc_type


def test_empty_register_lists_nothing(tmp_path):
    assert load_register(workspace(tmp_path, "\r\n") / "register.csv").rows == []

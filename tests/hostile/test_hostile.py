"""Hostile and broken inputs, end to end through ``govcheck check`` (issue 8).

Every input is generated here, at test time, and cheaply (bombs are built from repeated
compressed blocks or patched headers). Each case runs a real ``govcheck check WORKSPACE
--format json`` process, capped in time and memory (harness.run_check), next to a good
document, and asserts properties, not only "no exception":

- exit 0 or 1, with the bad document under ``unreadable`` with a specific reason code (or exit 2
  with ``file:line: reason`` for a bad checklist or configuration file);
- the good document is read and checked exactly as in a run without the bad file;
- no byte of /etc/hostname, /etc/passwd or a planted secret reaches stdout or stderr;
- no traceback; every input file byte-identical afterwards.

The per-reader unit tests in tests/readers/ cover the same attacks at the library level.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest

from docxgen import document_xml, make_docx, make_docx_xml
from harness import (
    GOOD_NAME, HOSTNAME, SECRET, assert_common, assert_good_unchanged, assert_input_error,
    assert_read_beside, assert_unreadable, cannot_drop_dac, good_evidence, make_workspace, run_check,
)
from odtgen import content_xml, make_odt_xml
from pdfgen import make_flate_bomb, make_pdf, make_raw_pdf, make_scanned_pdf

W_P = "<w:p><w:r><w:t>{}</w:t></w:r></w:p>"
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def laughs(root: str) -> str:
    entities = "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    return f'<!DOCTYPE {root} [<!ENTITY lol "lol">{entities}]>'


def xxe(root: str, secret_file: Path) -> str:
    return (f'<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "file:///etc/hostname">'
            f'<!ENTITY sec SYSTEM "{secret_file.as_uri()}"><!ENTITY pw SYSTEM "file:///etc/passwd">]>')


def akn_xml(body: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}<akomaNtoso xmlns="{AKN_NS}"><act name="policy">'
            f"<meta/><body>{body}</body></act></akomaNtoso>").encode()


def html_doc(body: str, prolog: str = "<!DOCTYPE html>") -> bytes:
    return f"{prolog}<html><head><title>Anteckning</title></head><body>{body}</body></html>".encode()


@pytest.fixture(scope="module")
def outside(tmp_path_factory) -> Path:
    """A folder outside every workspace holding a secret that hostile files try to reach."""
    folder = tmp_path_factory.mktemp("outside")
    (folder / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """The good document alone: the findings every hostile run must reproduce."""
    ws = make_workspace(tmp_path_factory.mktemp("baseline") / "ws")
    run = run_check(ws)
    assert_common(run)
    assert run.returncode in (0, 1), run.stderr
    assert run.report["unreadable"] == []
    assert run.inputs()[f"documents/{GOOD_NAME}"]["status"] == "read"
    return run


@pytest.fixture
def ws(tmp_path) -> Path:
    return make_workspace(tmp_path / "ws")


def hostile(ws: Path, name: str, data: bytes) -> str:
    (ws / "documents" / name).write_bytes(data)
    return f"documents/{name}"


# --- entity expansion and external entities ---------------------------------------------

def _laughs_docx(path: Path, outside: Path) -> None:
    make_docx_xml(path, document=document_xml(W_P.format("Före &lol9; efter"), prolog=laughs("w:document")))


def _xxe_docx(path: Path, outside: Path) -> None:
    body = W_P.format("START&xxe;&sec;&pw;SLUT")
    make_docx_xml(path, document=document_xml(body, prolog=xxe("w:document", outside / "secret.txt")))


def _laughs_odt(path: Path, outside: Path) -> None:
    make_odt_xml(path, content=content_xml("<text:p>Före &lol9; efter</text:p>", prolog=laughs("office:document-content")))


def _xxe_odt(path: Path, outside: Path) -> None:
    prolog = xxe("office:document-content", outside / "secret.txt")
    make_odt_xml(path, content=content_xml("<text:p>START&xxe;&sec;&pw;SLUT</text:p>", prolog=prolog))


def _laughs_akn(path: Path, outside: Path) -> None:
    path.write_bytes(akn_xml("<section><content><p>Före &lol9; efter</p></content></section>", laughs("akomaNtoso")))


def _xxe_akn(path: Path, outside: Path) -> None:
    body = "<section><content><p>START&xxe;&sec;&pw;SLUT</p></content></section>"
    path.write_bytes(akn_xml(body, xxe("akomaNtoso", outside / "secret.txt")))


def _laughs_html(path: Path, outside: Path) -> None:
    path.write_bytes(html_doc("<p>Före &lol9; efter</p>", laughs("html")))


def _xxe_html(path: Path, outside: Path) -> None:
    path.write_bytes(html_doc("<p>START&xxe;&sec;&pw;SLUT</p>", xxe("html", outside / "secret.txt")))


ENTITY_CASES = {
    "laughs.docx": _laughs_docx, "xxe.docx": _xxe_docx,
    "laughs.odt": _laughs_odt, "xxe.odt": _xxe_odt,
    "laughs.xml": _laughs_akn, "xxe.xml": _xxe_akn,
    "laughs.html": _laughs_html, "xxe.html": _xxe_html,
}


@pytest.mark.parametrize("name", ENTITY_CASES)
def test_entities_are_neither_expanded_nor_resolved(ws, outside, baseline, name):
    ENTITY_CASES[name](ws / "documents" / name, outside)
    run = run_check(ws, extra_watch=(outside,))
    path = f"documents/{name}"
    entry = run.inputs()[path]
    if entry["status"] == "unreadable":
        assert_unreadable(run, baseline, path, "xml-error")
    else:  # read with the entities left out: nothing expanded, nothing fetched
        assert_read_beside(run, baseline, path)
        assert "lollol" not in run.stdout
        if HOSTNAME:
            assert "START" + HOSTNAME not in run.stdout


def test_entities_leave_no_trace_in_the_extracted_text(tmp_path, outside):
    """The library view of the same files: when a reader accepts one, its text holds neither
    the secret nor an expansion."""
    import govcheck
    from govcheck.errors import ReadError

    for name, build in ENTITY_CASES.items():
        path = tmp_path / name
        build(path, outside)
        try:
            doc = govcheck.parse_document(path)
        except ReadError as err:
            assert err.reason == "xml-error", (name, err)
            continue
        dumped = doc.model_dump_json()
        assert SECRET not in dumped and "lollol" not in dumped and "root:" not in dumped, name
        if HOSTNAME:
            assert "START" + HOSTNAME not in dumped, name


# --- zip containers ------------------------------------------------------------------------

def _patch_declared_size(data: bytes, member: str, size: int) -> bytes:
    """Overwrite the uncompressed size the central directory declares for ``member``."""
    out = bytearray(data)
    pos = out.find(b"PK\x01\x02")
    while pos >= 0:
        name_len = struct.unpack_from("<H", out, pos + 28)[0]
        if bytes(out[pos + 46:pos + 46 + name_len]) == member.encode():
            struct.pack_into("<I", out, pos + 24, size)
            return bytes(out)
        pos = out.find(b"PK\x01\x02", pos + 4)
    raise AssertionError(member)


def test_zip_bomb_declared_size(ws, baseline, tmp_path):
    good = make_docx_xml(tmp_path / "g.docx", W_P.format("Text.")).read_bytes()
    path = hostile(ws, "declared.docx", _patch_declared_size(good, "word/document.xml", 4_000_000_000))
    entry = assert_unreadable(run_check(ws), baseline, path, "unsafe-archive")
    assert "declare" in entry["detail"]


def test_zip_bomb_extreme_ratio(ws, baseline):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", document_xml(W_P.format("x")) + b" " * (30 * 1024 * 1024))
    assert len(buffer.getvalue()) < 100_000  # ratio above 300:1
    path = hostile(ws, "ratio.docx", buffer.getvalue())
    entry = assert_unreadable(run_check(ws), baseline, path, "unsafe-archive")
    assert "ratio" in entry["detail"] or "word/document.xml" in entry["detail"]


def test_zip_with_tens_of_thousands_of_members(ws, baseline, tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("word/document.xml", document_xml(W_P.format("Text.")))
        for i in range(30_000):
            zf.writestr(f"m/{i}", b"")
    path = hostile(ws, "members.docx", buffer.getvalue())
    entry = assert_unreadable(run_check(ws), baseline, path, "unsafe-archive")
    assert "member" in entry["detail"] or "directory" in entry["detail"]


def test_truncated_zip(ws, baseline, tmp_path):
    data = make_docx(tmp_path / "t.docx", [("title", "IT-policy"), ("p", "Text. " * 500)]).read_bytes()
    path = hostile(ws, "truncated.docx", data[: len(data) // 2])
    assert_unreadable(run_check(ws), baseline, path, "corrupt-zip")


@pytest.mark.parametrize("kind", ["text", "png", "broken-pdf"])
def test_docx_that_is_something_else(ws, baseline, kind):
    data = {
        "text": "Det här är bara text, inget Word-dokument.\n".encode(),
        "png": b"\x89PNG\r\n\x1a\n" + b"\0\0\0\rIHDR" + os.urandom(2000),
        "broken-pdf": b"%PDF-1.7\n" + os.urandom(3000),
    }[kind]
    path = hostile(ws, f"{kind}.docx", data)
    reason = "corrupt-pdf" if kind == "broken-pdf" else "corrupt-zip"
    entry = assert_unreadable(run_check(ws), baseline, path, reason)
    if kind != "broken-pdf":
        assert "not a zip" in entry["detail"]


def test_docx_that_is_really_a_pdf_is_read_as_pdf(ws, baseline, tmp_path):
    data = make_pdf(tmp_path / "r.pdf", [("p", "Minnesanteckning från mötet den 3 maj om kaffe och fika.")]).read_bytes()
    path = hostile(ws, "renamed.docx", data)
    entry = assert_read_beside(run_check(ws), baseline, path, "pdf")
    assert entry["format_note"]  # the report says the name does not fit the content


# --- text and size --------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["empty.docx", "empty.txt", "empty.pdf", "empty.md"])
def test_empty_file(ws, baseline, name):
    path = hostile(ws, name, b"")
    assert_unreadable(run_check(ws), baseline, path, "empty")


@pytest.mark.parametrize("kind", ["cp1252", "mixed", "utf16-no-bom", "binary"])
def test_odd_encodings(ws, baseline, kind):
    text = "Kaffe, kakor och äppelmos på mötet i Västby; smörgåsar åt alla.\n"
    data = {
        "cp1252": text.encode("cp1252"),
        "mixed": text.encode("utf-8") + text.encode("cp1252") + b"\xff\xfe\x00\x81\n",
        "utf16-no-bom": text.encode("utf-16-le"),
        "binary": os.urandom(5000),
    }[kind]
    path = hostile(ws, f"{kind}.txt", data)
    run = run_check(ws)
    entry = run.inputs()[path]
    if entry["status"] == "unreadable":
        assert_unreadable(run, baseline, path, {"encoding", "unsupported-format"})
    else:
        assert_read_beside(run, baseline, path, "txt")
        if kind == "cp1252":  # decoded, not mangled
            assert "äppelmos" in (ws / "documents" / f"{kind}.txt").read_bytes().decode("cp1252")


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_ten_megabyte_paragraph(ws, baseline, tmp_path, suffix):
    words = "ord " * (10 * 1024 * 1024 // 4)
    if suffix == ".txt":
        data = words.encode()
    else:
        data = make_docx_xml(tmp_path / "big.docx", W_P.format(words)).read_bytes()
    path = hostile(ws, f"big{suffix}", data)
    run = run_check(ws)
    if run.inputs()[path]["status"] == "read":
        assert_read_beside(run, baseline, path)
    else:  # a .docx of one repeated word compresses beyond the ratio limit
        assert_unreadable(run, baseline, path, {"too-much-content", "unsafe-archive"})
    assert run.seconds < 50  # linear, about 0.5 MB/s of text through extraction (not a hang)


DEPTH = 100_000


def _deep(kind: str, tmp_path: Path) -> bytes:
    if kind == "docx":
        nested = "<w:customXml>" * DEPTH + W_P.format("Djupt") + "</w:customXml>" * DEPTH
        return make_docx_xml(tmp_path / "d.docx", nested, compression=zipfile.ZIP_STORED).read_bytes()
    if kind == "odt":
        nested = "<text:section>" * DEPTH + "<text:p>Djupt</text:p>" + "</text:section>" * DEPTH
        return make_odt_xml(tmp_path / "d.odt", content=content_xml(nested), compression=zipfile.ZIP_STORED).read_bytes()
    if kind == "xml":
        return akn_xml("<section>" * DEPTH + "<content><p>Djupt</p></content>" + "</section>" * DEPTH)
    return html_doc("<div>" * DEPTH + "<p>Djupt</p>" + "</div>" * DEPTH)


@pytest.mark.parametrize("kind", ["docx", "odt", "xml", "html"])
def test_xml_nested_100000_deep(ws, baseline, tmp_path, kind):
    path = hostile(ws, f"deep.{kind}", _deep(kind, tmp_path))
    run = run_check(ws)
    entry = run.inputs()[path]
    if entry["status"] == "unreadable":
        assert_unreadable(run, baseline, path, {"xml-too-deep", "too-much-content"})
    else:  # an HTML parser may flatten the nesting; then it must still read in bounded time
        assert kind == "html"
        assert_read_beside(run, baseline, path)


# --- PDF -----------------------------------------------------------------------------------

def test_malformed_pdf(ws, baseline, tmp_path):
    data = make_pdf(tmp_path / "m.pdf", [("p", "Text. " * 200)]).read_bytes()
    path = hostile(ws, "malformed.pdf", data[: len(data) // 2] + b"\nstartxref\n999999999\n%%EOF\n")
    assert_unreadable(run_check(ws), baseline, path, "corrupt-pdf")


def test_pdf_with_huge_page_count(ws, baseline, tmp_path):
    raw = make_raw_pdf(tmp_path / "c.pdf", [b"BT /F1 12 Tf 72 720 Td (Anteckning om fika) Tj ET"]).read_bytes()
    data = raw.replace(b"/Count 1", b"/Count 1000000000")
    assert data != raw
    path = hostile(ws, "count.pdf", data)
    run = run_check(ws)
    if run.inputs()[path]["status"] == "unreadable":
        assert_unreadable(run, baseline, path, {"corrupt-pdf", "too-much-content"})
    else:  # /Count lies; the real page tree has one page
        assert_read_beside(run, baseline, path, "pdf")
    assert run.seconds < 30


def test_pdf_flate_bomb(ws, baseline, tmp_path):
    data = make_flate_bomb(tmp_path / "b.pdf", megabytes=2500).read_bytes()
    assert len(data) < 4_000_000
    path = hostile(ws, "bomb.pdf", data)
    run = run_check(ws)
    assert_unreadable(run, baseline, path, {"pdf-crash", "timeout", "too-much-content"})


def test_pdf_without_text_layer(ws, baseline, tmp_path):
    path = hostile(ws, "scan.pdf", make_scanned_pdf(tmp_path / "s.pdf").read_bytes())
    assert_unreadable(run_check(ws), baseline, path, "no-text-layer")


# --- YAML inputs ----------------------------------------------------------------------------

ALIAS_BOMB = (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
)


def python_tag(marker: Path) -> str:
    return f'id: x\nexploit: !!python/object/apply:os.system ["touch {marker}"]\n'


def _yaml_target(ws: Path, kind: str, text: str) -> tuple[Path, tuple[str, ...]]:
    """Write ``text`` as the given YAML input; return it and the extra CLI arguments."""
    if kind == "checklist":
        path = ws / "min-checklista.yaml"
        path.write_text(text, encoding="utf-8")
        return path, ("--checklist", str(path))
    if kind == "sidecar":
        path = ws / "documents" / f"{GOOD_NAME}.meta.yaml"
    elif kind == "govcheck":
        path = ws / "govcheck.yaml"
    else:
        path = ws / f"{kind}.yaml"
    path.write_text(text, encoding="utf-8")
    return path, ()


YAML_KINDS = ["checklist", "sidecar", "facts", "waivers", "govcheck"]


@pytest.mark.parametrize("kind", YAML_KINDS)
def test_yaml_alias_bomb(ws, kind):
    path, args = _yaml_target(ws, kind, ALIAS_BOMB)
    run = run_check(ws, *args)
    match = assert_input_error(run, path.name)
    assert int(match["line"]) == 2  # the first alias
    assert "alias" in match["reason"].lower()
    assert run.seconds < 20


@pytest.mark.parametrize("kind", YAML_KINDS)
def test_yaml_python_tag_is_not_executed(ws, tmp_path, kind):
    marker = tmp_path / "pwned"
    path, args = _yaml_target(ws, kind, python_tag(marker))
    run = run_check(ws, *args)
    match = assert_input_error(run, path.name)
    assert int(match["line"]) == 2
    assert "tag" in match["reason"] or "python" in match["reason"]
    assert not marker.exists()


# --- paths that lead outside the workspace --------------------------------------------------

@pytest.mark.parametrize("target", ["../../etc/passwd", "/etc/passwd", "../../outside/secret.txt"])
def test_register_naming_a_path_outside(ws, baseline, outside, target):
    (ws / "register.csv").write_text(f"Fil;Dokumentnamn;Dokumenttyp\n{target};Lösenord;Riktlinje\n", encoding="utf-8")
    run = run_check(ws, extra_watch=(outside,))
    assert_common(run)
    assert run.returncode in (0, 1), run.stderr
    passwd = hashlib.sha256(Path("/etc/passwd").read_bytes()).hexdigest() if Path("/etc/passwd").exists() else None
    for entry in run.report["inputs"]:  # the row may stand as metadata only; nothing is opened
        if entry["path"] != f"documents/{GOOD_NAME}":
            assert entry["status"] == "metadata-only"
            assert entry["sha256"] != passwd
    assert run.report["unreadable"] == []
    assert run.inputs()[f"documents/{GOOD_NAME}"] == baseline.inputs()[f"documents/{GOOD_NAME}"]
    assert good_evidence(run.report) == good_evidence(baseline.report)


@pytest.mark.parametrize("target", ["/etc/hostname", "secret"])
def test_symlink_to_outside_the_workspace(ws, baseline, outside, target):
    real = Path("/etc/hostname") if target == "/etc/hostname" else outside / "secret.txt"
    if not real.exists():
        pytest.skip(f"{real} does not exist here")
    link = ws / "documents" / "stolen.txt"
    link.symlink_to(real)
    run = run_check(ws, extra_watch=(outside,))
    assert_unreadable(run, baseline, "documents/stolen.txt", "io-error")
    assert "symbolic link" in run.unreadable()["documents/stolen.txt"]["detail"]


@pytest.mark.parametrize("target", ["outside", "itself"])
def test_symlink_to_a_folder_is_reported_not_followed_nor_skipped(ws, baseline, outside, target):
    """os.walk does not descend into a linked folder; it must still be named in the report."""
    link = ws / "documents" / "arkiv"
    link.symlink_to(outside if target == "outside" else ws / "documents")
    run = run_check(ws, extra_watch=(outside,))
    assert_unreadable(run, baseline, "documents/arkiv", "io-error")
    assert "symbolic link" in run.unreadable()["documents/arkiv"]["detail"]


def test_symlink_target_is_not_hashed_into_the_report(ws, outside):
    import hashlib

    (ws / "documents" / "stolen.txt").symlink_to(outside / "secret.txt")
    run = run_check(ws)
    digest = hashlib.sha256((outside / "secret.txt").read_bytes()).hexdigest()
    assert run.inputs()["documents/stolen.txt"]["sha256"] != digest


def test_named_pipe_does_not_hang(ws, baseline):
    os.mkfifo(ws / "documents" / "pipe.txt")
    try:
        run = run_check(ws, timeout=8)
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"govcheck hung on a named pipe in documents/: {exc}")
    assert_unreadable(run, baseline, "documents/pipe.txt", "io-error")


def test_file_without_read_permission(ws, baseline):
    """As root (the CI), govcheck runs without CAP_DAC_OVERRIDE, so the owner bits of a root-owned
    mode-000 file deny it as they would deny an ordinary user."""
    path = ws / "documents" / "locked.txt"
    path.write_text("Hemlig anteckning.\n", encoding="utf-8")
    path.chmod(0)
    try:
        drop_dac = os.access(path, os.R_OK)  # root reads anything while it has the capability
        if drop_dac:
            assert path.stat().st_uid == os.geteuid() == 0
            why = cannot_drop_dac(path)
            if why:
                pytest.skip(f"running as root, where chmod 000 does not stop reading, and {why}")
        run = run_check(ws, drop_dac=drop_dac)
        entry = assert_unreadable(run, baseline, "documents/locked.txt", "io-error")
        assert "ermission" in entry["detail"]
    finally:
        path.chmod(0o644)

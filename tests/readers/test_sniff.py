"""Format detection goes by content; the extension only picks a text flavour."""

from __future__ import annotations

import io
import zipfile

import pytest

from docxgen import make_docx
from govcheck.readers import describe_content, numbered_heading_level, sniff_format


def zip_bytes(members: dict[str, str], first_stored: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, (name, text) in enumerate(members.items()):
            if first_stored and i == 0:
                zf.writestr(zipfile.ZipInfo(name), text)
            else:
                zf.writestr(name, text)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data, suffix, expected",
    [
        (b"", ".docx", "empty"),
        (zip_bytes({"word/document.xml": "<x/>"}), ".docx", "docx"),
        (zip_bytes({"word/document.xml": "<x/>"}), ".txt", "docx"),
        (zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}, True), ".odt", "odt"),
        (zip_bytes({"a.txt": "hej"}), ".docx", "zip"),
        (b"PK\x03\x04 truncated", ".docx", "zip"),
        (zip_bytes({}), ".docx", "zip"),
        (b"%PDF-1.4\n", ".docx", "pdf"),
        (b"%PDF-1.4\n", ".pdf", "pdf"),
        ("Åtgärder\n".encode(), ".txt", "txt"),
        (b"# Rubrik\n", ".MD", "md"),
        (b"# Rubrik\n", ".markdown", "md"),
        (b"Text\n", ".text", "txt"),
        (b"Text\n", ".docx", "unknown"),
        (b"<html></html>", ".html", "html"),
        (b"Text\n", "", "unknown"),
    ],
)
def test_sniff_format(data, suffix, expected):
    assert sniff_format(data, suffix) == expected


def test_sniff_real_docx(tmp_path):
    data = make_docx(tmp_path / "a.docx", [("p", "Hej")]).read_bytes()
    assert sniff_format(data, ".docx") == "docx"


@pytest.mark.parametrize(
    "data, phrase",
    [
        ("IT-policy för Västby kommun\n".encode(), "plain text"),
        ("Åtgärd i Windows-1252\n".encode("cp1252"), "plain text"),
        (b"<!DOCTYPE html><html>", "HTML"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0", "legacy Word .doc"),
        (b"{\\rtf1\\ansi", "RTF"),
        (bytes(range(256)) * 4, "binary data"),
    ],
)
def test_describe_content(data, phrase):
    assert phrase in describe_content(data)


@pytest.mark.parametrize(
    "text, level",
    [("3.1 Ansvar", 2), ("2. Syfte", 1), ("1 Inledning", 1), ("4.2.1 Årlig uppföljning", 3),
     ("1. Kommunstyrelsen ansvarar för att policyn följs.", None), ("2. Så här:", None),
     ("2024 Revidering", None), ("3 kap. 5 §", None), ("Syfte", None), ("3.1 Ansvar\t7", None),
     ("1. " + "Lång rad utan punkt " * 6, None)],
)
def test_numbered_heading_rule(text, level):
    assert numbered_heading_level(text) == level

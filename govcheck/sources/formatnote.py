"""Say when a file's content is not what its name suggests ("named .docx but the content is PDF").

Readers pick the format from the content (readers.sniff_format); the name is kept as the
author gave it, so the report says where the two disagree instead of hiding a renamed file.
"""

from __future__ import annotations

from pathlib import PurePath

# Suffix → the formats that content may have without remark.
EXPECTED = {
    ".docx": {"docx"}, ".docm": {"docx"}, ".odt": {"odt"}, ".pdf": {"pdf"}, ".html": {"html"},
    ".htm": {"html"}, ".xhtml": {"html"}, ".xml": {"akn", "xml"}, ".akn": {"akn"}, ".md": {"md"},
    ".markdown": {"md"}, ".txt": {"txt"}, ".text": {"txt"},
}
NAMES = {
    "docx": "a Word document (.docx)", "odt": "an OpenDocument text (.odt)", "pdf": "PDF", "html": "HTML",
    "akn": "Akoma Ntoso XML", "xml": "XML", "md": "Markdown", "txt": "plain text",
}


def format_note(path: str, fmt: str) -> str | None:
    """A note when the detected ``fmt`` is not a format the file's suffix promises; None otherwise."""
    suffix = PurePath(path).suffix.lower()
    if not suffix or fmt in EXPECTED.get(suffix, ()):
        return None
    return f"named {suffix} but the content is {NAMES.get(fmt, fmt)}"

r"""Visible escapes for the characters an output cannot hold or must not pass on.

XML 1.0 cannot hold C0 controls other than tab, LF and CR, lone surrogates, U+FFFE or U+FFFF,
not even as references: lxml refuses such a string (a crash) and ElementTree writes a file no
XML parser reads. A terminal runs ESC and the other controls as commands, so a name in
govcheck.yaml could recolour or rewrite the screen. The readers keep control characters out
of document text, but a report also holds names, checklist texts, register cells and sidecar
values, so each renderer escapes what it writes.

Each such character becomes its Python escape (``\x0b``, ``\x1b``, ``\udc80``, ``\ufffe``):
ASCII, visible, and naming the character the source held, which U+FFFD or leaving it out would
hide from whoever goes back to the file. Every other character passes unchanged, so a report
without them is byte for byte what it was.
"""

from __future__ import annotations

import re

__all__ = ["for_terminal", "for_xml"]

# The complement of XML 1.0's Char production (lxml refuses exactly these), spelled out: as the
# negated class "[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]" it took re 10 ms to
# compile, a fiftieth of starting govcheck.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# C0 controls but tab and LF, DEL, C1 controls, and lone surrogates (no encoding holds them).
NOT_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_xml(text: str) -> str:
    """``text`` with each character XML 1.0 cannot hold as its visible escape."""
    return NOT_XML.sub(_escape, text)


def for_terminal(text: str) -> str:
    """``text`` with each control character (tab and newline excepted) as its visible escape."""
    return NOT_TERMINAL.sub(_escape, text)

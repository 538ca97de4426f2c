r"""Visible escapes for the characters an output cannot hold or must not pass on.

XML 1.0 cannot hold C0 controls other than tab, LF and CR, lone surrogates, U+FFFE or U+FFFF,
not even as references: lxml refuses such a string (a crash) and ElementTree writes a file no
XML parser reads. A terminal runs ESC and the other controls as commands, so a name in
govcheck.yaml could recolour or rewrite the screen. The readers keep control characters out
of document text, but a report also holds names, checklist texts, register cells and sidecar
values, so each renderer escapes what it writes. Document text keeps its bidirectional
controls (a quote is evidence, as the document has it), which the terminal alone escapes.

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
# C0 controls but tab and LF, DEL, C1 controls, lone surrogates (no encoding holds them), and
# the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): a
# terminal that lays out right-to-left text would let one in a quote reverse the rest of its
# line, the verdict and place printed after it included (the "Trojan Source" characters that
# compilers and code hosts flag). The marks U+200E, U+200F and U+061C change no order and stay.
NOT_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_xml(text: str) -> str:
    """``text`` with each character XML 1.0 cannot hold as its visible escape."""
    return NOT_XML.sub(_escape, text)


def for_terminal(text: str) -> str:
    """``text`` with each control character (tab and newline excepted) and each bidirectional
    override, embedding or isolate as its visible escape."""
    return NOT_TERMINAL.sub(_escape, text)

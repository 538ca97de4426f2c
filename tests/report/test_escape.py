"""Visible escapes (report/escape.py): exactly the characters XML 1.0 cannot hold, and the
control characters a terminal would run, become ``\\x..``/``\\u....``; all else is kept."""

from __future__ import annotations

import pytest
from lxml import etree

from govcheck.report.escape import for_terminal, for_xml

KEPT = "Åtgärd\tför\nårets\r€ uppföljning – ✓ 😀 \ufffd \u2028 \x85 \x7f \u200e\u200f\u061c \u05d0\u0627"


def test_xml_escapes_exactly_what_lxml_refuses():
    element = etree.Element("p")
    for code in range(0x110000):
        char = chr(code)
        try:
            element.text = char
            refused = False
        except (ValueError, UnicodeEncodeError):
            refused = True
        assert (for_xml(char) != char) == refused, hex(code)


@pytest.mark.parametrize("text, shown", [
    ("Västby\x1b[31m", "Västby\\x1b[31m"),
    ("a\x0bb\x0cc\x00d\x01", "a\\x0bb\\x0cc\\x00d\\x01"),
    ("x\ud800y\udc80", "x\\ud800y\\udc80"),
    ("\ufffe\uffff", "\\ufffe\\uffff"),
])
def test_xml_escapes_are_visible(text, shown):
    assert for_xml(text) == shown


@pytest.mark.parametrize("text, shown", [
    ("Västby\x1b[31m röd\x1b[0m", "Västby\\x1b[31m röd\\x1b[0m"),
    ("rad\rskriver över\x08\x07", "rad\\x0dskriver över\\x08\\x07"),
    ("\x7f\x9b2J\x85", "\\x7f\\x9b2J\\x85"),
    ("x\udc80", "x\\udc80"),
    ("Policy \u202eyciloP\u202c antagen", "Policy \\u202eyciloP\\u202c antagen"),
    ("\u202a\u202b\u202d \u2066\u2067\u2068\u2069", "\\u202a\\u202b\\u202d \\u2066\\u2067\\u2068\\u2069"),
])
def test_terminal_escapes_are_visible(text, shown):
    assert for_terminal(text) == shown


def test_other_characters_are_kept():
    assert for_xml(KEPT) == KEPT
    kept = KEPT.replace("\r", "").replace("\x85", "").replace("\x7f", "")
    assert for_terminal(kept) == kept


def test_only_the_bidirectional_controls_that_reorder_are_escaped_for_the_terminal():
    """Of the characters of class Cf that steer right-to-left layout, exactly the embeddings,
    overrides and isolates: the marks (LRM, RLM, ALM) reorder nothing that follows them."""
    import unicodedata
    steering = [chr(c) for c in range(0x110000) if unicodedata.bidirectional(chr(c)) in
                ("LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI")]
    assert steering == [*map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))]
    assert all(for_terminal(c) == f"\\u{ord(c):04x}" for c in steering)
    assert for_terminal("\u200e\u200f\u061c") == "\u200e\u200f\u061c"

"""Control characters out of document text (readers/controls.py): what becomes a line break,
what a space, and what is left alone."""

from __future__ import annotations

import pytest

from govcheck.readers.controls import without_controls

C0 = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]
C1 = [chr(c) for c in range(0x7F, 0xA0)]  # DEL and the C1 controls


@pytest.mark.parametrize("char", C0 + C1)
def test_each_control_character_becomes_a_space(char):
    assert without_controls(f"ansvarar{char}för") == "ansvarar för"


@pytest.mark.parametrize("char, line_breaks", [("\x0b", "\n"), ("\x0c", "\n"), ("\x01", " "), ("\x1b", " ")])
def test_vertical_tab_and_form_feed_break_lines_where_asked(char, line_breaks):
    assert without_controls(f"a{char}b", line_breaks=True) == f"a{line_breaks}b"


def test_text_without_control_characters_is_returned_as_it_is():
    text = "Åtgärd\tför\r\nårets € uppföljning\u2028 – ✓ 😀 \ufffd \ufffe"
    assert without_controls(text) is text
    assert without_controls(text, line_breaks=True) is text


def test_length_is_kept():
    """One character for one: the PDF reader's cell offsets into a line stay valid."""
    text = "".join(C0 + C1) * 3
    assert len(without_controls(text)) == len(without_controls(text, line_breaks=True)) == len(text)

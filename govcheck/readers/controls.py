r"""Control characters out of document text, so what the readers yield is only text.

A vertical tab is Word's manual line break and a form feed a page break when a document is
exported as text: where a reader splits lines they become a line break. Every other C0
control (tab, LF and CR excepted), DEL and every C1 control becomes a space, not nothing: such
a character usually stands between two words (an escape sequence in a log pasted into a
policy, a separator of an old export), and dropping it would join them ("ansvarar\x0bför"
would hide the body that is named), while a space only adds white space that the readers
collapse. One character for one also keeps offsets into a line (the PDF reader's table
cells) valid. Text without control characters is returned as it is.
"""

from __future__ import annotations

import re

__all__ = ["without_controls"]

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = {code: " " for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))}
_BREAKS = {**_SPACES, 0x0B: "\n", 0x0C: "\n"}


def without_controls(text: str, *, line_breaks: bool = False) -> str:
    """``text`` with each control character a space; with ``line_breaks``, VT and FF a "\\n"."""
    if not CONTROL.search(text):
        return text
    return text.translate(_BREAKS if line_breaks else _SPACES)

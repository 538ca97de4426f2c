"""File and folder names as reports show them: printable, valid UTF-8, one shown name per name.

A POSIX file name is bytes. Python gives the bytes that are not UTF-8 as lone surrogates,
which no report can encode (JSON, XML, a UTF-8 terminal or CSV file), and a name may hold
control characters (a newline, an escape sequence that recolours a terminal) or the
bidirectional controls that make "policy\\u202excod.exe" look like another file. Each such
character is shown as an escape (``\\xe5`` for an undecodable byte, ``\\x1b``, ``\\u202e``) and
a backslash as two, so that two different names are never shown alike and a report can
always be written and cited.
"""

from __future__ import annotations

import re

_ESCAPED = re.compile("[\\\\\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_BYTE = range(0xDC80, 0xDD00)  # how os.fsdecode carries a byte that is not UTF-8


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x5C:
        return "\\\\"
    if code in _BYTE:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown_name(name: str) -> str:
    """``name`` with undecodable bytes, control characters, bidirectional controls and
    backslashes escaped; every other name is returned as it is."""
    return _ESCAPED.sub(_escape, name)

"""Finding which of many lines hold a piece of text, with one search over the lines joined.

Extractors and checks both ask "which of this document's lines hold X?" for many X. Joined by
newlines, the lines are searched once per line found instead of once per line. This module
imports nothing of govcheck, so a check can use it without loading the extractors.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterator, Sequence


def lines_holding(piece: str, whole: str, starts: Sequence[int]) -> Iterator[int]:
    """The numbers, ascending, of the lines joined in ``whole`` (line k begins at ``starts[k]``)
    that hold ``piece``, which has no newline: one substring search per line found, however many
    lines there are, and none past the last line a caller reads."""
    at = whole.find(piece)
    while at != -1:
        line = bisect_right(starts, at) - 1
        yield line
        at = whole.find(piece, starts[line + 1]) if line + 1 < len(starts) else -1


def lines_holding_all(pieces: Sequence[str], whole: str, starts: Sequence[int]) -> set[int]:
    """The numbers of the lines that hold every one of ``pieces`` (at least one, none with a
    newline): the lines of the first, narrowed by each next one until none is left."""
    holders = set(lines_holding(pieces[0], whole, starts))
    for piece in pieces[1:]:
        if not holders:
            break
        holders &= set(lines_holding(piece, whole, starts))
    return holders

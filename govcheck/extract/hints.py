"""Cheap necessary conditions, so that an extractor skips text its patterns cannot match.

Most paragraphs of a governing document state no responsibility, goal, decision or reference,
yet every extractor used to split each of them into sentences and run its case-insensitive
patterns over every sentence. A case-insensitive alternation costs Python's ``re`` ten
times a case-sensitive one, so each extractor first asks whether the text contains any of
the word stems that every one of its patterns needs, as a plain substring test on the
text in lower case with its whitespace collapsed.

The test never skips a text that a pattern would match: ``str.lower()`` agrees with
``re.IGNORECASE`` for every letter in the stems, except for four characters that the regular
expression engine also folds (long s, the Kelvin sign and the dotted and dotless i); a text
holding one of them is never skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from govcheck.textsearch import lines_holding

_FOLDED_BY_RE_ONLY = re.compile("[\u017f\u212a\u0130\u0131]")


def _fold(text: str) -> str | None:
    if _FOLDED_BY_RE_ONLY.search(text):
        return None
    return " ".join(text.lower().split())


# Extractors ask about the same texts in turn: the folded forms of short texts are kept in a
# plain dict (a lookup costs a fraction of an lru_cache call), emptied when it is full. Longer
# texts (a whole table's cells) are folded anew, so that the memory stays small.
_FOLDED: dict[str, str | None] = {}
_FOLDED_MAX = 16384
_CACHED_LENGTH = 1000


def folded(text: str) -> str | None:
    """The text in lower case with whitespace runs as one space; None when the test cannot be trusted."""
    try:
        return _FOLDED[text]
    except KeyError:
        pass
    f = _fold(text)
    if len(text) <= _CACHED_LENGTH:
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        _FOLDED[text] = f
    return f


def may_contain(text: str, stems: tuple[str, ...]) -> bool:
    """False only when the text holds none of the lower-case ``stems`` in any letter case."""
    f = _FOLDED.get(text, _MISSING)
    if f is _MISSING:
        f = folded(text)
    if f is None:
        return True
    for stem in stems:
        if stem in f:
            return True
    return False


_MISSING = object()


class TextIndex:
    """Which of a document's texts may hold a stem, for all of them at once.

    The texts are folded (see ``folded``) and joined by newlines, so that the texts holding
    a stem are found by one substring search per stem and text found, instead of one test
    per text: an extractor then visits only the few texts its patterns can match, in order.
    A text that cannot be folded safely is always a candidate.
    """

    __slots__ = ("whole", "starts", "unsafe", "_lines")

    def __init__(self, texts: list[str]):
        low = [folded(t) for t in texts]
        self.unsafe = [k for k, f in enumerate(low) if f is None]
        parts = [f if f is not None else "" for f in low]
        starts = list(accumulate([len(p) + 1 for p in parts], initial=0))
        starts.pop()
        self.whole = "\n".join(parts)
        self.starts = starts
        self._lines: dict[str, list[int]] = {}  # by stem: extractors ask about the same stems

    def opening(self, stems: tuple[str, ...]) -> list[int]:
        """The numbers, ascending, of the texts that may begin with one of the lower-case ``stems``
        (no newline in a stem): what a case-insensitive pattern anchored at a text's start needs."""
        found = set(self.unsafe)
        whole, starts = self.whole, self.starts
        for stem in stems:
            if whole.startswith(stem):
                found.add(0)
            piece = "\n" + stem
            at = whole.find(piece)
            while at != -1:
                found.add(bisect_right(starts, at + 1) - 1)
                at = whole.find(piece, at + 1)
        return sorted(found)

    def holding(self, stems: tuple[str, ...]) -> list[int]:
        """The numbers, ascending, of the texts that may hold one of the lower-case ``stems`` (no newline in a stem)."""
        found = set(self.unsafe)
        for stem in _fewest(stems):
            lines = self._lines.get(stem)
            if lines is None:
                lines = self._lines[stem] = list(lines_holding(stem, self.whole, self.starts))
            found.update(lines)
        return sorted(found)


def _fewest(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The stems without repeats and without those that hold another of them (a text that holds
    "omprövas" holds "ompröva"): each search reads the whole document."""
    fewest = _FEWEST.get(stems)
    if fewest is None:
        unique = list(dict.fromkeys(stems))
        if len(_FEWEST) >= 256:
            _FEWEST.clear()
        fewest = _FEWEST[stems] = tuple(s for s in unique if not any(o != s and o in s for o in unique))
    return fewest


_FEWEST: dict[tuple[str, ...], tuple[str, ...]] = {}  # by the extractors' constant tuples of stems


def occurrences(piece: str, text: str) -> list[int]:
    """Every index, ascending, at which ``piece`` (not empty) begins in ``text``, overlapping ones too."""
    found: list[int] = []
    at = text.find(piece)
    while at != -1:
        found.append(at)
        at = text.find(piece, at + 1)
    return found


def matches_at(pattern: re.Pattern[str], text: str, starts) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, when every match of the pattern begins at one of
    ``starts`` (ascending, repeats allowed) and none is empty.

    A scan tries the pattern at every position of the text; trying it only where a match can
    begin (say, where a needle that opens every match occurs) costs one call per such place.
    ``match`` at a position sees the text before it, so a lookbehind reads as in the scan.
    """
    found: list[re.Match[str]] = []
    done = 0
    for at in starts:
        if at >= done:
            m = pattern.match(text, at)
            if m is not None:
                found.append(m)
                done = m.end()
    return found

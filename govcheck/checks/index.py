"""What checks derive from a corpus, derived once per evaluation and shared by every check.

Each document's text lines, the lines a term matches and what a document is about used to
be recomputed by each check of each control, so evaluation grew with the corpus text times
the controls. The engine creates one CorpusIndex per ``evaluate()`` call and each
CheckContext reads through it; entries are computed on first use and live only as long as
the index. Entries are keyed by term strings, never by topic ids: two checklists may give
the same topic id different terms.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate
from os.path import commonprefix
from typing import Any, Callable, Hashable, Iterator, TypeVar

from govcheck.checks.subject import Opening, about, about_among
from govcheck.lexicon import compile_term, find_terms, lowered, plain, possible_terms
from govcheck.model import Corpus, Evidence, GoverningDocument, Location
from govcheck.textsearch import lines_holding

T = TypeVar("T")
Line = tuple[str, Location]
# Where a line stands, cheaper to keep than its Location: ("heading", section, path),
# ("paragraph", path, number) or ("cell", table, row, cell).
Place = tuple[Any, ...]


def iter_text(doc: GoverningDocument) -> Iterator[Line]:
    """Every paragraph and table cell of the section tree, with its location."""
    for text, place in _places(doc):
        yield text, _location(place)


def _places(doc: GoverningDocument) -> Iterator[tuple[str, Place]]:
    return _walk_places(doc.sections, [])


def _walk_places(sections, path: list[str]) -> Iterator[tuple[str, Place]]:
    # Module level, not a closure over itself: that would be a reference cycle (see _walk).
    for sec in sections:
        here = path + ([sec.heading] if sec.heading else [])
        if sec.heading:
            yield sec.heading, ("heading", sec, here)
        for i, text in enumerate(sec.paragraphs, start=1):
            yield text, ("paragraph", here, i)
        for table in sec.tables:
            for r, row in enumerate(table.rows, start=1):
                for c, cell in enumerate(row, start=1):
                    if cell:
                        yield cell, ("cell", table, r, c)
        yield from _walk_places(sec.sections, here)


def _location(place: Place) -> Location:
    kind, *rest = place
    if kind == "heading":
        sec, here = rest
        return sec.location or Location(section=here)
    if kind == "paragraph":
        here, i = rest
        return Location(section=here, paragraph=i)
    table, r, c = rest
    return table.location.model_copy(update={"row": r, "cell": c})


# str.lower() of each Latin-1 character, which is again one Latin-1 character (ß and ÿ stay).
_LATIN1_LOWER = bytes(ord(chr(b).lower()) for b in range(256))


def fast_lowered(text: str) -> str | None:
    """``lexicon.lowered(text)``, faster. Text within Latin-1 (where only "µ" is not plain) is
    lower-cased as bytes through a table: ``str.lower()`` looks up the case of each non-ASCII
    character on its own, and the plain test walks the text character by character, which
    for whole documents was a tenth of a warm-cache run."""
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return _wide_lowered(text)
    if b"\xb5" in raw:
        return None
    return raw.translate(_LATIN1_LOWER).decode("latin-1")


def _wide_lowered(text: str) -> str | None:
    """``fast_lowered`` of a text with characters beyond Latin-1 (dashes, quotes, bullets): the
    Latin-1 text is lowered through the table all at once, and the few others one by one.
    Plain text lower-cases character for character, so the pieces lowered apart join up."""
    raw = text.encode("latin-1", "replace")  # one "?" for each character beyond Latin-1
    if b"\xb5" in raw:
        return None
    low = raw.translate(_LATIN1_LOWER).decode("latin-1")
    pieces: list[str] = []
    others: list[str] = []
    last = 0
    at = raw.find(b"?")
    while at != -1:
        if text[at] != "?":
            others.append(text[at])
            pieces.append(low[last:at])
            pieces.append(text[at].lower())
            last = at + 1
        at = raw.find(b"?", at + 1)
    if not plain("".join(others)):
        return None
    pieces.append(low[last:])
    return "".join(pieces)


# A section's share of a document's lines: where they start, the section, its heading path.
Segment = tuple[int, Any, list[str]]


def _segments(doc: GoverningDocument) -> tuple[list[str], list[Segment]]:
    """The lines of ``iter_text(doc)`` and, per section, where its own lines start: the same
    walk without a place per line, which most lines never need."""
    texts: list[str] = []
    segments: list[Segment] = []
    _walk(doc.sections, [], texts, segments)
    return texts, segments


def _walk(sections, path: list[str], texts: list[str], segments: list[Segment]) -> None:
    # A module-level function, not a closure over itself: that would be a reference cycle
    # holding every line and section until the cyclic collector, which the CLI turns off.
    for sec in sections:
        here = path + ([sec.heading] if sec.heading else [])
        segments.append((len(texts), sec, here))
        if sec.heading:
            texts.append(sec.heading)
        texts.extend(sec.paragraphs)
        for table in sec.tables:
            texts.extend([cell for row in table.rows for cell in row if cell])
        if sec.sections:
            _walk(sec.sections, here, texts, segments)


@dataclass(frozen=True)
class DocText:
    """The lines of ``iter_text(doc)`` read once: their texts, lower-cased where plain (see
    lexicon), and joined. Locations are made only for the lines a check cites: most lines
    are never cited."""

    doc: GoverningDocument
    texts: tuple[str, ...]
    lowered: str | None  # the lowered lines joined by newlines; None when one is not plain
    segments: tuple[Segment, ...] = ()
    segment_starts: tuple[int, ...] = ()

    @classmethod
    def of(cls, doc: GoverningDocument) -> DocText:
        texts, segments = _segments(doc)
        # Plain text lower-cases character for character (lexicon), so each line's lowered
        # text is its own slice of the whole text lowered at once.
        whole = fast_lowered("\n".join(texts))
        return cls(doc, tuple(texts), whole, tuple(segments), tuple(s[0] for s in segments))

    @cached_property
    def starts(self) -> tuple[int, ...]:
        """Where each line starts in ``lowered``: made on first use, by the searches that look
        for lines (``holding``, ``lowered_line``); a document that holds no piece looked for
        never needs them."""
        texts = self.texts
        return tuple(accumulate(map((1).__add__, map(len, texts[:-1])), initial=0)) if texts else ()

    @cached_property
    def lowered_lines(self) -> tuple[str | None, ...]:
        """Each line lower-cased, or None where a line is not plain."""
        if self.lowered is None:
            return tuple(lowered(text) for text in self.texts)
        whole = self.lowered
        return tuple(whole[start:start + len(text)] for start, text in zip(self.starts, self.texts))

    def lowered_line(self, line: int) -> str | None:
        """``lowered_lines[line]`` without lowering the other lines."""
        if self.lowered is None:
            return lowered(self.texts[line])
        start = self.starts[line]
        return self.lowered[start:start + len(self.texts[line])]

    def location(self, line: int) -> Location:
        """The location of line number ``line`` (counted from 0), found from its section's
        segment: what ``iter_text`` gives for it."""
        if line < 0:  # as a tuple of the lines would take it
            line += len(self.texts)
        if not 0 <= line < len(self.texts):
            raise IndexError("line number out of range")
        start, sec, here = self.segments[bisect_right(self.segment_starts, line) - 1]
        offset = line - start
        if sec.heading:
            if offset == 0:
                return _location(("heading", sec, here))
            offset -= 1
        if offset < len(sec.paragraphs):
            return _location(("paragraph", here, offset + 1))
        offset -= len(sec.paragraphs)
        for table in sec.tables:
            for r, row in enumerate(table.rows, start=1):
                for c, cell in enumerate(row, start=1):
                    if cell:
                        if offset == 0:
                            return _location(("cell", table, r, c))
                        offset -= 1
        raise AssertionError("a line outside its section")  # segments are made from the same walk

    def term_lines(self, term: str) -> tuple[int, ...]:
        """The numbers of the lines that ``term`` matches. The pattern searches only the lines
        that hold the longest part of its words (see lexicon's pre-filter)."""
        return tuple(self._term_lines(term))

    def first_term_line(self, term: str) -> int | None:
        """``term_lines(term)[0]`` (None when there is none), without looking past it."""
        return next(self._term_lines(term), None)

    def _term_lines(self, term: str) -> Iterator[int]:
        compiled = compile_term(term)
        texts = self.texts
        if self.lowered is None:
            return (i for i, text in enumerate(texts) if find_terms(text, (term,)))
        if not compiled.may_occur(self.lowered):
            return iter(())
        candidates = self.holding(compiled.literals[0]) if compiled.literals else range(len(texts))
        line = self.lowered_line
        return (i for i in candidates if compiled.may_occur(line(i) or "") and next(compiled.hits(texts[i]), None))

    def containing(self, pieces: tuple[str, ...]) -> frozenset[str]:
        """Which of ``pieces`` (lower-cased) occur in the lower-cased text (see ``contained``)."""
        assert self.lowered is not None
        return contained(self.lowered, pieces)

    def holding(self, piece: str) -> Iterator[int]:
        """The numbers, ascending, of the lines whose lower-cased text holds ``piece`` (which has
        no newline), found one at a time: one substring search per line found."""
        assert self.lowered is not None
        return lines_holding(piece, self.lowered, self.starts)


# Pieces that share their first PREFIX_CHARS characters are searched for together.
PREFIX_CHARS = 6
# How many places of a shared beginning are compared before its pieces are searched one by one.
MAX_PLACES = 32


@lru_cache(maxsize=256)
def piece_groups(pieces: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``pieces`` grouped by their first characters, each group with the beginning its pieces share."""
    groups: dict[str, list[str]] = {}
    for piece in dict.fromkeys(pieces):
        if piece:
            groups.setdefault(piece[:PREFIX_CHARS], []).append(piece)
    return tuple((commonprefix(group), tuple(group)) for group in groups.values())


def contained(whole: str, pieces: tuple[str, ...]) -> frozenset[str]:
    """``{p for p in pieces if p in whole}`` with fewer passes over ``whole``: one search for the
    beginning a group of pieces shares, then a comparison of each piece where it is found. A
    document is searched for many titles and terms, and most of them begin alike."""
    found: set[str] = set()
    for prefix, group in piece_groups(pieces):
        if len(group) == 1:
            if group[0] in whole:
                found.add(group[0])
            continue
        rest = list(group)
        at = whole.find(prefix)
        places = 0
        while at != -1 and rest:
            places += 1
            if places > MAX_PLACES:  # a common beginning: plain searches are cheaper
                found.update(p for p in rest if p in whole)
                break
            for p in [p for p in rest if whole.startswith(p, at)]:
                found.add(p)
                rest.remove(p)
            at = whole.find(prefix, at + 1)
    if "" in pieces:
        found.add("")
    return frozenset(found)


def _read_opening(doc: GoverningDocument) -> tuple[Opening, str | None]:
    """The document's opening (see ``about``) and its text lowered as a whole."""
    opening = Opening.of(doc)
    return opening, opening.lowered()


class CorpusIndex:
    """Memory of one evaluation of ``corpus``: values derived from its documents, by key."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._values: dict[Hashable, Any] = {}
        self._documents: dict[int, GoverningDocument] = {}
        self._texts: dict[int, DocText] = {}

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The value stored under ``key``, computed by ``compute()`` on first use. Checks key
        their entries by a function of their own, so that keys of different checks never meet."""
        try:
            return self._values[key]
        except KeyError:
            value = self._values[key] = compute()
            return value

    def doc_key(self, doc: GoverningDocument) -> int:
        """Documents are keyed by identity; the index holds them, so an id is not reused."""
        self._documents.setdefault(id(doc), doc)
        return id(doc)

    def text(self, doc: GoverningDocument) -> DocText:
        """The document's lines, read once (looked up often: a dictionary of its own)."""
        try:
            return self._texts[id(doc)]
        except KeyError:
            value = self._texts[self.doc_key(doc)] = DocText.of(doc)
            return value

    def term_lines(self, doc: GoverningDocument, term: str) -> tuple[int, ...]:
        """``text(doc).term_lines(term)``, once per document and term."""
        return self.memo((DocText.term_lines, self.doc_key(doc), term), lambda: self.text(doc).term_lines(term))

    def first_term_line(self, doc: GoverningDocument, term: str) -> int | None:
        """``text(doc).first_term_line(term)``, once per document and term: most checks cite
        only the first line, and a common term matches many."""
        return self.memo((DocText.first_term_line, self.doc_key(doc), term),
                         lambda: self.text(doc).first_term_line(term))

    def about(self, doc: GoverningDocument, terms: list[str]) -> Evidence | None:
        """``subject.about(doc, terms)``, decided once per document and terms; its opening text
        is read once per document, and rules out most terms before ``about`` runs."""
        key = self.doc_key(doc)

        def compute() -> Evidence | None:
            opening, opening_lowered = self.memo((Opening.of, key), lambda: _read_opening(doc))
            return about_among(doc, possible_terms(opening_lowered, terms), opening)

        return self.memo((about, key, tuple(terms)), compute)

"""What checks derive from a corpus, derived once per evaluation and shared by every check.

Each document's text lines, the lines a term matches and what a document is about used to
be recomputed by each check of each control, so evaluation grew with the corpus text times
the controls. The engine creates one CorpusIndex per ``evaluate()`` call and each
CheckContext reads through it; entries are computed on first use and live only as long as
the index. Entries are keyed by term strings, never by topic ids: two checklists may give
the same topic id different terms.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from typing import Any, Callable, Hashable, Iterator, TypeVar

from govcheck.checks.subject import about, about_among, opening_text
from govcheck.extract.hints import lines_holding
from govcheck.lexicon import compile_term, find_terms, lowered, plain, possible_terms
from govcheck.model import Corpus, Evidence, GoverningDocument, Location

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
    def walk(sections, path):
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
            yield from walk(sec.sections, here)

    yield from walk(doc.sections, [])


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


@dataclass(frozen=True)
class DocText:
    """The lines of ``iter_text(doc)`` read once: their texts, lower-cased where plain (see
    lexicon), and joined. Locations are made only for the lines a check cites: most lines
    are never cited."""

    doc: GoverningDocument
    texts: tuple[str, ...]
    lowered_lines: tuple[str | None, ...]  # None where a line is not plain
    lowered: str | None  # the lowered lines joined by newlines; None when one is not plain
    starts: tuple[int, ...]  # where each line starts in ``lowered``

    @classmethod
    def of(cls, doc: GoverningDocument) -> DocText:
        texts = tuple(text for text, _ in _places(doc))
        if plain("".join(texts)):
            lines: tuple[str | None, ...] = tuple(text.lower() for text in texts)
            whole: str | None = "\n".join(lines)  # type: ignore[arg-type]
        else:
            lines = tuple(lowered(text) for text in texts)
            whole = None
        starts = tuple(accumulate((len(line or "") + 1 for line in lines[:-1]), initial=0)) if lines else ()
        return cls(doc, texts, lines, whole, starts)

    def location(self, line: int) -> Location:
        """The location of line number ``line`` (counted from 0)."""
        return _location(self._place_list[line])

    @cached_property
    def _place_list(self) -> tuple[Place, ...]:
        """The places of all lines, walked once when the first line is cited."""
        return tuple(place for _, place in _places(self.doc))

    def term_lines(self, term: str) -> tuple[int, ...]:
        """The numbers of the lines that ``term`` matches. The pattern searches only the lines
        that hold the longest part of its words (see lexicon's pre-filter)."""
        compiled = compile_term(term)
        if self.lowered is None:
            return tuple(i for i, text in enumerate(self.texts) if find_terms(text, (term,)))
        if not compiled.may_occur(self.lowered):
            return ()
        candidates = self._holding(compiled.literals[0]) if compiled.literals else range(len(self.texts))
        lines, texts = self.lowered_lines, self.texts
        return tuple(
            i for i in candidates if compiled.may_occur(lines[i] or "") and next(compiled.hits(texts[i]), None)
        )

    def _holding(self, piece: str) -> list[int]:
        """The numbers of the lines whose lower-cased text holds ``piece`` (which has no newline)."""
        assert self.lowered is not None
        return lines_holding(piece, self.lowered, self.starts)


class CorpusIndex:
    """Memory of one evaluation of ``corpus``: values derived from its documents, by key."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._values: dict[Hashable, Any] = {}
        self._documents: dict[int, GoverningDocument] = {}

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
        """The document's lines, read once."""
        return self.memo((DocText, self.doc_key(doc)), lambda: DocText.of(doc))

    def term_lines(self, doc: GoverningDocument, term: str) -> tuple[int, ...]:
        """``text(doc).term_lines(term)``, once per document and term."""
        return self.memo((DocText.term_lines, self.doc_key(doc), term), lambda: self.text(doc).term_lines(term))

    def about(self, doc: GoverningDocument, terms: list[str]) -> Evidence | None:
        """``subject.about(doc, terms)``, decided once per document and terms; its opening text
        is read once per document, and rules out most terms before ``about`` runs."""
        key = self.doc_key(doc)

        def compute() -> Evidence | None:
            opening = self.memo((opening_text, key), lambda: lowered(opening_text(doc)))
            return about_among(doc, possible_terms(opening, terms))

        return self.memo((about, key, tuple(terms)), compute)

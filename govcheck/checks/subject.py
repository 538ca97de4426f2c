"""What a document is about: its title, else its opening lines, matched against topic terms.

Checks use this to pick the documents they read ("only documents about
informationssäkerhet"), so a budget's financial goals do not count as IT goals.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, NamedTuple, Protocol

from govcheck.lexicon import first_term_in, lowered, possible_terms, sentence_around
from govcheck.model import Evidence, GoverningDocument, Location, Topic

# In a title a term of four letters or more may also open a compound ("IT-policyn", "Riskanalysmall").
TITLE_HEAD_MIN = 4
OPENING_PARAGRAPHS = 5


class HasTopics(Protocol):
    def topic(self, topic_id: str) -> Topic: ...


def topic_terms(ctx: HasTopics, topic_ids: Iterable[str]) -> list[str]:
    return [term for t in topic_ids for term in ctx.topic(t).terms]


def about(doc: GoverningDocument, terms: list[str]) -> Evidence | None:
    """Where the document says it is about one of ``terms``: its title, else its opening lines."""
    return about_among(doc, possible_terms(lowered(opening_text(doc)), terms))


def about_among(doc: GoverningDocument, terms: list[str], opening: Opening | None = None) -> Evidence | None:
    """``about``, for terms already narrowed by ``possible_terms`` on the opening text;
    ``opening`` is ``Opening.of(doc)`` when the caller has read it already."""
    if not terms:
        return None
    heads = _heading_terms(terms)
    title, title_lowered, lines = opening or Opening.of(doc)
    if doc.title and first_term_in(title, title_lowered, heads):  # type: ignore[arg-type]
        return Evidence(document=doc.path, location=doc.title.location, quote=doc.title.quote or doc.title.value)
    for text, low, location, is_heading in lines:
        hit = first_term_in(text, low, heads if is_heading else terms)
        if hit:
            quote = text if is_heading else sentence_around(text, hit.start, hit.end)
            return Evidence(document=doc.path, location=location(), quote=quote)
    return None


class Opening(NamedTuple):
    """The title and opening lines that ``about`` reads, each with its text lowered (lexicon's
    ``lowered``): a document is asked about many lists of terms, and read once."""

    title: str | None
    title_lowered: str | None
    lines: tuple[tuple[str, str | None, Callable[[], Location], bool], ...]

    @classmethod
    def of(cls, doc: GoverningDocument) -> Opening:
        title = doc.title.value if doc.title else None
        return cls(title, lowered(title) if title is not None else None,
                   tuple((text, lowered(text), location, is_heading) for text, location, is_heading in _opening(doc)))

    def lowered(self) -> str | None:
        """``lowered(opening_text(doc))``, from the texts lowered one by one (plain text lowers
        character for character)."""
        texts = [*([self.title_lowered] if self.title is not None else []), *(low for _, low, _, _ in self.lines)]
        return None if any(low is None for low in texts) else "\n".join(texts)  # type: ignore[arg-type]


def opening_text(doc: GoverningDocument) -> str:
    """The title and opening lines, one a line: all that ``about`` reads."""
    return "\n".join([*([doc.title.value] if doc.title else []), *(t for t, _, _ in _opening(doc))])


def _heading_terms(terms: list[str]) -> list[str]:
    """Terms whose last word may begin a compound: "digitalisering" → "digitalisering*"."""
    return [t if t.endswith("*") or len(t.split()[-1]) < TITLE_HEAD_MIN else t + "*" for t in terms]


def _opening(doc: GoverningDocument) -> Iterator[tuple[str, Callable[[], Location], bool]]:
    """The first section's heading and paragraphs (after an untitled preamble, also the next
    section's), each with how to make its location: only a cited line needs one."""
    sections = doc.sections[:2] if doc.sections and doc.sections[0].heading is None else doc.sections[:1]
    for sec in sections:
        path = [sec.heading] if sec.heading else []
        if sec.heading:
            yield sec.heading, lambda sec=sec, path=path: sec.location or Location(section=path), True
        for i, text in enumerate(sec.paragraphs[:OPENING_PARAGRAPHS], start=1):
            yield text, lambda path=path, i=i: Location(section=path, paragraph=i), False



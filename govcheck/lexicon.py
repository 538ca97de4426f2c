"""Match Swedish topic terms in text, across inflection and compounds.

A term is one or more words. Each word matches with up to four more letters after it
(inflection: "uppföljning" → "uppföljningen", "mål" → "målen"); a word of six letters or
more also matches as the head of a compound ("digitalisering" → "digitaliseringsstrategin",
"uppföljning" → "uppföljningsrapporten"). The first word of a term of three letters or
more also matches as the tail of a compound, hyphenated or not ("klassning" →
"informationsklassningen", "mål" → "projektmålen", "säkerhet" → "IT-säkerheten"). The words
of a term match in order with up to three words between them ("följs upp" → "följs
regelbundet upp"). Hyphens and spaces inside a word are interchangeable ("it-säkerhet",
"it säkerhet"). A word ending in ``*`` matches any continuation ("säkerhetskopi*").
Matching ignores case.

Before a term's pattern runs, a plain substring test rules out most texts: each part of its
words between hyphens must occur in the lower-cased text. The test is exact only where lower-casing agrees
with how the pattern ignores case, so it is skipped for texts and terms with other characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterable, Iterator

LETTER = r"[a-zåäöéü]"
COMPOUND_TAIL_MIN = 3  # "mål" → "projektmål"
COMPOUND_HEAD_MIN = 6  # "policy" → "policyområdet"; shorter words would run into others
MAX_GAP_WORDS = 3
# Characters whose ``str.lower()`` is the single character that ``re.IGNORECASE`` compares them
# by, and that no other character is case-equivalent to under it: Latin-1 but for "µ", and
# uncased punctuation and symbols ("–", "”", "•", "€", "→", Word's private-use bullets).
# Outside them ("İ", "ſ", "K" as the Kelvin sign) the substring pre-filter could miss a match.
_NOT_PLAIN = re.compile(
    r"[^\x00-\xb4\xb6-\xff\u2000-\u206f\u20a0-\u20cf\u2190-\u23ff\u2500-\u27bf\uf000-\uf8ff\ufeff\ufffc\ufffd]"
)


@dataclass(frozen=True)
class TermHit:
    term: str
    start: int
    end: int
    text: str


def _word_pattern(word: str) -> str:
    wildcard = word.endswith("*")
    word = word.rstrip("*").lower()
    body = re.escape(word).replace(r"\-", r"[-\s]?")
    tail = f"{LETTER}*" if wildcard or len(word) >= COMPOUND_HEAD_MIN else f"{LETTER}{{0,4}}"
    return body + tail


@dataclass(frozen=True)
class CompiledTerm:
    """A term's pattern, and what may stand before its first word in the same token:
    ``none`` (a word boundary), ``hyphen`` (a hyphenated compound: "IT-" before "policy")
    or ``any`` (any compound head: "informations" before "klassning").

    The compound head is checked after the match, not inside the pattern: a leading
    "letters, then the word" in the pattern would make every search quadratic in the text.
    The pattern is compiled on first use: most terms of a checklist never get past the
    substring pre-filter of a given corpus.
    """

    term: str
    source: str
    head: str
    literals: tuple[str, ...] | None = None  # the lower-cased parts of its words every match holds

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source, re.IGNORECASE)

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        return self.pattern.finditer(text)

    def hits(self, text: str) -> Iterator[TermHit]:
        """The term's matches in ``text``; a hit inside a compound starts where the compound starts."""
        for m in self.pattern.finditer(text):
            start = m.start()
            if self.head != "none":
                start = _token_start(text, start)
                prefix = text[start:m.start()]
                if self.head == "hyphen" and prefix and not prefix.endswith("-"):
                    continue
            yield TermHit(self.term, start, m.end(), text[start:m.end()])

    def may_occur(self, lowered: str) -> bool:
        """False when the term cannot match a plain text, given as ``text.lower()``."""
        if self.literals is not None:
            for piece in self.literals:
                if piece not in lowered:
                    return False
        return True


def plain(text: str) -> bool:
    """Whether ``text`` holds only characters for which the substring pre-filter is exact."""
    return _NOT_PLAIN.search(text) is None


def lowered(text: str) -> str | None:
    """``text.lower()`` for the pre-filter when ``text`` is plain, else None."""
    return text.lower() if plain(text) else None


def possible_terms(lowered_text: str | None, terms: list[str]) -> list[str]:
    """The terms that may occur in a text given by ``lowered``: leaving out a term that cannot
    match it changes no result, and most texts name few of a checklist's terms."""
    if lowered_text is None:
        return terms
    possible = []
    for term, pieces in term_pieces(tuple(terms)):
        if pieces is not None:
            for piece in pieces:
                if piece not in lowered_text:
                    break
            else:
                possible.append(term)
        else:
            possible.append(term)
    return possible


@lru_cache(maxsize=256)
def term_pieces(terms: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...] | None], ...]:
    """Each term with ``CompiledTerm.literals``, the pieces every match of it holds: looked up
    once per list of terms, not once per term and text."""
    return tuple((term, compile_term(term).literals) for term in terms)


def _literals(words: list[str]) -> tuple[str, ...] | None:
    """The parts of the words between hyphens, lower-cased: a match holds each verbatim but for case."""
    bodies = [w.rstrip("*").lower() for w in words]
    if not all(plain(b) for b in bodies):
        return None
    pieces = dict.fromkeys(piece for b in bodies for piece in b.split("-") if piece)
    return tuple(sorted(pieces, key=len, reverse=True))  # the longest, most telling, first


@lru_cache(maxsize=4096)
def compile_term(term: str) -> CompiledTerm:
    words = term.split()
    if not words:
        raise ValueError("empty term")
    first = words[0].rstrip("*")
    if len(first) < COMPOUND_TAIL_MIN:
        head = "none"
    elif "-" in first:  # "it-policy", "e-post": only a hyphenated compound, never "kreditpolicy"
        head = "hyphen"
    else:
        head = "any"
    gap = rf"(?:[^\wåäö]+[\wåäö]+){{0,{MAX_GAP_WORDS}}}?[^\wåäö]+"
    body = gap.join(_word_pattern(w) for w in words)
    before = r"(?<![\wåäö-])" if head == "none" else ""
    return CompiledTerm(term, rf"{before}(?:{body})(?![\wåäö])", head, _literals(words))


def _token_start(text: str, pos: int) -> int:
    while pos > 0 and (text[pos - 1].isalpha() or text[pos - 1] == "-"):
        pos -= 1
    return pos


def find_terms(text: str, terms: Iterable[str]) -> list[TermHit]:
    """Every match of any of ``terms`` in ``text``, in order of position; a hit inside a
    compound starts where the compound starts ("informationsklassningen")."""
    return find_terms_in(text, lowered(text), terms)


def find_terms_in(text: str, lowered_text: str | None, terms: Iterable[str]) -> list[TermHit]:
    """``find_terms``, given ``lowered(text)``: for a text searched for many lists of terms."""
    hits = []
    for term in terms:
        compiled = compile_term(term)
        if lowered_text is None or compiled.may_occur(lowered_text):
            hits.extend(compiled.hits(text))
    return sorted(hits, key=lambda h: (h.start, -h.end))


def first_term(text: str, terms: Iterable[str]) -> TermHit | None:
    hits = find_terms(text, terms)
    return hits[0] if hits else None


def first_term_in(text: str, lowered_text: str | None, terms: Iterable[str]) -> TermHit | None:
    """``first_term``, given ``lowered(text)``."""
    hits = find_terms_in(text, lowered_text, terms)
    return hits[0] if hits else None


def sentence_around(text: str, start: int, end: int, limit: int = 300) -> str:
    """The sentence of ``text`` that holds [start, end), trimmed to ``limit`` characters."""
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    if left == 1:
        left = 0
    candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(candidates) + 1 if candidates else len(text)
    sentence = text[left:right].strip()
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"

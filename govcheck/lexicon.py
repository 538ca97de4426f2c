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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

LETTER = r"[a-zåäöéü]"
COMPOUND_TAIL_MIN = 3  # "mål" → "projektmål"
COMPOUND_HEAD_MIN = 6  # "policy" → "policyområdet"; shorter words would run into others
MAX_GAP_WORDS = 3


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
    """

    pattern: re.Pattern[str]
    head: str

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        return self.pattern.finditer(text)


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
    return CompiledTerm(re.compile(rf"{before}(?:{body})(?![\wåäö])", re.IGNORECASE), head)


def _token_start(text: str, pos: int) -> int:
    while pos > 0 and (text[pos - 1].isalpha() or text[pos - 1] == "-"):
        pos -= 1
    return pos


def find_terms(text: str, terms: Iterable[str]) -> list[TermHit]:
    """Every match of any of ``terms`` in ``text``, in order of position; a hit inside a
    compound starts where the compound starts ("informationsklassningen")."""
    hits = []
    for term in terms:
        compiled = compile_term(term)
        for m in compiled.finditer(text):
            start = m.start()
            if compiled.head != "none":
                start = _token_start(text, start)
                prefix = text[start:m.start()]
                if compiled.head == "hyphen" and prefix and not prefix.endswith("-"):
                    continue
            hits.append(TermHit(term, start, m.end(), text[start:m.end()]))
    return sorted(hits, key=lambda h: (h.start, -h.end))


def first_term(text: str, terms: Iterable[str]) -> TermHit | None:
    hits = find_terms(text, terms)
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

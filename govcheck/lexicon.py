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


def _word_pattern(word: str, first: bool) -> str:
    wildcard = word.endswith("*")
    word = word.rstrip("*").lower()
    body = re.escape(word).replace(r"\-", r"[-\s]?")
    if not first or len(word) < COMPOUND_TAIL_MIN:
        head = ""
    elif "-" in word:  # "it-policy", "e-post": only a hyphenated compound, never "kreditpolicy"
        head = rf"(?:{LETTER}+-)?"
    else:
        head = rf"(?:{LETTER}+-?)?"
    tail = f"{LETTER}*" if wildcard or len(word) >= COMPOUND_HEAD_MIN else f"{LETTER}{{0,4}}"
    return head + body + tail


@lru_cache(maxsize=4096)
def compile_term(term: str) -> re.Pattern[str]:
    words = term.split()
    if not words:
        raise ValueError("empty term")
    gap = rf"(?:[^\wåäö]+[\wåäö]+){{0,{MAX_GAP_WORDS}}}?[^\wåäö]+"
    parts = [_word_pattern(w, i == 0) for i, w in enumerate(words)]
    return re.compile(rf"(?<![\wåäö-])(?:{gap.join(parts)})(?![\wåäö])", re.IGNORECASE)


def find_terms(text: str, terms: Iterable[str]) -> list[TermHit]:
    """Every match of any of ``terms`` in ``text``, in order of position."""
    hits = []
    for term in terms:
        for m in compile_term(term).finditer(text):
            hits.append(TermHit(term, m.start(), m.end(), m.group(0)))
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

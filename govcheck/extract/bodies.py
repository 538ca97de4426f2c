"""Find the bodies and units a document names, and match them against the organisation model.

Names are matched case-insensitively and across inflection: the last word of each name is
reduced to a stem and may take the usual Swedish endings ("kommunstyrelsens", "nämnderna",
"digitaliseringsrådet"). Former names resolve to the unit that carries them now, so a check
can report a unit that no longer exists. Unit-like words that no name matches
("…avdelningen", "…nämnden", "…förvaltningen") are reported as unknown, except the
generic words that name no particular unit ("nämnderna", "facknämnd").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter
from typing import Iterable, NamedTuple

from govcheck.extract.hints import matches_at
from govcheck.extract.lines import cell_location
from govcheck.model import Block, BodyMention, Location, Organisation, OrgUnit
from govcheck.trusted import trusted

ENDINGS = r"(?:ernas|erna|arnas|arna|ornas|orna|ens|ets|es|en|et|er|ar|or|ns|na|s|n|e|t)?"

UNIT_SUFFIXES = (
    "förvaltning", "avdelning", "nämnd", "styrelse", "enhet", "utskott", "kontor", "sektor",
    "sekretariat", "råd", "forum", "fullmäktige",
)
# Compound heads that name a kind of body, or an activity, not one body: "facknämnderna",
# "systemförvaltningen" (system management), "medelsförvaltningen" (fund management),
# "erfarenheten" (experience, which merely ends in -enhet).
GENERIC_PREFIXES = {
    "fack", "huvud", "bolags", "beställar", "utförar", "drifts", "drift", "under", "sam", "för",
    "kommunala", "kommunens", "övriga", "egna", "berörda", "respektive", "annan", "andra", "arbets",
    "system", "objekt", "medels", "kapital", "it", "informations", "applikations", "data",
    "dokument", "verksamhets", "erfar", "ensam", "resultat", "kostnads", "ansvars",
}
# Unknown units are only reported in the definite singular ("Ekonomiavdelningen"), the form
# in which a document names one particular unit; indefinite and plural forms are generic.
DEFINITE = ("ens", "ets", "en", "et", "ns", "n")
GENERIC_WORDS = {"samråd", "förråd", "område", "områden", "områdena", "förvaltningsenhet"}

_UNIT_WORD = re.compile(
    r"(?<![\wÅÄÖåäö-])((?:[A-ZÅÄÖa-zåäö]+-(?:\s+och\s+|,\s*))?[A-ZÅÄÖa-zåäö]{2,}-?(?:"
    + "|".join(UNIT_SUFFIXES)
    + r")" + ENDINGS + r")(?![\wÅÄÖåäö])"
)


# The characters that re.IGNORECASE folds but str.lower() does not (see hints.py): a text holding
# one cannot be searched in lower case. Tested in a string faster than by a regular expression.
_FOLDED_BY_RE_ONLY = "\u017f\u212a\u0130\u0131"

_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖabcdefghijklmnopqrstuvwxyzåäö")
_WORD_CHARS = _LETTERS | {"-"}


def unit_word_starts(text: str, suffixes_at: Iterable[int]) -> list[int]:
    """Where a match of ``_UNIT_WORD`` can begin, ascending, given where in ``text`` the unit
    suffixes occur: every match holds one, and begins at the start of the hyphenated word that
    holds it, or at a "Barn-" before that word ("Barn- och utbildningsnämnden", "Kultur-, fritidsnämnden")."""
    starts: set[int] = set()
    words: set[int] = set()  # the starts of the words already looked at
    for at in suffixes_at:
        while at and text[at - 1] in _WORD_CHARS:
            at -= 1
        if at in words:
            continue
        words.add(at)
        starts.add(at)
        before = at
        while before and text[before - 1].isspace():
            before -= 1
        if text.endswith("och", 0, before):
            before -= 3
            while before and text[before - 1].isspace():
                before -= 1
        elif text.endswith(",", 0, before):
            before -= 1
        else:
            continue
        if text.endswith("-", 0, before):
            before -= 1
            while before and text[before - 1] in _LETTERS:
                before -= 1
            starts.add(before)
    return sorted(starts)


def word_forms(word: str) -> list[str]:
    """The forms in which one unit's name appears: definite and indefinite, with or without genitive.

    "Kommunstyrelsen" → kommunstyrelsen(s), kommunstyrelse(s); "IT-chef" → it-chef(en)(s).
    Plural forms are left out on purpose: "styrelser" and "nämnderna" name no single unit.
    """
    low = word.lower()
    bases = {low}
    if low.endswith(("en", "et")) and len(low) > 4:
        bases |= {low[:-1], low[:-2]}
    elif low[-1:] in ("n", "t") and len(low) > 4 and low[-2:-1] in "aeiouyåäö":
        bases.add(low[:-1])
    else:
        bases |= {low + "en", low + "et", low + "n"}
    if low.endswith(("ar", "er", "or")):
        bases.add(low + "na")
    return sorted({f for b in bases for f in (b, b + "s")}, key=lambda f: (-len(f), f))


def name_pattern(name: str) -> str:
    """A regex for a unit name that tolerates case, whitespace, hyphen spacing and inflection."""
    words = name.strip().split()
    if len(words) == 1 and name.isupper() and len(name) <= 6:
        return r"(?<![\w-])" + re.escape(name) + r"(?::s|s)?(?![\w-])"
    *head, last = words
    parts = [re.escape(w.lower()).replace(r"\-", r"-\s*") for w in head]
    parts.append("(?:" + "|".join(re.escape(f) for f in word_forms(last)) + ")")
    return r"(?<![\wÅÄÖåäö-])(?i:" + r"\s+".join(parts) + r")(?![\wÅÄÖåäö])"


@dataclass(frozen=True)
class _Name:
    unit: OrgUnit
    text: str
    former_until: object | None
    is_former: bool


def needle(name: str) -> tuple[str, bool]:
    """A piece of text that every match of ``name_pattern(name)`` contains: (text, case-sensitive).

    An abbreviation must appear as written; a one-word name, the beginning that all its
    inflected forms share; a longer name, its first word in lower case, up to a hyphen (the
    pattern lets "Barn- och" be written "Barn-  och").
    """
    words = name.strip().split()
    if len(words) == 1 and name.isupper() and len(name) <= 6:
        return name, True
    if len(words) == 1:
        forms = word_forms(words[0])
        common = forms[0]
        for form in forms[1:]:
            while not form.startswith(common):
                common = common[:-1]
        return common, False
    first = words[0].lower()
    cut = first.find("-")
    return (first[:cut + 1] if cut >= 0 else first), False


def _compiled(org: Organisation) -> list[tuple[re.Pattern[str], _Name]]:
    """The organisation's names with their compiled patterns, built once per organisation model.

    Extractors ask for every block and every actor phrase; recompiling a model of many units
    each time would cost more than the matching itself.
    """
    key = _org_key(org)
    cached = _CACHE.get(key)
    if cached is None:
        cached = [(re.compile(name_pattern(n.text)), n) for n in _names(org)]
        if len(_CACHE) >= 16:
            _CACHE.clear()
        _CACHE[key] = cached
    return cached


_CACHE: dict[tuple, list[tuple[re.Pattern[str], _Name]]] = {}


def _org_key(org: Organisation) -> tuple:
    return tuple(
        (u.id, u.name, u.kind, u.political, tuple(u.aliases), tuple((f.name, f.until) for f in u.former_names))
        for u in org.units
    )


def _names(org: Organisation) -> list[_Name]:
    out: list[_Name] = []
    for unit in org.units:
        out.append(_Name(unit, unit.name, None, False))
        out.extend(_Name(unit, alias, None, False) for alias in unit.aliases)
        out.extend(_Name(unit, f.name, f.until, True) for f in unit.former_names)
    # Longest names first, so "Kommunstyrelsens arbetsutskott" wins over "Kommunstyrelsen".
    return sorted(out, key=lambda n: -len(n.text))


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start) + 1, 0)
    right = text.find(". ", end)
    right = len(text) if right == -1 else right + 1
    return text[left:right].strip()[:300]


def _texts(blocks: Iterable[Block]) -> tuple[list[str], list[tuple[Block, int, int]]]:
    """The texts of paragraphs and headings (row 0) and of table cells, and (block, row, cell) of each."""
    texts: list[str] = []
    places: list[tuple[Block, int, int]] = []
    for block in blocks:
        if block.kind == "table":
            for r, row in enumerate(block.rows, start=1):
                for c, cell in enumerate(row, start=1):
                    if cell:
                        texts.append(cell)
                        places.append((block, r, c))
        elif block.text:
            texts.append(block.text)
            places.append((block, 0, 0))
    return texts, places


class _Prepared(NamedTuple):
    compiled: list[tuple[re.Pattern[str], _Name]]
    needles: list[tuple[str, bool]]
    said: list[tuple[str, str, str | None, object | None]]  # what a match of each name reports


# The same model object is asked about thousands of times per document (every actor phrase),
# so its prepared patterns are also found by identity, before the cost of building the key
# of its contents. The entry holds the model, so its id cannot be reused while cached;
# models are not changed after loading.
_BY_IDENTITY: dict[int, tuple[Organisation, _Prepared]] = {}


def _prepared(org: Organisation) -> _Prepared:
    hit = _BY_IDENTITY.get(id(org))
    if hit is not None and hit[0] is org:
        return hit[1]
    compiled = _compiled(org)
    by_id = {u.id: u for u in org.units}
    prepared = _Prepared(compiled, [needle(n.text) for _, n in compiled], [
        (n.unit.id, "former", by_id[n.unit.id].name, n.former_until) if n.is_former else (n.unit.id, "current", None, None)
        for _, n in compiled
    ])
    if len(_BY_IDENTITY) >= 16:
        _BY_IDENTITY.clear()
    _BY_IDENTITY[id(org)] = (org, prepared)
    return prepared


def find_mentions(blocks: Iterable[Block], org: Organisation | None) -> list[BodyMention]:
    """Every body or unit named in the blocks, in reading order, matched against ``org``.

    A name's pattern is tried only where its needle (see ``needle``) begins, found with one
    substring search per name over the whole document: matching every name of the model
    against every paragraph was most of the extraction time.
    """
    texts, places = _texts(blocks)
    prepared = _prepared(org) if org else None
    exact = _joined(texts)
    candidates = _candidates(prepared.needles, exact) if prepared else {}
    units = _places(UNIT_SUFFIXES, *exact)
    unknown = "unknown" if org else "unmatched"
    mentions: list[BodyMention] = []
    for k in sorted(units.keys() | candidates.keys()):
        text = texts[k]
        taken: list[tuple[int, int]] = []
        found: list[tuple[int, int, str, str | None, str, str | None, object | None]] = []
        for i, at in candidates.get(k, ()):
            pattern = prepared.compiled[i][0]
            for m in pattern.finditer(text) if at is None else matches_at(pattern, text, at):
                start, end = m.span()
                for s, e in taken:
                    if start < e and s < end:
                        break
                else:
                    taken.append((start, end))
                    found.append((start, end, m.group(0), *prepared.said[i]))
        spots = units.get(k)
        if spots is not None:
            for m in matches_at(_UNIT_WORD, text, unit_word_starts(text, spots)):
                start, end = m.span()
                for s, e in taken:
                    if start < e and s < end:
                        break
                else:
                    if not _generic(m.group(1)):
                        found.append((start, end, m.group(1), None, unknown, None, None))
        if not found:
            continue
        if len(found) > 1:
            found.sort(key=itemgetter(0))
        block, r, c = places[k]
        location = cell_location(block.location, r, c) if r else block.location
        mentions.extend(_mention(name, unit_id, status, renamed_to, until, location, _sentence(text, start, end))
                        for start, end, name, unit_id, status, renamed_to, until in found)
    return mentions


_MENTION_FIELDS = frozenset(BodyMention.model_fields)


def _mention(text: str, unit_id: str | None, status: str, renamed_to: str | None, until, location: Location,
             quote: str) -> BodyMention:
    """A BodyMention of values made here (see trusted.py): a document names bodies hundreds of times."""
    return trusted(BodyMention, _MENTION_FIELDS, text=text, unit_id=unit_id, status=status, renamed_to=renamed_to,
                   until=until, location=location, quote=quote)


def _candidates(needles: list[tuple[str, bool]], exact: tuple[str, list[int]]
                ) -> dict[int, list[tuple[int, list[int] | None]]]:
    """For each text that holds a name's needle, the indexes (in the needles' order, longest
    name first) of those names, each with where in the text its needle begins, or None where
    the name's pattern must be scanned for; every name for every text, to be scanned for, when
    a text cannot be folded safely.

    The texts are not folded one by one (see hints.folded) but lowered as joined: a needle holds
    no whitespace, so it lies in a text's folded form exactly when it lies in its lower case
    form; lowering keeps every length but that of U+0130, one of ``_FOLDED_BY_RE_ONLY``; and
    a newline, being neither cased nor case-ignorable, keeps each text's lowering its own.

    Every match begins with its needle (see ``needle``), so trying the pattern only where the
    needle begins finds what a scan finds (see hints.matches_at): for an exact needle, and for
    one of ``_CASE_PLAIN`` letters, which ``re.IGNORECASE`` matches only in what lowers to them
    or in the characters of ``_FOLDED_BY_RE_ONLY``.
    """
    if not needles:
        return {}
    whole, starts = exact
    if any(c in whole for c in _FOLDED_BY_RE_ONLY):
        every: list[tuple[int, list[int] | None]] = [(i, None) for i in range(len(needles))]
        return {k: every for k in range(len(starts))}
    per_text: dict[int, list[tuple[int, list[int] | None]]] = {}
    joined = {True: whole, False: whole.lower()}
    found: dict[tuple[str, bool], dict[int, list[int]]] = {}  # a name and its alias often share their needle
    for i, (piece, is_exact) in enumerate(needles):
        places = found.get((piece, is_exact))
        if places is None:
            places = found[piece, is_exact] = _places((piece,), joined[is_exact], starts)
        placed = is_exact or _CASE_PLAIN.issuperset(piece)
        for k, at in places.items():
            per_text.setdefault(k, []).append((i, at if placed else None))
    return per_text


# Letters that re.IGNORECASE matches, but for _FOLDED_BY_RE_ONLY, only in what lowers to them:
# no other character folds to them (tested).
_CASE_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzåäöéü0123456789-")


def _places(pieces: Iterable[str], whole: str, starts: list[int]) -> dict[int, list[int]]:
    """For each of the joined texts that holds one of ``pieces``, where in it each occurrence
    begins, overlapping ones too, ascending for each piece."""
    places: dict[int, list[int]] = {}
    for piece in pieces:
        at = whole.find(piece)
        while at != -1:
            line = bisect_right(starts, at) - 1
            places.setdefault(line, []).append(at - starts[line])
            at = whole.find(piece, at + 1)
    return places


def _joined(texts: list[str]) -> tuple[str, list[int]]:
    """The texts joined by newlines (no needle holds one), and where each begins."""
    starts = list(accumulate([len(t) + 1 for t in texts], initial=0))
    starts.pop()
    return "\n".join(texts), starts


def _generic(word: str) -> bool:
    low = word.lower()
    if " och " in low or "," in low:
        return False
    if low in GENERIC_WORDS:
        return True
    for suffix in UNIT_SUFFIXES:
        idx = low.rfind(suffix)
        if idx != -1:
            head = low[:idx].rstrip("-")
            if len(head) < 3 or head in GENERIC_PREFIXES:
                return True
            ending = low[idx + len(suffix):]
            return ending not in DEFINITE
    return True


def unit_for_body(body: str, org: Organisation | None) -> OrgUnit | None:
    """The organisation unit a body string (e.g. from an adoption line) names, if any."""
    if not org or not body:
        return None
    for pattern, n in _prepared(org).compiled:
        if pattern.search(body):
            return n.unit
    return None

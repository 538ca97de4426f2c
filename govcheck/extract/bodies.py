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
from typing import Iterable

from govcheck.extract.hints import folded, matches_at
from govcheck.extract.lines import cell_location
from govcheck.model import Block, BodyMention, Location, Organisation, OrgUnit
from govcheck.textsearch import lines_holding
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


def _texts(blocks: Iterable[Block]) -> Iterable[tuple[str, Block, int, int]]:
    """(text, block, row, cell) of paragraphs and headings (row 0) and of table cells."""
    for block in blocks:
        if block.kind == "table":
            for r, row in enumerate(block.rows, start=1):
                for c, cell in enumerate(row, start=1):
                    if cell:
                        yield cell, block, r, c
        elif block.text:
            yield block.text, block, 0, 0


# The same model object is asked about thousands of times per document (every actor phrase),
# so its prepared patterns are also found by identity, before the cost of building the key
# of its contents. The entry holds the model, so its id cannot be reused while cached;
# models are not changed after loading.
_BY_IDENTITY: dict[int, tuple[Organisation, list, list]] = {}


def _prepared(org: Organisation) -> tuple[list[tuple[re.Pattern[str], _Name]], list[tuple[str, bool]]]:
    hit = _BY_IDENTITY.get(id(org))
    if hit is not None and hit[0] is org:
        return hit[1], hit[2]
    compiled = _compiled(org)
    needles = [needle(n.text) for _, n in compiled]
    if len(_BY_IDENTITY) >= 16:
        _BY_IDENTITY.clear()
    _BY_IDENTITY[id(org)] = (org, compiled, needles)
    return compiled, needles


def find_mentions(blocks: Iterable[Block], org: Organisation | None) -> list[BodyMention]:
    """Every body or unit named in the blocks, in reading order, matched against ``org``.

    A name's pattern is tried only on the texts that hold its needle (see ``needle``), found
    with one substring search per name over the whole document: matching every name of the
    model against every paragraph was most of the extraction time.
    """
    by_id = {u.id: u for u in org.units} if org else {}
    texts = list(_texts(blocks))
    patterns = list(zip(*_prepared(org))) if org else []
    raw = [t for t, *_ in texts]
    exact = _joined(raw)
    candidates = _candidates(patterns, raw, exact)
    units = _suffix_places(*exact)
    mentions: list[BodyMention] = []
    for k in sorted(units.keys() | candidates.keys()):
        text, block, r, c = texts[k]
        location = None
        taken: list[tuple[int, int]] = []
        found: list[tuple[int, BodyMention]] = []
        for i in candidates.get(k, ()):
            pattern, n = patterns[i][0]
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                location = location or (cell_location(block.location, r, c) if r else block.location)
                found.append((m.start(), _mention(
                    m.group(0), n.unit.id, "former" if n.is_former else "current",
                    by_id[n.unit.id].name if n.is_former else None, n.former_until if n.is_former else None,
                    location, _sentence(text, m.start(), m.end()))))
        for m in matches_at(_UNIT_WORD, text, unit_word_starts(text, units[k])) if k in units else ():
            if any(m.start() < e and s < m.end() for s, e in taken) or _generic(m.group(1)):
                continue
            location = location or (cell_location(block.location, r, c) if r else block.location)
            found.append((m.start(), _mention(
                m.group(1), None, "unknown" if org else "unmatched", None, None,
                location, _sentence(text, m.start(), m.end()))))
        mentions.extend(mention for _, mention in sorted(found, key=lambda f: f[0]))
    return mentions


_MENTION_FIELDS = frozenset(BodyMention.model_fields)


def _mention(text: str, unit_id: str | None, status: str, renamed_to: str | None, until, location: Location,
             quote: str) -> BodyMention:
    """A BodyMention of values made here (see trusted.py): a document names bodies hundreds of times."""
    return trusted(BodyMention, _MENTION_FIELDS, text=text, unit_id=unit_id, status=status, renamed_to=renamed_to,
                   until=until, location=location, quote=quote)


def _candidates(patterns: list, texts: list[str], exact: tuple[str, list[int]]) -> dict[int, list[int]]:
    """For each text that holds a name's needle, the indexes (in the patterns' order, longest
    name first) of those names; every name for every text when a text cannot be folded safely."""
    if not patterns:
        return {}
    low = [folded(t) for t in texts]
    if any(f is None for f in low):
        every = list(range(len(patterns)))
        return {k: every for k in range(len(texts))}
    per_text: dict[int, list[int]] = {}
    joined = {True: exact, False: _joined(low)}
    found: dict[tuple[str, bool], list[int]] = {}  # a name and its alias often share their needle
    for i, (_, (piece, is_exact)) in enumerate(patterns):
        lines = found.get((piece, is_exact))
        if lines is None:
            lines = found[piece, is_exact] = list(lines_holding(piece, *joined[is_exact]))
        for k in lines:
            per_text.setdefault(k, []).append(i)
    return per_text


def _suffix_places(whole: str, starts: list[int]) -> dict[int, list[int]]:
    """For each of the joined texts that holds a unit suffix, where in it each suffix occurs."""
    places: dict[int, list[int]] = {}
    for suffix in UNIT_SUFFIXES:
        at = whole.find(suffix)
        while at != -1:
            line = bisect_right(starts, at) - 1
            places.setdefault(line, []).append(at - starts[line])
            at = whole.find(suffix, at + 1)
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
    for pattern, n in _prepared(org)[0]:
        if pattern.search(body):
            return n.unit
    return None

"""Find statements that an actor decides: "Digitaliseringsrådet beslutar om …".

An audit asks whether the bodies that decide have the mandate to (Kommunallagen 6 kap.
37–38 §§; the Lund 2021 review found digitalisation forums that "decide" with no delegation
at all). So every "X beslutar / fattar beslut om / fastställer / prioriterar / godkänner",
"beslut fattas av X", "X har mandat att besluta" is recorded with the actor's level and
whether it is political, for the ``delegation`` check to judge. Adoption lines
("Beslutad av kommunfullmäktige 2008-…", participles and past tense) and negated or advisory
text ("rådgivande", "fattar inga beslut", "får inte besluta") are not decision statements.
Headings, lists ("Rådet beslutar om:") and role tables ("Forum | Mandat") give the actor of
subjectless items, as for responsibilities.
"""

from __future__ import annotations

import re

from govcheck.extract.hints import may_contain
from govcheck.extract.levels import normalise_level
from govcheck.extract.responsibilities import (
    PRONOUNS, W, Passage, clauses, is_actor, is_intro, match_actor, passages, quote_of, resolve, tidy,
)
from govcheck.model import Block, DecisionStatement, Level, Organisation, OrgUnit

POLITICAL_KINDS = {"fullmaktige", "styrelse", "namnd", "utskott"}
POLITICAL_LEVELS = {"KF", "KS", "namnd", "utskott"}

# "Prioriterar" alone describes how work is ranked ("Förvaltningen prioriterar initiativ där
# nyttan är tydlig"), not a power to decide; it counts only as a mandate ("har mandat att prioritera").
_INF = r"(?:besluta|fatta\s+beslut|fastställa|godkänna)"
_MANDATE_INF = r"(?:besluta|fatta\s+beslut|fastställa|godkänna|prioritera)"
_VERB = (
    r"(?P<verb>beslutar|fattar\s+(?:även\s+|också\s+)?beslut|fastställer|godkänner"
    rf"|har\s+(?:[\wåäö]+\s+)?(?:mandat|rätt)\s+att\s+{_MANDATE_INF}|har\s+(?:[\wåäö]+\s+)?beslutanderätt"
    rf"|(?:ska|skall|får|kan)\s+(?:också\s+|även\s+)?{_INF})"
)
_ACTOR = rf"(?P<actor>{W}+(?:\s+{W}+){{0,5}}?)"
# An inserted clause after the verb is skipped: "Kommundirektören beslutar, med stöd av styrgruppen, om …".
_MATTER = r"(?:\s*,[^,]{1,80},)?(?:\s+(?P<matter>.*))?$"
_PATTERNS = [
    re.compile(rf"^Det\s+är\s+(?:också\s+|även\s+)?{_ACTOR}\s+som\s+(?:[\wåäö]+\s+och\s+)?{_VERB}\b{_MATTER}", re.S),
    re.compile(rf"^(?:I|Inom)\s+{_ACTOR}\s+fattas\s+(?:även\s+|också\s+)?beslut\b{_MATTER}", re.S),
    re.compile(rf"^{_ACTOR}(?:\s*,\s*genom\s+[^,]+,)?\s+{_VERB}\b{_MATTER}", re.I | re.S),
    re.compile(rf"^(?P<adverbial>[^,]{{2,60}}?)\s+(?P<verb>beslutar|fastställer|godkänner|fattar)\s+"
               rf"(?P<actor>{W}+)(?P<beslut>\s+beslut)?\b{_MATTER}", re.S),
]
# What each pattern (case-sensitive) needs: a prefix, or one of some words anywhere; None: nothing.
_NEEDS: list[tuple[str, ...] | str | None] = ["Det", "I", None, ("beslutar", "fastställer", "godkänner", "fattar")]
_GATED = list(zip(_PATTERNS, _NEEDS))
# Passive: "Beslut om X fattas av Y", "X fastställs årligen av Y" (the actor is read after "av").
_PASSIVE = re.compile(
    r"^(?:[Bb]eslut(?:et|en)?(?:\s+om\s+(?P<matter>.+?))?\s+fattas|(?P<subject>.+?)\s+(?:beslutas|fastställs|godkänns))"
    r"\s+(?:[\wåäö]+\s+){0,2}?av\s+(?P<rest>.+)$",
    re.S,
)
# "… till digitaliseringsforumet som fattar beslut", "forumen, som ska besluta om …".
_RELATIVE = re.compile(rf"\s*,?\s+som\s+(?:[\wåäö]+\s+och\s+)?{_VERB}\b(?:\s+(?P<matter>[^,]*))?")
_START = re.compile(
    rf"^(?:att\s+)?(?:besluta[r]?|fatta[r]?\s+beslut|fastställ(?:a|er)|godkänn(?:a|er)"
    r"|ha[r]?\s+(?:[\wåäö]+\s+)?(?:mandat|beslutanderätt)(?:\s+att\s+\w+)?)\b\s*",
    re.I,
)
_ADOPTION = re.compile(
    r"^(?:beslutad|fastställd|antagen|godkänd|reviderad|antogs|beslutades|fastställdes|godkändes)\b", re.I,
)
# Outside a "beslutar om:" list or mandate table a statement needs one of these words.
_HINT = ("beslut", "fastst", "godkän", "mandat", "rätt", "fattar")
_NEGATED = re.compile(
    r"\brådgivande\b|\b(?:inte|ej|icke|aldrig|inga|ingen|saknar)\b(?:\s+\S+){0,3}?\s+"
    r"(?:beslut\w*|mandat|fastställ\w*|godkänn\w*|prioriter\w*)",
    re.I,
)


def _matter(text: str | None) -> str:
    text = re.sub(r"^(?:(?:även|också|årligen|löpande|själva|själv|slutligt)\s+)*", "", (text or "").strip(), flags=re.I)
    return tidy(re.sub(r"^(?:om|att|över|i|för|kring|rörande|gällande)\s+", "", text, flags=re.I))


def _longest_actor(candidates: list[str], org: Organisation | None) -> str | None:
    """The longest of the candidate phrases (shortest first) that names an actor."""
    best = None
    for phrase in candidates:
        phrase = phrase.strip(" ,.;:")
        if is_actor(phrase, org):
            best = phrase
    return best


def _explicit(text: str, context: str | None, org: Organisation | None) -> tuple[str, str] | None:
    for pattern, needs in _GATED:
        if needs is not None and not (text.startswith(needs) if type(needs) is str else any(w in text for w in needs)):
            continue
        m = pattern.match(text)
        if not m:
            continue
        g = m.groupdict()
        actor = m.group("actor").strip(" ,.:")
        if g.get("adverbial") is not None:
            if is_actor(g["adverbial"], org) or (g["verb"] == "fattar" and not g.get("beslut")):
                continue
        if actor.lower() in PRONOUNS and context:
            actor = context
        elif not is_actor(actor, org):
            continue
        if (g.get("matter") or "").lower().startswith(("inte ", "ej ", "aldrig ")):
            return None
        return resolve(actor, context), _matter(g.get("matter"))
    m = _PASSIVE.match(text)
    if m:
        words = m.group("rest").split()
        actor = _longest_actor([" ".join(words[:n]) for n in range(1, min(len(words), 6) + 1)], org)
        if actor:
            return resolve(actor, context), _matter(m.group("matter") or m.group("subject"))
    return None


def _relative(sentence: str, org: Organisation | None) -> tuple[str, str] | None:
    for m in _RELATIVE.finditer(sentence):
        words = sentence[: m.start()].split()
        actor = _longest_actor([" ".join(words[-n:]) for n in range(1, min(len(words), 6) + 1)], org)
        if actor:
            return actor, _matter(m.group("matter"))
    return None


def statement(sentence: str, context: str | None, mode: str, org: Organisation | None) -> tuple[str, str] | None:
    """(actor, matter) when the sentence says that an actor decides, else None."""
    if not mode.startswith("decide") and not may_contain(sentence, _HINT):
        return None
    text = sentence.rstrip(" .;!?")
    if (sentence.endswith(":") or is_intro(sentence)) and not mode.endswith("list"):  # "Rådet beslutar om:" + items
        return None
    if _ADOPTION.match(text) or _NEGATED.search(text):
        return None
    for clause in clauses(text):
        found = _explicit(clause, context, org)
        if found:
            return found
    found = _relative(text, org)
    if found:
        return found
    if context and mode.startswith("decide"):
        return context, _matter(_START.sub("", text, count=1))
    if context and mode != "free" and _START.match(text):
        return context, _matter(_START.sub("", text, count=1))
    return None


def political(level: Level, unit: OrgUnit | None) -> bool | None:
    """The organisation model's word when it has one (its flag, else its kind), else the level's."""
    if unit is not None:
        return unit.political if "political" in unit.model_fields_set else unit.kind in POLITICAL_KINDS
    if level in POLITICAL_LEVELS:
        return True
    return False if level in ("tjansteperson", "rad") else None


def find_decisions(
    blocks: list[Block], org: Organisation | None, walked: list[Passage] | None = None,
) -> list[DecisionStatement]:
    """Every statement that an actor decides, in reading order, with level, unit and political flag."""
    cache: dict = {}
    said: dict[tuple[str, str | None, str], tuple[str, str] | None] = {}  # a document repeats its sentences
    found: list[DecisionStatement] = []
    for p in walked if walked is not None else passages(blocks, org):
        key = (p.text, p.actor, p.mode)
        if key not in said:
            said[key] = statement(p.text, p.actor, p.mode, org)
        pair = said[key]
        if not pair:
            continue
        actor, matter = pair
        match = match_actor(actor, org, cache)
        level = normalise_level(actor)
        found.append(DecisionStatement(
            actor=actor, matter=matter, level=level, unit_id=match.unit_id,
            political=political(level, match.unit), location=p.location, quote=quote_of(p.text),
        ))
    return found

"""``delegation``: every body that the documents say decides has the mandate to decide.

A political body (fullmäktige, styrelse, nämnd, utskott) decides by its own mandate. Anyone
else — a council, forum, steering group or official — may decide only what a nämnd has
delegated (Kommunallagen 6 kap. 37 §). The Lund 2021 review found digitalisation forums
that, according to the model, "decide" the digital roadmap although no delegationsordning
gives them that power. So each "X beslutar / fattar beslut om / fastställer / prioriterar"
statement whose actor is not political (organisation model first, else its level) must be
matched by a delegationsordning entry in the corpus naming X as delegate (same unit in the
organisation model, or the same name across inflection) for a matter that shares a content
word with the decision's matter (a word stem of five letters or more; compounds count:
"projekt" matches "digitaliseringsprojekt"). A statement with no matter ("… som fattar
beslut") is matched by any entry for X. Statements in a reglemente or delegationsordning are
not checked: there they are the mandate itself, and they also count as one for other
documents.

Options:
  political_levels  levels that decide by their own mandate (default [KF, KS, namnd, utskott])
  doc_types         documents whose decision statements are checked (default: all)
Each unmandated decision is a not_fulfilled outcome citing its statement; a document whose
deciding bodies all have a mandate, or documents without decision statements, are fulfilled.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar, Iterator, Literal

from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, doc_label, msg, no_documents
from govcheck.extract.bodies import name_pattern
from govcheck.model import DecisionStatement, DelegationEntry, Evidence, GoverningDocument, Level, Text

NAME = "delegation"
SUMMARY = Text(
    sv="De organ som enligt dokumenten fattar beslut är politiska eller har delegation i sådana ärenden.",
    en="The bodies that the documents say decide are political or hold a delegation for such matters.",
)
MANDATE_TYPES = ("delegationsordning", "reglemente")
LEVEL_SV = {"KF": "kommunfullmäktige", "KS": "kommunstyrelsen", "namnd": "nämnd", "utskott": "utskott",
            "tjansteperson": "tjänsteperson", "rad": "råd/forum/grupp", "unknown": "okänd nivå"}
LEVEL_EN = {"KF": "council", "KS": "executive board", "namnd": "committee", "utskott": "sub-committee",
            "tjansteperson": "official", "rad": "council/forum/group", "unknown": "unknown level"}
# Stems that every matter shares: they say nothing about which kind of matter it is.
_STOP = {
    "beslut", "ärend", "frågor", "fråga", "gällande", "avseende", "enligt", "kommun", "kommunens", "nämnd",
    "förvaltning", "verksamhet", "område", "respektive", "samtlig", "övrig", "andra", "sådan", "utifrån",
    "rörande", "inklusive", "delegation", "digital", "digitala", "digitalt", "gemensam", "gemensamma",
    "gemensamt", "övergripand", "strategisk", "strategiska", "strategiskt", "samtliga", "övriga", "inför",
    "mellan", "eller", "under", "efter", "genom", "vilka", "också", "annan", "ansvar",
}
# Endings to drop before comparing; the base form is then found inside the other text's words.
_ENDINGS = ("ernas", "arnas", "ornas", "erna", "arna", "orna", "ande", "ende", "ens", "ets", "are",
            "en", "et", "er", "ar", "or", "na", "es", "s")


class Spec(CheckSpec):
    reads_text: ClassVar[bool] = True
    kind: Literal["delegation"]
    political_levels: list[Level] = ["KF", "KS", "namnd", "utskott"]


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            return word[: -len(ending)]
    return word


def _words(text: str) -> list[str]:
    return re.findall(r"[a-zåäöéü]+", text.lower())


def shared_word(a: str, b: str) -> str | None:
    """A content word stem (≥ 5 letters) of one text that occurs in a word of the other, else None."""
    words_a, words_b = _words(a), _words(b)
    for stems, others in ((words_a, words_b), (words_b, words_a)):
        for word in stems:
            stem = _stem(word)
            if len(stem) >= 5 and stem not in _STOP and any(stem in other for other in others):
                return stem
    return None


def _has_content(text: str) -> bool:
    return any(len(s := _stem(w)) >= 5 and s not in _STOP for w in _words(text))


@lru_cache(maxsize=4096)
def same_actor(name: str, other: str) -> bool:
    """Whether two names are the same across case and inflection ("Digitaliseringsforumet" = "digitaliseringsforum")."""
    a, b = (re.sub(r"\([^)]*\)", " ", x).strip(" .,;:") for x in (name, other))
    if not a or not b:
        return False
    return any(_name_regex(x).fullmatch(y) for x, y in ((a, b), (b, a)))


@lru_cache(maxsize=1024)
def _name_regex(name: str) -> re.Pattern[str]:
    return re.compile(name_pattern(name))


@lru_cache(maxsize=4096)
def _delegates(delegate: str) -> tuple[str, ...]:
    """The names in a delegate cell: "IT-chef/Förvaltningschef" → IT-chef, Förvaltningschef."""
    return tuple(part for part in re.split(r"\s*(?:/|,|;|\beller\b|\boch\b)\s*", delegate) if part)


def names_delegate(entry: DelegationEntry, d: DecisionStatement) -> bool:
    if d.unit_id and entry.delegate_unit_id == d.unit_id:
        return True
    return any(same_actor(part, d.actor) for part in _delegates(entry.delegate))


def _covers(d: DecisionStatement, actor_matches: bool, matter: str) -> bool:
    return actor_matches and (not _has_content(d.matter) or shared_word(d.matter, matter) is not None)


def find_mandate(d: DecisionStatement, ctx: CheckContext) -> Evidence | None:
    """The delegation entry (or reglemente statement) that gives the actor this kind of matter.
    Many statements name the same actor and matter; each is looked up once per evaluation."""
    return ctx.index.memo((find_mandate, d.unit_id, d.actor, d.matter), lambda: _find_mandate(d, ctx))


def _find_mandate(d: DecisionStatement, ctx: CheckContext) -> Evidence | None:
    for doc in ctx.corpus.documents:
        if doc.doc_type.value == "delegationsordning":
            entries = doc.delegation_entries
            for i in _rows_naming(doc, d, ctx):
                if _covers(d, True, entries[i].matter):
                    e = entries[i]
                    return Evidence(document=doc.path, location=e.location, quote=entry_quote(e))
        if doc.doc_type.value in MANDATE_TYPES:
            for m in doc.decisions:
                same = bool(d.unit_id and m.unit_id == d.unit_id) or same_actor(m.actor, d.actor)
                if _covers(d, same, m.matter):
                    return Evidence(document=doc.path, location=m.location, quote=m.quote)
    return None


def _rows_naming(doc: GoverningDocument, d: DecisionStatement, ctx: CheckContext) -> list[int]:
    """The numbers, ascending, of the rows of ``doc`` whose delegate ``names_delegate`` matches
    ``d``: decided once per delegate cell, since a delegationsordning has thousands of rows
    and a handful of delegates (a row whose delegate does not match never covers ``d``)."""
    groups = ctx.index.memo((_rows_naming, ctx.index.doc_key(doc)), lambda: _delegate_groups(doc))
    return sorted(i for entry, rows in groups if names_delegate(entry, d) for i in rows)


def _delegate_groups(doc: GoverningDocument) -> list[tuple[DelegationEntry, list[int]]]:
    """The rows of ``doc`` by delegate and its unit, each group with its first row standing for it."""
    groups: dict[tuple[str, str | None], tuple[DelegationEntry, list[int]]] = {}
    for i, e in enumerate(doc.delegation_entries):
        key = (e.delegate, e.delegate_unit_id)
        group = groups.get(key)
        if group is None:
            groups[key] = (e, [i])
        else:
            group[1].append(i)
    return list(groups.values())


def entry_quote(e: DelegationEntry) -> str:
    """A delegation row as one line: "1.2 Prioritering av projekt | Digitaliseringsrådet | …"."""
    matter = f"{e.reference} {e.matter}" if e.reference else e.matter
    return " | ".join(x for x in (matter, e.delegate, e.law, e.note) if x)[:300]


def is_political(d: DecisionStatement, spec: Spec) -> bool:
    if d.unit_id and d.political is not None:
        return d.political
    return d.level in spec.political_levels


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    docs = ctx.documents(spec)
    if not docs:
        yield no_documents(spec)
        return
    checked = [doc for doc in docs if doc.doc_type.value not in MANDATE_TYPES and doc.decisions]
    if not checked:
        yield Outcome("fulfilled", msg(
            "Dokumenten säger inte att något organ fattar beslut, så ingen delegation behöver prövas.",
            "The documents do not say that any body decides, so no delegation needs to be tested."))
        return
    has_order = any(d.doc_type.value == "delegationsordning" for d in ctx.corpus.documents)
    for doc in checked:
        yield from _assess(doc, spec, ctx, has_order)


def _assess(doc: GoverningDocument, spec: Spec, ctx: CheckContext, has_order: bool) -> Iterator[Outcome]:
    name = doc_label(doc)
    covered: list[Evidence] = []
    unmandated = 0
    for d in doc.decisions:
        cited = Evidence(document=doc.path, location=d.location, quote=d.quote)
        if is_political(d, spec):
            covered.append(cited)
            continue
        mandate = find_mandate(d, ctx)
        if mandate:
            covered.extend((cited, mandate))
            continue
        unmandated += 1
        what_sv = f" om «{d.matter}»" if d.matter else ""
        what_en = f" on “{d.matter}”" if d.matter else ""
        none_sv = (f"ingen delegationsordning delegerar sådana ärenden till «{d.actor}»" if has_order
                   else "det finns ingen delegationsordning bland dokumenten")
        none_en = (f"no delegationsordning delegates such matters to “{d.actor}”" if has_order
                   else "there is no delegationsordning among the documents")
        yield Outcome(
            "not_fulfilled",
            msg(f"«{name}»: {d.actor} beslutar{what_sv} men är inte ett politiskt organ "
                f"({LEVEL_SV[d.level]}), och {none_sv}.",
                f"“{name}”: {d.actor} decides{what_en} but is not a political body "
                f"({LEVEL_EN[d.level]}), and {none_en}."),
            doc.path,
            (cited,),
        )
    if not unmandated:
        yield Outcome(
            "fulfilled",
            msg(f"«{name}»: alla {len(doc.decisions)} beslutsformuleringar gäller politiska organ eller organ med delegation.",
                f"“{name}”: all {len(doc.decisions)} decision statements concern political bodies or delegates."),
            doc.path,
            tuple(covered),
        )


_MODEL = (
    "# Digitaliseringsmodell\n\nAntagen av kommundirektören 2022-03-01\n\n## Styrning\n\n"
    "Kommunstyrelsen beslutar om kommunens digitaliseringsstrategi.\n\n"
    "Digitaliseringsforumet beslutar om förvaltningens digitala färdplan.\n"
)
_ORDER = (
    "# Delegationsordning för kommunstyrelsen\n\nAntagen av kommunstyrelsen 2022-01-20, § 12\n\n"
    "## Digitalisering\n\n| Nr | Ärende | Delegat | Anmärkning |\n|---|---|---|---|\n"
    "| 7.1 | Fastställa förvaltningens digitala färdplan | Digitaliseringsforum | Anmäls till kommunstyrelsen |\n"
    "| 7.2 | Upphandling av IT-system under 500 000 kr | IT-chef | |\n"
)
_ORDER_WITHOUT = _ORDER.replace(
    "| 7.1 | Fastställa förvaltningens digitala färdplan | Digitaliseringsforum | Anmäls till kommunstyrelsen |\n", "")

EXAMPLES = [
    Example(
        title="A forum that decides the roadmap holds that delegation",
        check={"kind": "delegation", "doc_types": ["modell"]},
        document=_MODEL,
        more_documents=(_ORDER,),
        verdict="fulfilled",
    ),
    Example(
        title="A forum that decides without delegation (Lund 2021)",
        check={"kind": "delegation", "doc_types": ["modell"]},
        document=_MODEL,
        more_documents=(_ORDER_WITHOUT,),
        verdict="not_fulfilled",
    ),
    Example(
        title="Only political bodies decide",
        check={"kind": "delegation"},
        document="# IT-policy\n\nKommunfullmäktige beslutar om policyn. Nämnderna beslutar om sina verksamhetssystem.\n",
        verdict="fulfilled",
    ),
    Example(
        title="An advisory council that decides nothing",
        check={"kind": "delegation"},
        document="# IT-strategi\n\nDigitaliseringsrådet är rådgivande och fattar inga beslut.\n",
        verdict="fulfilled",
    ),
]

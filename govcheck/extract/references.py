"""Find references to other governing documents: "enligt IT-policyn", "i enlighet med
informationssäkerhetspolicyn", "Digitaliseringsstrategin (KS 2017/123)" (SPEC §4 DR-6, SD-4).

A name is a compound or phrase whose head is a kind of governing document (policy, strategi,
program, plan, riktlinje(r), reglemente, delegationsordning): "IT-policyn",
"Digitaliseringsstrategin", "Riktlinjer för informationssäkerhet", "Policy för IT och
digitalisering". A plain "strategin" or "denna policy" names no other document. A name counts
as a reference when

- a reference word stands right before it ("enligt", "i enlighet med", "utgår från",
  "bygger på", "i linje med", "med stöd av", "se", "kompletterar", "konkretiserar",
  "framgår av", "beskrivs i", "regleras i", "hänvisar till" …), or
- a diarienummer follows it in brackets ("(KS 2017/123)", "(dnr KS 2017/123)"), or
- it stands under a heading about other documents ("Relaterade dokument", "Övergripande
  styrdokument", "Koppling till andra styrdokument", "Referenser", "Hänvisningar").

Sentences that replace or repeal a document ("Strategin ersätter IT-strategin") or that
commission a new one ("En handlingsplan ska tas fram") refer to nothing that must be in force.
``base_name`` gives the form checks compare with titles.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from govcheck.extract.goals import sentences
from govcheck.extract.hints import may_contain
from govcheck.extract.lines import Line
from govcheck.model import Block, DocumentReference, Location
from govcheck.trusted import trusted

QUOTE_LIMIT = 300

HEADS = r"(?:delegationsordning|handlingsplan|riktlinjer|riktlinje|reglemente|strategi|program|policy|plan)"
_ENDING = r"(?:erna|arna|met|ens|ets|ers|en|et|na|ns|n|t|s)?"
_W = r"[A-ZÅÄÖa-zåäöéü]"
_COMPOUND = rf"{_W}[\wåäöÅÄÖ]*-?{HEADS}{_ENDING}"
_PHRASE = (rf"(?:[Rr]iktlinje(?:r|rna)?|[Pp]olicy(?:n)?|[Ss]trategi(?:n)?|[Pp]rogram(?:met)?|[Hh]andlingsplan(?:en)?|"
           rf"[Pp]lan(?:en)?|[Rr]eglemente(?:t)?)\s+för\s+{_W}[\wåäö-]*(?:\s+(?:och|i|inom|av)\s+{_W}[\wåäö-]*)?")
_NAME = re.compile(
    rf"(?<![\wåäöÅÄÖ-])(?P<name>{_PHRASE}|{_COMPOUND})(?![\wåäöÅÄÖ])"
    r"(?:\s*\((?:dnr\.?\s*|diarienummer\s*)?(?P<dnr>[A-ZÅÄÖa-zåäö]{1,6}[ /-]?\d{2,4}[/:.-]\d+[^)]{0,20})\))?"
)
_CUE = re.compile(
    r"(?:\benligt|\bi\s+enlighet\s+med|\butgår\s+(?:i)?från|\bbygger\s+på|\bi\s+linje\s+med|\bmed\s+stöd\s+av|"
    r"\bse|\bkompletterar|\bkompletteras\s+av|\bkonkretiserar|\bkonkretiseras\s+i|\bframgår\s+av|\bbeskrivs\s+i|"
    r"\bregleras\s+i|\banges\s+i|\bhänvisar\s+till|\bhänvisning\s+till|\bi\s+överensstämmelse\s+med|"
    r"\btar\s+sin\s+utgångspunkt\s+i|\bstyrs\s+av|\bförhålla\s+sig\s+till|\bkopplar\s+till|\bkopplas\s+till|"
    r"\bunder(?:ordnad|ordnat)\s+|\butifrån|\bgrundar\s+sig\s+på|\bvilar\s+på|\bföljer|\bbaseras\s+på)"
    r"\s+(?:(?:även|också|vidare|bl\.a\.|bland\s+annat)\s+)?(?:(?:den|det|de|kommunens|vår|våra|gällande|antagna|övergripande|[\wåäö]+\s+kommuns)\s+){0,2}$",
    re.I,
)
_SECTION = re.compile(
    r"(?:relaterade|övergripande|styrande|andra|kopplade|angränsande|anknytande)\s+(?:styr)?dokument|"
    r"koppling(?:ar)?\s+till|referenser|hänvisningar|utgångspunkter\s+i\s+(?:andra\s+)?styrdokument",
    re.I,
)
_NOT_A_REFERENCE = re.compile(
    r"\b(?:ersätter|ersätts|ersatt|upphäver|upphävs|upphör)\b|\b(?:tas|tagits|utarbetas|upprättas)\s+fram\b|"
    r"\bska\s+(?:tas\s+fram|utarbetas|upprättas|arbetas\s+fram)\b",
    re.I,
)
# What every match of _NOT_A_REFERENCE holds: it is tried only on sentences that name a document.
_NOT_A_REFERENCE_HINT = ("ersätt", "ersatt", "upphäv", "upphör", "fram", "utarbetas", "upprättas")
_GENERIC = re.compile(rf"^(?:denna|detta|en|ett|vår|den|det){HEADS}", re.I)
_GENERIC_WORDS = {"plan", "planen", "program", "programmet", "policy", "policyn", "strategi", "strategin",
                  "riktlinje", "riktlinjer", "riktlinjerna", "reglemente", "reglementet", "handlingsplan",
                  "handlingsplanen", "delegationsordning", "delegationsordningen", "planer", "program"}
# Compounds whose head is a document word but that name no document ("explan", "detaljplan" are
# documents too, but not governing ones the draft must rest on; "tidplan" is a schedule).
_NOT_DOCUMENTS = {"tidplan", "tidsplan", "tidplanen", "tidsplanen", "detaljplan", "detaljplanen", "översiktsplan",
                  "översiktsplanen", "kommunikationsplan", "kommunikationsplanen", "projektplan", "projektplanen",
                  "aktivitetsplan", "aktivitetsplanen"}


def _trim(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1] + "…"


def base_name(name: str) -> str:
    """A name in a form to compare with titles: lower case, the document word without its ending,
    no "kommunens" or "X kommuns" in front. "IT-policyn" → "it-policy"."""
    text = " ".join(re.sub(r"\([^)]*\)", " ", name).lower().split())
    text = re.sub(r"^(?:kommunens|den|det|de|vår|våra|gällande|antagna|[\wåäö]+\s+kommuns)\s+", "", text)
    text = re.sub(rf"{HEADS}{_ENDING}(?![\wåäö])", lambda m: _head(m.group(0)), text)
    return text.strip(" .,;:")


def _head(word: str) -> str:
    head = re.match(HEADS, word)
    base = head.group(0) if head else word
    return "riktlinje" if base == "riktlinjer" else base


# Every name _NAME finds holds one of these words; text without any names no document.
_HINT = ("plan", "policy", "strategi", "program", "riktlinje", "reglemente", "delegationsordning")


def _texts(blocks: Iterable[Block]) -> Iterator[tuple[str, Location | Line, list[str]]]:
    """Paragraphs and table cells that may name a document."""
    for block in blocks:
        if block.kind == "paragraph" and block.text.strip():
            if may_contain(block.text, _HINT):
                yield block.text, block.location, block.location.section
        elif block.kind == "table":
            for r, row in enumerate(block.rows, start=1):
                for c, cell in enumerate(row, start=1):
                    if cell and cell.strip() and may_contain(cell, _HINT):
                        yield cell, Line(cell, table=block.location, row=r, cell=c), block.location.section


def _is_name(name: str) -> bool:
    low = name.lower()
    if low in _GENERIC_WORDS or low in _NOT_DOCUMENTS or _GENERIC.match(low):
        return False
    return True


_REFERENCE_FIELDS = frozenset(DocumentReference.model_fields)


def find_document_references(blocks: Iterable[Block]) -> list[DocumentReference]:
    """References to other governing documents, in reading order, each name once per sentence."""
    found: list[DocumentReference] = []
    lists: dict[tuple[str, ...], bool] = {}  # per heading path: most texts share their section's
    for text, place, path in _texts(blocks):
        key = tuple(path)
        listed = lists.get(key)
        if listed is None:
            listed = lists[key] = any(_SECTION.search(h) for h in path)
        for sentence in sentences(text):
            if not may_contain(sentence, _HINT):  # most sentences of a text that names one name none
                continue
            names = list(_NAME.finditer(sentence))
            if not names or may_contain(sentence, _NOT_A_REFERENCE_HINT) and _NOT_A_REFERENCE.search(sentence):
                continue
            seen: set[str] = set()
            for m in names:
                name = m.group("name")
                if not _is_name(name) or seen and base_name(name) in seen:
                    continue
                cued = bool(_CUE.search(sentence[max(0, m.start() - 60): m.start()]))
                if not (cued or m.group("dnr") or listed):
                    continue
                seen.add(base_name(name))
                found.append(trusted(  # values made here (see trusted.py)
                    DocumentReference, _REFERENCE_FIELDS,
                    text=name,
                    reference=" ".join(m.group("dnr").split()) if m.group("dnr") else None,
                    location=place.location if isinstance(place, Line) else place,
                    quote=_trim(sentence),
                ))
    return found

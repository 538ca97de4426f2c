"""Adoption, revision, diarienummer, validity, owner, scope and "ersätter" from a document's text.

Each field has a small matcher over *segments*: one line of a paragraph, heading, table
cell, synthesised table label line (see ``lines``), header/footer or custom property, in
that order of trust: header/footer, body, properties. The first plausible match of a
scalar field wins, and every value keeps its segment's location and a quote.

Running text is trusted less than the *front* (header, footer, first blocks), where
metadata lives: outside it an adoption verb must open its sentence (at most three words
before it, no "som", "ersätter", "ska" …), and validity, review and scope sentences must
have the document itself as subject ("Policyn …", "Dokumentet …"). So "kommunstyrelsen
beslutar om …" or "ersätter IT-strategin (antagen av KF 2003)" never becomes an adoption.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable, NamedTuple, Sequence

from govcheck.extract.dates import DateMatch, find_dates
from govcheck.extract.hints import TextIndex, may_contain
from govcheck.extract.levels import normalise_level, strip_body
from govcheck.extract.lines import Line, table_lines, is_label
from govcheck.model.blocks import Block
from govcheck.model.common import Location, Provenance, Source, Sourced, Strict
from govcheck.model.document import Adoption, Revision

FRONT_BLOCKS = 15
QUOTE_MAX = 200


class Metadata(Strict):
    """What the cover sheet and metadata lines say; every value carries its provenance."""

    adoptions: list[Adoption] = []
    revisions: list[Revision] = []
    reference: Sourced[str] | None = None
    valid_until: Sourced[dt.date] | None = None
    review_by: Sourced[dt.date] | None = None
    review_interval: Sourced[str] | None = None
    owner: Sourced[str] | None = None
    scope: Sourced[str] | None = None
    replaces: list[Sourced[str]] = []


# --------------------------------------------------------------------------- segments


class _Seg(NamedTuple):  # a tuple: thousands are made per document
    text: str
    where: Line | Block  # has the location, built when the segment is cited (see lines.Line)
    front: bool  # header, footer, properties or one of the first FRONT_BLOCKS blocks
    source: Source
    index: int
    wide: bool = False  # from a table of 3+ columns, such as an action plan's "Ansvarig" column

    @property
    def location(self) -> Location:
        return self.where.location


def _quote(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= QUOTE_MAX else text[: QUOTE_MAX - 1].rstrip() + "…"


_new_seg = tuple.__new__  # makes a _Seg without a call to its generated __new__


def _segments(blocks: Sequence[Block], properties: dict[str, str], header_footer: Iterable[Block]) -> list[_Seg]:
    parts: list[tuple[str, Line | Block, bool, Source, bool]] = []
    add = parts.append
    header_footer = list(header_footer)
    front_end = len(header_footer) + FRONT_BLOCKS
    for i, block in enumerate([*header_footer, *blocks]):
        front = i < front_end
        if block.kind == "table":
            wide = max((len(row) for row in block.rows), default=0) > 2
            lines = [(line.text, line) for line in table_lines(block)]
        else:  # a paragraph's segments cite the block itself (it has a location, as a Line has)
            wide = False
            lines = [(block.text, block)]
        for text, where in lines:
            if "\n" not in text:
                stripped = text.strip()
                if stripped:
                    add((stripped, where, front, "extracted", wide))
                continue
            for part in text.split("\n"):
                if part.strip():
                    add((part.strip(), where, front, "extracted", wide))
    for key, value in sorted(properties.items()):
        if key.lower().startswith("custom:") and value.strip():
            name = key.split(":", 1)[1]
            text = f"{name}: {value}"
            where = Line("", Location(part="properties", field=key))
            for part in text.split("\n") if "\n" in text else [text]:
                if part.strip():
                    add((part.strip(), where, True, "properties", False))
    segs: list[_Seg] = []
    append = segs.append
    last = len(parts) - 1
    for k, (text, where, front, src, wide) in enumerate(parts):
        append(_new_seg(_Seg, (text, where, front, src, len(segs), wide)))
        # A PDF puts "Beslutad av" and its value on two lines: read them as one label line.
        if k < last and text[0] in _LABEL_ONLY_FIRST and _LABEL_ONLY.fullmatch(text.rstrip(": ")):
            following = parts[k + 1]
            if (not is_label(following[0]) and where.location.table is None
                    and following[1].location.part == where.location.part):
                name = text.rstrip(": ")
                append(_Seg(f"{name}: {following[0]}", Line("", base=following[1], field=name),
                            front, src, len(segs)))
    return segs


_LABEL_ONLY = re.compile(
    r"(?:beslutad|beslutat|antagen|antaget|fastställd|fastställt)\s+av|beslutsinstans|beslutsdatum|"
    r"dnr|diarienummer|dokumentansvarig|dokumentägare|ersätter|gäller\s+för|giltig\s+t\.?o\.?m\.?|"
    r"gäller\s+till\s+och\s+med|revideras\s+senast|nästa\s+revidering|senast\s+reviderad",
    re.I,
)
# The letters that _LABEL_ONLY's first letters match when case is ignored (re also folds "ſ" to "s").
_LABEL_ONLY_FIRST = frozenset("abdefgnrsABDEFGNRS\u017f")

# ------------------------------------------------------------------ diarienummer

_DNR_LABEL = r"(?<![\w-])(?:dnr|d\.nr|diarienummer|diarienr|diarie-nr|ärendenummer|ärendenr|ärende-nr)"
_REF = r"(?:[A-Za-zÅÄÖåäö]{1,6}[ /-]?)?\d+(?:[/:.-]\d+)+(?:\s+[A-ZÅÄÖ]{1,4}\.\d+)?"
_LABELLED_DNR = re.compile(rf"{_DNR_LABEL}\s*[.:]?\s*(?P<ref>{_REF})", re.I)
_BARE_DNR = re.compile(r"(?<![\w/§])(?P<ref>(?P<unit>[A-ZÅÄÖ]{2,5})[ /-]?(?:(?:19|20)\d{2}|\d{2})"
                       r"[/:]\d{1,6}(?:[/.-]\d+)*)(?![\w/])")
_NOT_DNR_UNITS = {"SFS", "ISO", "IEC", "EU", "EG", "SS", "SIS", "OSL", "PBL", "LOU", "KL", "FL", "TF"}


def _find_reference(text: str) -> re.Match[str] | None:
    """A diarienummer in text: a labelled one first, else an unlabelled "KS 2017/00064"."""
    m = _LABELLED_DNR.search(text)
    if m:
        return m
    for m in _BARE_DNR.finditer(text):
        # "ÖFS 2010:17", "KFS 2019:3": a författningssamling number, not a diarienummer.
        if m["unit"] not in _NOT_DNR_UNITS and not m["unit"].endswith("FS"):
            return m
    return None


# What _DNR_LABEL needs.
_DNR_HINT = ("dnr", "d.nr", "diarie", "ärende")


def _reference(segs: list[_Seg], index: TextIndex) -> Sourced[str] | None:
    """A labelled diarienummer in the front, else an unlabelled one there, else a line
    anywhere that opens with "Dnr"/"Diarienummer"."""
    front = [seg for seg in segs if seg.front]
    found = (next(((seg, m) for seg in front if (m := _LABELLED_DNR.search(seg.text))), None)
             or next(((seg, m) for seg in front if (m := _find_reference(seg.text))), None)
             or next(((segs[k], m) for k in index.holding(_DNR_HINT) if (m := _LABELLED_DNR.match(segs[k].text))),
                     None))
    if found is None:
        return None
    seg, m = found
    return _sourced(m["ref"].rstrip("."), seg, seg.text)


def _sourced(value, seg: _Seg, quote: str) -> Sourced:
    return Sourced[type(value)](value=value, source=seg.source, location=seg.location, quote=_quote(quote))


# ----------------------------------------------------------- adoption and revision

_ADOPT_KW = (r"antag(?:en|et|na|its?)|antogs|fastställ(?:d|t|da|des|ts)|beslut(?:ad|at|ade|ades|ats)|"
             r"godkän(?:d|t|da|des|ts)")
_REVISE_KW = r"(?:senast\s+)?(?:revider(?:ad|at|ade|ades|ats)|ändra(?:d|t|des)|kompletterad|revisionsdatum)"
# What every match of _EVENT holds. Each stem is one search of the whole document (see hints.TextIndex):
# a shared prefix is searched once when it adds few texts ("revider" is _validity's too), not when
# it adds many ("beslut" is in most rows of a delegation table, "fastställ" in many sentences).
_EVENT_HINT = ("antag", "antogs", "fastställd", "fastställt", "beslutad", "beslutat", "godkän", "revider", "ändra",
               "kompletterad", "revisionsdatum")
_EVENT = re.compile(rf"(?<![\w-])(?:(?P<adopt>{_ADOPT_KW})|(?P<revise>{_REVISE_KW}))(?![\w-])", re.I)
# Words that make a sentence about another document ("ersätter IT-strategin antagen av KF 2003").
_NOT_THIS = (r"som|ersätter|ersatte|ersätts|ersatt|enligt|jämför|tidigare|föregående|gamla|relaterade|"
             r"relaterat|bilaga|bilagor|hänvisning|hänvisar|utgår|grundar|se")
_EXCLUDE = re.compile(rf"\b(?:{_NOT_THIS}|även|ska|skall|måste|bör|kan|får|vara|bli|blir|inte|ej|när|innan)\b",
                      re.I)
# A sentence ends at . ! ? ; before a capital, so "t.o.m. 2024" and "§ 12, 2019" stay whole.
_SENTENCE_BREAK = re.compile(r"[.!?;]\s+(?=[A-ZÅÄÖ])")
# Phrases are short: look this far around a keyword, so long paragraphs stay linear.
WINDOW = 300


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins (looking back at most WINDOW characters)."""
    low = max(0, pos - WINDOW)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, low, pos)]
    return breaks[-1] if breaks else low


_BODY_STOP = re.compile(
    r"[,;(§/\d]|\s[–-]\s|\.(?:\s|$)|\s\S+:|\b(?:den|dnr|diarienummer|diarienr)\b|"
    r"(?:^|\s)(?:och|samt|som|med|är|att|ska|skall|gäller|i|inom|under|efter|vid|på|enligt|genom|"
    r"per|från|till|har|status|version)\b", re.I)
_PLACEHOLDER = re.compile(r"\b(?:\d{2})?(?:XX|ÅÅ)", re.I)
_PARAGRAPH = re.compile(r"§\s*(?P<n>\d+)(?:\s*/\s*(?P<y>\d{4}|\d{2})\b)?")
# A transcript lost the §: ", 140" right after the body or date; or "Kf 6/97" (§ 6 of 1997).
_BARE_PARAGRAPH = re.compile(r"^\s*(?:[,/]\s*)+(?P<n>\d{1,3})\b(?!\s*[./:-]\d)|"
                             r"^\s*(?P<n2>\d{1,3})\s*/\s*(?P<y>\d{4}|\d{2})\b")
_BODY_LABEL = re.compile(
    r"^(?:beslutsinstans|beslutande\s+(?:organ|instans)|beslutsorgan|beslutsfattare|instans|"
    r"fastställd\s*/\s*upprättad)\s*:?\s*(?P<v>.+)$", re.I)
_DATE_LABEL = re.compile(
    r"^(?:(?P<strong>beslutsdatum|antagandedatum|fastställelsedatum|beslutad\s+datum|"
    r"datum\s+för\s+(?:beslut|antagande|fastställelse))|(?P<weak>datum))\s*:?\s*(?P<v>.+)$", re.I)
_PARAGRAPH_LABEL = re.compile(r"^(?:paragraf|protokollsparagraf|beslutsparagraf|§)\s*:?\s*(?P<v>.*\d.*)$", re.I)


@dataclass(eq=False)
class _Decision:
    """An adoption or revision found in one clause, or a partial one from a label."""

    seg: _Seg
    quote: str
    body: str | None = None
    date: dt.date | None = None
    year: int | None = None
    paragraph: str | None = None
    reference: str | None = None
    strong: bool = True  # a partial from "Beslutsdatum:" (strong) or "Datum:" (weak, only merged nearby)
    used: bool = False

    @property
    def level(self):
        return normalise_level(self.body) if self.body else "unknown"


def _year(text: str) -> int:
    """A year from "§ 116/13" or "§ 54/2020"; two digits pivot at 50 (fixed, so output is reproducible)."""
    y = int(text)
    if len(text) == 4:
        return y
    return 2000 + y if y < 50 else 1900 + y


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _parse_tail(tail: str, decision: _Decision) -> None:
    """Date, year, § and diarienummer in what follows the body in one clause."""
    tail = tail[:120]
    ref = _find_reference(tail)
    if ref:
        decision.reference = ref["ref"].rstrip(".")
        tail = _blank(tail, ref.start(), ref.end())
    dates = find_dates(tail)
    if dates:
        decision.date, decision.year = dates[0].date, dates[0].year
        tail = _blank(tail, dates[0].start, dates[0].end)
    m = _PARAGRAPH.search(tail)
    if m:
        decision.paragraph = f"§ {m['n']}"
        if m["y"] and decision.year is None:
            decision.year = _year(m["y"])
        tail = _blank(tail, m.start(), m.end())
    else:
        m = _BARE_PARAGRAPH.search(tail)
        if m:
            decision.paragraph = f"§ {m['n'] or m['n2']}"
            if m["y"] and decision.year is None:
                decision.year = _year(m["y"])
            tail = _blank(tail, m.start(), m.end())
    if decision.year is None:
        years = find_dates(tail, bare_years=True)
        if years:
            decision.year = years[0].year


def _split_body(rest: str) -> tuple[str | None, str]:
    """The body at the start of ``rest`` and what follows it."""
    rest = rest[:WINDOW]
    cut = len(rest)
    dates = find_dates(rest)
    if dates:
        cut = dates[0].start
    for m in _BODY_STOP.finditer(rest):
        if m.start() >= cut:
            break
        word = m.group(0).strip().lower()
        if word == "och" and (rest[: m.start()].endswith("-") or " för " in rest[: m.start()]):
            continue
        cut = m.start()
        break
    body = strip_body(rest[:cut])
    if not body or len(body.split()) > 8:
        return None, rest[cut:]
    return body, rest[cut:]


def _plausible(text: str, pos: int, front: bool, *, at_start: bool = False) -> bool:
    """Whether a keyword at ``pos`` opens a statement about this document, not running prose."""
    if not front and len(text) > QUOTE_MAX:
        return False
    sentence = text[_sentence_start(text, pos):pos]
    if _EXCLUDE.search(sentence):
        return False
    local = re.split(r"[:|(\[]", sentence)[-1]
    words = len(local.split())
    return words == 0 if at_start else words <= (6 if front else 3)


def _clause_decisions(seg: _Seg) -> tuple[list[_Decision], list[_Decision], list[_Decision]]:
    """Adoptions, revisions and partial adoptions (date or § without body) in one segment."""
    adoptions: list[_Decision] = []
    revisions: list[_Decision] = []
    partial: list[_Decision] = []
    text = seg.text
    if not seg.front and len(text) > QUOTE_MAX:  # prose paragraph: never a decision line
        return adoptions, revisions, partial
    events = list(_EVENT.finditer(text)) if may_contain(text, _EVENT_HINT) else []
    accepted_previous = False
    for k, m in enumerate(events):
        end = events[k + 1].start() if k + 1 < len(events) else len(text)
        chained = accepted_previous and not _EXCLUDE.search(text[events[k - 1].end():m.start()])
        if not (chained or _plausible(text, m.start(), seg.front)):
            accepted_previous = False
            continue
        begin = m.start() if chained else _sentence_start(text, m.start())
        clause = text[begin:end].strip(" ,;")
        av = re.match(r"\s*(?:(?P<av>av|i)\b)?\s*:?\s*", text[m.end():end], re.I)
        rest = text[m.end() + av.end():end]
        decision = _Decision(seg=seg, quote=clause)
        body, tail = _split_body(rest)
        by = (av["av"] or "").lower() == "av"
        if body and (normalise_level(body) != "unknown" or by and seg.front and body[0].isupper()):
            decision.body = body
        else:
            tail = rest
        if _PLACEHOLDER.search(tail[:12]):  # "Antagen av kommunfullmäktige 20XX-XX-XX": not yet
            accepted_previous = False
            continue
        # "Antagen 2008-09-12" without a body must open its clause ("Kommunstyrelsen beslutade 2019 …" does not).
        if m["adopt"] and decision.body is None and not (
                chained or _plausible(text, m.start(), seg.front, at_start=True)):
            accepted_previous = False
            continue
        _parse_tail(tail, decision)
        found = decision.date or decision.year or decision.paragraph
        if m["adopt"]:
            if decision.body is not None:
                adoptions.append(decision)
            elif found:
                partial.append(decision)
            accepted_previous = bool(decision.body or found)
        else:
            if found or (decision.body and decision.level != "unknown"):
                revisions.append(decision)
            accepted_previous = bool(found)
    return adoptions, revisions, partial


def _label_decisions(seg: _Seg) -> tuple[list[_Decision], list[_Decision]]:
    """Adoptions from "Beslutsinstans:" and short "Kommunstyrelsen 10 april 2024 § 38"
    lines, and partial ones from "Beslutsdatum:", "Datum:" and "Paragraf:" labels."""
    text = seg.text
    m = _BODY_LABEL.match(text)
    if m:
        body, tail = _split_body(m["v"])
        if body and len(body.split()) <= 6:
            decision = _Decision(seg=seg, quote=text, body=body)
            _parse_tail(tail, decision)
            return [decision], []
    m = _DATE_LABEL.match(text)
    if m:
        decision = _Decision(seg=seg, quote=text, strong=bool(m["strong"]))
        dates = find_dates(m["v"])
        if dates and dates[0].start <= 2:
            _parse_tail(m["v"], decision)
            return [], [decision]
    m = _PARAGRAPH_LABEL.match(text)
    if m:
        decision = _Decision(seg=seg, quote=text, strong=False)
        _parse_tail(m["v"] if "§" in m["v"] else "§ " + m["v"].strip(), decision)
        if decision.paragraph:
            return [], [decision]
    if seg.front and len(text) <= 80 and "§" in text and not _EVENT.search(text):
        body, tail = _split_body(text)
        if body and normalise_level(body) != "unknown":
            decision = _Decision(seg=seg, quote=text, body=body)
            _parse_tail(tail, decision)
            leftover = re.sub(r"§\s*\d+(?:\s*/\s*\d+)?|\bden\b", " ", tail)
            for d in reversed(find_dates(leftover, bare_years=True)):
                leftover = _blank(leftover, d.start, d.end)
            if decision.paragraph and not re.sub(r"[\s,.;:()]", "", leftover):
                return [decision], []
    return [], []


def _compatible(a: _Decision, b: _Decision) -> bool:
    return all(x is None or y is None or x == y for x, y in
               ((a.date, b.date), (a.paragraph, b.paragraph), (a.year, b.year)))


def _fill(target: _Decision, piece: _Decision) -> None:
    for name in ("date", "year", "paragraph", "reference", "body"):
        if getattr(target, name) is None and getattr(piece, name) is not None:
            setattr(target, name, getattr(piece, name))
    if piece.seg is target.seg:
        target.quote = target.seg.text
    elif piece.quote not in target.quote:
        target.quote = f"{target.quote} / {piece.quote}"


def _merge_partials(adoptions: list[_Decision], partials: list[_Decision]) -> list[_Decision]:
    """Put label dates and §§ into the adoption they belong to: the same table row, the same
    table, a nearby line, or — when only one body is named — the only adoption."""
    bodies = {a.body.lower() for a in adoptions if a.body}
    for piece in partials:
        best, best_score = None, 99
        for a in adoptions:
            missing = (a.date is None and a.year is None and piece.year is not None) or (
                a.paragraph is None and piece.paragraph is not None)
            if not missing or not _compatible(a, piece):
                continue
            la, lp = a.seg.location, piece.seg.location
            same_table = la.table is not None and la.part == lp.part and la.table == lp.table
            if same_table and la.row == lp.row:
                score = 0
            elif same_table:
                score = 1
            elif abs(a.seg.index - piece.seg.index) <= 3:
                score = 2
            elif piece.strong and piece.seg.front and len(bodies) == 1:
                score = 3
            else:
                continue
            if score < best_score:
                best, best_score = a, score
        if best is not None:
            _fill(best, piece)
            piece.used = True
    if not adoptions:
        adoptions = [p for p in partials if p.strong and not p.used and p.year is not None][:1]
    return adoptions


def _same(a: _Decision, b: _Decision) -> bool:
    """The same decision seen twice (page header and body): same level, no conflicting date or §."""
    if a.body and b.body and (a.level != b.level or a.level == "unknown" and a.body.lower() != b.body.lower()):
        return False
    if a.date and b.date:
        return a.date == b.date and _compatible(a, b)
    if a.year and b.year:
        return a.year == b.year and _compatible(a, b)
    return _compatible(a, b)


def _dedupe(decisions: list[_Decision]) -> list[_Decision]:
    kept: list[_Decision] = []
    for d in decisions:
        twin = next((k for k in kept if _same(k, d)), None)
        if twin is None:
            kept.append(d)
        else:
            for name in ("body", "date", "year", "paragraph", "reference"):
                if getattr(twin, name) is None:
                    setattr(twin, name, getattr(d, name))
    return kept


def _history_tables(adoptions: list[_Decision]) -> tuple[list[_Decision], list[_Decision]]:
    """A table with several decisions is a version history: the earliest is the adoption."""
    groups: dict[tuple, list[_Decision]] = {}
    for a in adoptions:
        loc = a.seg.location
        if loc.table is not None:
            groups.setdefault((loc.part, loc.block, loc.table), []).append(a)
    later: list[_Decision] = []
    for group in groups.values():
        if len(group) > 1:
            ordered = sorted(group, key=lambda a: (a.date or dt.date(a.year or 9999, 12, 31)))
            later += ordered[1:]
    return [a for a in adoptions if not any(a is b for b in later)], later


def _provenance(d: _Decision) -> Provenance:
    return Provenance(source=d.seg.source, location=d.seg.location, quote=_quote(d.quote))


def _to_adoption(d: _Decision) -> Adoption:
    return Adoption(body=d.body, level=d.level, date=d.date, year=d.date.year if d.date else d.year,
                    paragraph=d.paragraph, reference=d.reference, provenance=_provenance(d))


def _to_revision(d: _Decision) -> Revision:
    return Revision(date=d.date, year=d.date.year if d.date else d.year, body=d.body,
                    level=d.level if d.body else None, paragraph=d.paragraph, provenance=_provenance(d))


# The words that open the labels _label_decisions reads; its last kind of line is a front line with a "§".
# "besluts" opens five of them (-instans, -organ, -fattare, -datum, -paragraf) and hardly any other line.
_LABEL_OPENINGS = ("besluts", "beslutande", "instans", "fastställd", "antagandedatum", "fastställelsedatum",
                   "beslutad", "datum", "paragraf", "protokollsparagraf", "§")


def _decisions(segs: list[_Seg], index: TextIndex) -> tuple[list[Adoption], list[Revision]]:
    adoptions: list[_Decision] = []
    revisions: list[_Decision] = []
    partials: list[_Decision] = []
    candidates = {*index.holding(_EVENT_HINT), *index.opening(_LABEL_OPENINGS),
                  *(k for k in index.holding(("§",)) if segs[k].front)}
    for k in sorted(candidates):
        seg = segs[k]
        a, r, p = _clause_decisions(seg)
        la, lp = _label_decisions(seg)
        adoptions += a + la
        revisions += r
        partials += p + lp
    adoptions = _dedupe(_merge_partials(adoptions, partials))
    adoptions, later = _history_tables(adoptions)
    revisions = _dedupe(later + revisions)
    return [_to_adoption(a) for a in adoptions], [_to_revision(r) for r in revisions]


# ------------------------------------------------------------- validity and review

# The document itself as subject: "Policyn", "Denna IT-policy", "Kommunens riktlinjer", or none.
_DOC_SUBJECT = re.compile(
    r"^(?:(?:denna|detta|dessa)\s+)?(?:[\w-]+s\s+)?(?:[\w-]*(?:dokument|policy|strategi|riktlinje|"
    r"plan|program|reglemente|ordning|rutin|regler|handbok|modell|princip|instruktion)[\w-]*)?"
    r"(?:\s*(?:ska|skall|bör|kommer\s+att|är|har))*\s*$", re.I)
_NOT_THIS_RE = re.compile(rf"\b(?:{_NOT_THIS})\b", re.I)


def _subject_ok(text: str, pos: int, front: bool) -> bool:
    """Front lines may say anything short before the phrase; running text only "Dokumentet …"."""
    before = re.split(r"[:|]", text[_sentence_start(text, pos):pos])[-1].strip()
    if _NOT_THIS_RE.search(before):
        return False
    if front:
        return len(before.split()) <= 6
    return bool(_DOC_SUBJECT.match(before))


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÅÄÖ]|\s*$)")


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    m = _SENTENCE_END.search(text, end, end + WINDOW)
    return _sentence_start(text, start), (m.end() if m else min(len(text), end + WINDOW))


def _sentence(text: str, start: int, end: int) -> str:
    left, right = _sentence_span(text, start, end)
    return text[left:right].strip()


def _deadline(value: str, max_offset: int = 3) -> DateMatch | None:
    """The date or year a validity/review phrase points at, if it follows right after."""
    found = find_dates(value[:40], bare_years=True)
    return found[0] if found and found[0].start <= max_offset else None


_VALID = re.compile(
    r"(?<![\w-])(?:gäller|giltig[at]?|giltighetstid)\s*"
    r"(?:från\s+och\s+med\s+\S+(?:\s+\S+){0,2}?\s+|fr\.?\s?o\.?\s?m\.?\s+\S+\s+)?"
    r"(?:till\s+och\s+med|t\.?\s?o\.?\s?m\.?|tom|till|längst\s+till)(?![\w])\s*[:.]?\s*", re.I)
_PERIOD = re.compile(r"giltighetstid\s*:?\s*(?:(?P<from>\d{4})\s*[-–]\s*(?P<to>\d{4})\b)?", re.I)
_REVIEW_BY = re.compile(
    r"(?<![\w-])(?:revideras|ses\s+över|aktualitetsprövas|omprövas|nästa\s+(?:revidering|översyn|"
    r"aktualitetsprövning|uppdatering)|revideringsdatum|tidpunkt\s+för\s+(?:aktualitetsprövning|"
    r"revidering|översyn)|(?:revidering|översyn|aktualitetsprövning)\s+(?=senast))"
    r"\s*(?:ska\s+ske\s+)?(?:senast\s*)?(?:under\s+|i\s+|år\s+|den\s+|före\s+)?[:.]?\s*", re.I)
_REVIEW_VERB = re.compile(
    r"(?<![\w-])(?:revider\w*|ses\s+över|översyn\w*|aktualitetspröv\w*|ompröva\w*|uppdateras|granskas)", re.I)
_EVERY_TERM = re.compile(
    r"(?:varje|per|en\s+gång\s+(?:per|varje|under|i)|under\s+varje|inför\s+varje|"
    r"i\s+början\s+av\s+varje|efter\s+varje)\s+(?:ny\s+)?mandatperiod", re.I)
_YEARLY = re.compile(r"årligen|varje\s+år|en\s+gång\s+(?:per|om|varje|i)\s+år(?:et)?\b|årsvis", re.I)
_YEARLY_NOUN = re.compile(r"(?<![\w-])årlig(?:en)?\s+(?:aktualitetsprövning|översyn|revidering|uppdatering)",
                          re.I)
_EVERY_N = re.compile(r"(?<![\w-])(?:minst\s+)?var[t]?\s*(?P<n>annat|tredje|fjärde|femte|\d)(?::e)?\s+år\b",
                      re.I)
# Stems that _VALID, _REVIEW_BY and the interval patterns need (see extract/hints.py).
_VALID_HINT = ("gäller", "giltig")
_REVIEW_BY_HINT = ("revider", "ses över", "aktualitetspröv", "omprövas", "nästa", "tidpunkt", "översyn")
_INTERVAL_HINT = ("årlig", "revider", "ses över", "översyn", "aktualitetspröv", "ompröva", "uppdateras", "granskas")
_ORDINALS = {"annat": 2, "tredje": 3, "fjärde": 4, "femte": 5}


def _validity(segs: list[_Seg], index: TextIndex
              ) -> tuple[Sourced[dt.date] | None, Sourced[dt.date] | None, Sourced[str] | None]:
    valid_until = review_by = interval = None
    for k in index.holding(_VALID_HINT + _REVIEW_BY_HINT + _INTERVAL_HINT):
        seg = segs[k]
        text = seg.text
        if valid_until is None and may_contain(text, _VALID_HINT):
            for m in _VALID.finditer(text):
                found = _deadline(text[m.end():])
                if found and _subject_ok(text, m.start(), seg.front):
                    quote = _sentence(text, m.start(), m.end() + found.end)
                    valid_until = _sourced(found.period_end(), seg, quote)
                    break
            m = _PERIOD.match(text) if valid_until is None else None
            if m and m["to"]:  # "Giltighetstid: 2021–2024"
                valid_until = _sourced(dt.date(int(m["to"]), 12, 31), seg, text)
            elif m and (found := _deadline(text[m.end():], 0)) and found.date:
                valid_until = _sourced(found.date, seg, text)
        if review_by is None and may_contain(text, _REVIEW_BY_HINT):
            for m in _REVIEW_BY.finditer(text):
                found = _deadline(text[m.end():])
                if found and _subject_ok(text, m.start(), seg.front):
                    quote = _sentence(text, m.start(), m.end() + found.end)
                    review_by = _sourced(found.period_end(), seg, quote)
                    break
        if interval is None:
            interval = _interval(seg)
    return valid_until, review_by, interval


def _interval(seg: _Seg) -> Sourced[str] | None:
    text = seg.text
    if not may_contain(text, _INTERVAL_HINT):
        return None
    m = _YEARLY_NOUN.search(text)
    if m and _subject_ok(text, m.start(), seg.front):
        return _sourced("år", seg, _sentence(text, m.start(), m.end()))
    for verb in _REVIEW_VERB.finditer(text):
        if not _subject_ok(text, verb.start(), seg.front):
            continue
        window = _sentence_span(text, verb.start(), verb.end())
        for pattern, value in ((_EVERY_TERM, "mandatperiod"), (_YEARLY, "år"), (_EVERY_N, None)):
            m = pattern.search(text, *window)
            if m:
                if value is None:
                    n = m["n"]
                    value = f"{_ORDINALS.get(n.lower(), n)} år"
                return _sourced(value, seg, _sentence(text, verb.start(), verb.end()))
    return None


# ------------------------------------------------------------- owner, scope, replaces

_OWNER = re.compile(
    r"^(?:(?P<named>dokumentansvarig|dokumentägare|dokumentets\s+ägare|ägare\s*/\s*ansvarig|processägare|"
    r"ansvarig\s+tjänste(?:man|person)|ansvarig\s+för\s+dokumentet|ansvarig\s+(?:förvaltning|enhet|"
    r"avdelning|verksamhet|chef))|(?P<plain>ansvarig|ägare))(?![\w-])\s*(?P<colon>:)?\s*(?P<v>.*)$", re.I)
_MANAGED_BY = re.compile(r"\bförvaltas\s+av\s+(?P<v>[^.,;]+)", re.I)
_SCOPE_LABEL = re.compile(
    r"^(?:(?:dokumentet\s+)?gäller\s+för|omfattning|tillämpningsområde|målgrupp)(?![\w-])\s*:?\s*(?P<v>.+)$",
    re.I)
_SCOPE_SENTENCE = re.compile(r"\bgäller\s+(?P<v>(?:för|inom|i|hela|alla|samtliga)\b.+)$", re.I)
_REPLACES_LABEL = re.compile(r"^ersätter\s*:?\s*(?P<v>.+)$", re.I)
_REPLACES_SENTENCE = re.compile(r"\bersätter\s+(?P<v>.+)$", re.I)
_NEXT_LABEL = re.compile(r"\s+\S+:(?:\s|$)")
_DURATION = re.compile(r"i\s+(?:\d+|ett|två|tre|fyra|fem)\s+år", re.I)


def _label_value(value: str) -> str:
    value = _NEXT_LABEL.split(value, maxsplit=1)[0]
    return value.strip(" .,;:")


def _sentences(text: str) -> Iterable[str]:
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        yield text[start:m.start() + 1].strip()
        start = m.end()
    yield text[start:].strip()


# What _OWNER and _MANAGED_BY need.
_OWNER_HINT = ("ansvarig", "ägare", "förvaltas")


def _owner(segs: list[_Seg], index: TextIndex) -> Sourced[str] | None:
    for k in index.holding(_OWNER_HINT):
        seg = segs[k]
        m = _OWNER.match(seg.text)
        if m:
            value = _label_value(m["v"])
            # Without a colon, "Dokumentansvarig ansvarar för …" is prose, not a label.
            short = len(value.split()) <= 6 and len(seg.text) <= 100 and value[:1].isupper()
            # A plain "Ansvarig" is a column of action-plan tables, not the document's owner.
            plain_ok = m["colon"] and not seg.wide
            if value and not is_label(value) and (m["named"] and (m["colon"] or short) or plain_ok):
                return _sourced(value, seg, seg.text)
        # Each sentence pattern below can match a sentence only where it matches the whole
        # text, so the text is split into sentences only when it does.
        for sentence in _sentences(seg.text) if _MANAGED_BY.search(seg.text) else ():
            m = _MANAGED_BY.search(sentence)
            if m and sentence.split() and _DOC_SUBJECT.match(sentence.split()[0]):
                return _sourced(strip_body(m["v"]), seg, sentence)
    return None


# What _SCOPE_LABEL and _SCOPE_SENTENCE need.
_SCOPE_HINT = ("gäller", "omfattning", "tillämpningsområde", "målgrupp")


def _scope(segs: list[_Seg], index: TextIndex) -> Sourced[str] | None:
    for k in index.holding(_SCOPE_HINT):
        seg = segs[k]
        m = _SCOPE_LABEL.match(seg.text) if not seg.wide else None
        if m and not re.match(r"till|tills|from|fr\.?o\.?m|t\.?o\.?m|\d", m["v"], re.I):
            return _sourced(_label_value(m["v"]) if ":" in seg.text else m["v"].strip(" ."), seg, seg.text)
        for sentence in _sentences(seg.text) if _SCOPE_SENTENCE.search(seg.text) else ():
            m = _SCOPE_SENTENCE.search(sentence)
            if m and _DOC_SUBJECT.match(sentence[: m.start()].strip()) and not _DURATION.match(m["v"]):
                return _sourced(re.sub(r"^för\s+", "", m["v"]).strip(" ."), seg, sentence)
    return None


def _replaces(segs: list[_Seg], index: TextIndex) -> list[Sourced[str]]:
    found: list[Sourced[str]] = []
    for k in index.holding(("ersätter",)):
        seg = segs[k]
        value = quote = None
        m = _REPLACES_LABEL.match(seg.text)
        if m:
            value, quote = m["v"].strip(" .:"), seg.text
        elif _REPLACES_SENTENCE.search(seg.text):
            for sentence in _sentences(seg.text):
                m = _REPLACES_SENTENCE.search(sentence)
                if m and _DOC_SUBJECT.match(sentence[: m.start()].strip()):
                    value, quote = m["v"].strip(" ."), sentence
                    break
        if value and not is_label(value.split()[0]) and value.lower() not in {f.value.lower() for f in found}:
            found.append(_sourced(value, seg, quote))
    return found


# ------------------------------------------------------------------------ entry point


def extract_metadata(blocks: list[Block], properties: dict[str, str],
                     header_footer: Sequence[Block] = ()) -> Metadata:
    """Everything the document says about its own adoption, validity, owner and scope."""
    segs = _segments(blocks, properties, header_footer)
    index = TextIndex([seg.text for seg in segs])
    adoptions, revisions = _decisions(segs, index)
    reference = _reference(segs, index)
    if reference and adoptions and not any(a.reference for a in adoptions):
        adoptions[0] = adoptions[0].model_copy(update={"reference": reference.value})
    valid_until, review_by, interval = _validity(segs, index)
    return Metadata(
        adoptions=adoptions, revisions=revisions, reference=reference, valid_until=valid_until,
        review_by=review_by, review_interval=interval, owner=_owner(segs, index), scope=_scope(segs, index),
        replaces=_replaces(segs, index),
    )

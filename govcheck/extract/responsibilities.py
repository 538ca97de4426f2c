"""Find actor → duty statements: "Kommunstyrelsen ansvarar för …", "Nämnderna ska …".

Governing documents state responsibilities in three shapes, all read here: a sentence with
the actor as subject ("Det är IT-chefens ansvar att …", "Ansvaret för X ligger hos Y");
a heading or short line naming an actor, then duties ("3.1 Kommunstyrelsen" followed by
"- ansvara för …", or "Kommunstyrelsen ska:" and a list); and a role table ("Roll | Ansvar").
The heading, list and table context is walked once by ``passages`` and shared with
decisions.py, which reads the same shapes for "beslutar om".

An actor is a phrase whose head word (the last word before a post-modifier such as "för",
"inom") names a body or role. Only the head is matched against the organisation model, with
bodies.py's matcher, so "Socialnämndens ordförande" is not taken for the nämnd itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, NamedTuple

from govcheck.extract.bodies import find_mentions, word_forms
from govcheck.extract.hints import may_contain
from govcheck.extract.levels import normalise_level
from govcheck.extract.lines import cell_location
from govcheck.model import Block, BodyMention, Location, Organisation, OrgUnit, Responsibility
from govcheck.model.document import MatchStatus
from govcheck.trusted import trusted

QUOTE_LIMIT = 300
W = r"[\wÅÄÖåäöÉé:\-–/]"  # a word character in an actor phrase ("KS:s", "IT-chef")

# Head words that name a body or a role, with up to four letters of inflection.
_ROLE = re.compile(
    r"(?:ägar|förvaltar|ansvarig|chef|direktör|strateg|samordnar|ledar|användar|medarbetar|"
    r"anställd|personal|administratör|controller|jurist|arkivari|handläggar|ombud|ledam[oö]t|representant|"
    r"företrädar|sekreterar|koordinator|specialist|arkitekt|utvecklar|"
    r"ordförand|förvaltning|avdelning|enhet|kontor|nämnd|styrels|bolag|fullmäktig|utskott|"
    r"råd|forum|grupp|kommitt[ée]|sektor|sekretariat|presidi|revisor|(?:^|-)funktion|"
    r"(?:^|-)organisation)[a-zåäöé]{0,4}$"
)
_NOT_ROLE = re.compile(r"område|erfarenhet|^samråd|^förråd|gruppering|skap|fullmakt|målgrupp|riskgrupp|enhetlig|rådhus|strategi")
_ACTIVITY = re.compile(r"^(?:system|objekt|it-?|informations|applikations|medels|kapital|drifts?)förvaltning")
_POSTMODIFIER = re.compile(r"\s(?:för|i|inom|vid|på|med|under|enligt|hos|till|som|genom)\s", re.I)
_NOT_FIRST = {
    "i", "för", "inom", "vid", "på", "med", "under", "enligt", "genom", "efter", "av", "till", "om",
    "när", "då", "där", "det", "detta", "dessa", "denna", "som", "här", "därför", "sedan", "därefter",
    "vilket", "vilka", "vilken", "hur", "vem", "vad", "varför", "ingen", "inga", "man", "vi", "du",
}
PRONOUNS = {"den", "denne", "hen", "de", "han/hon", "hon/han", "hen/han/hon"}

_BULLET = re.compile(r"^\s*(?:[-•–*▶►·▪○]|\d{1,2}[.)]|[a-z][.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9«\"”])")
_MAY_END = re.compile(r"[.!?]\s")  # what every place _SENTENCE_END splits at holds
# _SENTENCE_END's places, found from the stop before them: a regex that opens with a class of
# characters is scanned for in C, one with a lookbehind is tried at every character. Taking the
# stop in loses no place: a place ends before a capital, a digit or a quote, never a stop.
_STOP_AND_GAP = re.compile(r"[.!?](\s+)(?=[A-ZÅÄÖ0-9«\"”])")
_DUTY_VERB = re.compile(
    r"^(?:att\s+)?(?:ansvara[r]?|svara[r]?\s+för|ha[r]?\s+(?:\w+\s+)?ansvar|ska|skall|se\s+till|ser\s+till|"
    r"tillse[r]?|säkerställ(?:a|er)|beslut(?:a|ar)|fastställ(?:a|er)|följ(?:a|er)\s+upp|led(?:a|er)|samordna[r]?|"
    r"upprätta[r]?|godkänn(?:a|er)|utse[r]?|verka[r]?\s+för|ta[r]?\s+fram|bered(?:a|er)|prioritera[r]?|"
    r"rapportera[r]?|initiera[r]?|utveckla[r]?|driva|driver|stödja|stödjer|informera[r]?|hantera[r]?|"
    r"planera[r]?|genomför(?:a)?|förvalta[r]?|bevaka[r]?|utvärdera[r]?|granska[r]?|fatta[r]?\s+beslut|"
    r"tillhandahåll(?:a|er)|dokumentera[r]?|företräda|företräder|representera[r]?|sammankalla[r]?|"
    r"kontrollera[r]?|verkställ(?:a|er)|medverka[r]?|bidra[r]?|främja[r]?|skapa[r]?|analysera[r]?|"
    r"identifiera[r]?|(?:[\wåäö]+\s+)?ansvar(?:et)?\s+för)\b",
    re.I,
)
_NOT_A_DUTY = re.compile(r"^(?:vara|bestå|utgöras|ledas|finnas|kallas|benämnas|sammanträda|ha\s+en\s+ordförande)\b", re.I)

_RESP_VERB = (
    r"(?P<verb>har\s+(?:också\s+|även\s+|ytterst\s+)?(?:det\s+|ett\s+)?(?:[\wåäö]+\s+){0,2}?ansvar(?:et)?\s+(?:för|att)"
    r"|ansvarar(?:\s*,\s*genom\s+[^,]+,)?\s+(?:[\wåäö]+\s+){0,2}?för|svarar\s+för|är\s+(?:[\wåäö]+\s+)?ansvarig[aet]?\s+för"
    r"|ser\s+till\s+att|tillser\s+att|har\s+i\s+uppdrag\s+att|skall|ska)\b"
)
_ACTOR = rf"(?P<actor>{W}+(?:\s+{W}+){{0,5}}?)"
_GENOM = r"(?:\s*,\s*genom\s+[^,]+,)?"
_SUBJECT = re.compile(rf"^{_ACTOR}{_GENOM}\s+{_RESP_VERB}\s*(?P<duty>.*)$", re.I | re.S)
_PATTERNS = [
    re.compile(rf"^Det\s+är\s+(?:också\s+|även\s+)?{_ACTOR}(?:s|:s)\s+ansvar\s+att\s+(?P<duty>.+)$", re.S),
    re.compile(rf"^Det\s+är\s+(?:också\s+|även\s+)?{_ACTOR}\s+som\s+{_RESP_VERB}\s*(?P<duty>.*)$", re.S),
    re.compile(rf"^Det\s+åligger\s+{_ACTOR}\s+att\s+(?P<duty>.+)$", re.S),
    re.compile(r"^(?:Det\s+)?(?:[\wåäö]+\s+)?[Aa]nsvaret\s+för\s+(?P<duty>.+?)\s+(?:ligger|vilar|åligger)\s+(?:hos\s+|på\s+)?"
               rf"{_ACTOR}$", re.S),
    re.compile(rf"^Ansvarig\s+för\s+(?P<duty>.+?)\s+är\s+{_ACTOR}$", re.S),
    _SUBJECT,
    # Inverted order after an adverbial: "För driften ansvarar IT-chefen", "Varje år ska nämnden …".
    re.compile(rf"^(?P<adverbial>[^,]{{2,60}}?)\s+(?P<verb>ansvarar|ska|skall)\s+(?P<actor>{W}+)(?P<for>\s+för)?(?:\s+(?P<duty>.*))?$", re.S),
]
# Every pattern above needs one of these words; a clause without any is not tried against them.
_HINT = ("ansvar", "åligger", "ska", "svarar", "ser till", "tillser", "uppdrag")
# What each pattern (case-sensitive) needs: a prefix, or one of some words anywhere; None: nothing.
_NEEDS: list[tuple[str, ...] | str | None] = ["Det", "Det", "Det", ("nsvaret",), "Ansvarig", None, ("ska", "ansvarar")]
_GATED = list(zip(_PATTERNS, _NEEDS))
_INTRO = re.compile(
    rf"^(?:{_ACTOR}\s+)?(?P<verb>skall|ska|ansvarar\s+(?:[\wåäö]+\s+){{0,2}}?för|har\s+(?:[\wåäö]+\s+)?ansvar(?:et)?\s+för"
    r"|beslutar\s+om|fattar\s+beslut\s+om|har\s+(?:[\wåäö]+\s+)?(?:mandat|beslutanderätt)(?:\s+att\s+besluta\s+om|\s+\w+)?)"
    r"(?:\s+(?:bland\s+annat|följande|att))*\s*:?$",
    re.I,
)
_LABEL_INTRO = re.compile(
    r"^(?:ansvar|uppgifter|arbetsuppgifter|ansvarsområden?|ansvar och uppgifter|roll och ansvar|uppdrag"
    r"|(?P<decide>mandat|beslutanderätt|befogenheter|beslutsmandat))\s*:?$",
    re.I,
)
_HEADING_TAIL = re.compile(
    r"(?:s|:s)?\s*(?:[-–:]\s*)?(?:ansvar|roll|uppgifter|uppdrag|mandat|roll\s+och\s+ansvar|ansvar\s+och\s+(?:uppgifter|roller|befogenheter))$",
    re.I,
)
_ROLE_HEADER = re.compile(r"^(?:roll|roller|funktion|befattning|aktör|organ|vem|forum|part|instans|ansvarig)\b", re.I)
_DUTY_HEADER = re.compile(r"^(?:ansvar|ansvarsområde|uppgift|uppgifter|uppdrag|beskrivning|roll\s+och\s+ansvar"
                          r"|(?P<decide>mandat|beslutanderätt|befogenhet))", re.I)
_LIST_STYLE = re.compile(r"list|bullet|punkt", re.I)


# --- text helpers ---------------------------------------------------------------------------

def clean(text: str) -> str:
    """Text without a leading bullet or list number, whitespace collapsed."""
    return " ".join(_BULLET.sub("", text).split())


def split_sentences(text: str) -> list[str]:
    """The text split at ``_SENTENCE_END``, each piece stripped, empty ones left out."""
    if not _MAY_END.search(text):
        return [text.strip()] if text.strip() else []
    pieces: list[str] = []
    done = 0
    for m in _STOP_AND_GAP.finditer(text):
        pieces.append(text[done:m.start(1)])
        done = m.end()
    pieces.append(text[done:])
    return [s.strip() for s in pieces if s.strip()]


_CLAUSE = re.compile(r"(?:[,;]|\s(?:och|men|samt|medan))\s+")


def clauses(sentence: str) -> list[str]:
    """The sentence, then what follows each clause boundary ("…, och nämnden ska …")."""
    return [sentence, *(sentence[m.end():] for m in _CLAUSE.finditer(sentence))]


def quote_of(sentence: str) -> str:
    return sentence if len(sentence) <= QUOTE_LIMIT else sentence[: QUOTE_LIMIT - 1] + "…"


def tidy(text: str) -> str:
    """A duty or matter as it reads in a list: no trailing full stop, colon or semicolon."""
    return text.strip(" ,;:").rstrip(".").strip()


# --- actors ---------------------------------------------------------------------------------

@lru_cache(maxsize=8192)
def head_word(phrase: str) -> str | None:
    """The head word of a noun phrase: the last word before a post-modifier, lower case."""
    phrase = re.sub(r"\([^)]*\)", " ", phrase)
    phrase = _POSTMODIFIER.split(f" {phrase.strip()} ", maxsplit=1)[0]
    words = phrase.split()
    return words[-1].lower().strip(".,;:()\"'”«»") if words else None


def is_actor(phrase: str, org: Organisation | None = None) -> bool:
    """True when the phrase names a body or a role ("Varje nämnd", "IT-chefen", "KS")."""
    settled = _settled(phrase)
    if isinstance(settled, tuple):  # "Kommunfullmäktige och kommunstyrelsen", never "IT bereder och nämnden"
        return all(is_actor(p, org) for p in settled)
    if settled is not None:
        return settled
    head = head_word(phrase)
    return bool(org) and head in _head_forms(_names(org)) and _mention_for_head(phrase, org) is not None


@lru_cache(maxsize=8192)
def _settled(phrase: str) -> bool | tuple[str, ...] | None:
    """What the phrase's own words say: True or False, its parts when it joins several with
    "och", or None when only the organisation model can tell. Cached, since the same subjects
    recur in every sentence of a document, and the model plays no part in it."""
    words = phrase.split()
    if not words or len(words) > 7 or words[0].lower() in _NOT_FIRST or "," in phrase:
        return False
    parts = re.split(r"(?<!-)\s+(?:och|&)\s+", phrase)
    if len(parts) > 1:
        return tuple(parts)
    head = head_word(phrase)
    if not head:
        return False
    bare = head[:-2] if head.endswith(":s") else head
    if _NOT_ROLE.search(bare) or _ACTIVITY.match(bare):
        return False
    if _ROLE.search(bare):
        return True
    if normalise_level(head) != "unknown":  # "KS", "Kommunfullmäktige"
        return True
    return None


def resolve(actor: str, context: str | None) -> str:
    """A pronoun or a bare "Nämnden"/"Rådet" under a heading naming that body means the heading's actor."""
    if not context:
        return actor
    low, head = actor.lower(), (head_word(context) or "")
    if low in PRONOUNS:
        return context
    if " " not in low and len(low) < len(head) and any(head.endswith(f) for f in word_forms(low) if len(f) >= 3):
        return context
    return actor


@dataclass(frozen=True)
class ActorMatch:
    unit_id: str | None = None
    status: MatchStatus = "unmatched"
    renamed_to: str | None = None
    unit: OrgUnit | None = None


_NAMES: dict[int, tuple[Organisation, tuple[str, ...]]] = {}


def _names(org: Organisation | None) -> tuple[str, ...]:
    """Every name of the model's units; kept by the model's identity (see bodies._prepared)."""
    if not org:
        return ()
    hit = _NAMES.get(id(org))
    if hit is not None and hit[0] is org:
        return hit[1]
    names = tuple(n for u in org.units for n in (u.name, *u.aliases, *(f.name for f in u.former_names)))
    if len(_NAMES) >= 16:
        _NAMES.clear()
    _NAMES[id(org)] = (org, names)
    return names


@lru_cache(maxsize=64)
def _head_forms(names: tuple[str, ...]) -> frozenset[str]:
    """Every form in which the last word of an organisation name can stand as a head word."""
    forms: set[str] = set()
    for name in names:
        last = name.split()[-1] if name.split() else ""
        forms.update(word_forms(last))
        forms.update({last.lower(), last.lower() + "s", last.lower() + ":s"})
    return frozenset(forms)


class _Known(NamedTuple):
    """What was worked out for one organisation model: by actor phrase, the mention that covers
    its head word; by heading text, the actor it names. Actor phrases and headings recur in every
    document ("Kommunstyrelsen", "IT-chefen", "Ansvar"), and each used to be matched anew, name by
    name. The mentions kept are shared, so callers only read them."""

    org: Organisation | None
    mentions: dict[str, BodyMention | None]
    headings: dict[str, str | None]


_KNOWN: dict[int, _Known] = {}


def _known(org: Organisation | None) -> _Known:
    """Kept by the model's identity (see bodies._prepared)."""
    hit = _KNOWN.get(id(org))
    if hit is None or hit.org is not org:
        if len(_KNOWN) >= 16:
            _KNOWN.clear()
        hit = _KNOWN[id(org)] = _Known(org, {}, {})
    return hit


def _kept(found: dict, key: str, work, org: Organisation | None):
    """``work(key, org)``, from ``found`` when it has been worked out before."""
    if key not in found:
        if len(found) >= 8192:
            found.clear()
        found[key] = work(key, org)
    return found[key]


def _mention_for_head(actor: str, org: Organisation | None) -> BodyMention | None:
    """The mention (bodies.find_mentions) that covers the actor's head word, if any."""
    return _kept(_known(org).mentions, actor, _head_mention, org)


def _head_mention(actor: str, org: Organisation | None) -> BodyMention | None:
    """Matching every name of the model is costly, so it is done only when the head word can be
    the last word of one of them; otherwise only unit-like words are looked for, and with a
    model given they are unknown to it.
    """
    head = head_word(actor)
    if not head:
        return None
    known = bool(org) and head in _head_forms(_names(org))
    block = Block(kind="paragraph", text=actor, location=Location())
    for m in find_mentions([block], org if known else None):
        last = m.text.split()[-1].lower() if m.text.split() else ""
        if last == head or last.removesuffix(":s") == head.removesuffix(":s"):
            return m if known or not org else m.model_copy(update={"status": "unknown"})
    return None


def match_actor(actor: str, org: Organisation | None, cache: dict | None = None) -> ActorMatch:
    """The organisation unit an actor names, judged on its head word (as bodies.find_mentions does)."""
    if cache is not None and actor in cache:
        return cache[actor]
    m = _mention_for_head(actor, org)
    units = {u.id: u for u in org.units} if org else {}
    found = ActorMatch(m.unit_id, m.status, m.renamed_to, units.get(m.unit_id or "")) if m else ActorMatch()
    if cache is not None:
        cache[actor] = found
    return found


def heading_actor(text: str, org: Organisation | None) -> str | None:
    """The actor a heading names: "3.1 Kommunstyrelsen", "Systemägarens ansvar", "IT-råd"."""
    return _kept(_known(org).headings, text, _heading_actor, org)


_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+")


def _heading_actor(text: str, org: Organisation | None) -> str | None:
    t = _NUMBERING.sub("", text).strip(" :")
    t = _HEADING_TAIL.sub("", t).strip(" -–:")
    if not t or len(t.split()) > 5 or t.endswith("."):
        return None
    if not is_actor(t, org) and t.endswith("s") and is_actor(t[:-1], org):
        t = t[:-1]
    return t if is_actor(t, org) else None


_INTRO_HINT = ("ska", "ansvar", "beslut", "mandat")  # one is in every verb _INTRO takes


def _may_introduce(sentence: str) -> bool:
    """False only when ``_INTRO`` cannot match: it ends in a word or a colon, never a full stop,
    and needs its verb. Most sentences end in a full stop, and the pattern backtracks over
    every way to split its actor from its verb before it fails."""
    return not sentence.endswith(".") and may_contain(sentence, _INTRO_HINT)


def is_intro(sentence: str) -> bool:
    """ "Kommunstyrelsen ska:", "Rådet beslutar om följande:", "Kommunstyrelsen ansvarar även för" + a list."""
    return bool(_INTRO.match(sentence))


def duty_like(text: str) -> bool:
    """A sentence that states a duty without its subject: "att …", "Ansvarar för …", "fastställa …"."""
    return bool(text) and (text[0].islower() or bool(_DUTY_VERB.match(text)))


# --- the walk over headings, lists and role tables ------------------------------------------

class Passage(NamedTuple):  # a tuple: hundreds are made per document
    """One sentence (or table cell) with the actor its context gives.

    ``mode``: "free" (no context), "section" (under a heading or line naming ``actor``),
    "duty-list" / "decide-list" (an item after "X ska:" / "X beslutar om:"), "duty-table" /
    "decide-table" (a cell of a role table whose row names ``actor``).
    """

    text: str
    location: Location
    actor: str | None
    mode: str


def _role_columns(rows: list[list[str]]) -> tuple[int, int, str] | None:
    if len(rows) < 2:
        return None
    header = [c.strip() for c in rows[0]]
    actor_col = next((i for i, c in enumerate(header) if _ROLE_HEADER.match(c)), None)
    if actor_col is None:
        return None
    for i, c in enumerate(header):
        m = _DUTY_HEADER.match(c)
        if i != actor_col and m:
            return actor_col, i, "decide-table" if m.group("decide") else "duty-table"
    return None


def _table_passages(block: Block) -> Iterator[Passage]:
    cols = _role_columns(block.rows)
    if cols is None:
        return
    actor_col, duty_col, mode = cols
    for r, row in enumerate(block.rows[1:], start=2):
        if max(actor_col, duty_col) >= len(row):
            continue
        actor, duty = clean(row[actor_col]), row[duty_col]
        if not actor or not duty.strip():
            continue
        location = cell_location(block.location, r, duty_col + 1)
        for line in re.split(r"\n+", duty):
            for sentence in split_sentences(clean(line)):
                yield Passage(sentence, location, actor, mode)


def _is_item(block: Block, text: str, mode: str) -> bool:
    """Whether a paragraph continues the list after "X ska:" (no list markers survive in Markdown)."""
    if block.style and _LIST_STYLE.search(block.style):
        return True
    if text[0].islower() or text.lower().startswith("att "):
        return True
    short = len(text) <= 200 and not text.endswith((".", ":"))
    return short or (mode == "duty-list" and duty_like(text) and len(split_sentences(text)) == 1)


def passages(blocks: list[Block], org: Organisation | None) -> Iterator[Passage]:
    """Every sentence of the body in reading order, with the actor its heading, list or table gives."""
    headings: list[tuple[int, str | None]] = []
    under: str | None = None  # the actor of the nearest heading that names one
    line_actor: str | None = None
    intro: tuple[str, str] | None = None  # (actor, "duty-list" | "decide-list")
    for block in blocks:
        if block.kind == "heading":
            if (block.level or 0) >= 1:
                while headings and headings[-1][0] >= (block.level or 1):
                    headings.pop()
                headings.append((block.level or 1, heading_actor(block.text, org)))
                under = next((a for _, a in reversed(headings) if a), None)
            line_actor = intro = None
            continue
        if block.kind == "table":
            intro = None
            yield from _table_passages(block)
            continue
        text = clean(block.text)
        if not text:
            continue
        context = line_actor or under
        if intro and _is_item(block, text, intro[1]):
            for sentence in split_sentences(text):
                yield Passage(sentence, block.location, intro[0], intro[1])
            continue
        intro = None
        if len(text) <= 60 and not text.endswith((".", ":")) and (actor := heading_actor(text, org)):
            line_actor = actor
            continue
        label = _LABEL_INTRO.match(text)
        if label and context:
            intro = (context, "decide-list" if label.group("decide") else "duty-list")
            continue
        sentences = split_sentences(text)
        for sentence in sentences:
            yield Passage(sentence, block.location, context, "section" if context else "free")
        last = sentences[-1] if sentences else ""
        m = _INTRO.match(last) if _may_introduce(last) else None
        if m and (m.group("actor") is None and context or m.group("actor") and is_actor(m.group("actor"), org)):
            actor = resolve(m.group("actor"), context) if m.group("actor") else context
            decide = m.group("verb").lower().startswith(("beslutar", "fattar", "har")) and "ansvar" not in m.group("verb").lower()
            intro = (actor, "decide-list" if decide else "duty-list")


# --- responsibilities -----------------------------------------------------------------------

def _statement(sentence: str, context: str | None, org: Organisation | None) -> tuple[str, str] | None:
    """(actor, duty) when the sentence names its actor, or has a pronoun whose actor the context gives."""
    if not may_contain(sentence, _HINT):  # nor then any of its clauses
        return None
    for k, text in enumerate(clauses(sentence.rstrip(" .;!?"))):
        # The first clause holds a hint the sentence holds: no hint ends in what rstrip takes.
        if k and not may_contain(text, _HINT):
            continue
        found = _clause_statement(text, context, org)
        if found:
            if sentence.endswith(":") or is_intro(sentence):  # "Kommunstyrelsen ska:": the list items are the duties
                return None
            return found if found[1] is not None else None
    return None


def _clause_statement(text: str, context: str | None, org: Organisation | None) -> tuple[str, str | None] | None:
    """What ``_statement`` finds in one clause that may hold a hint."""
    for pattern, needs in _GATED:
        if needs is not None and not (text.startswith(needs) if type(needs) is str else any(w in text for w in needs)):
            continue
        m = pattern.match(text)
        if not m:
            continue
        groups = m.groupdict()
        actor, duty = m.group("actor").strip(" ,.:"), groups.get("duty") or ""
        adverbial = groups.get("adverbial")
        if adverbial:
            responsible = groups["verb"].lower() == "ansvarar"
            if is_actor(adverbial, org) or (responsible and not groups["for"] and not adverbial.lower().startswith("för ")):
                continue
            if responsible and not groups["for"]:  # "För driften ansvarar IT-chefen": the duty is the adverbial
                duty = adverbial[4:] + (f" {duty}" if duty else "")
            elif not responsible and groups["for"]:
                continue
        if actor.lower() in PRONOUNS and context:
            actor = context
        elif not is_actor(actor, org):
            continue
        if (groups.get("verb") or "").lower() in ("ska", "skall") and _NOT_A_DUTY.match(duty):
            return actor, None  # "Rådet ska bestå av …": composition, not a duty
        return resolve(actor, context), tidy(duty)
    return None


_RESPONSIBILITY_FIELDS = frozenset(Responsibility.model_fields)


def find_responsibilities(
    blocks: list[Block], org: Organisation | None, walked: list[Passage] | None = None,
) -> list[Responsibility]:
    """Every actor → duty statement in the blocks, in reading order, matched against ``org``.

    ``walked`` is ``passages(blocks, org)`` when the caller has it already (decisions reads it too).
    """
    cache: dict = {}
    said: dict[tuple[str, str | None], tuple[str, str] | None] = {}  # a document repeats its sentences
    found: list[Responsibility] = []
    for p in walked if walked is not None else passages(blocks, org):
        pair = None
        if p.mode == "duty-table":
            pair = (p.actor, tidy(p.text))
        elif p.mode == "duty-list":
            pair = (p.actor, tidy(re.sub(r"^att\s+", "", p.text, flags=re.I)))
        elif p.mode != "decide-table" and p.mode != "decide-list":
            key = (p.text, p.actor)
            if key not in said:
                said[key] = _statement(p.text, p.actor, org)
            pair = said[key]
            if pair is None and p.mode == "section" and duty_like(p.text):
                pair = (p.actor, tidy(re.sub(r"^att\s+", "", p.text, flags=re.I)))
        if not pair or not pair[0] or not pair[1]:
            continue
        actor, duty = pair
        match = match_actor(actor, org, cache)
        found.append(trusted(  # values made here (see trusted.py)
            Responsibility, _RESPONSIBILITY_FIELDS, actor=actor, duty=duty, unit_id=match.unit_id,
            status=match.status, renamed_to=match.renamed_to, location=p.location, quote=quote_of(p.text),
        ))
    return found

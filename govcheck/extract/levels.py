"""Decision level of a body as written: "kommunfullmäktige" → KF, "Tekniska nämnden" → namnd.

Swedish puts the head of a noun phrase last ("Stadsdirektörens ledningsgrupp" is a group,
"kommunstyrelsens arbetsutskott" an utskott) except before a post-modifier ("nämnden för
service och teknik"). So the phrase is cut at the first post-modifier or comma, and its
words are classified from the last to the first; the first word that names a kind of body
decides. A head that is a known non-body ("ordförande", a company "styrelse") gives
"unknown" rather than the level of the body it belongs to.
"""

from __future__ import annotations

import re
from functools import lru_cache

from govcheck.extract.dates import find_dates
from govcheck.model.document import Level

_POSTMODIFIER = re.compile(r",|\s(?:för|i|inom|vid|på|med|under|enligt|genom)\s", re.I)
_RAD = re.compile(r"(?:råd|rådet|forum|forumet|grupp|gruppen|kommitté|kommittén|kommitte|kommitten)$")
_KS = re.compile(r"(?:kommun|stads|region|landstings)styrelsens?|(?:kommun|stads|region)styrelsen?s?")
_OFFICER = re.compile(
    r"(?:direktör|direktören|direktörens|chef|chefen|chefens|strateg|strategen|samordnare|"
    r"samordnaren|sekreterare|sekreteraren|controller|jurist|juristen|handläggare|"
    r"handläggaren|ansvarig|ansvarige)$"
)
_NOT_A_BODY = {"ordförande", "ordföranden", "ordförandes", "presidiet", "presidium",
               "styrelse", "styrelsen", "styrelsens"}


def _classify(word: str) -> Level | None:
    """The level a single word names, "unknown" for a known non-body, None if it names nothing."""
    w = word.lower().strip("-.:;,()'\"")
    if w in {"kf"}:
        return "KF"
    if w in {"ks"}:
        return "KS"
    if w in {"au", "ksau", "ks-au"} or "utskott" in w:
        return "utskott"
    if _RAD.search(w) and not w.endswith("rådgivare"):
        return "rad"
    if "fullmäktige" in w:
        return "KF"
    if _KS.fullmatch(w):
        return "KS"
    if "nämnd" in w:
        return "namnd"
    if _OFFICER.search(w):
        return "tjansteperson"
    if w in _NOT_A_BODY:
        return "unknown"
    return None


@lru_cache(maxsize=4096)
def normalise_level(body: str) -> Level:
    """The level of a body as written; "unknown" when no word names a kind of body.

    Cached: the same few bodies and actors are classified again and again in one corpus.
    """
    phrase = re.sub(r"\([^)]*\)", " ", strip_body(body))
    phrase = _POSTMODIFIER.split(phrase, maxsplit=1)[0]
    for word in reversed(re.split(r"[\s/]+", phrase)):
        level = _classify(word)
        if level is not None:
            return level
    return "unknown"


_TRAILING = re.compile(r"(?:^|\s)(?:den|år|d\.|\d+)$", re.I)


def strip_body(text: str) -> str:
    """A body string as written, without what follows it on the line: dates, "den", §
    numbers, diarienummer, empty brackets from damaged transcripts, trailing punctuation."""
    s = re.split(r"§|\bdnr\b|\bdiarienummer\b", text, maxsplit=1, flags=re.I)[0]
    for m in reversed(find_dates(s, bare_years=True)):
        s = s[: m.start] + " " + s[m.end:]
    s = re.sub(r"\(\s*\)", " ", s)
    s = re.sub(r"\s+", " ", s)
    previous = None
    while previous != s:
        previous = s
        s = _TRAILING.sub("", s.strip(" ,.;:-–/")).strip(" ,.;:-–/")
    return s

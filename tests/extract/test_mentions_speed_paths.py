"""The fast paths of bodies.py and responsibilities.py give what the plain computation gives."""

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govcheck.extract import bodies as B
from govcheck.extract import hints
from govcheck.extract import responsibilities as R
from govcheck.extract.lines import cell_location
from govcheck.model import Block, Location, Organisation, OrgUnit

from test_bodies import ORG  # the organisation model of the plain find_mentions tests

ACTORS = [
    "Kommunstyrelsen", "KS", "KS:s", "kommunstyrelsens arbetsutskott", "Skol- och fritidsnämnden", "IT-chefen",
    "Kommunikations- och utvecklingsavdelningen", "Ekonomiavdelningen", "nämnden", "Socialnämndens ordförande",
    "Systemägaren", "Varje nämnd", "", "den",
]


@pytest.mark.parametrize("org", [ORG, None])
def test_head_mentions_kept_equal_those_found_anew(org):
    for _ in range(2):  # the second round reads what the first kept
        for actor in ACTORS:
            kept, anew = R._mention_for_head(actor, org), R._head_mention(actor, org)
            assert (kept.model_dump() if kept else None) == (anew.model_dump() if anew else None)


def test_head_mentions_are_kept_per_model():
    twin = Organisation(units=[OrgUnit(id="other", name="Kommunstyrelsen", kind="styrelse")])
    assert R._mention_for_head("Kommunstyrelsen", ORG).unit_id == "ks"
    assert R._mention_for_head("Kommunstyrelsen", twin).unit_id == "other"


# Letters that matter to the needles and to lower case: capitals, Swedish letters, the four that
# only re folds, a sigma (lowered by its context), whitespace of several kinds, hyphens.
ALPHABET = "KkSsTtYyRrEeLlNnÄäÖöÅåFfUuIiMmGg-.: \t\n\u00a0\u017f\u212a\u0130\u0131ΣΑ"
NEEDLES = sorted({B.needle(n) for u in ORG.units for n in (u.name, *u.aliases, *(f.name for f in u.former_names))})


def test_the_characters_only_re_folds_are_those_of_hints():
    assert set(B._FOLDED_BY_RE_ONLY) == set(hints._FOLDED_BY_RE_ONLY.pattern.strip("[]"))


def test_no_needle_holds_whitespace():
    assert all(piece.split() == [piece] for piece, _ in NEEDLES)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=30), max_size=8),
       st.lists(st.sampled_from(NEEDLES) | st.tuples(st.text(alphabet="ksnämdåΣσ-", min_size=1, max_size=3), st.booleans()),
                min_size=1, max_size=6))
def test_candidates_of_the_lowered_whole_are_those_of_each_folded_text(texts, needles):
    low = [hints.folded(t) for t in texts]
    if any(f is None for f in low):
        expected = {k: [(i, None) for i in range(len(needles))] for k in range(len(texts))}
    else:
        expected = {}
        for i, (piece, is_exact) in enumerate(needles):
            for k, text in enumerate(texts):
                if piece in (text if is_exact else low[k]):
                    places = hints.occurrences(piece, text if is_exact else text.lower())
                    placed = is_exact or set(piece) <= B._CASE_PLAIN
                    expected.setdefault(k, []).append((i, places if placed else None))
    assert B._candidates(needles, B._joined(texts)) == expected


def test_ignorecase_matches_a_plain_letter_only_in_what_lowers_to_it():
    one_of = re.compile("[" + re.escape("".join(B._CASE_PLAIN)) + "]", re.I)
    for point in range(sys.maxunicode + 1):
        char = chr(point)
        if char not in B._FOLDED_BY_RE_ONLY and one_of.fullmatch(char):
            assert [c for c in B._CASE_PLAIN if re.fullmatch(re.escape(c), char, re.I)] == [char.lower()]


def plain_mentions(blocks, org):
    """find_mentions as first written: every name tried on every text."""
    by_id = {u.id: u for u in org.units} if org else {}
    compiled = B._compiled(org) if org else []
    mentions = []
    for text, block, r, c in _plain_texts(blocks):
        location = cell_location(block.location, r, c) if r else block.location
        taken, found = [], []
        for pattern, n in compiled:
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append((m.start(), B._mention(
                    m.group(0), n.unit.id, "former" if n.is_former else "current",
                    by_id[n.unit.id].name if n.is_former else None, n.former_until if n.is_former else None,
                    location, B._sentence(text, m.start(), m.end()))))
        for m in B._UNIT_WORD.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken) or B._generic(m.group(1)):
                continue
            found.append((m.start(), B._mention(
                m.group(1), None, "unknown" if org else "unmatched", None, None,
                location, B._sentence(text, m.start(), m.end()))))
        mentions.extend(mention for _, mention in sorted(found, key=lambda f: f[0]))
    return mentions


def _plain_texts(blocks):
    for block in blocks:
        if block.kind == "table":
            for r, row in enumerate(block.rows, start=1):
                for c, cell in enumerate(row, start=1):
                    if cell:
                        yield cell, block, r, c
        elif block.text:
            yield block.text, block, 0, 0


PIECES = ["Kommunstyrelsen", "kommunstyrelsens", "KS", "KS:s", "KSAU", "Skol- och fritidsnämnden", "skol-  och",
          "IT-chefen", "it-chef", "Digitaliseringsrådet", "Kommunikations- och utvecklingsavdelningens",
          "Ekonomiavdelningen", "nämnderna", "Barn- och", "förvaltningen", "Kommunfullmäktige", " ", ". ", ", ",
          "\n", "-", "s", "en", "\u0130", "\u212a", "Σ", "x", "S:t Eriks rådet", "s:t eriks råds", "Σοφία-gruppen",
          "σοφίας-gruppen"]
# Names whose needles hold letters outside bodies._CASE_PLAIN: their patterns are scanned for.
ODD = Organisation(units=[*ORG.units, OrgUnit(id="se", name="S:t Eriks råd", kind="rad"),
                          OrgUnit(id="so", name="Σοφία-gruppen", kind="rad")])
TEXTS = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)
BLOCKS = st.lists(
    st.builds(lambda t: Block(kind="paragraph", text=t, location=Location(block=1, paragraph=1)), TEXTS)
    | st.builds(lambda rows: Block(kind="table", rows=rows, location=Location(block=2, table=1)),
                st.lists(st.lists(TEXTS, max_size=3), max_size=3)),
    max_size=5)


@settings(max_examples=500, deadline=None)
@given(BLOCKS, st.sampled_from([ORG, ODD, None]))
def test_mentions_equal_those_of_every_name_tried_on_every_text(blocks, org):
    assert [m.model_dump() for m in B.find_mentions(blocks, org)] == [m.model_dump() for m in plain_mentions(blocks, org)]


HEADINGS = ["3.1 Kommunstyrelsen", "Systemägarens ansvar", "IT-råd", "Ansvar", "A. Nämnderna", "Bakgrund.",
            "Kommunstyrelsens roll", "KS", "Ekonomiavdelningen", ""]


@pytest.mark.parametrize("org", [ORG, None])
def test_heading_actors_kept_equal_those_found_anew(org):
    for _ in range(2):
        for text in HEADINGS:
            assert R.heading_actor(text, org) == R._heading_actor(text, org)


# Words and signs that matter to _INTRO: its verbs and their extras in any case, actors, the
# characters only re folds, stops and colons.
_INTRO_PIECES = ["Kommunstyrelsen", "IT-chefen", " ", "ska", "SKALL", "ansvarar", "Ansvarar för", "för", "har",
                 "ansvaret", "beslutar om", "fattar beslut om", "mandat", "beslutanderätt", "att", "bland annat",
                 "följande", ":", ".", "\n", "\u017fka", "x"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_INTRO_PIECES), max_size=8).map("".join))
def test_a_sentence_ruled_out_as_an_intro_is_none(sentence):
    if not R._may_introduce(sentence):
        assert R._INTRO.match(sentence) is None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["ansvar", "ska", "ser", " ", "till", ".", ";", "!", "?", "\u00a0", "x"]),
                max_size=10).map("".join))
def test_the_first_clause_holds_a_hint_when_the_sentence_does(sentence):
    if R.may_contain(sentence, R._HINT):
        assert R.may_contain(R.clauses(sentence.rstrip(" .;!?"))[0], R._HINT)

"""The extractors' cheap pre-tests: they may let through text a pattern then rejects, never skip
text a pattern would match."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from govcheck.extract.hints import TextIndex, folded, matches_at, may_contain, occurrences
from govcheck.extract.lines import all_text
from govcheck.model import Block, Location

STEMS = ("beslut", "ses över", "§", "ägare", "dnr", "beslutad", "över")  # some hold others
# Letters that matter: the stems' own, their capitals, the four that only re folds, whitespace.
ALPHABET = "besluta ÖVERSöver§ÄGREägredn\u017f\u212a\u0130\u0131\t\u00a0\nK."


def test_index_finds_the_texts_that_hold_a_stem_in_any_case_and_spacing():
    texts = ["Beslutad av KS", "inget här", "Ses  över\tårligen", "Dnr KS 2019/12", "", "ÄGARE: IT-chef"]
    index = TextIndex(texts)
    assert index.holding(("beslut",)) == [0]
    assert index.holding(("ses över",)) == [2]
    assert index.holding(("dnr", "ägare", "beslut")) == [0, 3, 5]
    assert index.holding(("saknas",)) == []


def test_a_stem_never_matches_across_two_texts():
    index = TextIndex(["ses", "över"])
    assert index.holding(("ses över",)) == []


def test_a_text_that_cannot_be_folded_safely_is_always_a_candidate():
    texts = ["plain", "Kelvin \u212a", "long \u017f"]
    assert folded(texts[1]) is None
    assert TextIndex(texts).holding(("nothing",)) == [1, 2]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=40), max_size=12),
       st.lists(st.sampled_from(STEMS), min_size=1, max_size=3, unique=True))
def test_index_agrees_with_the_per_text_test(texts, stems):
    stems = tuple(stems)
    assert TextIndex(texts).holding(stems) == [k for k, t in enumerate(texts) if may_contain(t, stems)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60), st.sampled_from(STEMS))
def test_the_pre_test_never_skips_a_case_insensitive_match(text, stem):
    pattern = re.compile(r"\s+".join(re.escape(w) for w in stem.split()), re.I)
    if pattern.search(text):
        assert may_contain(text, (stem,))
        assert TextIndex([text]).holding((stem,)) == [0]


def test_long_texts_are_folded_without_filling_the_cache():
    long = "Beslutad " * 500
    assert folded(long) == " ".join(["beslutad"] * 500)
    assert may_contain(long, ("beslut",))


def test_all_text_of_a_table_holds_every_cell():
    loc = Location(part="body", block=1)
    table = Block(kind="table", rows=[["Status", "Utkast"], ["", "Dnr 12"]], location=loc)
    assert all_text(table) == "Status\nUtkast\nDnr 12"
    assert all_text(Block(kind="paragraph", text="Antagen", location=loc)) == "Antagen"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=40), max_size=12),
       st.lists(st.sampled_from(STEMS), min_size=1, max_size=3, unique=True))
def test_opening_never_skips_a_text_an_anchored_case_insensitive_pattern_matches(texts, stems):
    texts = [t.strip() for t in texts]  # as metadata segments are
    patterns = [re.compile(r"\s+".join(re.escape(w) for w in stem.split()), re.I) for stem in stems]
    found = TextIndex(texts).opening(tuple(stems))
    assert found == sorted(set(found))
    assert all(k in found for k, text in enumerate(texts) if any(p.match(text) for p in patterns))


def test_opening_finds_the_texts_that_begin_with_a_stem():
    texts = ["Beslutsdatum: 2020", "datum", "Senaste beslutsdatum", "", "DNR 1"]
    assert TextIndex(texts).opening(("beslutsdatum", "dnr")) == [0, 4]
    assert TextIndex(texts).opening(("datum",)) == [1]


# Texts made of pieces that matter to a word pattern: letters, hyphens, spaces, a comma.
WORDS = st.lists(st.sampled_from(["nämnd", "en", "Barn-", "-", " och ", ", ", " ", "\n", "IT", "råd", "é", "1",
                                  "s", "Kultur", "a", "och"]), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(WORDS, st.sampled_from(["nämnd", "en", "och", "-", "a"]))
def test_matches_at_the_places_a_match_can_begin_are_the_scans_matches(text, piece):
    pattern = re.compile(r"(?<![\w-])" + re.escape(piece) + r"\w*")  # every match begins with the piece
    expected = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in matches_at(pattern, text, occurrences(piece, text))] == expected


def test_occurrences_include_overlapping_ones():
    assert occurrences("aa", "aaaa") == [0, 1, 2]
    assert occurrences("x", "abc") == []


def test_an_index_answers_again_and_for_stems_that_hold_others():
    index = TextIndex(["Beslutad av KS", "Beslut om", "Omprövas årligen"])
    assert index.holding(("beslutad",)) == [0]
    assert index.holding(("beslutad", "beslut")) == [0, 1]
    assert index.holding(("beslutad",)) == [0]
    assert index.holding(("omprövas", "ompröva", "ompröva")) == [2]

"""The per-evaluation index (govcheck/checks/index.py) and the lexicon's substring pre-filter
give exactly what a full scan gives: the same lines, hits, subjects and locations."""

import random
import re

import pytest

from factory import corpus, document
from govcheck.checks import CheckContext
from govcheck.checks.base import iter_text
from govcheck.checks.index import MAX_PLACES, CorpusIndex, contained, fast_lowered
from govcheck.textsearch import lines_holding, lines_holding_all
from govcheck.checks.subject import Opening, about, about_among, opening_text
from govcheck.lexicon import compile_term, find_terms, first_term, lowered, plain, possible_terms, term_pieces
from govcheck.model import Location, Section, Table

TERMS = ["informationssäkerhet*", "klassning", "it-säkerhet", "e-post", "mål", "följs upp", "riskanalys",
         "roller och ansvar", "säkerhetskopi*", "policy", "İT-policy", "ſäkerhet", "µs"]
# Characters that lower-case or ignore case in ways a substring test would miss.
TRICKY = ["İ", "ſ", "\u212a", "\u212b", "µ", "ß", "\u1e9e", "Ÿ", "ı", "Σ", "\u00a0", "–", "”", "\uf0b7"]
LINES = [
    "Informationssäkerhetspolicy för Västby kommun",
    "Roller och ansvar",
    "Informationsklassningen görs årligen. Målen följs regelbundet upp.",
    "IT säkerheten och e-post; kreditpolicy och IT-policyn.",
    "Riskanalys, riskanalysen och RISKANALYSER.",
    "Säkerhetskopieringen testas varje månad av systemägaren.",
    "Inget av det här.",
]


def naive_find(text, terms):
    """find_terms without the pre-filter: every term's pattern on the whole text."""
    hits = [h for term in terms for h in compile_term(term).hits(text)]
    return sorted(hits, key=lambda h: (h.start, -h.end))


def variants(seed=7, n=400):
    rng = random.Random(seed)
    out = list(LINES) + [line.upper() for line in LINES]
    for _ in range(n):
        line = rng.choice(LINES)
        at = rng.randrange(len(line) + 1)
        out.append(line[:at] + rng.choice(TRICKY) + line[at:])
        out.append(line.replace("s", rng.choice(["ſ", "s", "S"])).replace("k", rng.choice(["\u212a", "k"])))
    return out


def test_find_terms_with_the_pre_filter_equals_a_full_scan():
    for text in variants():
        assert find_terms(text, TERMS) == naive_find(text, TERMS), text


def test_plain_characters_lower_case_as_the_patterns_ignore_case():
    """For a plain text character c and a plain pattern character y, re.IGNORECASE matches c to
    y exactly when c.lower() == y, position for position: what the pre-filter relies on."""
    chars = "".join(c for c in map(chr, range(0x10000)) if plain(c))
    assert not any(plain(chr(c)) for c in range(0x10000, 0x110000, 101))
    assert len(chars) > 256 and "µ" not in chars and "İ" not in chars and "ſ" not in chars
    assert all(len(c.lower()) == 1 and plain(c.lower()) for c in chars)
    cased = {c.lower() for c in chars if c.lower() != c.upper() or ord(c) < 0x100}  # others match only themselves
    for y in sorted(cased):
        matched = set(re.compile(re.escape(y), re.IGNORECASE).findall(chars))
        assert matched == {c for c in chars if c.lower() == y}, y


def section(heading, paragraphs=(), rows=None, block=1):
    where = Location(block=block + 1, section=[heading] if heading else [], table=1)
    tables = [Table(rows=rows, location=where)] if rows else []
    return Section(heading=heading, level=1 if heading else 0, paragraphs=list(paragraphs), tables=tables,
                   location=Location(block=block, section=[heading]) if heading else None)


def sample_document(path="documents/a.docx", extra=""):
    nested = section("Ansvar", ["Systemägaren ansvarar för klassning av information." + extra])
    first = section(None, ["Västby kommun", "Informationssäkerhet är allas ansvar."])
    second = section("Mål och uppföljning", ["Målen följs upp årligen.", "Ingen träff här."],
                     rows=[["Ärende", "Delegat"], ["Riskanalys", ""], ["", "IT-chef"]], block=5)
    second = second.model_copy(update={"sections": [nested]})
    return document(path=path, title="Riktlinjer för informationssäkerhet", sections=[first, second])


@pytest.mark.parametrize("extra", ["", " İT-policy gäller.", " ſäkerhet och \u212aLASSNING."])
def test_lines_and_locations_are_those_of_iter_text(extra):
    doc = sample_document(extra=extra)
    index = CorpusIndex(corpus(doc))
    lines = list(iter_text(doc))
    assert index.text(doc).texts == tuple(text for text, _ in lines)
    assert [index.text(doc).location(i) for i in range(len(lines))] == [loc for _, loc in lines]


@pytest.mark.parametrize("extra", ["", " İT-policy gäller.", " ſäkerhet och \u212aLASSNING."])
def test_term_lines_are_the_lines_a_full_scan_finds(extra):
    doc = sample_document(extra=extra)
    index = CorpusIndex(corpus(doc))
    for term in [*TERMS, "information", "ansvar", "delegat", "västby"]:
        expected = tuple(i for i, (text, _) in enumerate(iter_text(doc)) if naive_find(text, [term]))
        assert index.term_lines(doc, term) == expected, term


@pytest.mark.parametrize("terms", [["informationssäkerhet"], ["klassning"], ["mål"], ["digitalisering"],
                                   ["Västby", "policy"], ["ſäkerhet"]])
def test_about_through_the_index_equals_about_without_the_pre_filter(terms):
    for doc in (sample_document(), sample_document(extra=" ſäkerhet"),
                document(title="IT-ſäkerhetspolicy", sections=[section(None, ["Målen för klassning."])])):
        index = CorpusIndex(corpus(doc))
        assert index.about(doc, terms) == about(doc, terms) == about_among(doc, terms)
        assert index.about(doc, terms) is index.about(doc, terms)  # decided once


def test_first_term_on_the_cited_line_agrees_with_term_lines():
    doc = sample_document()
    index = CorpusIndex(corpus(doc))
    for term in TERMS:
        for i in index.term_lines(doc, term):
            assert first_term(index.text(doc).texts[i], [term]) is not None


def test_a_context_makes_its_own_index_or_shares_one_of_its_corpus():
    c = corpus(sample_document())
    ctx = CheckContext(c)
    assert ctx.index.corpus is c
    shared = CorpusIndex(c)
    assert CheckContext(c, {}, shared).index is shared
    with pytest.raises(ValueError):
        CheckContext(corpus(sample_document()), {}, shared)


def test_memo_computes_once_per_key():
    index = CorpusIndex(corpus())
    calls = []
    assert index.memo(("k", 1), lambda: calls.append(1) or "v") == "v"
    assert index.memo(("k", 1), lambda: calls.append(2) or "w") == "v"
    assert calls == [1]


PIECES = ("riktlinjer för it", "riktlinjer för informationssäkerhet", "riktlinjer för", "riktlinjer",
          "it-policy", "it-policy för västby kommun", "policy", "västby", "saknas helt", "r", "", "it-policy")


@pytest.mark.parametrize("seed", range(5))
def test_contained_equals_a_substring_test_of_each_piece(seed):
    rng = random.Random(seed)
    words = ["riktlinjer", "för", "it", "it-policy", "informationssäkerhet", "västby", "kommun", "policy", "och"]
    for size in (0, 3, 40, 4 * MAX_PLACES * len(words)):  # the last: beginnings found more often than compared
        whole = " ".join(rng.choice(words) for _ in range(size))
        assert contained(whole, PIECES) == {p for p in PIECES if p in whole}, whole


def test_containing_is_contained_in_the_lowered_text():
    doc = sample_document()
    text = CorpusIndex(corpus(doc)).text(doc)
    pieces = ("riktlinjer för", "informationssäkerhet", "informationssäkerhet är", "klassning", "delegat", "saknas")
    expected = {p for p in pieces if p in text.lowered}
    assert text.containing(pieces) == expected == set(pieces) - {"riktlinjer för", "saknas"}


def test_lines_holding_are_the_lines_that_hold_a_piece():
    lines = ["it-policy och it", "", "policy", "ingen", "it-policyn, it-policy", "it"]
    whole = "\n".join(lines)
    starts = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines))]
    for piece in ("it", "policy", "it-policy", "ingen", "saknas"):
        assert list(lines_holding(piece, whole, starts)) == [i for i, line in enumerate(lines) if piece in line]
    for pieces in (("it", "policy"), ("policy", "it-policy", "n"), ("ingen", "it"), ("it",)):
        assert lines_holding_all(pieces, whole, starts) == {i for i, line in enumerate(lines)
                                                            if all(p in line for p in pieces)}


def test_possible_terms_are_the_terms_whose_pieces_a_text_holds():
    assert term_pieces(tuple(TERMS)) == tuple((t, compile_term(t).literals) for t in TERMS)
    for text in variants(n=50):
        low = lowered(text)
        expected = TERMS if low is None else [t for t in TERMS if compile_term(t).may_occur(low)]
        assert possible_terms(low, TERMS) == expected, text


def test_fast_lowered_beyond_latin_1_with_question_marks_is_lowered():
    """Text beyond Latin-1 is lowered in pieces around the characters that encode as "?"."""
    rng = random.Random(11)
    pool = [*"?Aå ÅÉß\n", "–", "”", "•", "\uf0b7", "\u2190", "µ", "İ", "ſ", "\u212a", "Σ", "\U0001F600"]
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(1, 30)))
        assert fast_lowered(text) == lowered(text), repr(text)


def test_an_opening_read_once_lowers_as_its_whole_text():
    for doc in (sample_document(), sample_document(extra=" ſäkerhet"), document(title="IT-ſäkerhetspolicy"),
                document(title=None, sections=[section(None, ["Målen för klassning."])])):
        opening = Opening.of(doc)
        assert opening.lowered() == lowered(opening_text(doc))
        for terms in (["klassning"], ["informationssäkerhet", "mål"], ["ſäkerhet"]):
            assert about_among(doc, terms, opening) == about_among(doc, terms)

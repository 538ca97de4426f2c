"""Term matching across Swedish inflection and compounds (govcheck/lexicon.py), as the check kinds rely on it."""

import pytest

from govcheck.lexicon import compile_term, find_terms, first_term, sentence_around


def texts(text, *terms):
    return [h.text for h in find_terms(text, terms)]


@pytest.mark.parametrize("term, text, found", [
    ("uppföljning", "Uppföljningen sker årligen.", "Uppföljningen"),         # inflection
    ("mål", "Målen följs upp.", "Målen"),
    ("klassning", "Informationsklassningen görs.", "Informationsklassningen"),  # compound tail
    ("följs upp", "Arbetet följs regelbundet upp.", "följs regelbundet upp"),  # words between
    ("it-säkerhet", "Regler för IT säkerheten.", "IT säkerheten"),              # hyphen or space
    ("säkerhetskopi*", "Säkerhetskopieringen testas.", "Säkerhetskopieringen"),  # wildcard
    ("åtkomst", "STYRNING AV ÅTKOMST", "ÅTKOMST"),                             # case, Swedish letters
    ("digitalisering*", "Digitaliseringsstrategin", "Digitaliseringsstrategin"),
    ("digitalisering", "Digitaliseringsstrategin", "Digitaliseringsstrategin"),  # compound head
    ("mål", "Projektmålen", "Projektmålen"),                                      # short compound tail
    ("post", "Regler för e-post.", "e-post"),                                     # hyphenated tail
    ("säkerhet", "IT-säkerheten", "IT-säkerheten"),
])
def test_matches(term, text, found):
    assert texts(text, term) == [found]


@pytest.mark.parametrize("term, text", [
    ("mål", "Målgruppen"),                    # a short word is no compound head
    ("följs upp", "följs inte alls av någon upp"),   # more than three words between
    ("risk", "Riskerade"),                    # more than four letters of inflection
    ("it", "Kredit"),                         # two letters are never a compound tail
    ("it-policy", "Kreditpolicy"),            # a hyphenated term is no unhyphenated tail
    ("e-post", "följande poster"),
    ("roller och ansvar", "ansvar och roller"),      # words in order only
])
def test_does_not_match(term, text):
    assert texts(text, term) == []


def test_hits_are_in_text_order_with_positions():
    hits = find_terms("Riskanalys och nyttokalkyl; riskanalysen igen.", ["nyttokalkyl", "riskanalys"])
    assert [(h.term, h.start) for h in hits] == [("riskanalys", 0), ("nyttokalkyl", 15), ("riskanalys", 28)]
    assert first_term("Ingen träff här.", ["nyttokalkyl"]) is None


def test_empty_term_is_an_error_and_patterns_are_cached():
    with pytest.raises(ValueError):
        compile_term("  ")
    assert compile_term("loggning") is compile_term("loggning")


def test_sentence_around_a_hit():
    text = "Inledning. All information ska klassas. Informationsklassningen görs årligen. Slut"
    hit = first_term(text, ["klassning"])
    assert sentence_around(text, hit.start, hit.end) == "Informationsklassningen görs årligen."
    first = first_term(text, ["inledning"])
    assert sentence_around(text, first.start, first.end) == "Inledning."
    assert sentence_around("a\nrad två\nb", 2, 5) == "rad två"
    long = "x " * 400 + "riskanalys"
    assert len(sentence_around(long, len(long) - 10, len(long), limit=50)) == 50

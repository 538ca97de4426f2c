"""The metadata extractor's stem gates never skip a text its patterns match."""

from hypothesis import given, settings
from hypothesis import strategies as st

from govcheck.extract.hints import TextIndex, may_contain
from govcheck.extract.metadata import (_BODY_LABEL, _DATE_LABEL, _EVENT, _EVENT_HINT, _LABEL_OPENINGS,
                                       _PARAGRAPH_LABEL)

# Every inflection _EVENT knows, in several cases, near misses, and the letters only re folds.
WORDS = ["antagen", "Antaget", "ANTAGNA", "antagit", "antagits", "antogs", "fastställd", "Fastställt", "fastställda",
         "fastställdes", "fastställts", "beslutad", "Beslutat", "beslutade", "beslutades", "beslutats", "godkänd",
         "GODKÄNT", "godkända", "godkändes", "godkänts", "reviderad", "Reviderat", "reviderade", "reviderades",
         "reviderats", "ändrad", "Ändrat", "ändrades", "kompletterad", "Revisionsdatum", "senast", "av", "beslut",
         "antagande", "revideras", "ändras", "\u017fenast", "fa\u017ftställd", "Ändrat\u0130", "\u212a", "\u0131", "-"]
SPACES = st.sampled_from([" ", "  ", "\t", "\u00a0", ":", ",", ""])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), SPACES), max_size=6))
def test_every_event_keyword_holds_an_event_stem(pairs):
    text = "".join(word + space for word, space in pairs)
    if _EVENT.search(text):
        assert may_contain(text, _EVENT_HINT)
        assert TextIndex(["inget", text]).holding(_EVENT_HINT) == [1]


LABELS = ["Beslutsinstans", "beslutande organ", "Beslutande  instans", "Beslutsorgan", "BESLUTSFATTARE", "Instans",
          "Fastställd / upprättad", "Beslutsdatum", "Antagandedatum", "Fastställelsedatum", "Beslutad datum",
          "Datum för beslut", "Datum", "Paragraf", "Protokollsparagraf", "Beslutsparagraf", "§", "Be\u017flutsdatum",
          "Beslut", "Senast", "\u0130nstans", "\u212a", ":", " ", "12", "2020-01-01", "KS"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(LABELS), SPACES), min_size=1, max_size=4))
def test_every_label_decision_line_opens_with_a_label_stem(pairs):
    text = "".join(word + space for word, space in pairs).strip()
    if any(p.match(text) for p in (_BODY_LABEL, _DATE_LABEL, _PARAGRAPH_LABEL)):
        assert TextIndex(["inget", text]).opening(_LABEL_OPENINGS) == [1]

"""The document-reference extractor's shortcuts find what the plain patterns find."""

from hypothesis import given, settings
from hypothesis import strategies as st

from govcheck.extract.hints import may_contain
from govcheck.extract.references import _NOT_A_REFERENCE, _NOT_A_REFERENCE_HINT, find_document_references
from govcheck.model import Block, Location

# Words of _NOT_A_REFERENCE in several cases and spacings, near misses, and the letters only re folds.
PIECES = ["ersätter", "ERSÄTTS", "Ersatt", "upphäver", "UPPHÖR", "upphävs", "tas", "tagits", "fram", "FRAM",
          "utarbetas", "Upprättas", "ska", "SKALL", "arbetas", "ersätta", "framtid", "Policyn", "IT-policyn",
          "\u017fka", "ER\u017fATT", "ſ", "\u212a", "\u0130", "\u0131", ".", "-"]
SPACES = st.sampled_from([" ", "  ", "\t", "\u00a0", "\n"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), SPACES), max_size=8))
def test_a_sentence_without_the_stems_is_never_a_replacement(pairs):
    sentence = "".join(word + space for word, space in pairs)
    if _NOT_A_REFERENCE.search(sentence):
        assert may_contain(sentence, _NOT_A_REFERENCE_HINT)


def _paragraph(text: str, block: int = 1, section: list[str] | None = None) -> Block:
    return Block(kind="paragraph", text=text, location=Location(part="body", block=block, section=section or []))


def test_a_replacing_or_commissioning_sentence_refers_to_nothing():
    blocks = [_paragraph("Policyn ersätter IT-policyn (KS 2017/123)."),
              _paragraph("En IT-strategi (KS 2019/12) ska tas fram.", 2),
              _paragraph("Arbetet sker enligt IT-policyn.", 3)]
    assert [r.text for r in find_document_references(blocks)] == ["IT-policyn"]


def test_a_name_counts_once_per_sentence_in_any_form():
    blocks = [_paragraph("Enligt IT-policyn och i enlighet med IT-policy (KS 2017/123) samt Informationssäkerhetspolicyn "
                         "(KS 2018/9) gäller detta.")]
    assert [r.text for r in find_document_references(blocks)] == ["IT-policyn", "Informationssäkerhetspolicyn"]

"""Plain text and Markdown: headings, paragraphs, tables, front matter, encodings."""

from __future__ import annotations

import pytest

from govcheck.errors import ReadError
from govcheck.limits import Limits
from govcheck.readers import read_raw

MARKDOWN = """\
---
title: Digitaliseringsstrategi
antagen: 2021-05-12
---
# Digitaliseringsstrategi för Lunds kommun

Strategin antogs av kommunfullmäktige
den 12 maj 2021.

## Syfte

Syftet är att **samordna** digitaliseringen, se [planen](https://example.org/plan).

- Kommunstyrelsen ansvarar för uppföljning.
- Nämnderna rapporterar årligen.
1. Första prioritering

## Ansvar och roller

| Roll | Ansvar |
|------|:------:|
| Kommunstyrelsen | Övergripande ansvar |
| IT-chef | Drift \\| förvaltning |

### Uppföljning

Följs upp varje år.

Bilagor
-------

Text i bilaga.
"""


def write(tmp_path, name: str, text: str | bytes):
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_markdown_structure_and_locations(tmp_path):
    raw = read_raw(write(tmp_path, "strategi.md", MARKDOWN))
    assert raw.format == "md"
    assert raw.properties == {"front_matter": "title: Digitaliseringsstrategi\nantagen: 2021-05-12"}
    assert [(b.kind, b.level, b.text) for b in raw.blocks] == [
        ("heading", 0, "Digitaliseringsstrategi för Lunds kommun"),
        ("paragraph", None, "Strategin antogs av kommunfullmäktige den 12 maj 2021."),
        ("heading", 1, "Syfte"),
        ("paragraph", None, "Syftet är att samordna digitaliseringen, se planen."),
        ("paragraph", None, "Kommunstyrelsen ansvarar för uppföljning."),
        ("paragraph", None, "Nämnderna rapporterar årligen."),
        ("paragraph", None, "Första prioritering"),
        ("heading", 1, "Ansvar och roller"),
        ("table", None, ""),
        ("heading", 2, "Uppföljning"),
        ("paragraph", None, "Följs upp varje år."),
        ("heading", 1, "Bilagor"),
        ("paragraph", None, "Text i bilaga."),
    ]
    table = raw.blocks[8]
    assert table.rows == [["Roll", "Ansvar"], ["Kommunstyrelsen", "Övergripande ansvar"], ["IT-chef", "Drift | förvaltning"]]
    assert table.location.table == 1
    assert table.location.section == ["Ansvar och roller"]
    locs = [b.location for b in raw.blocks]
    assert [loc.block for loc in locs] == list(range(13))
    assert locs[6].paragraph == 4 and locs[6].section == ["Syfte"]
    assert locs[10].section == ["Ansvar och roller", "Uppföljning"]
    assert locs[12].section == ["Bilagor"]
    assert locs[2].paragraph is None


def test_markdown_without_front_matter_and_code_fences(tmp_path):
    text = "Inledande text.\n\n```\n# inte en rubrik\n```\n\n---\n\n## Mål\n"
    raw = read_raw(write(tmp_path, "a.markdown", text))
    assert raw.properties == {}
    assert [(b.kind, b.text) for b in raw.blocks] == [
        ("paragraph", "Inledande text."), ("paragraph", "# inte en rubrik"), ("heading", "Mål"),
    ]


def test_unclosed_front_matter_is_text(tmp_path):
    raw = read_raw(write(tmp_path, "a.md", "---\nEtt stycke.\n"))
    assert raw.properties == {}
    assert [b.text for b in raw.blocks] == ["Ett stycke."]


PLAIN = """\
IT-POLICY

1. Inledning
Denna policy gäller alla nämnder i kommunen
och alla anställda.

1.1 Syfte

Policyn ska säkerställa säkerheten.

- Kommunstyrelsen ansvarar.
- IT-chefen rapporterar.

2. Kommunstyrelsen ansvarar för att policyn följs upp och revideras vid behov.

2 Ansvar
Åtgärderna följs upp.
"""


def test_plain_text_paragraphs_and_numbered_headings(tmp_path):
    raw = read_raw(write(tmp_path, "policy.txt", PLAIN))
    assert raw.format == "txt"
    assert [(b.kind, b.level, b.text) for b in raw.blocks] == [
        ("heading", 0, "IT-POLICY"),  # a short first paragraph is the title
        ("heading", 1, "1. Inledning"),
        ("paragraph", None, "Denna policy gäller alla nämnder i kommunen och alla anställda."),
        ("heading", 2, "1.1 Syfte"),
        ("paragraph", None, "Policyn ska säkerställa säkerheten."),
        ("paragraph", None, "Kommunstyrelsen ansvarar."),
        ("paragraph", None, "IT-chefen rapporterar."),
        ("paragraph", None, "2. Kommunstyrelsen ansvarar för att policyn följs upp och revideras vid behov."),
        ("heading", 1, "2 Ansvar"),
        ("paragraph", None, "Åtgärderna följs upp."),
    ]
    locs = [b.location for b in raw.blocks]
    assert locs[7].section == ["1. Inledning", "1.1 Syfte"] and locs[7].paragraph == 4
    assert locs[9].section == ["2 Ansvar"] and locs[9].paragraph == 1
    assert locs[0].section == [] and locs[0].paragraph == 1  # the title, first paragraph of the opening


@pytest.mark.parametrize(
    "data",
    [
        "Åtgärder för året\n".encode("utf-8"),
        b"\xef\xbb\xbf" + "Åtgärder för året\n".encode("utf-8"),
        "Åtgärder för året\n".encode("cp1252"),
        "Åtgärder för året\r\n".encode("utf-16"),
    ],
)
def test_encodings(tmp_path, data):
    raw = read_raw(write(tmp_path, "a.txt", data))
    assert [b.text for b in raw.blocks] == ["Åtgärder för året"]


def test_binary_content_with_text_extension(tmp_path):
    with pytest.raises(ReadError) as info:
        read_raw(write(tmp_path, "a.txt", b"abc\x00\x01\x02"))
    assert info.value.reason == "encoding"


def test_text_output_is_bounded(tmp_path):
    path = write(tmp_path, "a.md", "\n\n".join(f"Stycke {i}." for i in range(20)))
    for limits in (Limits(max_blocks=5), Limits(max_text_chars=30)):
        with pytest.raises(ReadError) as info:
            read_raw(path, limits)
        assert info.value.reason == "too-much-content"


def test_empty_text_file(tmp_path):
    with pytest.raises(ReadError) as info:
        read_raw(write(tmp_path, "a.txt", b""))
    assert info.value.reason == "empty"


def test_blank_text_file_has_no_blocks(tmp_path):
    assert read_raw(write(tmp_path, "a.txt", "\n \n\t\n")).blocks == []


def test_control_characters_are_line_breaks_or_spaces(tmp_path):
    """A vertical tab (manual line break) and a form feed (page break) break the line; other
    controls (here SOH, ESC, DEL, NEL) are spaces, so the words on either side stay apart."""
    text = ("IT-policy\n\nKommunstyrelsen ansvarar för IT.\fDigitaliseringsavdelningen ansvarar\x0bför "
            "uppföljning\x01och\x1b[31m rapporterar\x7f årligen\u0085till kommunstyrelsen.\n\f\n3.1 Ansvar\x0c\n")
    raw = read_raw(write(tmp_path, "policy.txt", text))
    assert [(b.kind, b.level, b.text) for b in raw.blocks] == [
        ("heading", 0, "IT-policy"),
        ("paragraph", None, "Kommunstyrelsen ansvarar för IT. Digitaliseringsavdelningen ansvarar för "
                            "uppföljning och [31m rapporterar  årligen till kommunstyrelsen."),
        ("heading", 2, "3.1 Ansvar"),
    ]


def test_control_characters_in_markdown(tmp_path):
    text = "# IT-policy\x01\n\nAnsvar\x0bför uppföljning.\x0c\n| Roll | Ansvar\x1b |\n|---|---|\n| KS | Allt\x7f |\n"
    raw = read_raw(write(tmp_path, "policy.md", text))
    assert [(b.kind, b.text, b.rows) for b in raw.blocks] == [
        ("heading", "IT-policy", []),
        ("paragraph", "Ansvar för uppföljning.", []),
        ("table", "", [["Roll", "Ansvar"], ["KS", "Allt"]]),
    ]

"""The HTML reader: a municipal web page's own content, without its chrome, and hostile markup."""

from __future__ import annotations

from pathlib import Path

import pytest

import govcheck
from docxgen import make_docx
from govcheck.errors import ReadError
from govcheck.limits import Limits
from govcheck.readers import read_raw, sniff_format


def write(tmp_path: Path, html: str, name: str = "sida.html", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(html.encode(encoding))
    return path


def summary(raw) -> list[tuple]:
    return [(b.kind, b.level, b.text) for b in raw.blocks]


def read_error(path: Path, limits: Limits | None = None) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_raw(path, limits) if limits else read_raw(path)
    return info.value


MUNICIPAL_PAGE = """<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>IT-policy för Västby kommun - Västby kommun</title>
  <meta name="description" content="Kommunens policy för IT och informationssäkerhet.">
  <meta name="keywords" content="IT, policy">
  <meta name="dcterms.modified" content="2023-05-01">
  <link rel="stylesheet" href="https://cdn.example.org/site.css">
  <script>window.dataLayer = ["Antagen av kommunstyrelsen 1999-01-01"];</script>
  <style>.hero { color: red }</style>
</head>
<body class="has-cookie-banner">
  <div id="cookie-banner" class="cookie-consent">Vi använder kakor. <button>Godkänn</button></div>
  <a class="skip-link" href="#main">Till innehållet</a>
  <header class="site-header"><a href="/">Västby kommun</a>
    <nav><ul><li><a href="/politik">Kommun och politik</a></li><li><a href="/skola">Skola</a></li></ul></nav>
    <form role="search"><input name="q"><button>Sök</button></form>
  </header>
  <nav class="breadcrumbs" aria-label="Brödsmulor"><ol><li>Start</li><li>Styrdokument</li></ol></nav>
  <main id="main">
    <h1>IT-policy för Västby kommun</h1>
    <p>Antagen av kommunfullmäktige 2008-09-12, § 123</p>
    <p>Dokumentansvarig: IT-chef</p>
    <div class="share-buttons sidebar-widget">Dela sidan</div>
    <h2>1 Syfte</h2>
    <p>Policyn ska <strong>säkerställa</strong> att IT-stödet
       är säkert.<br>Den gäller alla förvaltningar.</p>
    <h2>2 Ansvar</h2>
    <ul><li>Kommunstyrelsen ansvarar för uppföljningen.</li>
        <li>Nämnderna ansvarar <em>för</em> sina system.<ul><li>Även bolagen.</li></ul></li></ul>
    <h3>Delegation</h3>
    <table><caption>Beslut enligt delegation</caption>
      <thead><tr><th>Ärende</th><th>Delegat</th></tr></thead>
      <tbody><tr><td>Inköp av IT-system</td><td><p>IT-chef</p><p>Ersättare: ekonomichef</p></td></tr></tbody>
    </table>
    <script>document.write("Antagen av kommunstyrelsen 1999-01-01")</script>
    <p hidden>Dold text</p><p style="display: none">Också dold</p>
  </main>
  <aside class="sidebar"><h2>Relaterade sidor</h2><p>Informationssäkerhet</p></aside>
  <footer class="site-footer">Västby kommun, 123 45 Västby. Telefon 0123-45 67 89.</footer>
</body>
</html>
"""


def test_municipal_page_main_content_without_chrome(tmp_path):
    raw = read_raw(write(tmp_path, MUNICIPAL_PAGE))
    assert raw.format == "html"
    assert summary(raw) == [
        ("heading", 0, "IT-policy för Västby kommun"),
        ("paragraph", None, "Antagen av kommunfullmäktige 2008-09-12, § 123"),
        ("paragraph", None, "Dokumentansvarig: IT-chef"),
        ("heading", 1, "1 Syfte"),
        ("paragraph", None, "Policyn ska säkerställa att IT-stödet är säkert.\nDen gäller alla förvaltningar."),
        ("heading", 1, "2 Ansvar"),
        ("paragraph", None, "Kommunstyrelsen ansvarar för uppföljningen."),
        ("paragraph", None, "Nämnderna ansvarar för sina system."),
        ("paragraph", None, "Även bolagen."),
        ("heading", 2, "Delegation"),
        ("paragraph", None, "Beslut enligt delegation"),
        ("table", None, ""),
    ]
    table = raw.blocks[-1]
    assert table.rows == [["Ärende", "Delegat"], ["Inköp av IT-system", "IT-chef\nErsättare: ekonomichef"]]
    assert table.location.table == 1 and table.location.section == ["2 Ansvar", "Delegation"]
    assert [b.location.block for b in raw.blocks] == list(range(12))
    assert [b.location.paragraph for b in raw.blocks][:8] == [1, 2, 3, None, 1, None, 1, 2]
    assert [b.style for b in raw.blocks][:4] == ["h1", "p", "p", "h2"]
    text = raw.model_dump_json()
    for chrome in ("kakor", "Kommun och politik", "Styrdokument", "Sök", "Relaterade", "0123", "1999", "Dold",
                   "Dela sidan", "Till innehållet", "color"):
        assert chrome not in text


def test_page_properties(tmp_path):
    props = read_raw(write(tmp_path, MUNICIPAL_PAGE)).properties
    assert props == {"title": "IT-policy för Västby kommun - Västby kommun",
                     "description": "Kommunens policy för IT och informationssäkerhet.",
                     "keywords": "IT, policy", "dcterms.modified": "2023-05-01"}


def test_body_without_main_loses_site_header_footer_and_menus(tmp_path):
    page = """<html><head><title>Riktlinjer</title></head><body>
      <header><h1 class="logo">Västby kommun</h1></header>
      <div id="mainmenu"><a href="/">Start</a></div>
      <div class="layout-with-sidebar">
        <div class="sidebar">Meny till vänster</div>
        <h1>Riktlinjer för informationssäkerhet</h1>
        <div>Fastställd av kommunstyrelsen 2019-05-02</div>
        <h2>Syfte</h2><p>Text om syftet.</p>
      </div>
      <div class="page-footer">Kontakta oss</div>
      <footer>Copyright</footer>
    </body></html>"""
    raw = read_raw(write(tmp_path, page))
    assert summary(raw) == [
        ("heading", 1, "Riktlinjer för informationssäkerhet"),  # two h1 and none is the <title>
        ("paragraph", None, "Fastställd av kommunstyrelsen 2019-05-02"),
        ("heading", 2, "Syfte"),
        ("paragraph", None, "Text om syftet."),
    ]


@pytest.mark.parametrize("wrapper", ['<article class="post">{}</article>', '<div role="main">{}</div>',
                                     '<div id="content">{}</div>', '<div class="page content">{}</div>'])
def test_main_content_candidates(tmp_path, wrapper):
    inner = "<h1>Plan</h1><p>Innehåll.</p>"
    page = f"<html><body><div class='intro'>Utanför</div>{wrapper.format(inner)}<div>Också utanför</div></body></html>"
    assert summary(read_raw(write(tmp_path, page))) == [("heading", 0, "Plan"), ("paragraph", None, "Innehåll.")]


def test_news_teasers_do_not_hide_the_article_with_the_h1(tmp_path):
    page = ("<html><body><article><h2>Nyhet</h2><p>Teaser</p></article>"
            "<article><h1>Delegationsordning</h1><p>Text.</p></article></body></html>")
    assert [b.text for b in read_raw(write(tmp_path, page)).blocks] == ["Delegationsordning", "Text."]


def test_headings_several_h1_and_title_match(tmp_path):
    page = ("<html><head><title>Strategi | Västby</title></head><body><main>"
            "<h1>Strategi</h1><p>a</p><h1>Bilaga</h1><h2>Del</h2><p>b</p>"
            "<p>3.1 Uppföljning</p><p>1. Kommunstyrelsen ansvarar för att strategin följs.</p></main></body></html>")
    raw = read_raw(write(tmp_path, page))
    assert [(b.kind, b.level) for b in raw.blocks] == [
        ("heading", 0), ("paragraph", None), ("heading", 1), ("heading", 2), ("paragraph", None),
        ("heading", 2), ("paragraph", None)]
    assert raw.blocks[-1].location.section == ["Bilaga", "3.1 Uppföljning"]


def test_definition_lists_pre_and_nested_tables(tmp_path):
    page = """<html><body><main>
      <dl><dt>Beslutad av</dt><dd>Kommunfullmäktige</dd>
          <div><dt>Datum</dt><dd>2008-09-12</dd></div><dt>Ensam</dt></dl>
      <pre>rad ett
  rad två</pre>
      <table><tr><td>x</td><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>
    </main></body></html>"""
    raw = read_raw(write(tmp_path, page))
    assert [b.text for b in raw.blocks[:5]] == [
        "Beslutad av: Kommunfullmäktige", "Datum: 2008-09-12", "Ensam", "rad ett\n  rad två", ""]
    assert raw.blocks[4].rows == [["x", "a | b"]]


def test_label_lines_reach_extraction(tmp_path):
    page = ("<html><head><title>Plan för IT</title></head><body><main><h1>Plan för IT</h1>"
            "<dl><dt>Beslutad av</dt><dd>Kommunstyrelsen</dd><dt>Beslutsdatum</dt><dd>2021-02-01</dd></dl>"
            "<h2>Mål</h2><p>Text.</p></main></body></html>")
    doc = govcheck.parse_document(write(tmp_path, page))
    (adoption,) = doc.adoptions
    assert (adoption.level, str(adoption.date)) == ("KS", "2021-02-01")


# --- the same policy as a .docx ----------------------------------------------------------

END_TO_END = [("title", "IT-policy för Västby kommun"), ("p", "Antagen av kommunfullmäktige 2008-09-12, § 123"),
              ("p", "Dokumentansvarig: IT-chef"), ("h1", "1 Syfte"), ("p", "Policyn ska säkerställa IT-stödet."),
              ("h1", "2 Ansvar"), ("p", "Kommunstyrelsen ansvarar för uppföljningen.")]


def essentials(doc) -> tuple:
    (adoption,) = doc.adoptions
    return (doc.title.value, doc.doc_type.value, doc.status.value, doc.owner.value,
            (adoption.level, adoption.date, adoption.paragraph),
            [(s.heading, s.level) for s in doc.sections if s.heading])


def test_same_policy_as_docx(tmp_path):
    html = write(tmp_path, MUNICIPAL_PAGE.replace("<h3>", "<p>").replace("</h3>", "</p>"))
    docx = make_docx(tmp_path / "policy.docx", END_TO_END)
    from_html, from_docx = govcheck.parse_document(html), govcheck.parse_document(docx)
    assert essentials(from_html) == essentials(from_docx)
    assert essentials(from_html)[:3] == ("IT-policy för Västby kommun", "policy", "adopted")
    assert from_html.adoptions[0].provenance.location.block == 1
    assert from_html.format == "html"


# --- sniffing, encodings ------------------------------------------------------------------

@pytest.mark.parametrize("data, suffix, expected", [
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", ".txt", "html"),
    (b"\xef\xbb\xbf\n<!-- sparad -->\n<html><body></body></html>", "", "html"),
    (b"<p>Fragment</p>", ".htm", "html"),
    ("Sparad text med <b>fetstil</b>".encode(), ".html", "html"),
    (bytes(range(256)) * 4, ".html", "unknown"),
    (b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
     b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml"/>',
     ".xhtml", "html"),
    (b"<!-- kommentar -->\n# Rubrik\n", ".md", "md"),
    (b'<p align="center">Logo</p>\n\n# Rubrik\n', ".md", "md"),
    (b"<Rubrik> i en textfil\n", ".txt", "txt"),
    (b'<?xml version="1.0"?><rss version="2.0"/>', ".html", "xml"),
    (b'<feed xmlns="http://www.w3.org/2005/Atom"/>', "", "xml"),
])
def test_sniff_markup(data, suffix, expected):
    assert sniff_format(data, suffix) == expected


def test_other_xml_is_unsupported(tmp_path):
    path = write(tmp_path, '<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "flode.xml")
    err = read_error(path)
    assert err.reason == "unsupported-format" and "<rss>" in err.detail


@pytest.mark.parametrize("head, encoding", [
    ('<meta charset="windows-1252">', "cp1252"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "cp1252"),
    ("", "utf-8"),
    ("", "cp1252"),  # undeclared and not UTF-8: Windows-1252
    ('<meta charset="base64">', "utf-8"),  # not a text encoding: ignored
])
def test_encodings(tmp_path, head, encoding):
    page = f"<html><head>{head}</head><body><p>Åtgärder för nämnden – översyn</p></body></html>"
    raw = read_raw(write(tmp_path, page, encoding=encoding))
    assert [b.text for b in raw.blocks] == ["Åtgärder för nämnden – översyn"]


# --- hostile input ---------------------------------------------------------------------

BILLION_LAUGHS = (
    '<!DOCTYPE html [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + '<!ENTITY tricky "]>">]>'
)


def test_doctype_internal_subset_leaves_no_junk(tmp_path):
    page = BILLION_LAUGHS + "<html><body><p>X&lol9;X &tricky; &amp; &nbsp;Y</p></body></html>"
    raw = read_raw(write(tmp_path, page))
    assert [b.text for b in raw.blocks] == ["XX & Y"]


def test_external_entities_and_resources_are_never_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("HEMLIGT-4711")
    page = (f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
            f'<html><head><link rel="import" href="{secret.as_uri()}"><base href="{secret.as_uri()}"></head>'
            f'<body><p>A&xxe;B</p><iframe src="{secret.as_uri()}"></iframe><img src="{secret.as_uri()}" alt="bild">'
            f'<object data="{secret.as_uri()}"></object></body></html>')
    raw = read_raw(write(tmp_path, page))
    assert [b.text for b in raw.blocks] == ["AB"]
    assert "HEMLIGT" not in raw.model_dump_json()


@pytest.mark.parametrize("depth", [300, 100_000])
def test_deep_nesting(tmp_path, depth):
    page = "<html><body>" + "<div>" * depth + "<p>Djupt</p>" + "</div>" * depth + "</body></html>"
    assert read_error(write(tmp_path, page)).reason == "xml-too-deep"


def test_size_and_output_are_bounded(tmp_path):
    page = "<html><body>" + "".join(f"<p>Stycke {i}.</p>" for i in range(10)) + "</body></html>"
    path = write(tmp_path, page)
    assert read_error(path, Limits(max_member_bytes=100)).reason == "too-large"
    assert read_error(path, Limits(max_blocks=5)).reason == "too-much-content"


def test_binary_junk_with_html_suffix(tmp_path):
    path = tmp_path / "trasig.html"
    path.write_bytes(b"<html>\x00\x01\x02" * 10)
    assert read_error(path).reason == "encoding"


def test_empty_page(tmp_path):
    raw = read_raw(write(tmp_path, "<!DOCTYPE html><html><body>   </body></html>"))
    assert raw.blocks == [] and raw.properties == {}


def test_control_characters_raw_or_as_references_are_white_space(tmp_path):
    """libxml2's HTML parser passes both "\\x01" and "&#1;" on as the control character."""
    page = ("<!DOCTYPE html><html><head><title>IT&#1;policy</title>"
            "<meta name='description' content='Policy&#27;[31m'></head><body><main><h1>IT-policy</h1>"
            "<p>Kommunstyrelsen ansvarar&#11;för uppföljning\x01och&#27;[31m rapporterar\x7f årligen.</p>"
            "<pre>rad 1&#12;rad 2&#1;slut</pre><table><tr><td>Ansvar&#8;</td><td>KS\u009f</td></tr></table>"
            "</main></body></html>")
    raw = read_raw(write(tmp_path, page))
    assert [(b.kind, b.text, b.rows) for b in raw.blocks] == [
        ("heading", "IT-policy", []),
        ("paragraph", "Kommunstyrelsen ansvarar för uppföljning och [31m rapporterar årligen.", []),
        ("paragraph", "rad 1\nrad 2 slut", []),
        ("table", "", [["Ansvar", "KS"]]),
    ]
    assert raw.properties == {"title": "IT policy", "description": "Policy [31m"}

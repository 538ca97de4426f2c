"""Write one document's content in any format govcheck reads, and read a .docx back into content.

Content items are those the generators share (docxgen, odtgen, pdfgen): ("title", t),
("h1".."h6", t), ("p", t), ("table", rows) with the first row as header row, plus
("list", [item, ...]) for a bulleted list. ``write_as`` writes them as docx, odt, pdf, html,
md or txt, using the existing generators for the first three and the small HTML and Markdown
writers here for the rest; ``content_of`` turns an existing .docx into such items, reading it
with govcheck's own docx reader (so a converted example says what govcheck saw in the .docx).

Conventions per format, as real documents in that format use them:

- html: the title is the page's only <h1> (and its <title>), sections are <h2>, <h3> …, as
  on a municipality's web page; lists are <ul>, tables have a <thead>.
- md: the title is a level-1 ATX heading ("# Titel"), sections one level down ("## 1 Syfte");
  lists are "- " items, tables are pipe tables.
- txt: no markup, so headings are only what their typed numbers make them ("3.1 Ansvar");
  lists are "- " lines and table rows are lines of cells joined by " | ".
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Iterable

from docxgen import make_docx
from odtgen import make_odt
from pdfgen import make_pdf

FORMATS = ("docx", "odt", "pdf", "html", "md", "txt")
HEADINGS = {f"h{n}": n for n in range(1, 7)}
LIST_STYLE = "List Bullet"  # python-docx's template has it, as Word's does
BULLET = "•"


def write_as(fmt: str, path: str | Path, content: Iterable[tuple], *, title: str | None = None,
             header: str | None = None, footer: str | None = None) -> Path:
    """Write ``content`` to ``path`` as ``fmt`` and return the path.

    ``title`` is the file's own metadata title (docx core title, odt dc:title, PDF Info
    /Title, HTML <title>; Markdown and text have none), ``header``/``footer`` a running header
    and footer where the format has them (docx, odt, pdf).
    """
    path = Path(path)
    items = list(content)
    if fmt == "docx":
        return make_docx(path, _docx_items(items), core_title=title, header=header, footer=footer)
    if fmt == "odt":
        return make_odt(path, items, meta_title=title, header=header, footer=footer)
    if fmt == "pdf":
        return make_pdf(path, _pdf_items(items), info={"title": title} if title else None, header=header,
                        footer=footer)
    if fmt == "html":
        path.write_text(html_text(items, title), encoding="utf-8")
        return path
    if fmt == "md":
        path.write_text(markdown_text(items), encoding="utf-8")
        return path
    if fmt == "txt":
        path.write_text(plain_text(items), encoding="utf-8")
        return path
    raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")


def _docx_items(items: list[tuple]) -> list[tuple]:
    out = []
    for item in items:
        if item[0] == "list":
            out.extend(("pstyle", LIST_STYLE, text) for text in item[1])
        else:
            out.append(item)
    return out


def _pdf_items(items: list[tuple]) -> list[tuple]:
    """PDF has no lists: a bullet and a space start each item's paragraph, as Word prints them."""
    out = []
    for item in items:
        if item[0] == "list":
            out.extend(("p", f"{BULLET} {text}") for text in item[1])
        else:
            out.append(item)
    return out


# --------------------------------------------------------------------------------- HTML


def html_text(items: list[tuple], title: str | None = None) -> str:
    """A standalone page: <title>, then the content in <main>."""
    page_title = title or next((item[1] for item in items if item[0] == "title"), "")
    body = []
    for item in items:
        kind = item[0]
        if kind == "title":
            body.append(f"<h1>{_html(item[1])}</h1>")
        elif kind in HEADINGS:
            level = min(HEADINGS[kind] + 1, 6)
            body.append(f"<h{level}>{_html(item[1])}</h{level}>")
        elif kind == "p":
            body.append(f"<p>{_html(item[1])}</p>")
        elif kind == "list":
            body.append("<ul>" + "".join(f"<li>{_html(text)}</li>" for text in item[1]) + "</ul>")
        elif kind == "table":
            head, *rest = item[1]
            body.append(
                "<table><thead><tr>" + "".join(f"<th>{_html(c)}</th>" for c in head) + "</tr></thead><tbody>"
                + "".join("<tr>" + "".join(f"<td>{_html(c)}</td>" for c in row) + "</tr>" for row in rest)
                + "</tbody></table>")
        else:
            raise ValueError(f"unknown content item {item!r}")
    return ('<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{_html(page_title)}</title>\n</head>\n<body>\n<main>\n"
            + "\n".join(body) + "\n</main>\n</body>\n</html>\n")


def _html(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


# ----------------------------------------------------------------------------- Markdown


def markdown_text(items: list[tuple]) -> str:
    """ATX headings (the title "#", sections one level down), "- " lists, pipe tables."""
    blocks = []
    for item in items:
        kind = item[0]
        if kind == "title":
            blocks.append(f"# {_md(item[1])}")
        elif kind in HEADINGS:
            blocks.append(f"{'#' * min(HEADINGS[kind] + 1, 6)} {_md(item[1])}")
        elif kind == "p":
            blocks.append(_md(item[1]))
        elif kind == "list":
            blocks.append("\n".join(f"- {_md(text)}" for text in item[1]))
        elif kind == "table":
            head, *rest = item[1]
            width = max(len(row) for row in item[1])
            lines = [_row(head, width), "|" + "---|" * width, *(_row(row, width) for row in rest)]
            blocks.append("\n".join(lines))
        else:
            raise ValueError(f"unknown content item {item!r}")
    return "\n\n".join(blocks) + "\n"


def _md(text: str) -> str:
    return " ".join(text.split())


def _row(cells: list[str], width: int) -> str:
    cells = [*cells, *[""] * (width - len(cells))]
    return "| " + " | ".join(" ".join(c.split()).replace("|", "\\|") for c in cells) + " |"


# ---------------------------------------------------------------------------- plain text


def plain_text(items: list[tuple]) -> str:
    """Paragraphs separated by blank lines; headings are lines of their own."""
    blocks = []
    for item in items:
        kind = item[0]
        if kind in ("title", "p") or kind in HEADINGS:
            blocks.append(item[1])
        elif kind == "list":
            blocks.append("\n".join(f"- {text}" for text in item[1]))
        elif kind == "table":
            blocks.append("\n\n".join(" | ".join(" ".join(c.split()) for c in row) for row in item[1]))
        else:
            raise ValueError(f"unknown content item {item!r}")
    return "\n\n".join(blocks) + "\n"


# ------------------------------------------------------------------------------ reading back


def content_of(docx_path: str | Path) -> list[tuple]:
    """The content items of an existing .docx, as govcheck's docx reader sees its body.

    Headings keep their level (the title is level 0), paragraphs in a list style become
    ("list", [...]) items (consecutive ones together), tables keep their rows.
    """
    from govcheck.readers import read_raw

    raw = read_raw(Path(docx_path))
    if raw.format != "docx":
        raise ValueError(f"{docx_path} is {raw.format}, not docx")
    items: list[tuple] = []
    for block in raw.blocks:
        if block.kind == "heading":
            items.append(("title", block.text) if not block.level else (f"h{min(block.level, 6)}", block.text))
        elif block.kind == "table":
            items.append(("table", [list(row) for row in block.rows]))
        elif block.style and "list" in block.style.lower():
            if items and items[-1][0] == "list":
                items[-1][1].append(block.text)
            else:
                items.append(("list", [block.text]))
        else:
            items.append(("p", block.text))
    return items


def title_of(docx_path: str | Path) -> str | None:
    """The .docx's core title property, for ``write_as(..., title=...)``."""
    from govcheck.readers import read_raw

    return read_raw(Path(docx_path)).properties.get("title")

"""The neutral block structure that every reader yields and every extractor reads."""

from __future__ import annotations

from typing import Literal

from govcheck.model.common import Location, Strict

BlockKind = Literal["heading", "paragraph", "table"]


class Block(Strict):
    """One heading, paragraph or table, in reading order, with its own location.

    ``level`` is the heading level (1 = top) for headings, 0 for a document title.
    ``style`` is the source's style name, lower-cased (e.g. "heading 1", "rubrik 2", "title").
    ``rows`` holds a table's cell texts; ``text`` of a table is empty.
    """

    kind: BlockKind
    text: str = ""
    level: int | None = None
    style: str | None = None
    rows: list[list[str]] = []
    location: Location


class RawDocument(Strict):
    """What a reader returns: blocks plus the container's own properties (title, dates …)."""

    format: str
    blocks: list[Block]
    sha256: str | None = None
    properties: dict[str, str] = {}
    header_footer: list[Block] = []

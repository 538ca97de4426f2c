"""Turn the reader's flat blocks into the section tree of the model."""

from __future__ import annotations

import re

from govcheck.model import Block, Section, Table

_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+")


def build_sections(blocks: list[Block]) -> list[Section]:
    """Nest sections by heading level; content before the first heading goes to a level-0 section."""
    root = Section(heading=None, level=0)
    top: list[Section] = []
    stack: list[Section] = []

    def current() -> Section:
        return stack[-1] if stack else root

    for block in blocks:
        if block.kind == "heading" and (block.level or 0) >= 1:
            match = _NUMBER.match(block.text)
            section = Section(
                heading=block.text,
                level=block.level or 1,
                number=match.group(1) if match else None,
                location=block.location,
            )
            while stack and stack[-1].level >= section.level:
                stack.pop()
            (stack[-1].sections if stack else top).append(section)
            stack.append(section)
        elif block.kind == "table":
            current().tables.append(Table(rows=block.rows, location=block.location))
        elif block.text:
            current().paragraphs.append(block.text)
    if root.paragraphs or root.tables:
        return [root, *top]
    return top

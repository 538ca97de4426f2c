"""lxml's HTML builder (``E.TD(…)``), with every string made XML-safe where it enters the tree.

lxml refuses a string that XML cannot hold ("All strings must be XML compatible"), so one
control character in a municipality's name or a checklist's text would crash the report. The
HTML report and the batch summary build their pages with this ``E``: text and attribute values
pass through ``escape.for_xml`` here, and no call site has to remember it. lxml is imported on
first use: `govcheck check` imports the summary through batch mode but never writes one.
"""

from __future__ import annotations

from functools import lru_cache, partial

from govcheck.report.escape import for_xml


def _text(elem, text: str) -> None:
    """What lxml's builder does with a string (the element's text, or the last child's tail)."""
    text = for_xml(text)
    if len(elem):
        elem[-1].tail = (elem[-1].tail or "") + text
    else:
        elem.text = (elem.text or "") + text


def _attributes(elem, attributes: dict[str, str]) -> None:
    for key, value in attributes.items():
        elem.set(key, for_xml(value))


@lru_cache(maxsize=None)
def _maker():
    from lxml.builder import ElementMaker
    from lxml.html import html_parser

    return ElementMaker(typemap={str: _text, dict: _attributes}, makeelement=html_parser.makeelement)


class _Builder:
    """``E.SPAN(…)`` makes a <span>, as lxml.html.builder's names do; ``E.CLASS(v)`` is a class attribute."""

    @staticmethod
    def CLASS(value: str) -> dict[str, str]:
        return {"class": value}

    def __getattr__(self, name: str):
        return partial(_maker(), name.lower())


E = _Builder()

"""XML parsing of untrusted parts with the safe settings pinned explicitly.

lxml >= 5 is already safe by default, but pinning the settings keeps an older lxml from
regressing them (research/perf-security.md, B1): no entity expansion, no DTD loading, no
network, and libxml2's default depth limit of 256 (``huge_tree=False``).
"""

from __future__ import annotations

from lxml import etree

from govcheck.errors import ReadError

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_xml(data: bytes, document: str, part: str = "") -> etree._Element:
    """Parse one XML part; every parser failure becomes a ReadError naming the part."""
    where = f"{part}: " if part else ""
    try:
        root = etree.fromstring(data, PARSER)
    except etree.XMLSyntaxError as exc:
        message = str(exc)
        if "Excessive depth" in message:
            raise ReadError(document, "xml-too-deep", f"{where}{message}") from None
        raise ReadError(document, "xml-error", f"{where}{message}") from None
    except (etree.LxmlError, ValueError) as exc:
        raise ReadError(document, "xml-error", f"{where}{exc}") from None
    except RecursionError:
        raise ReadError(document, "xml-too-deep", f"{where}nesting too deep") from None
    if root is None:
        raise ReadError(document, "xml-error", f"{where}no root element")
    return root


def text_of(el: etree._Element) -> str:
    """The element's character data, skipping unresolved entity references and comments.

    ``itertext()`` would yield an unresolved ``&name;`` literally (research B1).
    """
    parts: list[str] = []
    _collect_text(el, parts)
    return "".join(parts)


def _collect_text(el: etree._Element, parts: list[str]) -> None:
    if not isinstance(el.tag, str):
        return
    parts.append(el.text or "")
    for child in el:
        _collect_text(child, parts)
        parts.append(child.tail or "")

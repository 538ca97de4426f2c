"""Words the renderers share, in Swedish and English: verdict names and location phrases."""

from __future__ import annotations

from govcheck.model import Location, Text

VERDICT = {
    "fulfilled": Text(sv="Uppfyllt", en="Fulfilled"),
    "partially_fulfilled": Text(sv="Delvis uppfyllt", en="Partially fulfilled"),
    "not_fulfilled": Text(sv="Ej uppfyllt", en="Not fulfilled"),
    "not_assessable": Text(sv="Ej bedömbart", en="Not assessable"),
}

_PARTS = {
    "header": ("sidhuvud", "header"),
    "footer": ("sidfot", "footer"),
    "properties": ("dokumentegenskaper", "document properties"),
    "filename": ("filnamn", "file name"),
    "sidecar": ("metadatafil", "sidecar file"),
    "register": ("dokumentregister", "document register"),
}


def tr(text: Text, lang: str) -> str:
    return getattr(text, lang)


def verdict_text(verdict: str, lang: str) -> str:
    return tr(VERDICT[verdict], lang)


def describe_location(loc: Location | None, lang: str) -> str:
    """A short human phrase for a location, e.g. "3 Ansvar › 3.1 Kommunstyrelsen, stycke 2"."""
    sv = lang == "sv"
    if loc is None:
        return "hela dokumentet" if sv else "whole document"
    bits: list[str] = []
    if loc.part in _PARTS:
        bits.append(_PARTS[loc.part][0 if sv else 1])
    if loc.section:
        bits.append(" › ".join(loc.section))
    if loc.table is not None:
        t = f"{'tabell' if sv else 'table'} {loc.table}"
        if loc.row is not None:
            t += f", {'rad' if sv else 'row'} {loc.row}"
        if loc.cell is not None:
            t += f", {'cell' if sv else 'cell'} {loc.cell}"
        bits.append(t)
    elif loc.row is not None:  # a register row
        bits.append(f"{'rad' if sv else 'row'} {loc.row}")
    elif loc.paragraph is not None:
        bits.append(f"{'stycke' if sv else 'paragraph'} {loc.paragraph}")
    elif loc.block is not None and not loc.section:
        bits.append(f"{'block' if sv else 'block'} {loc.block + 1}")
    if loc.page is not None:
        bits.append(f"{'s.' if sv else 'p.'} {loc.page}")
    text = ", ".join(bits) if bits else ("hela dokumentet" if sv else "whole document")
    if loc.field:
        text = f"{loc.field} ({text})"
    return text


def cache_not_written(directory: object, reason: str, failed: int, lang: str) -> str:
    """The warning after a run whose parse cache could not take its entries: the reports are
    whole, but the next run reads those documents again."""
    if lang == "sv":
        return (f"govcheck: varning: dokumentcachen {directory} gick inte att skriva till ({reason}): "
                f"{failed} dokument sparades inte där och läses om vid nästa körning")
    return (f"govcheck: warning: the parse cache {directory} could not be written to ({reason}): "
            f"{failed} documents were not stored and are read again on the next run")


def no_cache_folder(lang: str) -> str:
    """The warning of a run that has no default parse cache folder (see cache.default_dir)."""
    if lang == "sv":
        return ("govcheck: varning: ingen mapp för dokumentcachen (inget absolut $XDG_CACHE_HOME och ingen "
                "hemkatalog): dokumenten läses utan cache; ange --cache-dir för att spara dem, "
                "eller --no-cache för att slippa denna rad")
    return ("govcheck: warning: no folder for the parse cache (no absolute $XDG_CACHE_HOME and no home "
            "directory): documents are read without a cache; give --cache-dir to keep them, "
            "or --no-cache to leave out this line")

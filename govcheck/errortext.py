"""Swedish for what PyYAML, pydantic, jsonschema and the operating system report in English.

Each function returns the English as the library gave it and a Swedish wording. The Swedish is
made from what the error is (an errno, a pydantic error type, a JSON Schema keyword, a YAML
problem), never by translating the English text; what is not known here keeps the library's
English inside a Swedish sentence, so nothing the library said is lost.
"""

from __future__ import annotations

import errno
import re
from typing import Any

# ------------------------------------------------------------------------ operating system

_ERRNO = {
    errno.ENOENT: "finns inte",
    errno.EACCES: "åtkomst nekas",
    errno.EPERM: "åtgärden är inte tillåten",
    errno.EISDIR: "är en mapp",
    errno.ENOTDIR: "en del av sökvägen är inte en mapp",
    errno.ENOSPC: "disken är full",
    errno.EDQUOT: "diskkvoten är slut",
    errno.EROFS: "filsystemet är skrivskyddat",
    errno.EEXIST: "finns redan",
    errno.ENAMETOOLONG: "namnet är för långt",
    errno.ELOOP: "för många symboliska länkar",
    errno.EIO: "in- eller utmatningsfel",
    errno.EMFILE: "för många öppna filer",
    errno.ENOTEMPTY: "mappen är inte tom",
    errno.EBUSY: "upptagen",
    errno.ETXTBSY: "upptagen",
    errno.EFBIG: "filen är för stor",
}


def os_reason(exc: OSError) -> tuple[str, str]:
    """Why an OSError happened: the system's English (strerror) and Swedish by its errno."""
    en = exc.strerror or str(exc)
    sv = _ERRNO.get(exc.errno) if exc.errno is not None else None
    return en, sv or f"systemfel ({en})"


def os_message(exc: OSError) -> tuple[str, str]:
    """An OSError as one line: its reason and the file it names, in English and Swedish."""
    en, sv = os_reason(exc)
    if exc.filename is None:
        return (en if exc.strerror else str(exc)), sv
    return f"{en}: {exc.filename}", f"{sv}: {exc.filename}"


# ------------------------------------------------------------------------ YAML

# libyaml's (C) and PyYAML's (Python) wording of the same problems; the key is matched at the
# start of the problem or context text.
_YAML = {
    "mapping values are not allowed": "ett kolon (nyckel: värde) är inte tillåtet här",
    "could not find expected ':'": "kolon (:) saknas efter en nyckel",
    "did not find expected key": "en nyckel väntades här (kontrollera indraget)",
    "did not find expected '-' indicator": "ett listelement (-) väntades här (kontrollera indraget)",
    "did not find expected node content": "ett värde väntades här",
    "did not find expected ',' or ']'": "komma (,) eller ] väntades här",
    "did not find expected ',' or '}'": "komma (,) eller } väntades här",
    "did not find expected <document start>": "dokumentets början (---) väntades här",
    "expected <block end>, but found": "indraget stämmer inte",
    "expected <document start>, but found": "dokumentets början (---) väntades här",
    "expected ',' or ']', but got": "komma (,) eller ] väntades här",
    "expected ',' or '}', but got": "komma (,) eller } väntades här",
    "expected a single document in the stream": "filen får bara innehålla ett YAML-dokument",
    "but found another document": "filen innehåller ett YAML-dokument till",
    "found character that cannot start any token": "ett tecken som inte kan inleda ett värde (ett tabbtecken?)",
    "found a tab character": "tabbtecken får inte användas för indrag",
    "found unexpected end of stream": "filen tar slut mitt i ett värde",
    "found unknown escape character": "okänd escape-sekvens (\\)",
    "found undefined tag handle": "okänd tagg",
    "found undefined alias": "okänt alias",
    "found unexpected ':'": "oväntat kolon (:)",
    "found unexpected document end": "oväntat slut på dokumentet",
    "block sequence entries are not allowed": "ett listelement (-) är inte tillåtet här",
    "found incompatible YAML document": "YAML-versionen stöds inte",
    "found unhashable key": "en nyckel som inte kan vara nyckel",
}

# What the parser was reading when it met the problem ("while scanning a simple key").
_WHILE = {
    "simple key": "i en nyckel",
    "for the next token": "i nästa värde",
    "quoted scalar": "i en sträng inom citattecken",
    "plain scalar": "i ett värde",
    "block scalar": "i ett textblock",
    "anchor": "i ett ankare (&)",
    "alias": "i ett alias (*)",
    "tag": "i en tagg (!)",
    "directive": "i ett direktiv (%)",
    "%TAG directive": "i ett direktiv (%TAG)",
    "%YAML directive": "i ett direktiv (%YAML)",
    "block mapping": "i en mappning",
    "block collection": "i en lista",
    "indentless sequence": "i en lista",
    "flow sequence": "i en lista inom [ ]",
    "flow mapping": "i en mappning inom { }",
    "flow node": "i ett värde",
    "block node": "i ett värde",
    "node": "i ett värde",
    "mapping": "i en mappning",
}
_WHILE_RE = re.compile(r"while (?:scanning|parsing|constructing) (?:an? )?(.+)")
_TAG_RE = re.compile(r"could not determine a constructor for the tag (.+)")


def yaml_phrase(text: str) -> str:
    """The Swedish of one YAML parser phrase (a problem or its context); unknown ones as given."""
    m = _WHILE_RE.fullmatch(text)
    if m and m[1] in _WHILE:
        return _WHILE[m[1]]
    m = _TAG_RE.fullmatch(text)
    if m:
        return f"taggen {m[1]} är inte tillåten"
    for english, swedish in _YAML.items():
        if text.startswith(english):
            return swedish
    return text


# ------------------------------------------------------------------------ pydantic

_PYDANTIC = {
    "missing": "saknas",
    "extra_forbidden": "okänd nyckel",
    "string_type": "ska vara en text",
    "string_too_short": "får inte vara tom",
    "int_type": "ska vara ett heltal",
    "int_parsing": "ska vara ett heltal",
    "int_from_float": "ska vara ett heltal",
    "float_type": "ska vara ett tal",
    "float_parsing": "ska vara ett tal",
    "bool_type": "ska vara true eller false",
    "bool_parsing": "ska vara true eller false",
    "date_type": "ska vara ett datum (ÅÅÅÅ-MM-DD)",
    "date_parsing": "ska vara ett datum (ÅÅÅÅ-MM-DD)",
    "date_from_datetime_parsing": "ska vara ett datum (ÅÅÅÅ-MM-DD)",
    "date_from_datetime_inexact": "ska vara ett datum utan klockslag",
    "list_type": "ska vara en lista",
    "tuple_type": "ska vara en lista",
    "set_type": "ska vara en lista",
    "dict_type": "ska vara en mappning (nyckel: värde)",
    "model_type": "ska vara en mappning (nyckel: värde)",
    "model_attributes_type": "ska vara en mappning (nyckel: värde)",
    "too_short": "har för få element",
    "too_long": "har för många element",
    "none_required": "ska vara tomt",
    "url_parsing": "ska vara en webbadress",
}


def pydantic_message(error: dict[str, Any]) -> tuple[str, str]:
    """One of pydantic's ``errors()``: its English and a Swedish wording by its type."""
    en = error["msg"]
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind in ("literal_error", "enum"):
        return en, f"ska vara ett av: {ctx.get('expected', '')}".rstrip(": ")
    if kind == "string_pattern_mismatch":
        return en, f"har fel form (mönster {ctx.get('pattern', '')})"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = next(iter(ctx.values()), "")
        words = {"greater_than_equal": "minst", "greater_than": "större än",
                 "less_than_equal": "högst", "less_than": "mindre än"}[kind]
        return en, f"ska vara {words} {bound}"
    if kind == "string_too_long":
        return en, f"får ha högst {ctx.get('max_length', '?')} tecken"
    if kind == "unknown_check_kind":  # checks/composite.py
        return en, f"okänd kontrolltyp {ctx.get('kind', '')}".rstrip()
    sv = _PYDANTIC.get(kind)
    return en, sv if sv is not None else f"ogiltigt värde ({en})"


# ------------------------------------------------------------------------ JSON Schema

_TYPES = {
    "string": "en text",
    "integer": "ett heltal",
    "number": "ett tal",
    "boolean": "true eller false",
    "array": "en lista",
    "object": "en mappning (nyckel: värde)",
    "null": "tomt",
}


def _type_words(expected: Any) -> str:
    names = expected if isinstance(expected, list) else [expected]
    return " eller ".join(_TYPES.get(str(n), str(n)) for n in names)


# The keywords that bound a count: (a lower bound?, the thing counted, in the singular and plural).
_COUNTS = {
    "minLength": (True, "tecken", "tecken"), "maxLength": (False, "tecken", "tecken"),
    "minItems": (True, "element", "element"), "maxItems": (False, "element", "element"),
    "minProperties": (True, "nyckel", "nycklar"), "maxProperties": (False, "nyckel", "nycklar"),
}


def schema_message(error: Any) -> str:
    """The Swedish of a jsonschema ValidationError, by its keyword; without the key path."""
    keyword, value, instance = error.validator, error.validator_value, error.instance
    if keyword == "required":
        missing = [k for k in value if isinstance(instance, dict) and k not in instance]
        return f"nyckeln {missing[0]!r} saknas" if missing else "en nyckel saknas"
    if keyword == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        extra = [k for k in instance if k not in allowed] if isinstance(instance, dict) else []
        return f"okänd nyckel: {', '.join(repr(k) for k in extra)}" if extra else "okänd nyckel"
    if keyword == "type":
        return f"ska vara {_type_words(value)}"
    if keyword == "enum":
        return f"ska vara ett av: {', '.join(repr(v) for v in value)}"
    if keyword == "const":
        return f"ska vara {value!r}"
    if keyword == "pattern":
        return f"har fel form (mönster {value})"
    if keyword == "format":
        return f"är inte ett giltigt värde av formatet {value}"
    if keyword in _COUNTS:
        least, one, many = _COUNTS[keyword]
        if least and value == 1:
            return "får inte vara tom"
        return f"{'ska ha minst' if least else 'får ha högst'} {value} {one if value == 1 else many}"
    if keyword in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        words = {"minimum": "minst", "exclusiveMinimum": "större än",
                 "maximum": "högst", "exclusiveMaximum": "mindre än"}[keyword]
        return f"ska vara {words} {value}"
    if keyword == "uniqueItems":
        return "innehåller samma värde två gånger"
    if keyword in ("oneOf", "anyOf"):
        return "passar inget av de tillåtna alternativen"
    if keyword == "not":
        return "är inte tillåtet här"
    if keyword == "propertyNames":
        return "ogiltigt nyckelnamn"
    if keyword in ("dependentRequired", "dependencies"):
        return f"kräver också {error.message.split(' is a dependency of ')[0]}"
    return f"uppfyller inte schemat ({keyword}: {error.message})"

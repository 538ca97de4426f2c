"""Sidecars (``x.docx.meta.yaml`` next to ``x.docx``) and Markdown front matter: metadata a person
states about one document, in the shape of schemas/sidecar.schema.json.

A malformed sidecar is the user's configuration and stops the run with file, line and reason
(like a checklist). Malformed front matter is part of a document, so it makes only that
document unreadable (SPEC §6: the run goes on). A sidecar with no document beside it is an
error too: it is most often a typo in the document's name, and would otherwise do nothing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from govcheck.errors import InputFileError, ReadError, SidecarError
from govcheck.model import DocumentMetadata, Location
from govcheck.model.common import Part, Source
from govcheck.schemacheck import validate_located
from govcheck.sources.merge import Layer
from govcheck.yamlload import Located, load_yaml_file, load_yaml_text

SUFFIX = ".meta.yaml"
SCHEMA = "sidecar.schema.json"


def sidecar_for(document: Path) -> Path:
    return document.with_name(document.name + SUFFIX)


def _written(value: Any) -> str | None:
    """A value as the YAML states it (dates stay as written: yamlload keeps them as text)."""
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v is not None)
    if isinstance(value, list):
        return "; ".join(filter(None, map(_written, value)))
    return None if value is None else str(value)


def _layer(located: Located, source: Source, part: Part, prefix: str, cls: type[InputFileError]) -> Layer:
    if located.data is None:  # an empty file states nothing
        return Layer(source, DocumentMetadata())
    validate_located(located, SCHEMA, cls)
    try:
        metadata = DocumentMetadata.model_validate(located.data)
    except ValidationError as exc:
        raise located.pydantic_error(exc, cls) from None
    cites: dict[str, tuple[Location, str | None]] = {}
    for key, value in located.data.items():
        location = Location(part=part, field=prefix + key)
        cites[key] = (location, _written(value))
        for i, item in enumerate(value if isinstance(value, list) else []):
            cites[f"{key}.{i}"] = (location, _written(item))
    return Layer(source, metadata, cites)


def load_sidecar(path: Path) -> Layer:
    """The sidecar's statements; SidecarError with file, line and reason when it is malformed."""
    try:
        located = load_yaml_file(path, cls=SidecarError)
    except ValueError as exc:  # PyYAML raises this for an impossible date (2024-13-45), without a place
        raise SidecarError(str(path), f"invalid value: {exc}", sv=f"ogiltigt värde: {exc}") from None
    return _layer(located, "sidecar", "sidecar", "", SidecarError)


def front_matter_layer(text: str, document: str) -> Layer:
    """Statements in a Markdown document's front matter (source "properties"); ReadError when malformed.

    The front matter starts on the file's second line (after "---"), so lines are shifted by one.
    """
    try:
        return _layer(load_yaml_text(text, document, cls=SidecarError), "properties", "properties",
                      "front_matter.", SidecarError)
    except SidecarError as exc:
        where = f"line {exc.line + 1}: " if exc.line is not None else ""
        raise ReadError(document, "invalid-front-matter", f"front matter {where}{exc.reason}") from None
    except ValueError as exc:  # an impossible YAML date (2024-13-45)
        raise ReadError(document, "invalid-front-matter", f"front matter: invalid value: {exc}") from None


def check_orphans(folder: Path) -> None:
    """Raise SidecarError for the first sidecar (in name order) that has no document beside it."""
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith(SUFFIX) and not name.startswith("."):
                document = name[: -len(SUFFIX)]
                if not (Path(dirpath) / document).is_file():
                    raise SidecarError(str(Path(dirpath) / name), f"no document named {document!r} next to it",
                                       sv=f"inget dokument med namnet {document!r} bredvid den")

"""Find the built-in checklists and schemas, in an installed wheel or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder ``checklists`` or ``schemas``: inside the wheel under ``_data``, else the repo root."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"govcheck data folder {name!r} not found next to {_PACKAGE}")


def schema_path(name: str) -> Path:
    return data_dir("schemas") / name

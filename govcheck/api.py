"""Public entry points that read files: one document, or a whole corpus from paths."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Iterable

from govcheck.errors import ReadError, UsageError
from govcheck.extract import build_document
from govcheck.limits import DEFAULT_LIMITS, Limits
from govcheck.facts import load_facts
from govcheck.model import Corpus, Fact, GoverningDocument, InputEntry, Organisation, Unreadable
from govcheck.organisation import load_workspace_config
from govcheck.readers import read_raw

WORKSPACE_FILE = "govcheck.yaml"
FACTS_FILE = "facts.yaml"
NOT_DOCUMENTS = {WORKSPACE_FILE, FACTS_FILE, "register.csv"}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def parse_document(
    path: str | Path,
    organisation: Organisation | None = None,
    *,
    display_path: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> GoverningDocument:
    """Read one document into the model; raises ReadError with a reason code when it cannot."""
    path = Path(path)
    shown = display_path or str(path)
    try:
        digest = sha256_of(path)
    except OSError as exc:
        raise ReadError(shown, "io-error", exc.strerror or str(exc)) from None
    raw = read_raw(path, limits)
    try:
        return build_document(raw, path=shown, sha256=digest, organisation=organisation)
    except RecursionError:
        raise ReadError(shown, "too-much-content", "structure nested too deeply to extract") from None
    except Exception as exc:  # an extractor bug met on one file must not stop the run
        raise ReadError(shown, "internal-error", f"extraction failed ({type(exc).__name__}: {exc})") from None


def _is_document_file(path: Path) -> bool:
    name = path.name
    return not (name.startswith(".") or name in NOT_DOCUMENTS or name.endswith(".meta.yaml"))


def _files_under(folder: Path) -> list[Path]:
    out = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__pycache__")
        out.extend(Path(dirpath) / f for f in sorted(filenames) if _is_document_file(Path(dirpath) / f))
    return out


def _display(path: Path, root: Path | None) -> str:
    for base in (root, Path.cwd()):
        if base is None:
            continue
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return path.as_posix()


def load_corpus(
    paths: Iterable[str | Path],
    organisation: Organisation | None = None,
    as_of: dt.date | None = None,
    *,
    facts: list[Fact] | None = None,
    facts_source: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Corpus:
    """Read workspaces, folders and files into a Corpus; unreadable files become entries.

    A folder holding ``govcheck.yaml`` is a workspace: its organisation model and ``as_of``
    apply unless given here, its ``facts.yaml`` supplies attested facts unless ``facts`` is
    given, and its documents are those under ``documents/`` (or the whole folder when there
    is none). Paths in the corpus are relative to the workspace.
    """
    municipality = None
    files: list[tuple[Path, Path | None]] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"path does not exist: {path}")
        if path.is_dir():
            config_file = path / WORKSPACE_FILE
            if config_file.is_file():
                config = load_workspace_config(config_file)
                if organisation is None and config.organisation:
                    organisation = Organisation(
                        municipality=config.municipality, source=str(config_file), units=config.organisation
                    )
                as_of = as_of or config.as_of
                municipality = municipality or config.municipality
            facts_file = path / FACTS_FILE
            if facts is None and facts_file.is_file():
                facts, facts_source = load_facts(facts_file), _display(facts_file, path)
            docs_dir = path / "documents"
            folder = docs_dir if config_file.is_file() and docs_dir.is_dir() else path
            files.extend((f, path) for f in _files_under(folder))
        else:
            files.append((path, None))
    documents, inputs, unreadable = [], [], []
    seen: set[str] = set()
    for file, root in files:
        shown = _display(file, root)
        if shown in seen:
            continue
        seen.add(shown)
        try:
            doc = parse_document(file, organisation, display_path=shown, limits=limits)
        except ReadError as exc:
            digest = None
            try:
                digest = sha256_of(file)
            except OSError:
                pass
            inputs.append(InputEntry(path=shown, sha256=digest, format=None, status="unreadable"))
            unreadable.append(Unreadable(path=shown, reason=exc.reason, detail=exc.detail))
            continue
        documents.append(doc)
        inputs.append(InputEntry(path=shown, sha256=doc.sha256, format=doc.format, status="read"))
    return Corpus(
        documents=documents,
        organisation=organisation,
        as_of=as_of or dt.date.today(),
        municipality=municipality or (organisation.municipality if organisation else None),
        inputs=inputs,
        unreadable=unreadable,
        facts=facts or [],
        facts_source=(facts_source or FACTS_FILE) if facts else None,
    )

"""Public entry points that read files: one document, or a whole corpus from paths."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Callable, Iterable, Sequence, TypeVar

from govcheck.errors import ReadError, UsageError
from govcheck.extract import build_document
from govcheck.limits import DEFAULT_LIMITS, Limits
from govcheck.facts import load_facts
from govcheck.model import Corpus, Fact, GoverningDocument, InputEntry, Organisation, Unreadable
from govcheck.organisation import load_workspace_config
from govcheck.readers import read_raw
from govcheck import sources

WORKSPACE_FILE = "govcheck.yaml"
FACTS_FILE = "facts.yaml"
NOT_DOCUMENTS = {WORKSPACE_FILE, FACTS_FILE, sources.REGISTER_FILE}


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
    """Read one document into the model; raises ReadError with a reason code when it cannot.

    Its front matter and its sidecar (``x.docx.meta.yaml``) override what was extracted; a
    malformed sidecar raises SidecarError.
    """
    doc, layers = _read_document(Path(path), organisation, display_path or str(path), limits)
    return sources.apply_layers(doc, layers, organisation)


def _read_document(
    path: Path, organisation: Organisation | None, shown: str, limits: Limits
) -> tuple[GoverningDocument, list[sources.Layer]]:
    """The document as extracted, and the layers its front matter and sidecar state over it."""
    sidecar = sources.sidecar_for(path)
    layers = [sources.load_sidecar(sidecar)] if sidecar.is_file() else []
    try:
        digest = sha256_of(path)
    except OSError as exc:
        raise ReadError(shown, "io-error", exc.strerror or str(exc)) from None
    raw = read_raw(path, limits)
    try:
        doc = build_document(raw, path=shown, sha256=digest, organisation=organisation)
    except RecursionError:
        raise ReadError(shown, "too-much-content", "structure nested too deeply to extract") from None
    except Exception as exc:  # an extractor bug met on one file must not stop the run
        raise ReadError(shown, "internal-error", f"extraction failed ({type(exc).__name__}: {exc})") from None
    if "front_matter" in raw.properties:
        layers.append(sources.front_matter_layer(raw.properties["front_matter"], shown))
    note = sources.format_note(path.name, doc.format)
    if note and doc.format_note is None:
        doc = doc.model_copy(update={"format_note": note})
    return doc, layers


def _is_document_file(path: Path) -> bool:
    name = path.name
    return not (name.startswith(".") or name in NOT_DOCUMENTS or name.endswith(sources.SUFFIX))


def _files_under(folder: Path) -> list[Path]:
    out = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__pycache__")
        out.extend(Path(dirpath) / f for f in sorted(filenames) if _is_document_file(Path(dirpath) / f))
    return out


_T = TypeVar("_T")


def _reporting(items: Sequence[_T], progress: Callable[[int, int], None] | None):
    """Yield ``items``, calling ``progress(done, total)`` first and after each item is handled."""
    for done, item in enumerate(items):
        if progress:
            progress(done, len(items))
        yield item
    if progress:
        progress(len(items), len(items))


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
    progress: Callable[[int, int], None] | None = None,
) -> Corpus:
    """Read workspaces, folders and files into a Corpus; unreadable files become entries.

    A folder holding ``govcheck.yaml`` is a workspace: its organisation model and ``as_of``
    apply unless given here, its ``facts.yaml`` supplies attested facts unless ``facts`` is
    given, and its documents are those under ``documents/`` (or the whole folder when there
    is none). Paths in the corpus are relative to the workspace. Its ``register.csv`` and each
    document's sidecar override extracted metadata; register rows that match no document
    become metadata-only documents. ``progress(done, total)`` is called as files are read, so a
    caller can show progress while the API itself prints nothing.
    """
    municipality = None
    files: list[tuple[Path, Path | None]] = []
    registers: dict[Path, sources.Register] = {}
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
            sources.check_orphans(folder)
            register_file = path / sources.REGISTER_FILE
            if register_file.is_file():
                registers[path] = sources.load_register(register_file, _display(register_file, path))
            files.extend((f, path) for f in _files_under(folder))
        else:
            files.append((path, None))
    documents, inputs, unreadable = [], [], []
    seen: set[str] = set()
    for file, root in _reporting(files, progress):
        shown = _display(file, root)
        if shown in seen:
            continue
        seen.add(shown)
        try:
            doc, layers = _read_document(file, organisation, shown, limits)
        except ReadError as exc:
            digest = None
            try:
                digest = sha256_of(file)
            except OSError:
                pass
            inputs.append(InputEntry(path=shown, sha256=digest, format=None, status="unreadable"))
            unreadable.append(Unreadable(path=shown, reason=exc.reason, detail=exc.detail))
            continue
        if root in registers:  # match by the title the document ends up with, before the register's own
            titled = sources.apply_layers(doc, layers, organisation).title
            stated = registers[root].claim(shown, titled.value if titled else None)
            layers += [stated] if stated else []
        doc = sources.apply_layers(doc, layers, organisation)
        documents.append(doc)
        inputs.append(InputEntry(path=shown, sha256=doc.sha256, format=doc.format, status="read",
                                 format_note=doc.format_note, metadata_sources=sources.metadata_sources(doc, layers)))
    for register in registers.values():
        for row in register.unclaimed():
            doc = sources.metadata_document(row, register.path, organisation)
            documents.append(doc)
            inputs.append(InputEntry(path=doc.path, sha256=doc.sha256, format=doc.format, status="metadata-only",
                                     metadata_sources=sources.metadata_sources(doc, [row.layer])))
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

"""Public entry points that read files: one document, or a whole corpus from paths."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path
from typing import Callable, Iterable

from govcheck.errors import ReadError, UsageError
from govcheck.limits import DEFAULT_LIMITS, Limits
from govcheck.facts import load_facts
from govcheck.gcpause import collector_paused
from govcheck.names import shown_name
from govcheck.model import Corpus, Fact, GoverningDocument, InputEntry, Organisation, Unreadable
from govcheck.organisation import load_workspace_config
from govcheck import sources
from govcheck.cache import Cache
from govcheck.parallel import extract_document, read_all, sha256_of

WORKSPACE_FILE = "govcheck.yaml"
FACTS_FILE = "facts.yaml"
NOT_DOCUMENTS = {WORKSPACE_FILE, FACTS_FILE, sources.REGISTER_FILE}


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
    with collector_paused():  # one document's blocks and model hold no cycles (see gcpause.py)
        doc, layers = _read_document(Path(path), organisation, display_path or shown_name(Path(path).as_posix()),
                                     limits)
        return sources.apply_layers(doc, layers, organisation)


def _read_document(
    path: Path, organisation: Organisation | None, shown: str, limits: Limits
) -> tuple[GoverningDocument, list[sources.Layer]]:
    """The document as extracted, and the layers its front matter and sidecar state over it."""
    layers = _sidecar_layers(path)
    doc, front_matter = extract_document(path, organisation, shown, limits)
    return doc, layers + _front_matter_layers(front_matter, shown)


def _sidecar_layers(path: Path) -> list[sources.Layer]:
    sidecar = sources.sidecar_for(path)
    return [sources.load_sidecar(sidecar)] if sidecar.is_file() else []


def _front_matter_layers(front_matter: str | None, shown: str) -> list[sources.Layer]:
    return [sources.front_matter_layer(front_matter, shown)] if front_matter is not None else []


def _is_document_file(path: Path) -> bool:
    name = path.name
    return not (name.startswith(".") or name in NOT_DOCUMENTS or name.endswith(sources.SUFFIX))


def _files_under(folder: Path) -> list[Path]:
    """The document files under ``folder``. A symbolic link to a folder is not followed (it could
    lead out of the workspace, or back into it), but it is listed like a file, so that it
    becomes an unreadable entry rather than a folder skipped without a word."""
    out = []
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__pycache__")
        links = [d for d in dirnames if (here / d).is_symlink()]  # os.walk does not descend into them
        out.extend(here / f for f in sorted(filenames + links) if _is_document_file(here / f))
    return out


def _display(path: Path, root: Path | None) -> str:
    """The path as reports show it: relative to the workspace (or the current folder).

    The file's own symbolic links are not followed: a link in documents/ is named as the link,
    never as its target outside the workspace. Names that no report could hold as they are
    (bytes that are not UTF-8, control characters) are shown escaped (see names.py).
    """
    absolute = Path(os.path.abspath(path))
    for base in (root, Path.cwd()):
        if base is None:
            continue
        try:
            return shown_name(absolute.relative_to(os.path.abspath(base)).as_posix())
        except ValueError:
            continue
    return shown_name(path.as_posix())


def load_corpus(
    paths: Iterable[str | Path],
    organisation: Organisation | None = None,
    as_of: dt.date | None = None,
    *,
    facts: list[Fact] | None = None,
    facts_source: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    progress: Callable[[int, int], None] | None = None,
    jobs: int | None = None,
    cache: Cache | None = None,
    doc_timeout_s: float | None = None,
) -> Corpus:
    """Read workspaces, folders and files into a Corpus; unreadable files become entries.

    A folder holding ``govcheck.yaml`` is a workspace: its organisation model and ``as_of``
    apply unless given here, its ``facts.yaml`` supplies attested facts unless ``facts`` is
    given. A folder with ``documents/`` is a workspace too (govcheck.yaml is optional), and a
    workspace's documents are those under ``documents/``; any other folder is read whole.
    Paths in the corpus are relative to the workspace. Its ``register.csv`` and each
    document's sidecar override extracted metadata; register rows that match no document
    become metadata-only documents. ``progress(done, total)`` is called as files are read, so a
    caller can show progress while the API itself prints nothing.

    ``jobs`` worker processes read the documents (None or 1: in this process); the result is
    the same for any ``jobs``. A document whose reading takes longer than ``doc_timeout_s``
    (default ``limits.doc_timeout_s``) is unreadable with reason ``timeout``. With ``cache``,
    documents whose file, options and organisation are unchanged are not read again.
    """
    with collector_paused():
        return _load_corpus(paths, organisation, as_of, facts, facts_source, limits, progress, jobs, cache,
                            doc_timeout_s)


def _load_corpus(paths, organisation, as_of, facts, facts_source, limits, progress, jobs, cache,
                 doc_timeout_s) -> Corpus:
    municipality = None
    files: list[tuple[Path, Path | None]] = []
    registers: dict[Path, sources.Register] = {}
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"path does not exist: {path}", sv=f"sökvägen finns inte: {path}")
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
            folder = docs_dir if docs_dir.is_dir() else path  # govcheck.yaml is optional (SPEC §2)
            sources.check_orphans(folder)
            register_file = path / sources.REGISTER_FILE
            if register_file.is_file():
                registers[path] = sources.load_register(register_file, _display(register_file, path))
            files.extend((f, path) for f in _files_under(folder))
        else:
            files.append((path, None))
    documents, inputs, unreadable = [], [], []
    seen: set[str] = set()
    todo: list[tuple[Path, Path | None, str]] = []
    for file, root in files:
        shown = _display(file, root)
        if shown not in seen:
            seen.add(shown)
            todo.append((file, root, shown))
    if doc_timeout_s is not None:
        limits = dataclasses.replace(limits, doc_timeout_s=doc_timeout_s)
    extracted = read_all([(file, shown) for file, _, shown in todo], organisation, limits,
                         jobs=jobs, cache=cache, progress=progress)
    for (file, root, shown), result in zip(todo, extracted):
        try:
            layers = _sidecar_layers(file)
            doc, front_matter = result.unwrap(shown)
            layers += _front_matter_layers(front_matter, shown)
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

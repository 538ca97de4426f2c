"""The parse cache: documents as extracted, by file content, govcheck's code and reader options.

An entry's key is the sha256 of: the file's bytes (their sha256), govcheck's version and the
fingerprint of its code (see ``code_fingerprint``), the reader limits (all but the overall
time bound, which does not change what is extracted), the organisation model (extraction
matches bodies against it), and the file's display path and name (both are written into the
document, and the name decides the format note).
The value is the document as extracted, before the workspace's layers (sidecar, front
matter, register) are applied, so those are re-read and re-applied on every run.
Unreadable results are cached too, except those that depend on the moment (timeout,
crashes, I/O errors).

An entry is one file ``<dir>/<key[:2]>/<key>.entry``, written atomically (a temporary file,
then ``os.replace``): a line of JSON (format, key, front matter or the read error), then the
document's own JSON without the fields that hold their default (a fifth less to parse; the
validation fills them in again), compressed with zlib, which is inflated within a bound and
validated straight from the bytes (one parse, not a JSON string inside JSON). An entry that
cannot be read, does not inflate, does not parse, names another key or does not validate is
never trusted: it counts as a miss and is rewritten after reading. An entry that cannot be
written (no write access, a full disk) leaves the run as it is and is counted in
``failed_writes`` with the first reason in ``write_error`` (``write_error_sv`` in Swedish), which
the CLI reports in one line.
The default directory is ``$XDG_CACHE_HOME/govcheck`` or ``~/.cache/govcheck`` (see ``default_dir``).

Compression is what lets a national run be re-run from the cache at all. Its documents' JSON
is about 100 KB each, 6 GB for 58,000 documents, three times the default bound; a run in the
same order as the last then finds every entry it needs evicted by the entries written before
it (a sequence longer than an LRU cache never hits). Compressed, an entry is about 11 KB and
the national run fits. Inflating costs about a quarter of a millisecond a document, an
eighth of validating it. Compressing, on a cold run, costs about 0.5 ms at ``LEVEL`` 3,
against 1.4 ms at zlib's default 6, whose entries are only a sixth smaller (9 KB).

The cache is bounded (``max_bytes``, 2 GiB unless told otherwise; a national run writes about
11 KB a document, and every new govcheck version makes new keys). After a run that wrote
entries, ``trim`` removes the least recently used ones until the total is at most nine tenths
of the bound: an entry read is marked used (its modification time is set), so what a re-run
needs stays. The directory is measured once per process, when the first writes are trimmed;
after that the bytes written are added up, so a batch of many workspaces measures it once.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import stat
import tempfile
import time
import zlib
from contextlib import suppress
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import govcheck
from govcheck.errortext import os_reason
from govcheck.limits import Limits
from govcheck.model import GoverningDocument, Organisation
from govcheck.parallel import Extracted, document_json, sha256_of

FORMAT = 3  # 3: the document's JSON is zlib-compressed
LEVEL = 3  # zlib's: the parent compresses every document of a cold run, see above
NOT_CACHED = {"timeout", "worker-crash", "pdf-crash", "io-error"}
NO_CACHE_ENV = "GOVCHECK_NO_CACHE"
DEFAULT_MAX_BYTES = 2 * 1024 ** 3
TRIM_TO = 0.9  # of max_bytes: trimming a little more than needed leaves room for the next run
MAX_ENTRY_BYTES = 1 << 30  # far above any document's model (the readers' text caps bound it)
STALE_TEMP_S = 3600  # a temporary file this old was left by a process that died while writing
_SHARD = re.compile(r"[0-9a-f]{2}")
SUFFIX = ".entry"
# .json: entries of format 2 (uncompressed), left by earlier versions and trimmed like the rest
_ENTRY = re.compile(r"[0-9a-f]{64}\.(?:entry|json)")
_TEMP = re.compile(r"\.tmp-[A-Za-z0-9_]+\.(?:entry|json)")


READING_LIBRARIES = ("lxml", "pypdfium2")  # their versions decide what the readers see in a file


@lru_cache(maxsize=None)
def code_fingerprint(package: Path = Path(govcheck.__file__).parent) -> str:
    """A hash of every .py file of the package and the versions of the reading libraries.

    The version number alone would serve a development install, or a patched one, models that
    its changed extraction no longer makes. Computed once per process (about 1 MB to hash)."""
    digest = hashlib.sha256()
    try:
        for file in sorted(package.rglob("*.py")):
            source = file.read_bytes()
            digest.update(f"{file.relative_to(package).as_posix()}\0{len(source)}\0".encode())
            digest.update(source)
    except OSError:  # sources not readable as files (a zip import, say): the version must do
        digest.update(b"no sources")
    for name in READING_LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none\0".encode())
    return digest.hexdigest()


def _read_entry(file: Path) -> bytes:
    """An entry's bytes, if it is what the cache writes: a regular file of bounded size. A
    symbolic link (to /dev/zero, to a huge file), a named pipe (which would block) or a device
    in its place is refused like any other bad entry (OSError), as ``trim`` never follows one."""
    fd = os.open(file, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_BYTES:
            raise OSError(f"not a cache entry: {file}")
        return fh.read(MAX_ENTRY_BYTES + 1)


def _inflate(payload: bytes) -> bytes:
    """The document's JSON from an entry's payload. ValueError unless the payload is one whole
    zlib stream and nothing after it; a stream that would inflate past MAX_ENTRY_BYTES (a
    planted bomb) is refused at the bound, never inflated whole."""
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(payload, MAX_ENTRY_BYTES)
    except zlib.error as exc:
        raise ValueError(f"payload does not inflate: {exc}") from exc
    if inflater.unconsumed_tail or not inflater.eof or inflater.unused_data:
        raise ValueError("payload cut short, too large or followed by other bytes")
    return data


def default_dir() -> Path | None:
    """``$XDG_CACHE_HOME/govcheck``, else ``~/.cache/govcheck``; None when there is neither.

    As the XDG specification asks, an empty or relative ``$XDG_CACHE_HOME`` is ignored (a
    relative one would put the cache wherever a run starts), and so is an empty or relative
    ``$HOME``. A process without ``$HOME`` whose user id has no account (``env -i`` under such
    an id, a service started without ``HOME``) has no home directory either: it runs without
    a default cache rather than one in a shared folder, where another user could plant
    entries. (Docker and Kubernetes set ``HOME=/`` for such an id: the cache there cannot be
    written, which the CLI reports, see ``Cache.failed_writes``.)"""
    base = os.environ.get("XDG_CACHE_HOME")
    if base and os.path.isabs(base):
        return Path(base) / "govcheck"
    if os.environ.get("HOME") == "":  # os.path.expanduser would make it "/"
        return None
    try:
        home = Path.home()
    except RuntimeError:  # "Could not determine home directory."
        return None
    return home / ".cache" / "govcheck" if home.is_absolute() else None


class Cache:
    def __init__(self, directory: str | Path, max_bytes: int | None = DEFAULT_MAX_BYTES):
        """``max_bytes`` None (or 0) leaves the cache unbounded."""
        self.dir = Path(directory)
        self.max_bytes = max_bytes or None
        self.hits = 0
        self.misses = 0
        self.corrupt = 0
        self.writes = 0
        self.evicted = 0
        # Entries that could not be written (a folder without write access, a full disk): the
        # run goes on, but a caller should say so, or the next run is slow for no visible reason.
        self.failed_writes = 0
        self.write_error: str | None = None  # the first failure's reason, as the system gave it
        self.write_error_sv: str | None = None  # and in Swedish (errortext.os_reason)
        self._options: tuple | None = None  # (organisation, limits, hash) of the last call
        self._size: int | None = None  # the directory's bytes as last measured, plus those written since
        self._written = 0  # bytes written since the last trim

    def _options_hash(self, organisation: Organisation | None, limits: Limits) -> str:
        """The key's part for the reader options and organisation model, hashed once per run of
        calls with the same ones. The memo holds the organisation itself and compares identity:
        keyed by ``id()`` alone, a batch could meet a later workspace's model at the address of
        a freed earlier one and be served documents extracted against the wrong organisation."""
        memo = self._options
        if memo is not None and memo[0] is organisation and memo[1] == limits:
            return memo[2]
        options = {k: v for k, v in dataclasses.asdict(limits).items() if k != "doc_timeout_s"}
        blob = json.dumps({"format": FORMAT, "version": govcheck.__version__, "code": code_fingerprint(),
                           "limits": options,
                           "organisation": organisation.model_dump(mode="json") if organisation else None},
                          sort_keys=True, ensure_ascii=False, default=str)
        digest = hashlib.sha256(blob.encode("utf-8")).hexdigest()
        self._options = (organisation, limits, digest)
        return digest

    def key(self, path: Path, shown: str, organisation: Organisation | None, limits: Limits) -> str | None:
        """The entry's key, or None when the file cannot be hashed (it is then read uncached)."""
        try:
            content = sha256_of(path)
        except OSError:
            return None
        parts = [content, self._options_hash(organisation, limits), shown, path.name]
        # surrogateescape: a file name that is not UTF-8 is hashed as its bytes
        return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()

    def _file(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}{SUFFIX}"

    def get(self, key: str) -> Extracted | None:
        file = self._file(key)
        try:
            data = _read_entry(file)
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError:
            self.misses += 1
            self.corrupt += 1
            return None
        try:
            head, _, payload = data.partition(b"\n")
            entry = json.loads(head.decode("utf-8"))
            if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != key:
                raise ValueError("not an entry for this key")
            if "error" in entry:
                reason, detail = entry["error"]
                if not isinstance(reason, str) or not isinstance(detail, str) or reason in NOT_CACHED:
                    raise ValueError("bad error entry")
                result = Extracted(reason=reason, detail=detail)
            else:
                front = entry.get("front_matter")
                if front is not None and not isinstance(front, str):
                    raise ValueError("bad front matter")
                if not entry.get("doc"):
                    raise ValueError("no document")
                result = Extracted(doc=GoverningDocument.model_validate_json(_inflate(payload)), front_matter=front)
        except Exception:  # anything wrong with an entry: never trusted, read the file again
            self.misses += 1
            self.corrupt += 1
            return None
        self.hits += 1
        with suppress(OSError):  # a read-only cache still serves
            os.utime(file)  # used now: the last entry to be evicted
        return result

    def put(self, key: str, result: Extracted, doc_json: str | None = None) -> None:
        """Store the result; ``doc_json``, when given, is ``document_json`` of its document (a
        worker's reply), stored as it is instead of dumping the model again."""
        if result.doc is None and result.reason in NOT_CACHED:
            return
        entry: dict = {"format": FORMAT, "key": key}
        payload = b""
        if result.doc is None:
            entry["error"] = [result.reason, result.detail]
        else:
            entry["doc"] = True
            entry["front_matter"] = result.front_matter
            if doc_json is None:
                doc_json = document_json(result.doc)
            payload = zlib.compress(doc_json.encode("utf-8"), LEVEL)
        file = self._file(key)
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=".tmp-", suffix=SUFFIX)
            try:
                data = json.dumps(entry, ensure_ascii=False).encode("utf-8") + b"\n" + payload
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                os.replace(tmp, file)
            except BaseException:
                with suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError as exc:  # a cache that cannot be written only makes the next run slower
            self.failed_writes += 1
            if self.write_error is None:
                self.write_error, self.write_error_sv = os_reason(exc)
            return
        self.writes += 1
        self._written += len(data)

    def trim(self) -> None:
        """Keep the cache within ``max_bytes``: nothing to do unless entries were written since
        the last trim. Entries another process removes meanwhile are simply gone."""
        if self.max_bytes is None or not self._written:
            return
        measured = self._entries() if self._size is None else None
        self._size = sum(size for _, size, _ in measured) if measured is not None else self._size + self._written
        self._written = 0
        if self._size <= self.max_bytes:
            return
        entries = sorted(measured if measured is not None else self._entries(),
                         key=lambda e: (e[2], e[0].name))  # least recently used first
        total = sum(size for _, size, _ in entries)
        goal = int(self.max_bytes * TRIM_TO)
        for path, size, _ in entries:
            if total <= goal:
                break
            try:
                path.unlink(missing_ok=True)  # another process may have removed it meanwhile
            except OSError:  # it cannot be removed: its bytes still count
                continue
            self.evicted += 1
            total -= size
        self._size = total

    def _entries(self) -> list[tuple[Path, int, float]]:
        """(path, bytes, modification time) of every entry; stale temporary files are removed.

        Only names the cache itself makes are looked at (``<2 hex>/<64 hex>.entry``, its
        temporary files, and the ``.json`` entries of earlier versions), so a --cache-dir
        shared with other files never loses one of them."""
        found: list[tuple[Path, int, float]] = []
        try:
            shards = [d for d in os.scandir(self.dir) if _SHARD.fullmatch(d.name) and d.is_dir(follow_symlinks=False)]
        except OSError:
            return found
        now = time.time()
        for shard in shards:
            try:
                files = list(os.scandir(shard.path))
            except OSError:
                continue
            for f in files:
                try:
                    st = f.stat(follow_symlinks=False)
                except OSError:
                    continue
                if _TEMP.fullmatch(f.name):
                    if now - st.st_mtime > STALE_TEMP_S:
                        with suppress(OSError):  # gone, or not ours to remove: either way left alone
                            os.unlink(f.path)
                    continue
                if _ENTRY.fullmatch(f.name) and f.name.startswith(shard.name) and f.is_file(follow_symlinks=False):
                    found.append((Path(f.path), st.st_size, st.st_mtime))
        return found

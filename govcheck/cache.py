"""The parse cache: documents as extracted, by file content, govcheck version and reader options.

An entry's key is the sha256 of: the file's bytes (their sha256), govcheck's version, the
reader limits (all but the overall time bound, which does not change what is extracted),
the organisation model (extraction matches bodies against it), and the file's display
path and name (both are written into the document, and the name decides the format note).
The value is the document as extracted, before the workspace's layers (sidecar, front
matter, register) are applied, so those are re-read and re-applied on every run.
Unreadable results are cached too, except those that depend on the moment (timeout,
crashes, I/O errors).

An entry is one file ``<dir>/<key[:2]>/<key>.json``, written atomically (a temporary file,
then ``os.replace``): a line of JSON (format, key, front matter or the read error), then the
document's own JSON without the fields that hold their default (a fifth less to parse; the
validation fills them in again), which is validated straight from the bytes (one parse, not a
JSON string inside JSON). An entry that cannot be read, does not parse, names another key
or does not validate is never trusted: it counts as a miss and is rewritten after reading.
The default directory is ``$XDG_CACHE_HOME/govcheck`` or ``~/.cache/govcheck``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from pathlib import Path

import govcheck
from govcheck.limits import Limits
from govcheck.model import GoverningDocument, Organisation
from govcheck.parallel import Extracted, sha256_of

FORMAT = 2
NOT_CACHED = {"timeout", "worker-crash", "pdf-crash", "io-error"}
NO_CACHE_ENV = "GOVCHECK_NO_CACHE"


def default_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "govcheck"


class Cache:
    def __init__(self, directory: str | Path):
        self.dir = Path(directory)
        self.hits = 0
        self.misses = 0
        self.corrupt = 0
        self.writes = 0
        self._options: dict[tuple, str] = {}

    def _options_hash(self, organisation: Organisation | None, limits: Limits) -> str:
        memo = (id(organisation), limits)
        if memo not in self._options:
            options = {k: v for k, v in dataclasses.asdict(limits).items() if k != "doc_timeout_s"}
            blob = json.dumps({"format": FORMAT, "version": govcheck.__version__, "limits": options,
                               "organisation": organisation.model_dump(mode="json") if organisation else None},
                              sort_keys=True, ensure_ascii=False, default=str)
            self._options[memo] = hashlib.sha256(blob.encode("utf-8")).hexdigest()
        return self._options[memo]

    def key(self, path: Path, shown: str, organisation: Organisation | None, limits: Limits) -> str | None:
        """The entry's key, or None when the file cannot be hashed (it is then read uncached)."""
        try:
            content = sha256_of(path)
        except OSError:
            return None
        parts = [content, self._options_hash(organisation, limits), shown, path.name]
        return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()

    def _file(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, key: str) -> Extracted | None:
        file = self._file(key)
        try:
            data = file.read_bytes()
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
                result = Extracted(doc=GoverningDocument.model_validate_json(payload), front_matter=front)
        except Exception:  # anything wrong with an entry: never trusted, read the file again
            self.misses += 1
            self.corrupt += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str, result: Extracted) -> None:
        if result.doc is None and result.reason in NOT_CACHED:
            return
        entry: dict = {"format": FORMAT, "key": key}
        payload = b""
        if result.doc is None:
            entry["error"] = [result.reason, result.detail]
        else:
            entry["doc"] = True
            entry["front_matter"] = result.front_matter
            payload = result.doc.model_dump_json(exclude_defaults=True).encode("utf-8")
        file = self._file(key)
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(json.dumps(entry, ensure_ascii=False).encode("utf-8") + b"\n" + payload)
                os.replace(tmp, file)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except OSError:  # a cache that cannot be written only makes the next run slower
            return
        self.writes += 1

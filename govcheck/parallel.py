"""Reading many documents: in worker processes, through the parse cache, with a time bound.

``read_all`` turns a list of (file, display path) into one ``Extracted`` per file, in the
order given, whatever order the work finishes in, so a run with ``jobs=N`` gives exactly
the result of ``jobs=1``. What is read here is the document as extracted, before the
workspace's layers (sidecar, front matter, register) are applied; the caller applies them.

- ``jobs=1`` (or a single document to read) reads in this process. The time bound is then
  kept with ``SIGALRM`` where that is available (Unix, main thread); it interrupts Python
  code, and a reader stuck inside C code is stopped as soon as it returns to Python.
- ``jobs>1`` starts that many worker processes, each with its own pipe, and hands out one
  document at a time, the largest first. A worker that passes the time bound is killed and
  replaced: that document is unreadable with reason ``timeout``. A worker that dies (a
  crash in a C library, the out-of-memory killer) is replaced: that document is
  unreadable with reason ``worker-crash``. The run goes on with the other documents.
  A worker holds only its own end of its pipe, so it sees end of input and exits as soon
  as this process dies, by whatever signal. Workers ignore SIGINT: a Ctrl-C, which the
  terminal sends to the whole process group, interrupts this process, which stops them.
- With a ``Cache``, a document whose entry is present is not read at all; a fresh result
  is stored after it is read (by this process only, so workers never race on a file), and
  the cache is trimmed to its size bound at the end.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import stat
import threading
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from govcheck.errors import ReadError
from govcheck.limits import Limits
from govcheck.model import GoverningDocument, Organisation

if TYPE_CHECKING:
    from govcheck.cache import Cache


def sha256_of(path: Path) -> str:
    """The hash of a regular file; OSError for anything else (a link, a pipe, a device), which
    must not be opened: a pipe would block, a link could point out of the workspace."""
    if not stat.S_ISREG(os.lstat(path).st_mode):
        raise OSError(f"not a regular file: {path}")
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class Extracted:
    """One file's reading: the document and its front matter text, or why it is unreadable."""

    doc: GoverningDocument | None = None
    front_matter: str | None = None
    reason: str | None = None
    detail: str = ""

    def unwrap(self, shown: str) -> tuple[GoverningDocument, str | None]:
        if self.doc is None:
            raise ReadError(shown, self.reason or "internal-error", self.detail)
        return self.doc, self.front_matter


def document_json(doc: GoverningDocument) -> str:
    """A document as a worker sends it and the cache stores it: defaults left out (a fifth
    shorter, so less to validate), the same text in both, so the parent stores what it got."""
    return doc.model_dump_json(exclude_defaults=True)


def extract_document(
    path: Path, organisation: Organisation | None, shown: str, limits: Limits
) -> tuple[GoverningDocument, str | None]:
    """The document as extracted from the file alone, and its Markdown front matter (if any).

    Raises ReadError with a reason code. Sidecar, front matter and register are not applied.
    """
    from govcheck.extract import build_document
    from govcheck.readers import read_raw
    from govcheck import sources
    from govcheck.names import shown_name

    raw = read_raw(path, limits)
    try:
        doc = build_document(raw, path=shown, sha256=raw.sha256 or "", organisation=organisation)
    except RecursionError:
        raise ReadError(shown, "too-much-content", "structure nested too deeply to extract") from None
    except Exception as exc:  # an extractor bug met on one file must not stop the run
        raise ReadError(shown, "internal-error", f"extraction failed ({type(exc).__name__}: {exc})") from None
    note = sources.format_note(shown_name(path.name), doc.format)
    if note and doc.format_note is None:
        doc = doc.model_copy(update={"format_note": note})
    return doc, raw.properties.get("front_matter")


class _Timeout(BaseException):
    """Raised by the alarm in-process; a BaseException so that readers' ``except Exception`` let it by."""


def _in_process(path: Path, organisation, shown: str, limits: Limits, timeout: float | None) -> Extracted:
    use_alarm = bool(timeout) and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if use_alarm:
        def _alarm(signum, frame):
            raise _Timeout()
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        doc, front = extract_document(path, organisation, shown, limits)
        return Extracted(doc=doc, front_matter=front)
    except ReadError as exc:
        return Extracted(reason=exc.reason, detail=exc.detail)
    except _Timeout:
        return _timed_out(timeout)
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _timed_out(timeout: float | None) -> Extracted:
    return Extracted(reason="timeout", detail=f"reading took longer than the time bound of {timeout:g} s")


# --- worker processes -------------------------------------------------------------------

_parent_ends: set = set()  # this process's ends of its workers' pipes, open while they live


def _close_parent_ends() -> None:
    """In a new worker: close the copies of the parent's pipe ends that a fork handed it (its
    own and those of the workers started before it). While any process holds them, a worker
    waiting for its next document would never see end of input when the parent dies, and
    would wait forever. A spawned worker inherited none: the set is empty there."""
    while _parent_ends:
        _parent_ends.pop().close()


@contextmanager
def _sigint_held_back():
    """Block SIGINT while a worker starts: a Ctrl-C meanwhile reaches this process when the
    worker is started, never the worker before it has set SIGINT aside."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _leave_sigint_to_parent() -> None:
    """In a new worker: ignore SIGINT (and unblock it, see ``_sigint_held_back``). A Ctrl-C
    reaches the parent too, which stops its workers; interrupted on its own, a worker would
    only print a traceback. Its PDF extraction process inherits the ignoring."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _worker_main(conn, organisation_json: str | None, limits: Limits, parent: int) -> None:
    """Read the documents sent over ``conn`` until told to stop (None) or the parent is gone;
    reply with plain tuples. A parent that is killed takes the worker with it at once, not
    only once its document is read (the time bound allows two minutes; see ``die_with``)."""
    from govcheck.readers.pdf_worker import die_with

    die_with(parent)
    _close_parent_ends()
    _leave_sigint_to_parent()
    organisation = Organisation.model_validate_json(organisation_json) if organisation_json else None
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        path, shown = task
        try:
            doc, front = extract_document(Path(path), organisation, shown, limits)
            reply = ("ok", document_json(doc), front)
        except ReadError as exc:
            reply = ("error", exc.reason, exc.detail)
        except Exception as exc:  # never let one document take the worker down silently
            reply = ("error", "internal-error", f"reading failed ({type(exc).__name__}: {exc})")
        try:
            conn.send(reply)
        except OSError:  # the parent is gone
            return


class _Worker:
    def __init__(self, ctx, organisation_json: str | None, limits: Limits):
        self.conn, child = ctx.Pipe()
        _parent_ends.add(self.conn)
        self.proc = ctx.Process(target=_worker_main, args=(child, organisation_json, limits, os.getpid()),
                                daemon=True)
        with _sigint_held_back():
            self.proc.start()
        child.close()
        self.index: int | None = None
        self.deadline = 0.0

    def give(self, index: int, path: Path, shown: str, timeout: float | None) -> None:
        self.index = index
        self.deadline = time.monotonic() + timeout if timeout else float("inf")
        self.conn.send((str(path), shown))

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.join(5)
        finally:
            self._close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
            self.proc.join(2)
        except (OSError, ValueError):
            pass
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(5)
        self._close()

    def _close(self) -> None:
        self.conn.close()
        _parent_ends.discard(self.conn)


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _preload_for_fork(ctx) -> None:
    """Import the readers and extractors in this process before its workers are forked, so
    that each starts with their patterns compiled. A worker forked from the command line,
    which does not read documents itself, spent about 0.2 s of CPU importing them before its
    first document, and a batch starts new workers for every municipality; this process
    pays it once. Spawned workers (no fork) would gain nothing, so nothing is imported then."""
    if ctx.get_start_method() != "fork":
        return
    import govcheck.extract.assemble  # noqa: F401
    import govcheck.readers.docx  # noqa: F401
    import govcheck.readers.pdf  # noqa: F401


def _in_workers(
    tasks: list[tuple[int, Path, str]],
    organisation: Organisation | None,
    limits: Limits,
    jobs: int,
    timeout: float | None,
    done: Callable[[int, Extracted, str | None], None],
) -> None:
    ctx = _context()
    _preload_for_fork(ctx)
    org_json = organisation.model_dump_json() if organisation is not None else None
    pending = deque(largest_first(tasks))
    workers = [_Worker(ctx, org_json, limits) for _ in range(min(jobs, len(tasks)))]

    def give_next(w: _Worker) -> None:
        if pending:
            index, path, shown = pending.popleft()
            try:
                w.give(index, path, shown, timeout)
            except (OSError, ValueError):  # its pipe broke: it died while idle
                w.index = index

    try:
        while True:
            for w in workers:
                if w.index is None:
                    give_next(w)
            busy = [w for w in workers if w.index is not None]
            if not busy:
                return
            left = min(w.deadline for w in busy) - time.monotonic()
            ready = wait([w.conn for w in busy], timeout=None if left == float("inf") else max(left, 0))
            now = time.monotonic()
            for n, w in enumerate(workers):
                if w.index is None:
                    continue
                if w.conn in ready:
                    try:
                        reply = w.conn.recv()
                    except (EOFError, OSError):
                        reply = None
                    if reply is not None:
                        index, w.index = w.index, None
                        give_next(w)  # before the reply is unpacked, so that the worker reads meanwhile
                        result = _from_reply(reply)
                        done(index, result, reply[1] if result.doc is not None else None)
                        continue
                    result = Extracted(reason="worker-crash", detail=_crash_detail(w))
                elif now >= w.deadline:
                    result = _timed_out(timeout)
                else:
                    continue
                index = w.index
                w.kill()
                workers[n] = _Worker(ctx, org_json, limits)
                done(index, result, None)
    finally:
        for w in workers:
            if w.index is None:
                w.stop()
            else:
                w.kill()


def largest_first(tasks: list[tuple[int, Path, str]]) -> list[tuple[int, Path, str]]:
    """The tasks by file size, largest first (ties in input order). Reading time grows with
    size, and handing out the long documents first keeps every worker busy to the end instead
    of leaving one to finish an 80-page document alone; results are kept by index, so the
    output does not depend on this order."""
    def size(task: tuple[int, Path, str]) -> int:
        try:
            return os.stat(task[1]).st_size
        except OSError:  # reported when the worker tries to read it
            return 0

    return sorted(tasks, key=lambda task: (-size(task), task[0]))


def _from_reply(reply: tuple) -> Extracted:
    if reply[0] == "ok":
        try:
            return Extracted(doc=GoverningDocument.model_validate_json(reply[1]), front_matter=reply[2])
        except Exception as exc:
            return Extracted(reason="internal-error", detail=f"the worker's reply could not be read ({exc})")
    return Extracted(reason=reply[1], detail=reply[2])


def _crash_detail(worker: _Worker) -> str:
    worker.proc.join(1)
    code = worker.proc.exitcode
    if code is not None and code < 0:
        try:
            return f"the reading process was stopped by {signal.Signals(-code).name}"
        except ValueError:
            return f"the reading process was stopped by signal {-code}"
    return f"the reading process stopped unexpectedly (exit code {code})"


# --- the entry point --------------------------------------------------------------------

CGROUP = Path("/sys/fs/cgroup")


def default_jobs(cgroup: Path = CGROUP) -> int:
    """The cores this process may use: the CPUs it may run on (taskset, a cpuset), within a
    cgroup CPU quota (``docker run --cpus``, a Kubernetes CPU limit), at least 1.

    ``os.cpu_count()`` counts the host's cores: in a container allowed 2 of a host's 64, a
    run would start 64 workers of 100 MB or more each, and be slower for it or be killed
    for its memory. The quota is read where a container sees its own cgroup (as loky does)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cores = os.cpu_count() or 1
    quota = cgroup_cpu_quota(cgroup)
    return max(1, min(cores, quota) if quota is not None else cores)


def cgroup_cpu_quota(cgroup: Path = CGROUP) -> int | None:
    """CPUs the cgroup's bandwidth limit allows, rounded up (1.5 CPUs: 2); None without one.

    cgroup v2 keeps "QUOTA PERIOD" in ``cpu.max`` ("max 100000": no limit), v1 the two in
    ``cpu/cpu.cfs_quota_us`` (-1: no limit) and ``cpu/cpu.cfs_period_us``."""
    try:
        if (cgroup / "cpu.max").is_file():
            quota, period = (cgroup / "cpu.max").read_text(encoding="ascii").split()[:2]
        else:
            quota = (cgroup / "cpu" / "cpu.cfs_quota_us").read_text(encoding="ascii").strip()
            period = (cgroup / "cpu" / "cpu.cfs_period_us").read_text(encoding="ascii").strip()
        quota_us, period_us = int(quota), int(period)
    except (OSError, ValueError):  # no such files ("max" is no number: no limit either)
        return None
    if quota_us <= 0 or period_us <= 0:
        return None
    return -(-quota_us // period_us)


def read_all(
    files: Sequence[tuple[Path, str]],
    organisation: Organisation | None,
    limits: Limits,
    *,
    jobs: int | None = 1,
    cache: "Cache | None" = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Extracted]:
    """One Extracted per (file, display path), in the order given."""
    total = len(files)
    results: list[Extracted | None] = [None] * total
    timeout = limits.doc_timeout_s or None
    count = [0]

    def done(index: int, result: Extracted, doc_json: str | None = None) -> None:
        results[index] = result
        if cache is not None and keys[index] is not None:
            cache.put(keys[index], result, doc_json)
        count[0] += 1
        if progress:
            progress(count[0], total)

    if progress:
        progress(0, total)
    keys: list[str | None] = [None] * total
    todo = []
    for index, (path, shown) in enumerate(files):
        if cache is not None:
            keys[index] = cache.key(path, shown, organisation, limits)
            hit = cache.get(keys[index]) if keys[index] else None
            if hit is not None:
                keys[index] = None  # nothing to store again
                done(index, hit)
                continue
        todo.append((index, path, shown))
    jobs = jobs or 1
    if jobs <= 1 or len(todo) <= 1:
        for index, path, shown in todo:
            done(index, _in_process(path, organisation, shown, limits, timeout))
    else:
        _in_workers(todo, organisation, limits, jobs, timeout, done)
    if cache is not None:
        cache.trim()
    return results  # type: ignore[return-value]

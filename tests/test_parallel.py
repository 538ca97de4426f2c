"""Parallel reading (issue 7): --jobs N gives the output of --jobs 1, and a document that passes
the per-document time bound, or whose reading process dies, is unreadable while the run goes on.

A slow or crashing document is made with a test hook: ``govcheck.parallel.extract_document`` is
monkeypatched before the workers start; the workers are forked, so they inherit the patch
(skipped where processes cannot be forked)."""

import multiprocessing
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import govcheck
from govcheck import parallel
from govcheck.cli import main

import running

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
LUND = EXAMPLES / "lund-2021"
needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="the test hook reaches the workers only when they are forked")


def _check(*args):
    result = CliRunner().invoke(main, ["check", *map(str, args)])
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_jobs_2_output_is_byte_identical_to_jobs_1(fmt):
    one = _check(LUND, "--format", fmt, "--jobs", "1", "--no-cache", "--as-of", "2024-01-01")
    two = _check(LUND, "--format", fmt, "--jobs", "2", "--no-cache", "--as-of", "2024-01-01")
    assert one == two and len(one) > 1000


@pytest.fixture
def workspace(tmp_path):
    """Lund's workspace with an unreadable file and a Markdown document with front matter."""
    ws = tmp_path / "ws"
    shutil.copytree(LUND, ws)
    (ws / "documents" / "trasig.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (ws / "documents" / "riktlinje.md").write_text(
        "---\ntitle: Riktlinje för test\n---\n# Riktlinje för test\n\nKommunstyrelsen ansvarar.\n", encoding="utf-8")
    return ws


def test_load_corpus_is_the_same_for_any_number_of_jobs(workspace):
    corpora = [govcheck.load_corpus([workspace], jobs=jobs).model_dump_json() for jobs in (1, 2, 3)]
    assert corpora[0] == corpora[1] == corpora[2]
    corpus = govcheck.load_corpus([workspace], jobs=2)
    assert [(u.path, u.reason) for u in corpus.unreadable] == [("documents/trasig.docx", "corrupt-zip")]
    assert [i.path for i in corpus.inputs] == sorted(i.path for i in corpus.inputs)


def test_progress_counts_every_document_with_jobs(workspace):
    calls = []
    govcheck.load_corpus([workspace], jobs=2, progress=lambda done, total: calls.append((done, total)))
    total = calls[0][1]
    assert calls == [(n, total) for n in range(total + 1)]


def _hook(monkeypatch, name, action):
    real = parallel.extract_document

    def patched(path, organisation, shown, limits):
        if Path(path).name == name:
            action()
        return real(path, organisation, shown, limits)
    monkeypatch.setattr(parallel, "extract_document", patched)


@needs_fork
def test_a_slow_document_is_cut_off_at_the_time_bound_in_workers(workspace, monkeypatch):
    _hook(monkeypatch, "projektplan-wellbee.docx", lambda: time.sleep(60))
    started = time.monotonic()
    corpus = govcheck.load_corpus([workspace], jobs=2, doc_timeout_s=3)
    assert time.monotonic() - started < 30
    reasons = {u.path: u.reason for u in corpus.unreadable}
    assert reasons["documents/projektplan-wellbee.docx"] == "timeout"
    assert "documents/slutrapport-wellbee.docx" in {d.path for d in corpus.documents}
    assert len(corpus.documents) == 11  # every other document was read and goes on to be checked
    report = govcheck.evaluate(corpus, [govcheck.load_checklist("it-verksamhet")])
    assert report.checklists


def test_a_slow_document_is_cut_off_in_process(workspace, monkeypatch):
    _hook(monkeypatch, "projektplan-wellbee.docx", lambda: time.sleep(60))
    started = time.monotonic()
    corpus = govcheck.load_corpus([workspace], jobs=1, doc_timeout_s=1)
    assert time.monotonic() - started < 30
    assert {u.path: u.reason for u in corpus.unreadable}["documents/projektplan-wellbee.docx"] == "timeout"
    assert len(corpus.documents) == 11


@needs_fork
def test_a_crashing_worker_makes_only_its_document_unreadable(workspace, monkeypatch):
    _hook(monkeypatch, "projektplan-wellbee.docx", lambda: os._exit(3))
    corpus = govcheck.load_corpus([workspace], jobs=2)
    unreadable = {u.path: u for u in corpus.unreadable}
    assert unreadable["documents/projektplan-wellbee.docx"].reason == "worker-crash"
    assert "exit code 3" in unreadable["documents/projektplan-wellbee.docx"].detail
    assert len(corpus.documents) == 11


def test_the_cli_takes_jobs_and_refuses_zero():
    result = CliRunner().invoke(main, ["check", str(LUND), "--jobs", "0", "--no-cache"])
    assert result.exit_code == 2


def test_workers_get_the_largest_documents_first_and_missing_files_last(tmp_path):
    sizes = {"a.txt": 10, "b.txt": 300, "c.txt": 300, "d.txt": 40}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    tasks = [(i, tmp_path / name, name) for i, name in enumerate([*sizes, "gone.txt"])]
    assert [t[2] for t in parallel.largest_first(tasks)] == ["b.txt", "c.txt", "d.txt", "a.txt", "gone.txt"]


def test_a_worker_gets_its_next_document_before_the_parent_unpacks_its_reply(workspace, monkeypatch):
    """Unpacking a reply (validating the document model) takes the parent a few milliseconds:
    the worker that sent it must already be reading its next document meanwhile."""
    given, seen = [], []
    real_give, real_reply = parallel._Worker.give, parallel._from_reply

    def give(self, index, path, shown, timeout):
        given.append(index)
        return real_give(self, index, path, shown, timeout)

    def from_reply(reply):
        seen.append(len(given))
        return real_reply(reply)
    monkeypatch.setattr(parallel._Worker, "give", give)
    monkeypatch.setattr(parallel, "_from_reply", from_reply)
    corpus = govcheck.load_corpus([workspace], jobs=2)
    total = len(given)
    assert total == len(corpus.documents) + len(corpus.unreadable) == 13
    # each reply but the last two finds its worker's next document already handed out
    assert seen[:-2] == list(range(3, total + 1)) and seen[-2:] == [total, total]


@running.needs_proc
def test_workers_and_their_pdf_processes_end_when_the_parent_is_killed(tmp_path):
    """A run killed by SIGKILL (or the OOM killer, or a CI timeout) cannot stop its workers:
    they must see that it is gone and end, and with them the PDF extraction processes."""
    run = running.start_batch(running.busy_root(tmp_path / "root"), tmp_path / "out", tmp_path / "stderr")
    processes = []
    try:
        processes = running.descendants_when_busy(run.pid)
        run.kill()
        run.wait()
        assert running.still_alive(processes) == []
    finally:
        run.kill()
        running.kill_all(processes)


# A parent that reads two documents in two workers, each of which takes two minutes to read.
_SLOW_PARENT = """
import sys, time
from pathlib import Path
from govcheck import parallel
from govcheck.limits import Limits

def slow(path, organisation, shown, limits):
    time.sleep(120)

parallel.extract_document = slow
parallel.read_all([(Path(p), Path(p).name) for p in sys.argv[1:]], None, Limits(), jobs=2)
"""


@running.needs_proc
def test_a_busy_worker_ends_with_its_parent_at_once(tmp_path):
    """Not only once its document is read, which the time bound allows to take two minutes:
    a run killed meanwhile would leave its workers reading for nobody."""
    files = []
    for name in ("a.txt", "b.txt"):
        files.append(tmp_path / name)
        files[-1].write_text("Riktlinje\n", encoding="utf-8")
    run = subprocess.Popen([sys.executable, "-c", _SLOW_PARENT, *map(str, files)], cwd=running.ROOT,
                           start_new_session=True)
    workers = []
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline:
            workers = running.children(run.pid)
            time.sleep(0.05)
        assert len(workers) == 2, "the workers did not start"
        time.sleep(1)  # each is in its two minutes now
        run.kill()
        run.wait()
        assert running.still_alive(workers, within=5) == []
    finally:
        run.kill()
        running.kill_all(workers)


def _cgroup(root: Path, **files: str) -> Path:
    for name, text in files.items():
        path = root / name.replace("__", "/").replace("_dot_", ".")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="ascii")
    return root


@pytest.mark.parametrize("files, quota", [
    ({"cpu_dot_max": "200000 100000\n"}, 2),  # v2: docker --cpus 2
    ({"cpu_dot_max": "150000 100000\n"}, 2),  # 1.5 CPUs: two workers, each busy most of the time
    ({"cpu_dot_max": "50000 100000\n"}, 1),
    ({"cpu_dot_max": "max 100000\n"}, None),  # v2 without a limit
    ({"cpu__cpu_dot_cfs_quota_us": "300000\n", "cpu__cpu_dot_cfs_period_us": "100000\n"}, 3),  # v1
    ({"cpu__cpu_dot_cfs_quota_us": "-1\n", "cpu__cpu_dot_cfs_period_us": "100000\n"}, None),  # v1 without
    ({"cpu_dot_max": "garbage\n"}, None),
    ({}, None),  # no cgroup files at all (not Linux, or not mounted)
])
def test_the_cgroup_cpu_quota_is_read_from_v1_and_v2(tmp_path, files, quota):
    assert parallel.cgroup_cpu_quota(_cgroup(tmp_path, **files)) == quota


def test_default_jobs_are_the_cores_this_process_may_use(tmp_path, monkeypatch):
    """Not os.cpu_count(), the host's: a container limited to 2 of 64 cores gets 2 workers."""
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(64)), raising=False)
    assert parallel.default_jobs(tmp_path / "none") == 64
    assert parallel.default_jobs(_cgroup(tmp_path / "v2", cpu_dot_max="200000 100000")) == 2
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {3, 5, 7})  # taskset -c 3,5,7
    assert parallel.default_jobs(tmp_path / "none") == 3
    assert parallel.default_jobs(_cgroup(tmp_path / "v1", cpu__cpu_dot_cfs_quota_us="800000",
                                         cpu__cpu_dot_cfs_period_us="100000")) == 3
    monkeypatch.delattr(os, "sched_getaffinity")  # macOS, Windows: the count is all there is
    assert parallel.default_jobs(tmp_path / "none") == 64
    monkeypatch.setattr(os, "cpu_count", lambda: None)
    assert parallel.default_jobs(tmp_path / "none") == 1


def test_the_cli_defaults_to_the_cores_this_process_may_use(tmp_path, monkeypatch):
    """64 cores on the host, this process allowed one: the documents are read in this process."""
    from govcheck import api

    seen = []
    real = api.read_all

    def recording(*args, **kwargs):
        seen.append(kwargs.get("jobs"))
        return real(*args, **kwargs)
    monkeypatch.setattr(api, "read_all", recording)
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    ws = shutil.copytree(Path(__file__).resolve().parents[1] / "examples" / "lund-2021", tmp_path / "ws")
    result = CliRunner().invoke(main, ["check", str(ws)])
    assert result.exit_code == 1, result.output
    assert seen == [1]


PRELOADED = """
import sys
from pathlib import Path
from govcheck import parallel
from govcheck.limits import DEFAULT_LIMITS
files = sorted(Path(sys.argv[1]).glob("*.docx"))[:2]
assert "govcheck.extract.assemble" not in sys.modules
results = parallel.read_all([(f, f.name) for f in files], None, DEFAULT_LIMITS, jobs=2)
assert all(r.doc is not None for r in results)
print("govcheck.extract.assemble" in sys.modules, "govcheck.readers.docx" in sys.modules)
"""


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="workers are spawned here")
def test_forked_workers_start_with_the_readers_and_extractors_imported():
    """The parent imports them once before forking (a batch forks new workers for every
    municipality), instead of every worker importing them before its first document."""
    done = subprocess.run([sys.executable, "-c", PRELOADED, str(LUND / "documents")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "True"]

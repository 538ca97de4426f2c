"""The parse cache (issue 7): a warm re-run reads nothing, a changed file is read again, a
corrupt entry is ignored and rewritten, and the test suite never writes to ~/.cache."""

import errno
import hashlib
import json
import os
import shutil
import threading
import time
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

import govcheck
from govcheck import parallel
from govcheck import cache as cache_module
from govcheck.cache import Cache, code_fingerprint, default_dir
from govcheck.cli import main
from govcheck.limits import Limits
from govcheck.model import GoverningDocument, Organisation

LUND = Path(__file__).resolve().parent.parent / "examples" / "lund-2021"
MD = "---\ntitle: Riktlinje för test\n---\n# Riktlinje för test\n\nKommunstyrelsen ansvarar för {what}.\n"


@pytest.fixture
def workspace(tmp_path):
    ws = tmp_path / "ws"
    shutil.copytree(LUND, ws)
    (ws / "documents" / "riktlinje.md").write_text(MD.format(what="it-säkerheten"), encoding="utf-8")
    (ws / "documents" / "trasig.docx").write_bytes(b"PK\x03\x04 not really a zip")
    return ws


@pytest.fixture
def reads(monkeypatch):
    """Every document actually read (in this process: jobs=1)."""
    seen = []
    real = parallel.extract_document

    def counting(path, organisation, shown, limits):
        seen.append(Path(path).name)
        return real(path, organisation, shown, limits)
    monkeypatch.setattr(parallel, "extract_document", counting)
    return seen


def _entries(directory: Path) -> list[Path]:
    return sorted(directory.rglob("*.entry"))


def test_a_warm_cache_reads_nothing_and_gives_the_same_corpus(workspace, tmp_path, reads):
    cold = Cache(tmp_path / "cache")
    first = govcheck.load_corpus([workspace], jobs=1, cache=cold)
    assert (cold.hits, cold.misses) == (0, 13) and cold.writes == 13 and len(reads) == 13
    reads.clear()
    warm = Cache(tmp_path / "cache")
    second = govcheck.load_corpus([workspace], jobs=1, cache=warm)
    assert reads == [] and (warm.hits, warm.misses, warm.writes) == (13, 0, 0)
    assert second.model_dump_json() == first.model_dump_json()
    assert second.model_dump_json() == govcheck.load_corpus([workspace], jobs=1).model_dump_json()


def test_cli_output_is_the_same_cold_warm_and_uncached(workspace, tmp_path):
    def run(*extra):
        result = CliRunner().invoke(main, ["check", str(workspace), "--format", "json", "--as-of", "2024-01-01",
                                           "--jobs", "2", *extra])
        assert result.exit_code in (0, 1), result.output
        return result.stdout
    cache = tmp_path / "cache"
    uncached = run("--no-cache")
    assert run("--cache-dir", str(cache)) == uncached
    assert len(_entries(cache)) == 13
    assert run("--cache-dir", str(cache)) == uncached


def test_a_changed_file_is_read_again(workspace, tmp_path, reads):
    govcheck.load_corpus([workspace], jobs=1, cache=Cache(tmp_path / "cache"))
    reads.clear()
    (workspace / "documents" / "riktlinje.md").write_text(MD.format(what="dataskyddet"), encoding="utf-8")
    cache = Cache(tmp_path / "cache")
    corpus = govcheck.load_corpus([workspace], jobs=1, cache=cache)
    assert reads == ["riktlinje.md"] and (cache.hits, cache.misses) == (12, 1)
    doc = next(d for d in corpus.documents if d.path == "documents/riktlinje.md")
    assert "dataskyddet" in doc.model_dump_json()


def test_a_corrupt_entry_is_ignored_and_rewritten(workspace, tmp_path, reads):
    directory = tmp_path / "cache"
    expected = govcheck.load_corpus([workspace], jobs=1, cache=Cache(directory)).model_dump_json()
    entries = _entries(directory)
    entries[0].write_bytes(b"\x00\xffgarbage{")
    entries[1].write_bytes(entries[1].read_bytes()[:-40])  # cut short
    reads.clear()
    cache = Cache(directory)
    assert govcheck.load_corpus([workspace], jobs=1, cache=cache).model_dump_json() == expected
    assert (cache.corrupt, cache.misses, cache.writes, len(reads)) == (2, 2, 2, 2)
    for entry in entries[:2]:
        assert json.loads(entry.read_bytes().split(b"\n", 1)[0])["format"] == 3
    again = Cache(directory)
    govcheck.load_corpus([workspace], jobs=1, cache=again)
    assert (again.hits, again.corrupt) == (13, 0)


def test_an_entry_of_another_key_or_shape_is_not_trusted(workspace, tmp_path, reads):
    directory = tmp_path / "cache"
    expected = govcheck.load_corpus([workspace], jobs=1, cache=Cache(directory)).model_dump_json()
    entries = _entries(directory)
    entries[0].write_bytes(entries[1].read_bytes())  # valid JSON, but for another document
    head, _, payload = entries[2].read_bytes().partition(b"\n")  # a whole entry whose document does not validate
    entries[2].write_bytes(head + b"\n" + (zlib.compress(b"{}") if json.loads(head).get("doc") else payload))
    cache = Cache(directory)
    assert govcheck.load_corpus([workspace], jobs=1, cache=cache).model_dump_json() == expected
    assert cache.corrupt >= 1 and cache.hits + cache.misses == 13


def _documents(directory: Path) -> dict[Path, bytes]:
    """Each entry that holds a document, with the document's JSON."""
    found = {}
    for entry in _entries(directory):
        head, _, payload = entry.read_bytes().partition(b"\n")
        if json.loads(head).get("doc"):
            found[entry] = zlib.decompress(payload)
    return found


def _largest_document_entry(directory: Path) -> Path:
    """The entry of the largest document: a bound set from its size holds every other entry.
    (Keys differ from run to run, so the first entry by name is any document.)"""
    documents = _documents(directory)
    return max(documents, key=lambda entry: len(documents[entry]))


def test_a_payload_that_inflates_past_the_bound_or_has_bytes_after_it_is_not_trusted(
        workspace, tmp_path, reads, monkeypatch):
    """Each planted payload is a valid document: only the bound and the stream's end refuse it."""
    directory = tmp_path / "cache"
    expected = govcheck.load_corpus([workspace], jobs=1, cache=Cache(directory)).model_dump_json()
    entry = _largest_document_entry(directory)
    head, _, payload = entry.read_bytes().partition(b"\n")
    document = zlib.decompress(payload)
    monkeypatch.setattr(cache_module, "MAX_ENTRY_BYTES", 10 * len(document))
    planted = {
        "bomb": zlib.compress(document[:-1] + b" " * (100 * len(document)) + b"}", 9),  # ~1,000 x, a few KB
        "trailing": payload + b"more",
        "two streams": payload + zlib.compress(b" "),
    }
    for what, bad in planted.items():
        assert len(bad) < 10 * len(document)  # the file itself is within the bound
        entry.write_bytes(head + b"\n" + bad)
        reads.clear()
        cache = Cache(directory)
        assert govcheck.load_corpus([workspace], jobs=1, cache=cache).model_dump_json() == expected, what
        assert (cache.corrupt, cache.writes, len(reads)) == (1, 1, 1), what
        assert entry.read_bytes() == head + b"\n" + payload, what  # rewritten whole


def test_entries_are_compressed_so_a_bound_below_the_documents_json_still_serves_a_re_run(workspace, tmp_path, reads):
    """A run over more than the cache holds evicts, before each re-read, the very entries the
    next ones of a re-run in the same order need: it never hits. Compressed, the national
    run's 58,000 documents fit the default bound, though their JSON is three times it."""
    cold = govcheck.load_corpus([workspace], jobs=1, cache=Cache(tmp_path / "sizes", max_bytes=0))
    as_json = sum(len(d.model_dump_json(exclude_defaults=True)) for d in cold.documents)
    bound = 40_000
    assert as_json > bound
    first = Cache(tmp_path / "cache", max_bytes=bound)
    govcheck.load_corpus([workspace], jobs=1, cache=first)
    assert first.evicted == 0 and _total(tmp_path / "cache") < bound * cache_module.TRIM_TO
    reads.clear()
    again = Cache(tmp_path / "cache", max_bytes=bound)
    assert govcheck.load_corpus([workspace], jobs=1, cache=again) == cold
    assert (again.hits, again.misses, reads) == (13, 0, [])


def test_with_workers_the_parent_stores_their_text_and_the_entries_equal_those_of_jobs_1(
        workspace, tmp_path, monkeypatch):
    """A worker sends its document as the cache stores it (defaults left out): the parent
    validates fewer keys and stores that very text, without dumping the model again (on a
    cold 300-document run that was about a fifth of the parent's time)."""
    one = Cache(tmp_path / "one")
    govcheck.load_corpus([workspace], jobs=1, cache=one)
    dumps = []
    real = GoverningDocument.model_dump_json

    def counting(self, **options):
        dumps.append(options)
        return real(self, **options)
    monkeypatch.setattr(GoverningDocument, "model_dump_json", counting)  # the workers fork after this
    two = Cache(tmp_path / "two")
    govcheck.load_corpus([workspace], jobs=2, cache=two)
    assert two.writes == one.writes == 13 and dumps == []  # 12 documents and 1 unreadable, from workers

    def payloads(directory):
        return {entry.name: document for entry, document in _documents(directory).items()}
    # stored as sent (no dump above): so the workers sent what jobs=1 stores, defaults left out
    assert payloads(tmp_path / "two") == payloads(tmp_path / "one") and len(payloads(tmp_path / "one")) == 12


def test_entries_of_the_uncompressed_format_are_trimmed_like_the_rest(tmp_path):
    cache = Cache(tmp_path / "cache", max_bytes=5_000)
    old = cache.dir / _key(50)[:2] / f"{_key(50)}.json"  # as format 2 named it
    old.parent.mkdir(parents=True, exist_ok=True)
    old.write_bytes(b'{"format": 2}\n' + b"{}" * 1000)
    os.utime(old, (time.time() - 5000, time.time() - 5000))
    _fill(cache, 3, time.time() - 1000)
    cache.trim()
    assert not old.exists() and cache.evicted >= 1


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="POSIX special files")
def test_an_entry_that_is_a_link_pipe_or_device_is_never_read(workspace, tmp_path, reads):
    """Left in the cache by accident or by someone else: a link to /dev/zero would be read
    without end, a named pipe would block the run, a link to a big file would be read whole."""
    directory = tmp_path / "cache"
    expected = govcheck.load_corpus([workspace], jobs=1, cache=Cache(directory)).model_dump_json()
    entries = _entries(directory)
    good = tmp_path / "good.json"
    good.write_bytes(entries[3].read_bytes())
    for entry in entries[:4]:
        entry.unlink()
    entries[0].symlink_to("/dev/zero")
    os.mkfifo(entries[1])
    entries[2].symlink_to(good)  # even an entry's own bytes, behind a link
    entries[3].symlink_to(tmp_path / "missing.json")
    cache, done = Cache(directory), []
    worker = threading.Thread(target=lambda: done.append(govcheck.load_corpus([workspace], jobs=1, cache=cache)),
                              daemon=True)
    worker.start()
    worker.join(60)
    assert done, "the run blocked on an entry"
    assert done[0].model_dump_json() == expected
    assert (cache.corrupt, cache.misses, cache.hits) == (4, 4, 9)
    assert all(e.is_file() and not e.is_symlink() for e in entries[:4])  # rewritten as entries


def test_reader_options_and_organisation_are_part_of_the_key(workspace, tmp_path, reads):
    directory = tmp_path / "cache"
    govcheck.load_corpus([workspace], jobs=1, cache=Cache(directory))
    other_limits = Cache(directory)
    govcheck.load_corpus([workspace], jobs=1, cache=other_limits, limits=Limits(max_blocks=100_000))
    assert other_limits.hits == 0
    other_org = Cache(directory)
    govcheck.load_corpus([workspace], jobs=1, cache=other_org, organisation=Organisation(units=[]))
    assert other_org.hits == 0
    same_but_timeout = Cache(directory)
    govcheck.load_corpus([workspace], jobs=1, cache=same_but_timeout, doc_timeout_s=30)
    assert same_but_timeout.misses == 0


def test_changed_govcheck_code_is_part_of_the_key(workspace, tmp_path, reads, monkeypatch):
    """A development or patched install whose extraction changed without a new version number
    must not be served the models of the old code."""
    directory = tmp_path / "cache"
    govcheck.load_corpus([workspace], jobs=1, cache=Cache(directory))
    same = Cache(directory)
    govcheck.load_corpus([workspace], jobs=1, cache=same)
    assert same.misses == 0 and same.hits > 0
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "other code")
    changed = Cache(directory)
    govcheck.load_corpus([workspace], jobs=1, cache=changed)
    assert changed.hits == 0 and changed.misses == same.hits


def test_the_code_fingerprint_follows_every_source_file(tmp_path):
    package = tmp_path / "pkg"
    (package / "extract").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "extract" / "rules.py").write_text("X = 1\n", encoding="utf-8")
    (package / "notes.txt").write_text("not code", encoding="utf-8")
    first = code_fingerprint.__wrapped__(package)
    (package / "notes.txt").write_text("still not code", encoding="utf-8")
    assert code_fingerprint.__wrapped__(package) == first
    (package / "extract" / "rules.py").write_text("X = 2\n", encoding="utf-8")
    second = code_fingerprint.__wrapped__(package)
    assert second != first
    (package / "extract" / "rules.py").rename(package / "rules.py")  # the same code moved
    assert code_fingerprint.__wrapped__(package) not in (first, second)
    assert code_fingerprint() == code_fingerprint()  # the installed package's, computed once


def test_a_later_organisation_never_gets_the_key_of_a_freed_one(tmp_path):
    """Batch mode builds one organisation model per workspace and frees it after: a new model
    often lands at the freed one's address, and must still get a key of its own."""
    file = tmp_path / "policy.md"
    file.write_text(MD.format(what="it-säkerheten"), encoding="utf-8")
    shared, limits = Cache(tmp_path / "cache"), Limits()
    for k in range(200):
        organisation = Organisation(units=[{"id": f"n{k}", "name": f"Nämnd {k}", "kind": "namnd"}])
        fresh = Cache(tmp_path / "cache").key(file, "policy.md", organisation, limits)
        assert shared.key(file, "policy.md", organisation, limits) == fresh
        del organisation


def test_a_timeout_is_not_cached(workspace, tmp_path, monkeypatch):
    real = parallel.extract_document

    def slow(path, organisation, shown, limits):
        if Path(path).name == "riktlinje.md":
            import time
            time.sleep(30)
        return real(path, organisation, shown, limits)
    monkeypatch.setattr(parallel, "extract_document", slow)
    cache = Cache(tmp_path / "cache")
    corpus = govcheck.load_corpus([workspace], jobs=1, cache=cache, doc_timeout_s=0.5)
    assert [u.reason for u in corpus.unreadable if u.path.endswith(".md")] == ["timeout"]
    assert cache.writes == 12
    monkeypatch.setattr(parallel, "extract_document", real)
    again = Cache(tmp_path / "cache")
    corpus = govcheck.load_corpus([workspace], jobs=1, cache=again)
    assert (again.hits, again.misses) == (12, 1)
    assert "documents/riktlinje.md" in {d.path for d in corpus.documents}


def test_default_dir_follows_xdg_and_the_suite_caches_nothing(workspace, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_dir() == tmp_path / "xdg" / "govcheck"
    result = CliRunner().invoke(main, ["check", str(workspace), "--jobs", "1"])  # GOVCHECK_NO_CACHE is set
    assert result.exit_code in (0, 1)
    assert not (tmp_path / "xdg").exists()
    monkeypatch.delenv("GOVCHECK_NO_CACHE")
    result = CliRunner().invoke(main, ["check", str(workspace), "--jobs", "1"])
    assert result.exit_code in (0, 1)
    assert len(_entries(tmp_path / "xdg" / "govcheck")) == 13


def test_cache_options_are_checked(workspace, tmp_path):
    inside = CliRunner().invoke(main, ["check", str(workspace), "--cache-dir", str(workspace / "documents" / "c")])
    assert inside.exit_code == 2 and "ligger i indata" in inside.stderr
    inside = CliRunner().invoke(main, ["check", str(workspace), "--cache-dir", str(workspace / "documents" / "c"),
                                       "--lang", "en"])
    assert inside.exit_code == 2 and "inside the input" in inside.stderr
    both = CliRunner().invoke(main, ["check", str(workspace), "--cache-dir", str(tmp_path / "c"), "--no-cache"])
    assert both.exit_code == 2 and "utesluter varandra" in both.stderr
    (tmp_path / "file").write_text("", encoding="utf-8")
    for bad, says, sv in ((str(tmp_path / "file"), "is not a folder", "är inte en mapp"),
                          ("", "needs a folder", "behöver en mapp")):
        refused = CliRunner().invoke(main, ["check", str(workspace), "--cache-dir", bad, "--lang", "en"])
        assert refused.exit_code == 2 and says in refused.stderr, refused.output
        refused = CliRunner().invoke(main, ["check", str(workspace), "--cache-dir", bad])
        assert refused.exit_code == 2 and sv in refused.stderr, refused.output
    # a hidden folder is never read as documents, so a cache there is harmless
    hidden = CliRunner().invoke(main, ["check", str(workspace), "--cache-dir", str(workspace / ".cache"),
                                       "--jobs", "1"])
    assert hidden.exit_code == 1 and (workspace / ".cache").is_dir()


def test_the_default_cache_inside_the_input_is_named_as_the_default(workspace, monkeypatch):
    monkeypatch.delenv(cache_module.NO_CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(workspace / "documents"))
    refused = CliRunner().invoke(main, ["check", str(workspace), "--lang", "en"])
    assert refused.exit_code == 2 and "the parse cache" in refused.stderr and "--cache-dir" not in refused.stderr
    refused = CliRunner().invoke(main, ["check", str(workspace)])
    assert refused.exit_code == 2 and "dokumentcachen" in refused.stderr and "--cache-dir" not in refused.stderr


def _key(n: int) -> str:
    return hashlib.sha256(str(n).encode()).hexdigest()


def _fill(cache: Cache, count: int, start: float) -> list[Path]:
    """``count`` entries of about 1.5 KB, the first least recently used."""
    files = []
    for n in range(count):
        cache.put(_key(n), parallel.Extracted(reason="not-a-zip", detail=f"{n} " + "x" * 1400))
        file = cache.dir / _key(n)[:2] / f"{_key(n)}.entry"
        os.utime(file, (start + n, start + n))
        files.append(file)
    return files


def _total(directory: Path) -> int:
    return sum(f.stat().st_size for f in _entries(directory))


def test_the_cache_keeps_to_its_bound_evicting_the_least_recently_used(tmp_path):
    cache = Cache(tmp_path / "cache", max_bytes=10_000)
    files = _fill(cache, 10, time.time() - 1000)
    assert _total(cache.dir) > 10_000
    assert cache.get(_key(0)) is not None  # read now: the most recently used
    cache.trim()
    kept = {f for f in files if f.exists()}
    assert _total(cache.dir) <= 9_000
    assert files[0] in kept
    # the oldest go first: what is left is entry 0 and the newest ones, without a gap
    newest = sorted(kept - {files[0]}, key=files.index)
    assert newest == files[10 - len(newest):]
    assert cache.evicted == 10 - len(kept) and cache.evicted >= 4
    assert cache.get(_key(1)) is None  # an evicted entry is a plain miss, read again


def test_an_unbounded_cache_or_one_without_writes_is_not_trimmed(tmp_path, monkeypatch):
    unbounded = Cache(tmp_path / "a", max_bytes=0)
    _fill(unbounded, 10, time.time() - 1000)
    unbounded.trim()
    assert len(_entries(unbounded.dir)) == 10 and unbounded.evicted == 0
    bounded = Cache(tmp_path / "a", max_bytes=1000)

    def measured():
        raise AssertionError("a run that wrote nothing must not measure the cache")
    monkeypatch.setattr(bounded, "_entries", measured)
    assert bounded.get(_key(3)) is not None
    bounded.trim()
    assert len(_entries(unbounded.dir)) == 10


def test_the_directory_is_measured_once_then_counted(tmp_path, monkeypatch):
    cache = Cache(tmp_path / "cache", max_bytes=100_000)
    scans = []
    real = cache._entries
    monkeypatch.setattr(cache, "_entries", lambda: scans.append(1) or real())
    _fill(cache, 3, time.time() - 1000)
    cache.trim()
    cache.put(_key(99), parallel.Extracted(reason="not-a-zip", detail="y" * 1400))
    cache.trim()
    assert len(scans) == 1
    assert cache._size == _total(cache.dir)


def test_stale_temporary_files_are_removed_fresh_ones_kept(tmp_path):
    cache = Cache(tmp_path / "cache", max_bytes=100_000)
    _fill(cache, 1, time.time() - 1000)
    shard = cache.dir / _key(0)[:2]
    stale, fresh = shard / ".tmp-dead.json", shard / ".tmp-busy.json"
    stale.write_bytes(b"{")
    fresh.write_bytes(b"{")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    cache.put(_key(1), parallel.Extracted(reason="not-a-zip", detail="z"))
    cache.trim()
    assert not stale.exists() and fresh.exists()


def test_a_run_leaves_the_cache_within_its_bound_and_its_result_whole(workspace, tmp_path):
    uncached = govcheck.load_corpus([workspace], jobs=1)
    cache = Cache(tmp_path / "cache", max_bytes=10_000)  # the 13 entries take about 19 KB
    corpus = govcheck.load_corpus([workspace], jobs=1, cache=cache)
    assert corpus.model_dump() == uncached.model_dump()
    assert cache.writes == 13 and cache.evicted > 0
    assert _total(cache.dir) <= 9_000


def test_cli_cache_max_mb(workspace, tmp_path):
    result = CliRunner().invoke(main, ["check", str(workspace), "--jobs", "1", "--cache-dir", str(tmp_path / "c"),
                                       "--cache-max-mb", "0"])
    assert result.exit_code in (0, 1), result.output
    assert len(_entries(tmp_path / "c")) == 13
    bad = CliRunner().invoke(main, ["check", str(workspace), "--cache-max-mb", "-1"])
    assert bad.exit_code == 2 and "--cache-max-mb" in bad.stderr
    batch = CliRunner().invoke(main, ["batch", str(tmp_path), "-o", str(tmp_path / "out"), "--cache-max-mb", "x"])
    assert batch.exit_code == 2 and "--cache-max-mb" in batch.stderr


def test_trimming_never_touches_files_the_cache_did_not_make(tmp_path):
    cache = Cache(tmp_path / "shared", max_bytes=1)
    foreign = [cache.dir / "ab" / "notes.json", cache.dir / "photos" / "x.json", cache.dir / "ab" / ".tmp-keep.txt",
               cache.dir / "ab" / ("cd" + "0" * 62 + ".json")]
    for f in foreign:
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text("{}")
        os.utime(f, (time.time() - 7200, time.time() - 7200))
    ours = _fill(cache, 3, time.time() - 1000)
    cache.trim()
    assert cache.evicted == 3 and not any(f.exists() for f in ours)
    assert all(f.exists() for f in foreign)


def test_a_cache_that_cannot_be_written_leaves_the_corpus_whole_and_counts_the_failures(workspace, tmp_path):
    (tmp_path / "file").write_text("", encoding="utf-8")
    blocked = Cache(tmp_path / "file" / "cache")  # below a regular file: no folder can be made, even as root
    corpus = govcheck.load_corpus([workspace], jobs=1, cache=blocked)
    assert corpus.model_dump_json() == govcheck.load_corpus([workspace], jobs=1).model_dump_json()
    assert (blocked.writes, blocked.failed_writes) == (0, 13)
    assert blocked.write_error == os.strerror(errno.ENOTDIR)  # the first failure's reason
    assert blocked.write_error_sv == "en del av sökvägen är inte en mapp"  # and in Swedish
    fine = Cache(tmp_path / "cache")
    govcheck.load_corpus([workspace], jobs=1, cache=fine)
    assert (fine.writes, fine.failed_writes, fine.write_error) == (13, 0, None)


@pytest.mark.parametrize("lang, says, why", [("sv", "dokumentcachen", "(en del av sökvägen är inte en mapp)"),
                                            ("en", "the parse cache", f"({os.strerror(errno.ENOTDIR)})")])
def test_the_cli_says_once_that_the_cache_could_not_be_written(workspace, tmp_path, lang, says, why):
    (tmp_path / "file").write_text("", encoding="utf-8")
    blocked = str(tmp_path / "file" / "cache")
    check = CliRunner().invoke(main, ["check", str(workspace), "--jobs", "1", "--cache-dir", blocked, "--lang", lang])
    assert check.exit_code == 1, check.output
    warnings = [line for line in check.stderr.splitlines() if says in line]
    assert len(warnings) == 1 and blocked in warnings[0] and " 13 " in warnings[0] and why in warnings[0]
    assert check.output.splitlines()[-1] == warnings[0]  # after the report, not scrolled away by it
    root = tmp_path / "root"
    root.mkdir()
    shutil.copytree(workspace, root / "a")
    shutil.copytree(workspace, root / "b")
    batch = CliRunner().invoke(main, ["batch", str(root), "-o", str(tmp_path / "out"), "--jobs", "1",
                                      "--cache-dir", blocked, "--lang", lang])
    assert batch.exit_code == 1, batch.output
    warnings = [line for line in batch.stderr.splitlines() if says in line]
    assert len(warnings) == 1 and " 26 " in warnings[0]  # one line for the whole batch
    written = CliRunner().invoke(main, ["check", str(workspace), "--jobs", "1", "--cache-dir", str(tmp_path / "c"),
                                        "--lang", lang])
    assert written.exit_code == 1 and says not in written.stderr


def _no_home(monkeypatch) -> None:
    """As for a process without $HOME whose user id has no account (a container started with
    an arbitrary user id): pathlib cannot tell the home directory."""
    def home():
        raise RuntimeError("Could not determine home directory.")
    monkeypatch.setattr(Path, "home", staticmethod(home))


def test_default_dir_ignores_an_empty_or_relative_xdg_cache_home_and_may_be_none(tmp_path, monkeypatch):
    monkeypatch.setattr(Path, "home", staticmethod(lambda: tmp_path / "home"))
    for value in ("", "relative/cache"):
        monkeypatch.setenv("XDG_CACHE_HOME", value)
        assert default_dir() == tmp_path / "home" / ".cache" / "govcheck"
    monkeypatch.setattr(Path, "home", staticmethod(lambda: Path("relative-home")))
    assert default_dir() is None
    monkeypatch.setattr(Path, "home", staticmethod(lambda: Path("/")))
    monkeypatch.setenv("HOME", "")  # which os.path.expanduser would make "/"
    assert default_dir() is None
    monkeypatch.delenv("HOME")
    _no_home(monkeypatch)
    assert default_dir() is None
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_dir() == tmp_path / "xdg" / "govcheck"


@pytest.mark.parametrize("lang, says", [("sv", "ingen mapp för dokumentcachen"),
                                        ("en", "no folder for the parse cache")])
def test_without_a_home_directory_the_cli_reads_without_a_cache_and_says_so(workspace, tmp_path, monkeypatch,
                                                                             lang, says):
    monkeypatch.delenv(cache_module.NO_CACHE_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    _no_home(monkeypatch)
    monkeypatch.chdir(tmp_path)
    for args in (["check", str(workspace)], ["batch", str(tmp_path), "-o", str(tmp_path / "out")]):
        result = CliRunner().invoke(main, [*args, "--jobs", "1", "--lang", lang])
        # exit 1 for the findings, not for an exception (the runner reports one as exit 1 too)
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
        assert [line for line in result.stderr.splitlines() if says in line] != []
    assert not list(tmp_path.rglob("*.entry")) and not (tmp_path / "~").exists()

"""Benchmark (not a test): govcheck's reading, extraction, evaluation and CLI against the floor.

    python benchmarks/bench.py                 # 300 documents (60 also as PDF): a few minutes
    python benchmarks/bench.py -n 2000         # the national extrapolation (needs ≥ 2,000)
    python benchmarks/bench.py --stages a,b,c  # some stages only

The corpus comes from benchmarks/corpus.py (seeded, written once and cached under
$TMPDIR/govcheck-bench-corpus/). Each stage runs in a fresh process of its own, so its peak
memory is its own:

    (a)  floor: unzip word/document.xml, parse it with lxml, iterate its paragraphs' text
    (b)  govcheck.parse_document on every .docx (reading and extraction; cache off)
    (c)  python-docx as a user would write it: Document(), paragraphs with style, tables' cells
    (d)  govcheck.parse_document on the PDFs (the same documents' text, from reportlab)
    (e)  govcheck.evaluate with every built-in checklist on a 300-document workspace
    (f1) `govcheck batch ROOT --out DIR --format json --no-cache --jobs 1` over municipality
         workspaces of 200 documents (the national average), N documents in all: one run, as
         a national run is made
    (f2) the same with --jobs 2
    (g)  `govcheck check` on the 300-document workspace with a warmed --cache-dir (median of 3)

Workspaces hold each document once: as PDF when it has one (every fifth), else as .docx.
"× floor" is a stage's time divided by the floor's time on the same documents (the .docx of
each, for PDFs and workspaces); for (b) and (d), the floor run in the stage's own process in
alternation with govcheck, so that the host's drift between stages does not enter. MB are input file bytes. Peak RSS is the largest process's
(ru_maxrss); where a stage runs several processes, the peak of their sum (sampled every
0.1 s from /proc) follows as "sum N".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

NATIONAL_MUNICIPALITIES = 290
NATIONAL_DOCS_PER_MUNICIPALITY = 200
NATIONAL_DOCS = NATIONAL_MUNICIPALITIES * NATIONAL_DOCS_PER_MUNICIPALITY
NATIONAL_MIN_SAMPLE = 2000
STAGES = ["a", "b", "c", "d", "e", "f1", "f2", "g"]
LABELS = {
    "a": "(a) floor: unzip + lxml, paragraphs",
    "b": "(b) govcheck .docx read + extract",
    "c": "(c) python-docx by hand",
    "d": "(d) govcheck .pdf read + extract",
    "e": "(e) evaluate, all built-in checklists",
    "f1": "(f1) CLI batch end to end, --jobs 1",
    "f2": "(f2) CLI batch end to end, --jobs 2",
    "g": "(g) CLI re-run, warm cache",
}


# --- measuring inside a stage's process -----------------------------------------------------

class TreeMemory:
    """Peak RSS of this process and its descendants, summed, sampled from /proc (Linux)."""

    def __init__(self, interval: float = 0.1):
        self.interval = interval
        self.peak_sum = 0
        self.peak_one = 0
        self._stop = threading.Event()
        self._page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.available = Path(f"/proc/{os.getpid()}/task").is_dir()

    def __enter__(self) -> "TreeMemory":
        if self.available:
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self.available:
            self._thread.join()

    def _tree(self, pid: int) -> list[int]:
        out, todo = [], [pid]
        while todo:
            p = todo.pop()
            out.append(p)
            try:
                for task in os.listdir(f"/proc/{p}/task"):
                    with open(f"/proc/{p}/task/{task}/children") as fh:
                        todo.extend(int(c) for c in fh.read().split())
            except OSError:
                continue
        return out

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(self.interval):
            total = 0
            for pid in self._tree(me):
                try:
                    with open(f"/proc/{pid}/statm") as fh:
                        rss = int(fh.read().split()[1]) * self._page
                except (OSError, ValueError, IndexError):
                    continue
                total += rss
                self.peak_one = max(self.peak_one, rss)
            self.peak_sum = max(self.peak_sum, total)


def _maxrss_bytes(who: int) -> int:
    value = resource.getrusage(who).ru_maxrss
    return value if sys.platform == "darwin" else value * 1024


def _prewarm(paths: list[str]) -> None:
    """Read every input once, untimed, so that no stage pays for the disk and all find it cached."""
    for p in paths:
        with open(p, "rb") as fh:
            while fh.read(1 << 20):
                pass


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _floor_parser():
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _floor_read(path: str, parser) -> int:
    """The floor's work on one .docx: unzip word/document.xml, parse it, join each paragraph's text."""
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("word/document.xml"), parser)
    chars = 0
    for p in root.iter(_W + "p"):
        chars += len("".join(node.text or "" for node in p.iter(_W + "t")))
    return chars


def _stage_floor(plan: dict) -> dict:
    parser = _floor_parser()
    files = plan["floor_docx"]
    _prewarm(files)
    passes = []
    for _ in range(3):  # the floor is short: the median of three passes, per document
        times = {}
        for f in files:
            start = time.perf_counter()
            _floor_read(f, parser)
            times[f] = time.perf_counter() - start
        passes.append(times)
    per_doc = {f: statistics.median(p[f] for p in passes) for f in files}
    shown = plan["docx"]
    return {"docs": len(shown), "bytes": _size(shown), "seconds": sum(per_doc[f] for f in shown),
            "per_doc": per_doc}


def _stage_parse(plan: dict, key: str) -> dict:
    os.environ["GOVCHECK_NO_CACHE"] = "1"
    import govcheck
    import govcheck.readers

    files = plan[key]
    twins = [str(Path(f).with_suffix(".docx")) for f in files]  # each document's .docx, for the floor
    _prewarm(sorted(set(files) | set(twins)))
    parser = _floor_parser()
    org = govcheck.load_organisation(Path(plan["org"]))
    govcheck.parse_document(files[0], org)  # imports and (PDF) the reading worker, untimed
    # The reader's share of the time, from the same run: parse_document looks read_raw up in
    # govcheck.readers at every call, so a timing wrapper there sees every document's reading.
    real_read, reading = govcheck.readers.read_raw, [0.0]

    def timed_read(*args, **kwargs):
        start = time.perf_counter()
        try:
            return real_read(*args, **kwargs)
        finally:
            reading[0] += time.perf_counter() - start
    govcheck.readers.read_raw = timed_read

    def parse(f: str) -> float:
        start = time.perf_counter()
        try:
            govcheck.parse_document(f, org)
        except govcheck.ReadError:
            failed.append(f)
        return time.perf_counter() - start

    # The floor again, here, document by document in alternation with govcheck (in turn before
    # and after it): the host's speed drifts by a third over minutes, and a ratio of two stages
    # run minutes apart would measure the drift too. As in (a), the median of three passes.
    def paired_floor(twin: str) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            _floor_read(twin, parser)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    failed: list[str] = []
    seconds = floor = 0.0
    for n, (f, twin) in enumerate(zip(files, twins)):
        if n % 2:
            floor += paired_floor(twin)
            seconds += parse(f)
        else:
            seconds += parse(f)
            floor += paired_floor(twin)
    if files and not reading[0]:
        raise RuntimeError("the reader's time was not seen: parse_document no longer calls govcheck.readers.read_raw")
    return {"docs": len(files), "bytes": _size(files), "seconds": seconds, "failed": len(failed),
            "reading": reading[0], "paired_floor": floor}


def _stage_python_docx(plan: dict) -> dict:
    import docx
    from docx.table import Table

    files = plan["docx"]
    _prewarm(files)
    t0 = time.perf_counter()
    for f in files:
        document = docx.Document(f)
        out = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                out.append([[cell.text for cell in row.cells] for row in block.rows])
            else:
                out.append((block.style.name if block.style is not None else None, block.text))
    return {"docs": len(files), "bytes": _size(files), "seconds": time.perf_counter() - t0}


def _stage_evaluate(plan: dict) -> dict:
    import govcheck

    ws = plan["ws300"]
    corpus_ = govcheck.load_corpus([ws], jobs=os.cpu_count() or 1)  # untimed
    checklists = [govcheck.load_checklist(c) for c in govcheck.builtin_ids()]
    runs: list[float] = []
    while len(runs) < 3 and sum(runs) < 10:  # the median of three runs, unless one is already long
        t = time.perf_counter()
        govcheck.evaluate(corpus_, checklists)
        runs.append(time.perf_counter() - t)
    files = _documents(ws)
    return {"docs": len(corpus_.documents), "bytes": _size(files), "seconds": statistics.median(runs),
            "runs": runs, "checklists": [c.id for c in checklists], "unreadable": len(corpus_.unreadable)}


def _cli(plan: dict, ws: str, *options: str) -> float:
    cmd = plan["govcheck"] + ["check", ws, "--format", "json", "-o", os.devnull, *options]
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if done.returncode not in (0, 1):  # 1: there are findings, as expected
        raise RuntimeError(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr.strip()[-2000:]}")
    return seconds


def _stage_cli(plan: dict, jobs: int) -> dict:
    """One `govcheck batch` over the municipalities, as a national run is made; each
    municipality's time is read from the progress line batch writes when it is done."""
    files = [f for ws in plan["national"] for f in _documents(ws)]
    _prewarm(files)
    out = tempfile.mkdtemp(prefix="govcheck-bench-batch-")
    cmd = plan["govcheck"] + ["batch", plan["national_root"], "--out", out, "--format", "json", "--no-cache",
                              "--jobs", str(jobs)]
    try:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        done, lines = [], []
        for line in proc.stderr:
            lines.append(line)
            if line.startswith("["):  # "[k/n] municipality…: …", after each one
                done.append(time.perf_counter() - t)
        code = proc.wait()
        seconds = time.perf_counter() - t
    finally:
        shutil.rmtree(out, ignore_errors=True)
    if code not in (0, 1) or len(done) != len(plan["national"]):  # 1: there are findings, as expected
        raise RuntimeError(f"{' '.join(cmd)} exited {code}: {''.join(lines).strip()[-2000:]}")
    runs = [b - a for a, b in zip([0.0, *done], done)]
    return {"docs": len(files), "bytes": _size(files), "seconds": seconds, "runs": runs}


def _stage_warm_cache(plan: dict) -> dict:
    ws = plan["ws300"]
    files = _documents(ws)
    _prewarm(files)
    cache = tempfile.mkdtemp(prefix="govcheck-bench-cache-")
    try:
        cold = _cli(plan, ws, "--cache-dir", cache, "--jobs", str(os.cpu_count() or 1))
        # the median of three re-runs: one CLI run of about two seconds varies by a third on a busy host
        warm = [_cli(plan, ws, "--cache-dir", cache, "--jobs", str(os.cpu_count() or 1)) for _ in range(3)]
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return {"docs": len(files), "bytes": _size(files), "seconds": statistics.median(warm), "runs": warm, "cold": cold}


def _documents(ws: str) -> list[str]:
    return sorted(str(p) for p in (Path(ws) / "documents").iterdir() if p.suffix in (".docx", ".pdf"))


def _size(files: list[str]) -> int:
    return sum(os.path.getsize(f) for f in files)


def run_stage(name: str, plan_file: str) -> None:
    plan = json.loads(Path(plan_file).read_text())
    stage = {"a": _stage_floor, "b": lambda p: _stage_parse(p, "docx"), "c": _stage_python_docx,
             "d": lambda p: _stage_parse(p, "pdf"), "e": _stage_evaluate, "f1": lambda p: _stage_cli(p, 1),
             "f2": lambda p: _stage_cli(p, 2), "g": _stage_warm_cache}[name]
    with TreeMemory() as tree:
        result = stage(plan)
    result["rss_one"] = max(_maxrss_bytes(resource.RUSAGE_SELF), _maxrss_bytes(resource.RUSAGE_CHILDREN),
                            tree.peak_one)
    result["rss_sum"] = tree.peak_sum
    print("RESULT " + json.dumps(result))


# --- the parent: corpus, workspaces, stages, table ------------------------------------------

def _run_child(name: str, plan_file: Path) -> dict:
    env = dict(os.environ)
    if name in ("b", "d"):
        env["GOVCHECK_NO_CACHE"] = "1"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--stage", name, "--plan", str(plan_file)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        return {"error": (done.stderr.strip() or done.stdout.strip())[-1500:]}
    return json.loads(lines[-1][len("RESULT "):])


def _byte_compile() -> None:
    """Byte-compile govcheck's modules, as pip does when it installs a wheel. From a source
    checkout with PYTHONDONTWRITEBYTECODE set, every CLI run would otherwise compile some sixty
    modules again (about 0.1 s a run), which no installed govcheck does."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("govcheck")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        compileall.compile_dir(folder, quiet=1)


def _govcheck_command() -> list[str]:
    script = Path(sys.executable).with_name("govcheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "govcheck"]


def _pdf_pages(paths: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for p in paths:
        pdf = pdfium.PdfDocument(str(p))
        total += len(pdf)
        pdf.close()
    return total


def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for name in ("govcheck", "lxml", "python-docx", "pypdfium2", "pydantic"):
        try:
            out.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            pass
    return ", ".join(out)


def _describe(docs: list[corpus.DocInfo], pool: Path, n: int, seed: int) -> list[str]:
    pages = sorted(d.pages for d in docs)
    buckets = [("1", 1, 1), ("2-5", 2, 5), ("6-15", 6, 15), ("16-40", 16, 40), ("41-80", 41, 80)]
    hist = ", ".join(f"{label} p: {sum(lo <= p <= hi for p in pages)}" for label, lo, hi in buckets)
    docx_bytes = sum((pool / f"{d.name}.docx").stat().st_size for d in docs)
    pdfs = [pool / f"{d.name}.pdf" for d in docs if d.pdf]
    kinds: dict[str, int] = {}
    for d in docs:
        kinds[d.kind] = kinds.get(d.kind, 0) + 1
    return [
        f"corpus: {n} documents (seed {seed}, generator {corpus.generator_key()}, "
        f"{pool}): {sum(pages):,} pages, {pages[0]}-{pages[-1]} a document (median {statistics.median(pages):g}, "
        f"p90 {pages[int(0.9 * (len(pages) - 1))]}, mean {statistics.mean(pages):.1f}); {hist}",
        f"        {sum(d.words for d in docs):,} words; {docx_bytes / 1e6:.1f} MB .docx; {len(pdfs)} also as PDF "
        f"({_pdf_pages(pdfs):,} pages, {sum(p.stat().st_size for p in pdfs) / 1e6:.1f} MB)",
        "        types: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])),
    ]


def _fmt(value: float, digits: int = 1) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.{digits}f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=300, help="documents for stages a-d and f (default 300)")
    ap.add_argument("--stages", default=",".join(STAGES), help="comma-separated: a,b,c,d,e,f (f1 and f2),f1,f2,g")
    ap.add_argument("--workspace-docs", type=int, default=300,
                    help="documents in the workspace of stages e and g (their targets need 300)")
    ap.add_argument("--municipality-docs", type=int, default=NATIONAL_DOCS_PER_MUNICIPALITY,
                    help="documents per municipality workspace in stage f")
    ap.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    ap.add_argument("--corpus-dir", help="where generated documents are kept (default: under $TMPDIR)")
    ap.add_argument("--json", dest="json_out", metavar="FILE", help="also write the results as JSON")
    ap.add_argument("--stage", help=argparse.SUPPRESS)
    ap.add_argument("--plan", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.stage:
        run_stage(args.stage, args.plan)
        return 0

    chosen = []
    for s in args.stages.split(","):
        s = s.strip()
        chosen += ["f1", "f2"] if s == "f" else [s]
    unknown = [s for s in chosen if s not in STAGES]
    if unknown:
        ap.error(f"unknown stage(s): {', '.join(unknown)}")
    chosen = [s for s in STAGES if s in chosen]

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that the workspaces are removed
    _byte_compile()
    pool = Path(args.corpus_dir) if args.corpus_dir else corpus.default_pool(args.seed)
    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    total = max(args.n, args.workspace_docs)
    docs = corpus.ensure(total, args.seed, pool, log=log)
    sample, ws_docs = docs[: args.n], docs[: args.workspace_docs]
    work = Path(tempfile.mkdtemp(prefix="govcheck-bench-run-"))
    try:
        ws300 = corpus.make_workspace(work / f"ws{args.workspace_docs}", ws_docs, pool)
        national = [corpus.make_workspace(work / "national" / f"municipality{k:03d}",
                                          sample[i: i + args.municipality_docs], pool)
                    for k, i in enumerate(range(0, args.n, args.municipality_docs))]
        docx = [str(pool / f"{d.name}.docx") for d in sample]
        plan = {
            "docx": docx,
            "floor_docx": sorted(set(docx) | {str(pool / f"{d.name}.docx") for d in ws_docs}),
            "pdf": [str(pool / f"{d.name}.pdf") for d in sample if d.pdf],
            "org": str(ws300 / "govcheck.yaml"),
            "ws300": str(ws300),
            "national": [str(w) for w in national],
            "national_root": str(work / "national"),
            "govcheck": _govcheck_command(),
        }
        plan_file = work / "plan.json"
        plan_file.write_text(json.dumps(plan))
        results: dict[str, dict] = {}
        for name in chosen:
            log(f"running {LABELS[name]} …")
            t = time.perf_counter()
            results[name] = _run_child(name, plan_file)
            log(f"  {time.perf_counter() - t:.1f} s" + (f"  ERROR: {results[name]['error']}"
                                                        if "error" in results[name] else ""))
        header = [
            f"govcheck benchmark, {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}: Python "
            f"{platform.python_version()}, {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; {_versions()}",
            *_describe(sample, pool, args.n, args.seed),
            f"workspaces (each document once: PDF when it has one, else .docx): (e)(g) {len(ws_docs)} documents "
            f"({sum(d.pdf for d in ws_docs)} PDF); (f) {len(national)} municipalit{'y' if len(national) == 1 else 'ies'} "
            f"of ≤ {args.municipality_docs} documents, {len(sample)} in all ({sum(d.pdf for d in sample)} PDF)",
        ]
        table, notes, verdicts = _table(results, plan, args, len(ws_docs))
        text = "\n".join(header + [""] + table + [""] + notes)
        print(text)
        if args.json_out:
            Path(args.json_out).write_text(json.dumps({"header": header, "results": results, "verdicts": verdicts,
                                                       "n": args.n, "seed": args.seed}, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _table(results: dict, plan: dict, args, ws_count: int) -> tuple[list[str], list[str], dict]:
    floor = results.get("a", {}).get("per_doc")
    pool_docx = {Path(f).stem: f for f in plan["floor_docx"]}

    def floor_of(files: list[str]) -> float | None:
        if not floor:
            return None
        twins = [pool_docx.get(Path(f).stem) for f in files]
        if any(t not in floor for t in twins):
            return None
        return sum(floor[t] for t in twins)

    inputs = {"a": plan["docx"], "b": plan["docx"], "c": plan["docx"], "d": plan["pdf"],
              "e": _documents(plan["ws300"]), "g": _documents(plan["ws300"]),
              "f1": [f for ws in plan["national"] for f in _documents(ws)]}
    inputs["f2"] = inputs["f1"]
    rows = ["| stage | docs | MB | seconds | docs/s | MB/s | × floor | peak RSS MB | target | result |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    notes: list[str] = []
    verdicts: dict[str, str] = {}
    national = {}
    for name in STAGES:
        if name not in results:
            continue
        r = results[name]
        if "error" in r:
            rows.append(f"| {LABELS[name]} | | | | | | | | | error |")
            notes.append(f"{LABELS[name]} failed: {r['error']}")
            continue
        seconds, docs, mb = r["seconds"], r["docs"], r["bytes"] / 1e6
        base = r.get("paired_floor") or floor_of(inputs[name])
        ratio = seconds / base if base else None
        peak = f"{r['rss_one'] / 1e6:.0f}"
        if r.get("rss_sum", 0) > r["rss_one"] * 1.1:
            peak += f" (sum {r['rss_sum'] / 1e6:.0f})"
        target, verdict = "", ""
        if name == "b":
            target = "≤ 2.0× floor, faster than (c)"
            ok = ratio is not None and ratio <= 2.0
            c = results.get("c", {})
            if "seconds" in c and c.get("docs") == docs:
                ok = ok and seconds < c["seconds"]
            else:
                target += " [(c) not run]"
            verdict = "PASS" if ok else "FAIL"
        elif name == "e":
            target = f"< 1 s ({ws_count} docs)"
            verdict = ("PASS" if seconds < 1.0 else "FAIL") if ws_count >= 300 else "n/a (needs 300)"
        elif name in ("f1", "f2"):
            minutes = seconds * NATIONAL_DOCS / docs / 60
            national[name] = minutes
            if name == "f2":
                target = f"national < 15 min: {minutes:.1f} min"
                ok = minutes < 15
                verdict = ("PASS" if ok else "FAIL") if docs >= NATIONAL_MIN_SAMPLE else f"({'PASS' if ok else 'FAIL'})"
            else:
                target = f"national: {minutes:.1f} min (no target)"
        elif name == "g":
            target = f"< 2 s ({ws_count} docs)"
            verdict = ("PASS" if seconds < 2.0 else "FAIL") if ws_count >= 300 else "n/a (needs 300)"
        else:
            target = "-"
        verdicts[name] = verdict
        rows.append(f"| {LABELS[name]} | {docs} | {mb:.1f} | {seconds:.2f} | {_fmt(docs / seconds)} | "
                    f"{_fmt(mb / seconds, 2)} | {'%.1f×' % ratio if ratio else '-'} | {peak} | {target} | {verdict} |")
    if "b" in results and results["b"].get("failed"):
        notes.append(f"(b): {results['b']['failed']} documents were unreadable.")
    if "d" in results and "seconds" in results["d"]:
        notes.append("(d): × floor compares with the floor on the same documents' .docx.")
    for name in ("b", "d"):
        r = results.get(name, {})
        if r.get("paired_floor"):
            notes.append(f"({name}): × floor is against the floor run in the same process, document by document in "
                         f"alternation with govcheck ({r['paired_floor']:.1f} s), so that the host's drift "
                         f"between stages does not enter; against (a) it is "
                         + (f"{r['seconds'] / floor_of(inputs[name]):.1f}×." if floor_of(inputs[name]) else "not known."))
        base = r.get("paired_floor") if "reading" in r else None
        if base:
            what = "the PDF worker and layout" if name == "d" else "the reader"
            notes.append(f"({name}): reading ({what}) {r['reading']:.1f} s, {r['reading'] / base:.1f}× floor; "
                         f"extraction and the rest {r['seconds'] - r['reading']:.1f} s, "
                         f"{(r['seconds'] - r['reading']) / base:.1f}× floor.")
    if "e" in results and "checklists" in results["e"]:
        runs = ", ".join(f"{s:.2f}" for s in results["e"]["runs"])
        count = len(results["e"]["runs"])
        notes.append(f"(e): median of {count} evaluation{'s' if count > 1 else ''} ({runs} s) of {len(results['e']['checklists'])} checklists: "
                     f"{', '.join(results['e']['checklists'])}; the corpus was loaded untimed.")
    for name in ("f1", "f2"):
        if name in national:
            docs = results[name]["docs"]
            runs = results[name]["runs"]
            each = f"{runs[0]:.1f} s" if len(runs) == 1 else f"{min(runs):.1f}-{max(runs):.1f} s each"
            notes.append(f"({name}): one `govcheck batch` over {len(runs)} municipalit{'ies' if len(runs) > 1 else 'y'} "
                         f"of ≤ {args.municipality_docs} documents, {each}; national = {NATIONAL_MUNICIPALITIES} × "
                         f"{NATIONAL_DOCS_PER_MUNICIPALITY} documents: {national[name]:.1f} min, extrapolated from "
                         f"{docs} docs" + ("" if docs >= NATIONAL_MIN_SAMPLE else
                                           f" (needs ≥ {NATIONAL_MIN_SAMPLE} for the target; a verdict in "
                                           "parentheses is indicative only)"))
    if "g" in results and "cold" in results["g"]:
        runs = ", ".join(f"{s:.2f}" for s in results["g"].get("runs", [results["g"]["seconds"]]))
        notes.append(f"(g): median of the re-runs ({runs} s); the first run, which filled the empty cache, "
                     f"took {results['g']['cold']:.1f} s (--jobs {os.cpu_count()}).")
    notes.append("× floor: stage time / floor time on the same documents (floor: median of 3 passes per document). "
                 "Peak RSS: largest process; 'sum': all its processes together, sampled.")
    return rows, notes, verdicts


if __name__ == "__main__":
    sys.exit(main())

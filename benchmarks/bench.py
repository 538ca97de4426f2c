"""Throughput benchmark (not a test): generate N synthetic .docx documents, then time parsing
and evaluation through the public API and print documents per second.

    python benchmarks/bench.py            # 200 documents
    python benchmarks/bench.py -n 1000 --pages 20
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import docx

import govcheck

UNITS = ["kommunstyrelsen", "nämnderna", "digitaliseringsavdelningen", "IT-chefen", "systemägaren"]
TYPES = ["IT-policy", "Digitaliseringsstrategi", "Riktlinjer för informationssäkerhet",
         "Reglemente för kommunstyrelsen", "Handlingsplan för e-tjänster"]
BODIES = ["kommunfullmäktige", "kommunstyrelsen", "kommundirektören", "tekniska nämnden"]
WORDS = ("information system ansvar uppföljning verksamhet säkerhet kommunen digital utveckling "
         "förvaltning beslut mål tjänster invånare data arkitektur drift").split()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
    words.insert(rng.randrange(len(words)), rng.choice(UNITS))
    return " ".join(words).capitalize() + "."


def make_document(path: Path, rng: random.Random, pages: int) -> None:
    d = docx.Document()
    title = rng.choice(TYPES)
    d.add_paragraph(f"{title} för Västby kommun", style="Title")
    year = rng.randint(2005, 2023)
    d.add_paragraph(f"Antagen av {rng.choice(BODIES)} {year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}, § {rng.randint(1, 300)}")
    d.add_paragraph(f"Dnr KS {year}/{rng.randint(10, 999)}")
    d.add_paragraph("Dokumentansvarig: IT-chef")
    for s in range(1, pages + 1):
        d.add_heading(f"{s} Avsnitt {s}", level=1)
        for _ in range(6):
            d.add_paragraph(" ".join(sentence(rng) for _ in range(4)))
        if s % 3 == 0:
            table = d.add_table(rows=6, cols=4)
            for r, row in enumerate(table.rows):
                for c, cell in enumerate(row.cells):
                    cell.text = ["Ärende", "Delegat", "Lagrum", "Anmärkning"][c] if r == 0 else rng.choice(WORDS)
    d.save(path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=200, help="number of documents")
    ap.add_argument("--pages", type=int, default=10, help="sections (about a page each) per document")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="govcheck-bench-") as tmp:
        folder = Path(tmp)
        for i in range(args.n):
            make_document(folder / f"doc{i:05d}.docx", rng, args.pages)
        files = sorted(folder.glob("*.docx"))
        size = sum(f.stat().st_size for f in files)
        per_doc = []
        t0 = time.perf_counter()
        for f in files:
            t = time.perf_counter()
            govcheck.parse_document(f)
            per_doc.append(time.perf_counter() - t)
        parse_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        corpus = govcheck.load_corpus([folder], as_of=None)
        load_s = time.perf_counter() - t0
        checklists = [govcheck.load_checklist(c) for c in govcheck.default_ids()]
        t0 = time.perf_counter()
        report = govcheck.evaluate(corpus, checklists)
        eval_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        govcheck.render(report, "json", "sv")
        render_s = time.perf_counter() - t0
    print(f"documents: {args.n} ({size / 1e6:.1f} MB .docx, {args.pages} sections each)")
    print(f"parse_document: {args.n / parse_s:8.1f} docs/s  (median {statistics.median(per_doc) * 1000:.1f} ms, "
          f"p95 {sorted(per_doc)[int(len(per_doc) * 0.95) - 1] * 1000:.1f} ms)")
    print(f"load_corpus:    {args.n / load_s:8.1f} docs/s")
    print(f"evaluate:       {args.n / eval_s:8.1f} docs/s  ({len(checklists)} checklist(s))")
    print(f"render json:    {args.n / render_s:8.1f} docs/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

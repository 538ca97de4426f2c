"""PDF text extraction benchmark (not a test): speed and text quality of the candidate
libraries on generated Swedish PDFs, and of govcheck's own PDF reader.

    python benchmarks/bench_pdf.py              # 40 documents, about 700 pages
    python benchmarks/bench_pdf.py -n 10 --passes 1

The PDFs come from tests/pdfgen.py (reportlab): headings, wrapped paragraphs with words
hyphenated at line ends, delegation tables, a running header and "Sida N (M)" footer;
half in standard Helvetica, half with an embedded TrueType subset (DejaVu), as Word writes.
Quality compares each extractor's words with the words that were laid out:

- recall: share of the source words (as a multiset) found in the output;
- order: share of the source's adjacent word pairs found adjacent in the output;
- åäö: å, ä and ö letters in the output per letter in the source (1.000: all intact, none
  invented; the running header has none);
- glued: output words that are two source words without a space (per 1,000 source words);
- split: source words that were hyphenated at a line end and come out whole.

pdfminer.six is measured only if it is already installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from pdfgen import make_pdf  # noqa: E402

WORDS = ("informationssäkerhet|förvaltningsövergripande|digitaliseringsarbetet|kommunstyrelsen|ansvar|"
         "uppföljning|verksamhetsområden|säkerhetsskyddsanalys|tillgänglighet|personuppgifter|"
         "nämnderna|årligen|återrapportering|överenskommelse|IT-chef|e-tjänster|beslut|mål|"
         "invånare|åtgärder|behörighetsadministration|systemförvaltning|ändamålsenligt|"
         "kommunikations- och samverkansrutiner|styrdokument|riktlinjer").split("|")
UNITS = ["kommunstyrelsen", "nämnderna", "digitaliseringsavdelningen", "IT-chefen", "systemägaren"]
DELEGATES = ["IT-chef", "Kommundirektör", "Systemägare", "Förvaltningschef", "Ekonomichef"]
TOKEN = re.compile(r"[\wåäöÅÄÖ-]+")


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    words.insert(rng.randrange(len(words)), rng.choice(UNITS))
    return " ".join(words).capitalize() + "."


def make_corpus(folder: Path, n: int, rng: random.Random) -> list[tuple[Path, list[str]]]:
    """Write n PDFs; returns each path with the body texts that were laid out."""
    corpus = []
    for i in range(n):
        sections = rng.choice([1, 2, 3, 5, 8, 12, 20, 30])
        content = [("title", "Riktlinjer för informationssäkerhet i Västby kommun"),
                   ("p", f"Antagen av kommunfullmäktige 20{rng.randint(10, 23)}-0{rng.randint(1, 9)}-12, § 1{i}")]
        for s in range(1, sections + 1):
            content.append(("h1", f"{s} Avsnitt om ansvar och åtaganden {s}"))
            for _ in range(4):
                content.append(("p", " ".join(sentence(rng) for _ in range(5))))
            if s % 3 == 0:
                rows = [["Ärende", "Delegat", "Lagrum", "Anmärkning"]]
                rows += [[" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6))).capitalize(),
                          rng.choice(DELEGATES), "KL 6:37", "Anmäls till nämnden"] for _ in range(5)]
                content.append(("table", rows))
        path = make_pdf(folder / f"doc{i:03d}.pdf", content, header="Styrdokument — Riktlinjer",
                        footer="Sida {page} ({pages})", font="dejavu" if i % 2 else "helvetica")
        texts = [item[1] if item[0] != "table" else " ".join(c for r in item[1] for c in r) for item in content]
        corpus.append((path, texts))
    return corpus


def pypdfium2_text(data: bytes) -> tuple[str, int]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    out = []
    for page in pdf:
        textpage = page.get_textpage()
        out.append(textpage.get_text_range())
        textpage.close()
        page.close()
    count = len(pdf)
    pdf.close()
    return "\n".join(out), count


def pypdf_text(data: bytes) -> tuple[str, int]:
    import io

    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages), len(reader.pages)


def pdfminer_text(data: bytes) -> tuple[str, int]:
    import io

    from pdfminer.high_level import extract_text

    text = extract_text(io.BytesIO(data))
    return text, text.count("\f") or 1


def govcheck_text(data: bytes, path: Path) -> tuple[str, int]:
    from govcheck.readers import read_raw

    raw = read_raw(path)
    parts = [b.text if b.kind != "table" else " ".join(c for r in b.rows for c in r) for b in raw.blocks]
    return "\n".join(parts), int(raw.properties["pages"])


def cpu_seconds() -> float:
    """CPU time of this process plus govcheck's PDF worker (read from /proc; Linux only)."""
    from govcheck.readers import pdf_worker

    total = time.process_time()
    proc = pdf_worker._child.get("proc")
    if proc is not None:
        try:
            fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            pass
    return total


def quality(source_texts: list[str], output: str) -> dict[str, float]:
    source = [w for text in source_texts for w in TOKEN.findall(text)]
    out = TOKEN.findall(output.replace("\ufffe", "-"))
    src_count, out_count = Counter(source), Counter(out)
    found = sum(min(n, out_count[w]) for w, n in src_count.items())
    pairs = Counter(zip(source, source[1:]))
    out_pairs = Counter(zip(out, out[1:]))
    ordered = sum(min(n, out_pairs[p]) for p, n in pairs.items())
    letters = sum(len(re.findall("[åäöÅÄÖ]", text)) for text in source_texts)
    vocabulary = set(src_count)
    glued = sum(n for w, n in out_count.items() if w not in vocabulary and _is_glued(w, vocabulary))
    return {"recall": found / len(source), "order": ordered / max(1, sum(pairs.values())),
            "åäö": len(re.findall("[åäöÅÄÖ]", output)) / max(1, letters), "glued": 1000 * glued / len(source)}


def _is_glued(word: str, vocabulary: set[str]) -> bool:
    return any(word[:k] in vocabulary and word[k:] in vocabulary for k in range(2, len(word) - 1))


def hyphen_recovery(corpus, texts_by_path: dict[Path, str]) -> float:
    """Share of long words (the ones make_pdf may split) that come out whole."""
    long_words = Counter(w for _, texts in corpus for t in texts for w in TOKEN.findall(t) if len(w) >= 10)
    out = Counter(w for text in texts_by_path.values() for w in TOKEN.findall(text))
    return sum(min(n, out[w]) for w, n in long_words.items()) / max(1, sum(long_words.values()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=40, help="number of documents")
    ap.add_argument("--passes", type=int, default=2, help="timing passes (interleaved)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    extractors = {"pypdfium2 get_text_range": lambda d, p: pypdfium2_text(d),
                  "pypdf extract_text": lambda d, p: pypdf_text(d)}
    if importlib.util.find_spec("pdfminer"):
        extractors["pdfminer.six extract_text"] = lambda d, p: pdfminer_text(d)
    else:
        print("pdfminer.six is not installed: skipped")
    extractors["govcheck read_raw (worker + layout)"] = govcheck_text
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="govcheck-bench-pdf-") as tmp:
        corpus = make_corpus(Path(tmp), args.n, rng)
        blobs = [(path, path.read_bytes(), texts) for path, texts in corpus]
        size = sum(len(b) for _, b, _ in blobs)
        govcheck_text(blobs[0][1], blobs[0][0])  # start the worker outside the timing
        seconds: Counter[str] = Counter()
        cpu: Counter[str] = Counter()
        pages: Counter[str] = Counter()
        outputs: dict[str, dict[Path, str]] = {name: {} for name in extractors}
        for run in range(args.passes):
            for k, (path, data, _) in enumerate(blobs):
                names = list(extractors)
                names = names[(k + run) % len(names):] + names[:(k + run) % len(names)]  # rotate order
                for name in names:
                    t, c = time.perf_counter(), cpu_seconds()
                    text, count = extractors[name](data, path)
                    seconds[name] += time.perf_counter() - t
                    cpu[name] += cpu_seconds() - c
                    pages[name] += count
                    outputs[name][path] = text
    total_pages = pages[next(iter(extractors))] // args.passes
    print(f"documents: {args.n}, pages: {total_pages}, {size / 1e6:.1f} MB, passes: {args.passes}\n")
    print("| extractor | wall s | pages/s wall | pages/s CPU | recall | order | åäö | glued /1000 | long words whole |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in extractors:
        q = Counter()
        for path, _, texts in blobs:
            for key, value in quality(texts, outputs[name][path]).items():
                q[key] += value / len(blobs)
        rate, cpu_rate = pages[name] / seconds[name], pages[name] / max(cpu[name], 1e-9)
        print(f"| {name} | {seconds[name] / args.passes:.2f} | {rate:.0f} | {cpu_rate:.0f} | {q['recall']:.3f} | "
              f"{q['order']:.3f} | {q['åäö']:.3f} | {q['glued']:.1f} | "
              f"{hyphen_recovery(corpus, outputs[name]):.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

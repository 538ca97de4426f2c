"""PDF text extraction in a separate, memory-capped process.

pypdfium2 is about 6x faster than pypdf, but pdfium aborts the whole process on some hostile
files (a Flate bomb: SIGABRT that Python cannot catch; research/perf-security.md B5). So the
extraction runs here, in a child process with RLIMIT_AS, and the parent enforces a timeout.
One child serves many documents (starting Python and pdfium costs ~0.15 s); after a crash
or timeout the next request starts a fresh one.

Run as a script by path (``python -I pdf_worker.py MEMORY``), never as ``-m govcheck...``:
the child imports only the standard library and pypdfium2, which keeps it small and fast to
start. The parent side (``extract``) lives here too so that both ends of the protocol are in
one place: request ``>QII`` (data length, page cap, character cap) + the PDF bytes; reply
``>Q`` + JSON, either {"ok": {...}} or {"error": [code, detail]}.
"""

from __future__ import annotations

import atexit
import ctypes
import json
import os
import re
import selectors
import signal
import struct
import subprocess
import sys
import threading
import time
from contextlib import suppress

REQUEST = struct.Struct(">QII")
REPLY = struct.Struct(">Q")
BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|extrabold|fett", re.I)
FORCE_BOLD = 1 << 18
HYPHEN_MARK = "\ufffe"  # pdfium's text for a hyphen that joins a word split at a line end
MIN_CELL_GAP, CELL_GAP_EM = 6.0, 0.8  # a gap this wide (points, and ems) within a line splits cells
RECYCLE_AFTER = 200  # documents per child, bounding slow leaks in a long run


class WorkerFailure(Exception):
    """Extraction failed; ``code`` is a ReadError reason code."""

    def __init__(self, code: str, detail: str):
        super().__init__(f"{code}: {detail}")
        self.code, self.detail = code, detail


# --- parent side ---------------------------------------------------------------------------

_lock = threading.Lock()
_child: dict = {}  # {"proc", "pid" (of the parent that started it), "memory", "served"}


def extract(data: bytes, *, max_pages: int, max_chars: int, timeout: float, memory: int) -> dict:
    """Pages of lines and the metadata of one PDF, from the child; raises WorkerFailure."""
    with _lock:
        try:
            proc = _ensure_child(memory)
        except OSError as exc:
            raise WorkerFailure("pdf-crash", f"could not start the PDF extraction process ({exc})") from None
        try:
            proc.stdin.write(REQUEST.pack(len(data), max_pages, max_chars))
            proc.stdin.write(data)
            proc.stdin.flush()
            reply = _read_reply(proc, time.monotonic() + timeout)
        except _Timeout:
            _stop_child()
            raise WorkerFailure("timeout", f"text extraction took longer than {timeout:g} s") from None
        except (OSError, EOFError, ValueError):  # the child died, or sent garbage
            try:
                code = proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                code = None
            _stop_child()
            raise WorkerFailure("pdf-crash", _crash_detail(code)) from None
        except BaseException:  # the caller's own time bound, or Ctrl-C: the reply still on its way
            _stop_child()  # must never be read as the answer to the next request
            raise
        _child["served"] += 1
        if _child["served"] >= RECYCLE_AFTER:
            _stop_child()
    if "error" in reply:
        raise WorkerFailure(*reply["error"])
    return reply["ok"]


class _Timeout(Exception):
    """Raised by the alarm when one PDF takes longer than its time bound."""


def _ensure_child(memory: int) -> subprocess.Popen:
    proc = _child.get("proc")
    if proc is not None and (_child["pid"] != os.getpid() or _child["memory"] != memory or proc.poll() is not None):
        if _child["pid"] == os.getpid():
            _stop_child()
        _child.clear()  # a forked copy of our parent's child is not ours to use
        proc = None
    if proc is None:
        proc = subprocess.Popen(
            [sys.executable, "-I", os.path.abspath(__file__), str(memory), str(os.getpid())],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        _child.update(proc=proc, pid=os.getpid(), memory=memory, served=0)
    return proc


@atexit.register
def _shutdown() -> None:
    """Let the child see end of input and exit, rather than leave it to the garbage collector."""
    proc = _child.get("proc")
    if proc is not None and _child.get("pid") == os.getpid():
        try:
            proc.stdin.close()
            proc.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            pass
        _stop_child()


def _stop_child() -> None:
    proc = _child.pop("proc", None)
    if proc is not None:
        proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            try:
                stream.close()
            except OSError:
                pass
    _child.clear()


def _read_reply(proc: subprocess.Popen, deadline: float) -> dict:
    fd = proc.stdout.fileno()
    head = _read_exactly(fd, REPLY.size, deadline)
    (size,) = REPLY.unpack(head)
    return json.loads(_read_exactly(fd, size, deadline))


def _read_exactly(fd: int, size: int, deadline: float) -> bytes:
    chunks, remaining = [], size
    with selectors.DefaultSelector() as sel:
        sel.register(fd, selectors.EVENT_READ)
        while remaining:
            left = deadline - time.monotonic()
            if left <= 0 or not sel.select(left):
                raise _Timeout
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            remaining -= len(chunk)
    return b"".join(chunks)


def _crash_detail(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"the PDF library crashed on this file ({name}); it may be malformed or hostile"
    return f"the PDF extraction process stopped unexpectedly (exit code {code})"


# --- child side ----------------------------------------------------------------------------

def main(memory: int, parent: int | None = None) -> None:
    import resource

    die_with(parent)
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    stdin = sys.stdin.buffer
    stdout = os.fdopen(os.dup(1), "wb")  # the protocol's own channel; anything the library
    os.dup2(2, 1)  # prints to standard output goes where standard error goes (nowhere)
    while True:
        head = stdin.read(REQUEST.size)
        if len(head) < REQUEST.size:
            return  # the parent closed the pipe
        size, max_pages, max_chars = REQUEST.unpack(head)
        data = stdin.read(size)
        try:
            reply = {"ok": read_pdf_lines(data, max_pages, max_chars)}
        except WorkerFailure as exc:
            reply = {"error": [exc.code, exc.detail]}
        except MemoryError:
            reply = {"error": ["too-much-content", "ran out of memory while extracting text"]}
        except Exception as exc:  # a bug met on one file: report it, keep serving
            reply = {"error": ["internal-error", f"PDF extraction failed ({type(exc).__name__}: {exc})"]}
        body = json.dumps(reply, ensure_ascii=False).encode("utf-8")
        stdout.write(REPLY.pack(len(body)) + body)
        stdout.flush()


def die_with(parent: int | None) -> None:
    """End when the process that started this one ends, even in the middle of a document.

    The end of input says so only between documents, and the time bound is kept by that
    process: a worker killed for its own time bound, or by the out-of-memory killer, would
    leave this one working on (or looping in) a hostile PDF for ever. On Linux the kernel
    sends SIGKILL (PR_SET_PDEATHSIG); elsewhere the end of input must do. ``parallel``'s
    reading workers call it too (this module imports only the standard library)."""
    if sys.platform.startswith("linux"):
        with suppress(OSError, AttributeError):  # no libc to ask: the end of input must do
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
    if parent is not None and os.getppid() != parent:  # it ended before the line above took effect
        os._exit(0)


def read_pdf_lines(data: bytes, max_pages: int, max_chars: int) -> dict:
    """{"pages": [[left, bottom, right, top, chars, lines], ...], "metadata": {...}, "count": n}.

    A line is [text, x0, x1, baseline, size, bold, hyphen_end, first_word_x1, cells], where
    cells is None or [[offset, x0], ...] for a line with wide gaps (a table row).
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise _open_failure(exc) from None
    try:
        count = len(pdf)
        if count > max_pages:
            raise WorkerFailure("too-much-content", f"{count} pages; the limit is {max_pages}")
        metadata = pdf.get_metadata_dict(skip_empty=True)
        pages, total = [], 0
        for index in range(count):
            try:
                page = pdf[index]
            except pdfium.PdfiumError as exc:
                raise WorkerFailure("corrupt-pdf", f"page {index + 1} cannot be loaded ({exc})") from None
            try:
                pages.append(_page(page))
            finally:
                page.close()
            total += sum(len(line[0]) for line in pages[-1][5])
            if total > max_chars:
                raise WorkerFailure("too-much-content", f"more than {max_chars} characters of text")
        return {"pages": pages, "metadata": metadata, "count": count}
    finally:
        pdf.close()


def _open_failure(exc: Exception) -> WorkerFailure:
    import pypdfium2.raw as c

    code = getattr(exc, "err_code", None)
    if code in (c.FPDF_ERR_PASSWORD, c.FPDF_ERR_SECURITY):
        return WorkerFailure("encrypted", "the PDF is password-protected; it cannot be read without the password")
    return WorkerFailure("corrupt-pdf", f"not a readable PDF ({exc})")


def _page(page) -> list:
    import pypdfium2.raw as c

    left, bottom, right, top = page.get_bbox()
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        lines = _lines(textpage.raw, text, len(text) != textpage.count_chars(), c)
    finally:
        textpage.close()
    chars = sum(map(len, text.replace(HYPHEN_MARK, " ").split()))
    return [left, bottom, right, top, chars, lines]


class _Pdfium:
    """Untyped handles on the pdfium text functions that run once per line or glyph.

    pypdfium2's bindings convert and check every argument, which costs about three times the
    call itself; these take arguments already in C form (a c_void_p text page, Python ints for
    ``int`` indices, ``byref`` pointers), so every call here must pass exactly those.
    """

    def __init__(self, c):
        def untyped(function, restype=ctypes.c_int):
            handle = type(function)(ctypes.cast(function, ctypes.c_void_p).value)  # same calling convention
            handle.restype = restype
            return handle

        self.char_box = untyped(c.FPDFText_GetCharBox)
        self.char_origin = untyped(c.FPDFText_GetCharOrigin)
        self.font_size = untyped(c.FPDFText_GetFontSize, ctypes.c_double)
        self.font_info = untyped(c.FPDFText_GetFontInfo, ctypes.c_ulong)
        self.font_weight = untyped(c.FPDFText_GetFontWeight)
        self.count_rects = untyped(c.FPDFText_CountRects)
        self.rect = untyped(c.FPDFText_GetRect)
        self.char_index = untyped(c.FPDFText_GetCharIndexFromTextIndex)


_pdfium: list = []  # the one _Pdfium, made on first use
_LINE = re.compile(r"[^\r\n\ufffe]+(\ufffe?)")
_UNSEEN = object()


def _lines(tp, text: str, remap: bool, c) -> list:
    """Split pdfium's text at its line breaks (CRLF, and the hyphen mark that joins a word
    split over two lines) and measure each line at a few characters only: asking pdfium
    about every character would make extraction about five times slower.

    The measuring calls, their order and the buffers they fill are kept as they are: a call
    that fails leaves its buffer as the previous call filled it, so reordering them could
    change the output. Index lookups (char_index) fill no buffer and may come earlier.
    """
    if not _pdfium:
        _pdfium.append(_Pdfium(c))
    f = _pdfium[0]
    tp = ctypes.c_void_p(ctypes.cast(tp, ctypes.c_void_p).value)
    box = [ctypes.c_double() for _ in range(4)]  # shared by char_box and rect
    refs = [ctypes.byref(v) for v in box]
    r0, r1, r2, r3 = refs
    left_of, right_of = box[0], box[1]
    ox, oy = ctypes.c_double(), ctypes.c_double()
    origin_x, origin_y = ctypes.byref(ox), ctypes.byref(oy)
    name = ctypes.create_string_buffer(128)
    name_size = ctypes.c_ulong(len(name))
    flags = ctypes.c_int()
    flags_ref = ctypes.byref(flags)
    char_box, char_origin, font_size, char_index = f.char_box, f.char_origin, f.font_size, f.char_index
    font_info, font_weight = f.font_info, f.font_weight
    styles: dict[tuple[bytes, int], bool | None] = {}

    def bold(ci: int) -> bool:
        """From the font's name ("…-Bold", "…,Bold") or flags; its weight only for plain names."""
        font_info(tp, ci, name, name_size, flags_ref)
        key = (name.value, flags.value)
        found = styles.get(key, _UNSEEN)
        if found is _UNSEEN:
            font = key[0].decode("latin-1")
            named = bool(BOLD_FONT.search(font)) or bool(key[1] & FORCE_BOLD)
            found = styles[key] = named or (None if not re.search(r"[-,]", font) else False)
        return font_weight(tp, ci) >= 600 if found is None else found

    out = []
    for match in _LINE.finditer(text):
        body = match.group(0)
        hyphen = bool(match.group(1))
        if hyphen:
            body = body[:-1]
        stripped = body.strip()
        if not stripped:
            continue
        first = match.start() + len(body) - len(body.lstrip())
        last = first + len(stripped) - 1
        end = match.end() - 1 if hyphen else last
        space = stripped.find(" ")
        if remap:
            ci_first, ci_last, ci_end = char_index(tp, first), char_index(tp, last), char_index(tp, end)
            ci_word = char_index(tp, first + space - 1) if space > 0 else 0
        else:
            ci_first, ci_last, ci_end, ci_word = first, last, end, first + space - 1
        char_origin(tp, ci_first, origin_x, origin_y)
        x0 = ox.value
        char_box(tp, ci_end, r0, r1, r2, r3)
        x1 = right_of.value
        size = font_size(tp, ci_first)
        if not stripped[0].isalnum():  # a bullet or dash in a symbol font: size the text
            size = max(size, font_size(tp, ci_last))
        if space > 0:
            char_box(tp, ci_word, r0, r1, r2, r3)
            word_x1 = right_of.value
        else:
            word_x1 = x1
        is_bold = bold(ci_first) and (last == first or bold(ci_last))
        gapped = _has_wide_gap(tp, ci_first, ci_last, size, f, box, refs)
        cells = _cells(stripped, first, size, tp, f, box, refs, remap) if gapped else None
        out.append([stripped, round(x0, 2), round(x1, 2), round(oy.value, 2), round(size, 2),
                    is_bold, hyphen, round(word_x1, 2), cells])
    return out


def _has_wide_gap(tp, first: int, last: int, size: float, f, box, refs) -> bool:
    """Whether pdfium's text rectangles for a line (one per run of text) leave a wide gap.

    Cheap (usually one call per line), so only lines that pass it are measured per glyph.
    """
    count = f.count_rects(tp, first, last - first + 1)
    if count < 2:
        return False
    spans = []
    rect, (r0, r1, r2, r3), (left, _, right, _) = f.rect, refs, box
    for k in range(count):
        rect(tp, k, r0, r1, r2, r3)  # fills left, top, right, bottom
        spans.append((left.value, right.value))
    spans.sort()
    threshold = max(MIN_CELL_GAP, CELL_GAP_EM * size)
    return any(b[0] - a[1] >= threshold for a, b in zip(spans, spans[1:]))


def _cells(line: str, start: int, size: float, tp, f, box, refs, remap: bool) -> list | None:
    """Offsets and left edges of the parts of a line separated by wide gaps (table cells).

    Every glyph is measured: pdfium does not always put a space between two cells. This loop
    runs for most glyphs of a table-heavy document, hence its plain, inlined form.
    """
    threshold = max(MIN_CELL_GAP, CELL_GAP_EM * size)
    char_box = f.char_box
    r0, r1, r2, r3 = refs
    left_of, right_of = box[0], box[1]
    offsets = [k for k, ch in enumerate(line) if ch != " "]  # never empty: the line is stripped
    if remap:
        indices = [f.char_index(tp, start + k) for k in offsets]
    else:
        indices = [start + k for k in offsets]
    char_box(tp, indices[0], r0, r1, r2, r3)
    cells = [[offsets[0], round(left_of.value, 2)]]
    right = right_of.value
    for k, index in zip(offsets[1:], indices[1:]):
        char_box(tp, index, r0, r1, r2, r3)
        left = left_of.value
        if left - right >= threshold:
            cells.append([k, round(left, 2)])
        right = right_of.value
    return cells if len(cells) > 1 else None


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else None)

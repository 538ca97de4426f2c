"""Resource bounds for reading untrusted documents (see SPEC §6 and research/perf-security.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 100 * 1024 * 1024
    max_zip_members: int = 2000
    max_zip_total_bytes: int = 300 * 1024 * 1024
    max_member_bytes: int = 50 * 1024 * 1024
    max_compression_ratio: float = 200.0
    max_blocks: int = 200_000
    max_text_chars: int = 20_000_000
    max_yaml_bytes: int = 1024 * 1024
    max_pdf_pages: int = 2000
    pdf_timeout_s: float = 60.0  # per PDF, for text extraction in the isolated worker
    pdf_memory_bytes: int = 2 * 1024 * 1024 * 1024  # RLIMIT_AS of that worker
    doc_timeout_s: float = 120.0  # per document read in load_corpus; past it: unreadable, reason "timeout"


DEFAULT_LIMITS = Limits()

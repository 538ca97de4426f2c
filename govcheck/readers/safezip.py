"""Opening zip containers (docx, later odt) without trusting their headers.

A 6 MB .docx can declare a 2 GB document.xml (research/perf-security.md, B2). Everything is
checked from the central directory before any member is decompressed, and every read is
capped, which still holds when a header lies (CPython then fails on the CRC).
"""

from __future__ import annotations

import io
import struct
import zipfile

from govcheck.errors import ReadError
from govcheck.limits import DEFAULT_LIMITS, Limits

# Below this size a member cannot be a bomb, and tiny members can compress very well.
RATIO_FLOOR_BYTES = 1024 * 1024
# Bytes of central directory allowed per permitted member (46-byte record plus a long name).
DIRECTORY_BYTES_PER_MEMBER = 1024


def open_zip(data: bytes, document: str, limits: Limits = DEFAULT_LIMITS) -> zipfile.ZipFile:
    """Open a zip held in memory and vet every member's declared sizes before any is read."""
    _check_directory_size(data, document, limits)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        members = zf.infolist()
    except MemoryError:
        raise
    except Exception as exc:  # BadZipFile, struct.error, ValueError, OverflowError …
        raise ReadError(document, "corrupt-zip", f"not a readable zip archive ({exc})") from None
    unsafe = _unsafe_reason(members, limits)
    if unsafe:
        raise ReadError(document, "unsafe-archive", unsafe)
    return zf


def member_names(data: bytes) -> set[str] | None:
    """Names in a zip (default limits), or None when it cannot be opened safely; for sniffing."""
    try:
        return set(open_zip(data, "", DEFAULT_LIMITS).namelist())
    except ReadError:
        return None


def read_member(zf: zipfile.ZipFile, name: str, document: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Read one member, never more than ``limits.max_member_bytes`` even if its header lies."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise ReadError(document, "missing-part", f"the archive has no {name}") from None
    cap = limits.max_member_bytes
    if info.file_size > cap:
        raise ReadError(document, "unsafe-archive", f"{name} declares {info.file_size} bytes; the limit is {cap}")
    if info.flag_bits & 0x1:
        raise ReadError(document, "unsupported-format", f"{name} is encrypted")
    try:
        with zf.open(info) as fh:
            content = fh.read(cap + 1)
    except MemoryError:
        raise
    except NotImplementedError as exc:
        raise ReadError(document, "unsupported-format", f"{name}: {exc}") from None
    except Exception as exc:  # BadZipFile (bad CRC), zlib.error, EOFError …
        raise ReadError(document, "corrupt-zip", f"{name}: {exc}") from None
    if len(content) > cap:
        raise ReadError(document, "unsafe-archive", f"{name} is larger than {cap} bytes")
    return content


def _unsafe_reason(members: list[zipfile.ZipInfo], limits: Limits) -> str | None:
    if len(members) > limits.max_zip_members:
        return f"{len(members)} members; the limit is {limits.max_zip_members}"
    total = sum(m.file_size for m in members)
    if total > limits.max_zip_total_bytes:
        return f"declared uncompressed size {total} bytes; the limit is {limits.max_zip_total_bytes}"
    for m in members:
        if m.file_size > limits.max_member_bytes:
            return f"{m.filename} declares {m.file_size} bytes; the limit is {limits.max_member_bytes}"
        if m.file_size > RATIO_FLOOR_BYTES:
            ratio = m.file_size / m.compress_size if m.compress_size else float("inf")
            if ratio > limits.max_compression_ratio:
                return f"{m.filename} compresses {ratio:.0f}:1; the limit is {limits.max_compression_ratio:.0f}:1"
    return None


def _check_directory_size(data: bytes, document: str, limits: Limits) -> None:
    """Refuse a huge central directory before zipfile builds an object per entry."""
    found = _central_directory(data)
    if found is None:
        return  # zipfile will report what is wrong
    count, size = found
    if count > limits.max_zip_members or size > limits.max_zip_members * DIRECTORY_BYTES_PER_MEMBER:
        raise ReadError(document, "unsafe-archive", f"central directory of {count} entries, {size} bytes")


def _central_directory(data: bytes) -> tuple[int, int] | None:
    """(entry count, directory size) from the end record, following zip64 when present."""
    pos = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 0xFFFF))
    if pos < 0 or pos + 22 > len(data):
        return None
    count, size = struct.unpack_from("<HI", data, pos + 10)
    locator = pos - 20
    if (count == 0xFFFF or size == 0xFFFFFFFF) and locator >= 0 and data[locator:locator + 4] == b"PK\x06\x07":
        (offset,) = struct.unpack_from("<Q", data, locator + 8)
        if offset + 56 <= len(data) and data[offset:offset + 4] == b"PK\x06\x06":
            count, size = struct.unpack_from("<QQ", data, offset + 32)
    return count, size

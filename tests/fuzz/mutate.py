"""Seeded mutations of document bytes, for the mutation fuzzer (tests/fuzz/test_mutations.py).

A case is planned from its seed and index alone (``plan``): which source document and which
kind of mutation. ``Case.apply`` then draws the mutation's details (offsets, bits, members)
from the same generator, so a case is reproduced from (seed, index) whatever the number of
cases, and its ``description`` says exactly what was done to the bytes.

Byte mutations work on any format; zip mutations take a .docx/.odt apart and re-zip it with
one member deleted, one member's XML broken, or one member's compression changed, so the
reader gets past the zip layer and meets broken parts, not only CRC errors. HTML, Akoma Ntoso
and Markdown get their markup broken the same way, in place, and text formats get one ISO
date replaced by an extreme or impossible one (year 1 or 9999, 29 February 2023), as a
register's "9999-12-31" for "until further notice" would be.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

BYTE_KINDS = ("bitflip", "overwrite", "truncate")
ZIP_KINDS = ("delete-member", "corrupt-xml", "swap-compression")
TEXT_KINDS = ("corrupt-markup", "extreme-date")
# Mutations for some formats only, by suffix: markup gets broken as a zip's XML members do.
FORMAT_KINDS = {".docx": ZIP_KINDS, ".odt": ZIP_KINDS, ".html": TEXT_KINDS, ".xml": TEXT_KINDS, ".md": TEXT_KINDS,
                ".txt": ("extreme-date",)}
ISO_DATE = re.compile(rb"\b\d{4}-\d\d-\d\d\b")
# Dates at and past the ends of what datetime.date holds, and days that do not exist.
EXTREME_DATES = (b"0001-01-01", b"9999-12-31", b"0000-00-00", b"2023-02-29", b"1899-12-31", b"2100-01-01",
                 b"99999-01-01", b"2024-13-45")
COMPRESSION = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflated",
               zipfile.ZIP_BZIP2: "bzip2", zipfile.ZIP_LZMA: "lzma"}
MAIN_PARTS = ("word/document.xml", "content.xml")
TAG = re.compile(rb"<[^<>!?]{1,200}>")
# Garbage that means something to an XML or HTML parser, besides random bytes.
GARBAGE = (b"<", b"&", b"&nosuch;", b"]]>", b"\x00", b"\xff\xfe", b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
           b"</w:body>", b"<text:p>", b"<?xml version='1.0'?>", b'"', b"\xc3", b"<a b='1' b='2'/>")


@dataclass(frozen=True)
class Mutant:
    data: bytes
    description: str


@dataclass(frozen=True)
class Case:
    """One planned mutation: ``source`` is a key of the sources mapping, ``kind`` a mutation."""

    seed: int
    index: int | str
    source: str
    kind: str

    @property
    def id(self) -> str:
        return f"{self.seed}-{self.index}-{self.source}-{self.kind}"

    def rng(self) -> random.Random:
        return random.Random(f"{self.seed}/{self.index}")

    def apply(self, data: bytes) -> Mutant:
        rng = self.rng()
        _plan_draws(rng)  # the draws plan() made, so details follow from (seed, index) alone
        description = f"seed {self.seed} case {self.index}: {self.source}: "
        mutant = MUTATIONS[self.kind](data, rng)
        return Mutant(mutant.data, description + mutant.description)


def plan(seed: int, index: int | str, groups: Sequence[Sequence[str]]) -> Case:
    """The source and mutation kind of case ``index``: a group (list a group twice to weight
    it), a source in it, and a mutation kind that fits the source's format."""
    pick_group, pick_source, pick_kind = _plan_draws(random.Random(f"{seed}/{index}"))
    group = groups[int(pick_group * len(groups))]
    source = group[int(pick_source * len(group))]
    kinds = BYTE_KINDS + FORMAT_KINDS.get(Path(source).suffix, ())
    return Case(seed, index, source, kinds[int(pick_kind * len(kinds))])


def _plan_draws(rng: random.Random) -> tuple[float, float, float]:
    return rng.random(), rng.random(), rng.random()


# --- byte mutations ---------------------------------------------------------------------------

def bitflip(data: bytes, rng: random.Random) -> Mutant:
    out = bytearray(data)
    flips = sorted((rng.randrange(len(out)), rng.randrange(8)) for _ in range(rng.randint(1, 8)))
    for offset, bit in flips:
        out[offset] ^= 1 << bit
    return Mutant(bytes(out), "flip bits " + ", ".join(f"{offset}.{bit}" for offset, bit in flips))


def overwrite(data: bytes, rng: random.Random) -> Mutant:
    start = rng.randrange(len(data))
    length = min(rng.choice((1, 4, 16, 64, 512)), len(data) - start)
    fill = rng.choice(("zeros", "ones", "random"))
    patch = {"zeros": b"\0" * length, "ones": b"\xff" * length}.get(fill) or rng.randbytes(length)
    return Mutant(data[:start] + patch + data[start + length:], f"overwrite {length} bytes at {start} with {fill}")


def truncate(data: bytes, rng: random.Random) -> Mutant:
    end = rng.randrange(1, len(data))
    return Mutant(data[:end], f"truncate to {end} of {len(data)} bytes")


# --- zip mutations ----------------------------------------------------------------------------

def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def _rezip(members: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    """The members in their order, each with its own compression (a new ZipInfo per member)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for info, content in members:
            fresh = zipfile.ZipInfo(info.filename, info.date_time)
            fresh.compress_type = info.compress_type
            fresh.external_attr = info.external_attr
            zf.writestr(fresh, content)
    return buffer.getvalue()


def _pick_member(members: list[tuple[zipfile.ZipInfo, bytes]], rng: random.Random, xml_only: bool = False) -> int:
    """Half of the picks go to the main content part, where breakage matters most."""
    indices = [i for i, (info, _) in enumerate(members)
               if not xml_only or info.filename.endswith((".xml", ".rels"))]
    main = [i for i in indices if members[i][0].filename in MAIN_PARTS]
    return rng.choice(main) if main and rng.random() < 0.5 else rng.choice(indices)


def delete_member(data: bytes, rng: random.Random) -> Mutant:
    members = _members(data)
    index = _pick_member(members, rng)
    name = members[index][0].filename
    return Mutant(_rezip(members[:index] + members[index + 1:]), f"delete member {name}")


def corrupt_xml(data: bytes, rng: random.Random) -> Mutant:
    members = _members(data)
    index = _pick_member(members, rng, xml_only=True)
    info, xml = members[index]
    broken = corrupt_markup(xml, rng)
    members[index] = (info, broken.data)
    return Mutant(_rezip(members), f"{info.filename}: {broken.description}")


def corrupt_markup(xml: bytes, rng: random.Random) -> Mutant:
    """Cut the markup short, insert garbage that means something to a parser, or repeat a tag."""
    how = rng.choice(("truncate", "garbage", "duplicate-tag"))
    if how == "truncate":
        at = rng.randrange(len(xml))
        return Mutant(xml[:at], f"markup truncated to {at} bytes")
    if how == "garbage":
        at = rng.randrange(len(xml) + 1)
        junk = rng.choice(GARBAGE) if rng.random() < 0.7 else rng.randbytes(rng.randint(1, 32))
        return Mutant(xml[:at] + junk + xml[at:], f"{junk!r} inserted at {at}")
    tags = list(TAG.finditer(xml)) or [re.match(rb"", xml)]  # no tag: an empty "tag" changes nothing
    tag = rng.choice(tags)
    return Mutant(xml[:tag.end()] + tag.group() + xml[tag.end():], f"tag {tag.group()[:60]!r} at {tag.start()} repeated")


def swap_compression(data: bytes, rng: random.Random) -> Mutant:
    members = _members(data)
    index = _pick_member(members, rng)
    info, content = members[index]
    new = rng.choice([method for method in COMPRESSION if method != info.compress_type])
    old_name = COMPRESSION.get(info.compress_type, str(info.compress_type))
    info.compress_type = new
    return Mutant(_rezip(members), f"{info.filename}: compression {old_name} -> {COMPRESSION[new]}")


def extreme_date(data: bytes, rng: random.Random) -> Mutant:
    """Replace one ISO date (in metadata, front matter or text) with an extreme or impossible one."""
    dates = list(ISO_DATE.finditer(data))
    if not dates:
        return bitflip(data, rng)
    return _replace_date(data, rng.choice(dates), rng.choice(EXTREME_DATES))


def each_date_replaced(data: bytes, new: bytes) -> list[Mutant]:
    """One mutant per ISO date in ``data``, that date replaced by ``new``."""
    return [_replace_date(data, date, new) for date in ISO_DATE.finditer(data)]


def _replace_date(data: bytes, date: re.Match, new: bytes) -> Mutant:
    return Mutant(data[:date.start()] + new + data[date.end():], f"date {date.group()!r} at {date.start()} -> {new!r}")


MUTATIONS = {
    "bitflip": bitflip, "overwrite": overwrite, "truncate": truncate,
    "delete-member": delete_member, "corrupt-xml": corrupt_xml, "swap-compression": swap_compression,
    "corrupt-markup": corrupt_markup, "extreme-date": extreme_date,
}


# --- what an outcome may be ---------------------------------------------------------------------

def documented_reasons(errors_md: Path) -> set[str]:
    """The reason codes in the table of docs/errors.md, the list scripts may rely on."""
    text = errors_md.read_text(encoding="utf-8")
    table = text.split("## Reason codes for unreadable documents", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([a-z-]+)` \|", table, re.M))

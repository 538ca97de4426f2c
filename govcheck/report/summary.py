"""The summary of a batch run: municipality × control verdicts as summary.csv and summary.html.

Both files are written row by row while the rows arrive, and only small counters are kept,
so a summary over three hundred municipalities needs no more memory than one over three.
The CSV is for spreadsheets and scripts: one row per workspace, one column per control (in
checklist order) holding the verdict code, RFC 4180 quoting, UTF-8. The HTML is for people:
the same matrix with coloured symbols, then per control how many municipalities fulfil it.
It is streamed through lxml's incremental writer, so every name is escaped by the
serialiser, never by hand (and a character XML cannot hold by report/builder.py).

A summary is complete or says that it is not. Both files are written as summary.partial.csv
and summary.partial.html and take their names only when the last workspace is in: a script
that reads summary.csv never gets the rows of a run that was stopped (Ctrl-C, an error) as
if they were all, and a summary.csv of an earlier run, which no longer matches the reports
being rewritten, is removed when the run starts writing. A stopped run leaves the partial
files: the CSV with the rows done (and no marker row, which a script would read as a
workspace), the HTML with the note "stopped after k of n workspaces" in place of the
per-control counts, which would count only part of them.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence
from urllib.parse import quote

from govcheck import __version__
from govcheck.model import Checklist, Text
from govcheck.report.builder import E
from govcheck.report.escape import for_terminal
from govcheck.report.text import MARK
from govcheck.report.words import VERDICT, tr, verdict_text

if TYPE_CHECKING:
    from govcheck.batch import WorkspaceRow

CSV_FILE = "summary.csv"
HTML_FILE = "summary.html"
PARTIAL = {CSV_FILE: "summary.partial.csv", HTML_FILE: "summary.partial.html"}  # while being written
ORDER = tuple(VERDICT)  # fulfilled … not_assessable
NO_REPORT = "no_report"  # the per-control count of workspaces that could not be checked

WORDS = {
    "title": ("Sammanställning per kommun", "Summary across municipalities"),
    "tool": ("Verktyg", "Tool"),
    "as_of": ("Per datum", "As of"),
    "own_as_of": ("varje arbetsytas eget (kolumnen Per datum)", "each workspace's own (column As of)"),
    "checklists": ("Checklistor", "Checklists"),
    "legend": ("Teckenförklaring", "Legend"),
    "waived_mark": ("* undantag (waivers.yaml)", "* waived (waivers.yaml)"),
    "matrix": ("Bedömning per kommun och kontroll", "Verdict per municipality and control"),
    "per_control": ("Per kontroll: antal kommuner", "Per control: number of municipalities"),
    "workspace": ("Arbetsyta", "Workspace"),
    "municipality": ("Kommun", "Municipality"),
    "documents": ("Dokument (lästa / olästa)", "Documents (read / unreadable)"),
    "id": ("Id", "Id"),
    "control": ("Kontroll", "Control"),
    "no_report": ("Ingen rapport", "No report"),
    "stopped": ("Körningen avbröts efter {0} av {1} arbetsytor: sammanställningen är ofullständig.",
                "The run was stopped after {0} of {1} workspaces: this summary is incomplete."),
    "error": ("kunde inte kontrolleras", "could not be checked"),
    "waived": ("undantag", "waived"),
    "unreadable": ("olästa", "unreadable"),
    "skipped": ("govcheck: ingen arbetsyta (varken govcheck.yaml eller documents/), hoppades över: {0}",
                "govcheck: not a workspace (neither govcheck.yaml nor documents/), skipped: {0}"),
    "totals": ("{0} kommuner: {1} med iakttagelser, {2} utan, {3} kunde inte kontrolleras",
               "{0} municipalities: {1} with findings, {2} without, {3} could not be checked"),
}

MATRIX_CSS = """
body{max-width:none}
table.matrix{width:auto}table.matrix td{white-space:nowrap}table.matrix thead th{vertical-align:bottom}
table.matrix th[data-control]{white-space:nowrap}
table.matrix tbody td:first-child{position:sticky;left:0;background:#fff}
table.matrix td.v{text-align:center;font-weight:700;min-width:1.6rem}
td.c-fulfilled{background:#dafbe1;color:var(--ok)}td.c-partially_fulfilled{background:#fff8c5;color:var(--part)}
td.c-not_fulfilled{background:#ffebe9;color:var(--bad)}td.c-not_assessable{background:#f6f8fa;color:var(--na)}
td.error{color:var(--bad);white-space:normal}
table.controls td.n,table.controls th.n{text-align:right}
p.stopped{color:var(--bad);font-weight:700}
"""


@dataclass(frozen=True)
class Column:
    """One control of the summary. ``label`` is its id, or ``checklist/id`` when two loaded
    checklists use the same control id."""

    checklist: str
    control: str
    label: str
    title: Text


def columns(checklists: Sequence[Checklist]) -> list[Column]:
    """The summary's control columns in checklist order."""
    seen = Counter(c.id for cl in checklists for c in cl.controls)
    return [Column(cl.id, c.id, c.id if seen[c.id] == 1 else f"{cl.id}/{c.id}", c.title)
            for cl in checklists for c in cl.controls]


def _w(key: str, lang: str, *args) -> str:
    sv, en = WORDS[key]
    return (sv if lang == "sv" else en).format(*args)


def _cell_text(value: str | None) -> str:
    """A free-text CSV cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    value = value or ""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def csv_header(cols: Sequence[Column]) -> list[str]:
    return ["workspace", "municipality", "as_of", "documents_read", "documents_unreadable",
            *[c.label for c in cols], *ORDER, "report", "error"]


def csv_row(row: "WorkspaceRow", cols: Sequence[Column]) -> list[str]:
    counts = row.counts()
    return [_cell_text(row.workspace), _cell_text(row.municipality), row.as_of.isoformat() if row.as_of else "",
            "" if row.error else str(row.read), "" if row.error else str(row.unreadable),
            *[row.verdicts.get((c.checklist, c.control), "") for c in cols],
            *["" if row.error else str(counts[v]) for v in ORDER],
            _cell_text(row.report.name) if row.report else "", _cell_text(row.error)]


def _badge(verdict: str, lang: str):
    return E.SPAN(f"{MARK[verdict]} {verdict_text(verdict, lang)}", E.CLASS(f"verdict v-{verdict}"),
                  {"data-verdict": verdict})


def _head(lang: str):
    from govcheck.report.html import CSS

    return E.HEAD(E.META(charset="utf-8"), E.META(name="viewport", content="width=device-width, initial-scale=1"),
                  E.TITLE(f"govcheck — {_w('title', lang)}"), E.STYLE(CSS + MATRIX_CSS))


def _header(checklists: Sequence[Checklist], as_of: dt.date | None, lang: str):
    rows = [(_w("as_of", lang), as_of.isoformat() if as_of else _w("own_as_of", lang)),
            (_w("tool", lang), f"govcheck {__version__}"),
            (_w("checklists", lang), ", ".join(f"{tr(cl.title, lang)} ({cl.id})" for cl in checklists))]
    legend = [x for v in ORDER for x in (_badge(v, lang), " ")] + [_w("waived_mark", lang)]
    rows.append((_w("legend", lang), legend))
    items = [x for k, v in rows for x in (E.DT(k), E.DD(*(v if isinstance(v, list) else [v])))]
    return E.HEADER(E.H1(_w("title", lang)), E.DL(E.CLASS("meta"), *items))


def _matrix_head(checklists: Sequence[Checklist], cols: Sequence[Column], lang: str):
    fixed = [E.TH(_w(k, lang), rowspan="2") for k in ("workspace", "municipality", "as_of", "documents")]
    groups = [E.TH(cl.id, colspan=str(len(cl.controls)), title=tr(cl.title, lang), **{"data-checklist": cl.id})
              for cl in checklists]
    ids = [E.TH(c.label, title=tr(c.title, lang), **{"data-control": c.label}) for c in cols]
    return E.THEAD(E.TR(*fixed, *groups), E.TR(*ids))


def _matrix_row(row: "WorkspaceRow", cols: Sequence[Column], lang: str):
    name = E.A(row.workspace, href=quote(row.report.name)) if row.report else row.workspace
    cells = [E.TD(name), E.TD(row.municipality or ""), E.TD(row.as_of.isoformat() if row.as_of else "")]
    if row.error:
        cells += [E.TD("—"), E.TD(f"{_w('error', lang)}: {row.error}", E.CLASS("error"), colspan=str(len(cols)))]
        return E.TR(*cells, {"data-workspace": row.workspace, "data-error": "true"})
    cells.append(E.TD(f"{row.read} / {row.unreadable}", E.CLASS("n")))
    for c in cols:
        verdict = row.verdicts.get((c.checklist, c.control))
        if verdict is None:
            cells.append(E.TD("—"))
            continue
        waived = (c.checklist, c.control) in row.waived
        title = f"{c.label}: {verdict_text(verdict, lang)}" + (f" ({_w('waived', lang)})" if waived else "")
        cells.append(E.TD(MARK[verdict] + ("*" if waived else ""), E.CLASS(f"v c-{verdict}"), title=title,
                          **{"data-verdict": verdict, "data-control": c.label}))
    return E.TR(*cells, {"data-workspace": row.workspace})


def _per_control(cols: Sequence[Column], counts: dict[str, Counter], lang: str):
    head = E.TR(E.TH(_w("id", lang)), E.TH(_w("control", lang)),
                *[E.TH(_badge(v, lang), E.CLASS("n")) for v in ORDER], E.TH(_w("no_report", lang), E.CLASS("n")))
    rows = [E.TR(E.TD(c.label, E.CLASS("id")), E.TD(tr(c.title, lang)),
                 *[E.TD(str(counts[c.label][v]), E.CLASS("n"), {"data-verdict": v}) for v in (*ORDER, NO_REPORT)],
                 {"data-control": c.label})
            for c in cols]
    return E.SECTION(E.H2(_w("per_control", lang)), E.TABLE(E.CLASS("controls"), E.THEAD(head), E.TBODY(*rows)),
                     id="per-control")


def _stopped(done: int, total: int | None, lang: str):
    return E.P(_w("stopped", lang, done, "?" if total is None else total), E.CLASS("stopped"),
               {"data-done": str(done), "data-total": "" if total is None else str(total)}, id="stopped")


def write(
    rows: Iterable["WorkspaceRow"],
    checklists: Sequence[Checklist],
    out: Path,
    lang: str,
    *,
    as_of: dt.date | None = None,
    total: int | None = None,
) -> dict[str, Counter]:
    """Write ``out``/summary.csv and ``out``/summary.html while consuming ``rows`` (``total``
    of them), under their partial names until the last row is in (see the module).

    Returns per control label how many workspaces got each verdict (``no_report``: the
    workspaces that could not be checked): the only state kept across rows.
    """
    from lxml import etree

    cols = columns(checklists)
    counts: dict[str, Counter] = {c.label: Counter() for c in cols}
    done = 0
    for name in (CSV_FILE, HTML_FILE):
        (out / name).unlink(missing_ok=True)
    with open(out / PARTIAL[CSV_FILE], "w", encoding="utf-8", newline="") as csv_fh, \
            open(out / PARTIAL[HTML_FILE], "wb") as html_fh, etree.htmlfile(html_fh, encoding="utf-8") as xf:
        table = csv.writer(csv_fh)
        table.writerow(csv_header(cols))
        xf.write_doctype("<!DOCTYPE html>")
        with xf.element("html", lang=lang):
            xf.write("\n", _head(lang), "\n")
            with xf.element("body"):
                xf.write("\n", _header(checklists, as_of, lang), "\n")
                with xf.element("main"):
                    try:
                        with xf.element("section", id="matrix"):
                            xf.write(E.H2(_w("matrix", lang)))
                            with xf.element("table", {"class": "matrix"}):
                                xf.write("\n", _matrix_head(checklists, cols, lang), "\n")
                                with xf.element("tbody"):
                                    for row in rows:
                                        table.writerow(csv_row(row, cols))
                                        csv_fh.flush()
                                        xf.write(_matrix_row(row, cols, lang), "\n")
                                        xf.flush()
                                        for c in cols:
                                            counts[c.label][NO_REPORT if row.error else
                                                            row.verdicts.get((c.checklist, c.control), NO_REPORT)] += 1
                                        done += 1
                    except BaseException:  # Ctrl-C or an error: the file says so, and keeps its partial name
                        xf.write("\n", _stopped(done, total, lang), "\n")
                        raise
                    xf.write("\n", _per_control(cols, counts, lang), "\n")
    for name in (CSV_FILE, HTML_FILE):
        os.replace(out / PARTIAL[name], out / name)
    return counts


def progress_line(done: int, total: int, row: "WorkspaceRow", lang: str) -> str:
    """One line for the terminal after each workspace: its counts, or why it could not be checked.

    A control character in a name or an error is shown as an escape, never run by the terminal.
    """
    name = row.workspace + (f" ({row.municipality})" if row.municipality else "")
    if row.error:
        line = f"[{done}/{total}] {name}: {_w('error', lang)}: {row.error}"
    else:
        counts = row.counts()
        verdicts = ", ".join(f"{verdict_text(v, lang).lower()} {counts[v]}" for v in ORDER)
        line = f"[{done}/{total}] {name}: {verdicts}; {_w('unreadable', lang)} {row.unreadable} → {row.report}"
    return for_terminal(line)


def totals_line(total: int, with_findings: int, errors: int, lang: str) -> str:
    return _w("totals", lang, total, with_findings, total - with_findings - errors, errors)


def skipped_line(folder: Path, lang: str) -> str:
    return for_terminal(_w("skipped", lang, folder))

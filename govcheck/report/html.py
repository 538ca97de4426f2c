"""The HTML report: one self-contained page an auditor can open offline, read on screen and print.

Built as an lxml tree, so every document-derived string is escaped by the serialiser rather
than by hand, and a character XML cannot hold by the builder (report/builder.py). No scripts
and nothing fetched: evidence folds into <details>, which print CSS opens. Verdicts carry a
symbol and a word as well as a colour, so they survive greyscale.
"""

from __future__ import annotations

import re
from collections import Counter

from lxml.html import tostring

from govcheck.baseline import CHANGES, comparison_of
from govcheck.errors import READ_REASONS
from govcheck.model import CheckResult, ChecklistResult, ControlResult, Evidence, Report, Waiver
from govcheck.model.result import ComparedControl
from govcheck.report.builder import E
from govcheck.report.text import CHANGE, MARK
from govcheck.report.words import VERDICT, describe_location, tr, verdict_text

ORDER = tuple(VERDICT)  # fulfilled … not_assessable, the order of the summary columns

WORDS = {
    "title": ("Granskningsrapport", "Audit report"),
    "as_of": ("Per datum", "As of"),
    "tool": ("Verktyg", "Tool"),
    "baseline": ("Jämförs med", "Compared with"),
    "documents": ("Dokument", "Documents"),
    "read_unread": ("{0} lästa, {1} olästa", "{0} read, {1} unreadable"),
    "summary": ("Sammanfattning", "Summary"),
    "checklist": ("Checklista", "Checklist"),
    "overall": ("Samlad bedömning", "Overall verdict"),
    "controls": ("Kontroller", "Controls"),
    "total": ("Totalt", "Total"),
    "waived_count": ("Varav undantag", "Of which waived"),
    "id": ("Id", "Id"),
    "control": ("Kontroll", "Control"),
    "verdict": ("Bedömning", "Verdict"),
    "note": ("Anmärkning", "Note"),
    "findings": ("Iakttagelser", "Findings"),
    "no_evidence": ("Inga belägg anförda.", "No evidence cited."),
    "recommendation": ("Rekommendation", "Recommendation"),
    "waived": ("Undantag", "Waived"),
    "waiver": ("Undantag", "Waiver"),
    "waiver_expired": ("utgånget", "expired"),
    "accepted_by": ("accepterat av", "accepted by"),
    "until": ("gäller till", "valid until"),
    "expired_on": ("gick ut", "expired on"),
    "inputs": ("Inlästa filer", "Inputs"),
    "path": ("Sökväg", "Path"),
    "format": ("Format", "Format"),
    "format_note": ("Anmärkning om format", "Format note"),
    "metadata": ("Metadatakällor", "Metadata sources"),
    "status": ("Status", "Status"),
    "unreadable": ("Dokument som inte kunde läsas", "Documents that could not be read"),
    "reason": ("Orsak", "Reason"),
    "detail": ("Detalj", "Detail"),
    "version": ("version", "version"),
    "was": ("tidigare", "was"),
    "comparison": ("Jämförelse med {0} (per {1})", "Comparison with {0} (as of {1})"),
    "change": ("Förändring", "Change"),
    "count": ("Antal", "Count"),
    "before": ("Då", "Then"),
    "now": ("Nu", "Now"),
}
STATUS = {"read": ("läst", "read"), "unreadable": ("oläst", "unreadable"),
          "metadata-only": ("endast metadata", "metadata only")}

CSS = """
:root{--ok:#1a7f37;--part:#9a6700;--bad:#cf222e;--na:#57606a;--line:#d0d7de}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2328;
 max-width:70rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.7rem;margin:0 0 .5rem}h2{margin-top:2.5rem;border-bottom:2px solid var(--line)}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0}dl.meta dt{font-weight:600}
dl.meta dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.75rem 0}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f6f8fa}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.id{white-space:nowrap}
tfoot th,tfoot td{font-weight:700}
.verdict{display:inline-block;white-space:nowrap;font-weight:600;padding:0 .4rem;border-radius:.25rem;
 border:1px solid currentColor}
.v-fulfilled{color:var(--ok)}.v-partially_fulfilled{color:var(--part)}
.v-not_fulfilled{color:var(--bad)}.v-not_assessable{color:var(--na)}
.mark{display:inline-block;font-size:.85rem;border:1px dashed #57606a;border-radius:.25rem;padding:0 .3rem;
 margin-right:.25rem}
details.control{border:1px solid var(--line);border-left-width:6px;border-radius:.4rem;margin:.5rem 0;
 padding:.25rem .75rem}
details.control>summary{cursor:pointer;font-weight:600}
.check{border-left:4px solid var(--line);padding:.1rem 0 .1rem .75rem;margin:.75rem 0}
.check p{margin:.25rem 0}
.is-fulfilled{border-left-color:var(--ok)}.is-partially_fulfilled{border-left-color:var(--part)}
.is-not_fulfilled{border-left-color:var(--bad)}.is-not_assessable{border-left-color:var(--na)}
ul.evidence{margin:.25rem 0;padding-left:1.25rem}
.place{font-size:.9rem;color:#57606a}
blockquote{margin:.2rem 0 .5rem;padding:.1rem .75rem;border-left:3px solid #8c959f;font-style:italic;
 white-space:pre-wrap}
.waiver{border:1px dashed #57606a;padding:.25rem .5rem;margin:.4rem 0}
.waiver.expired{border-color:var(--bad)}.waiver.expired strong{color:var(--bad)}
.recommendation{background:#f6f8fa;padding:.4rem .6rem;border-radius:.25rem}
code{font-size:.85rem;overflow-wrap:break-word}
table.summary td:first-child{min-width:12rem}
@media print,(max-width:50rem){table.summary th .verdict{white-space:normal}}
table.changes{width:auto;min-width:20rem}
@media print{
 body{max-width:none;padding:0;font-size:11pt}
 details.control{break-inside:auto;border:none;padding:0}
 details>summary{list-style:none}
 details:not([open])>*{display:block}
 thead th,.recommendation{background:none}
 a{color:inherit;text-decoration:none}
}
@media print{details::details-content{content-visibility:visible;display:block}}
"""


def _w(key: str, lang: str) -> str:
    sv, en = WORDS[key]
    return sv if lang == "sv" else en


def _reason(code: str, lang: str) -> list:
    """An unreadable document's reason in words, then its code (what scripts and docs/errors.md use)."""
    words = READ_REASONS.get(code)
    return [words[lang != "sv"], " [", E.CODE(code), "]"] if words is not None else [E.CODE(code)]


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "sv" else pair[1]


def _anchor(*parts: str) -> str:
    """A fragment id from checklist and control ids, which may hold any character."""
    return "-".join(re.sub(r"[^A-Za-z0-9_-]+", "_", p) for p in parts)


def _badge(verdict: str, lang: str, space: str = " "):
    return E.SPAN(f"{MARK[verdict]}{space}{verdict_text(verdict, lang)}", E.CLASS(f"verdict v-{verdict}"),
                  {"data-verdict": verdict})


def _header(report: Report, lang: str):
    n_read = sum(i.status == "read" for i in report.inputs)
    rows = [(_w("as_of", lang), report.as_of.isoformat()),
            (_w("tool", lang), f"{report.tool.name} {report.tool.version}")]
    if report.baseline:
        when = f" ({_w('as_of', lang).lower()} {report.baseline_as_of.isoformat()})" if report.baseline_as_of else ""
        rows.append((_w("baseline", lang), report.baseline + when))
    rows.append((_w("documents", lang), _w("read_unread", lang).format(n_read, len(report.unreadable))))
    title = _w("title", lang) + (f": {report.municipality}" if report.municipality else "")
    return E.HEADER(E.H1(title), E.DL(E.CLASS("meta"), *[x for k, v in rows for x in (E.DT(k), E.DD(v))]))


def _summary(report: Report, lang: str):
    waivers = any(c.waived for cl in report.checklists for c in cl.controls)
    head = [E.TH(_w("checklist", lang)), E.TH(_w("overall", lang))]
    # A narrow column's badge may wrap ("Delvis" over "uppfyllt"), but never its mark from its word.
    head += [E.TH(_badge(v, lang, "\u00a0"), E.CLASS("n")) for v in ORDER] + [E.TH(_w("total", lang), E.CLASS("n"))]
    if waivers:
        head.append(E.TH(_w("waived_count", lang), E.CLASS("n")))

    def numbers(controls: list[ControlResult]) -> list:
        counts = Counter(c.verdict for c in controls)
        cells = [E.TD(str(counts[v]), E.CLASS("n"), {"data-verdict": v}) for v in ORDER]
        cells.append(E.TD(str(len(controls)), E.CLASS("n"), {"data-verdict": "total"}))
        if waivers:
            cells.append(E.TD(str(sum(c.waived for c in controls)), E.CLASS("n"), {"data-verdict": "waived"}))
        return cells

    body = [E.TR(E.TD(E.A(tr(cl.title, lang), href="#" + _anchor("checklist", cl.id)), " ", E.CODE(cl.id)),
                 E.TD(_badge(cl.verdict, lang)), *numbers(cl.controls), {"data-checklist": cl.id})
            for cl in report.checklists]
    every = [c for cl in report.checklists for c in cl.controls]
    foot = E.TR(E.TH(_w("total", lang)), E.TD(), *numbers(every), {"data-checklist": "*"})
    table = E.TABLE(E.CLASS("summary"), E.THEAD(E.TR(*head)), E.TBODY(*body), E.TFOOT(foot))
    return E.SECTION(E.H2(_w("summary", lang)), table, id="summary")


def _marks(control: ControlResult, lang: str) -> list:
    out = []
    if control.waived:
        out.append(E.SPAN(_w("waived", lang), E.CLASS("mark waived")))
    if control.change and CHANGE[control.change][2]:  # text's change words; "unchanged" has none
        text = CHANGE[control.change][2 if lang == "sv" else 3]
        if control.previous_verdict and control.previous_verdict != control.verdict:
            text += f" ({_w('was', lang)}: {verdict_text(control.previous_verdict, lang)})"
        out.append(E.SPAN(text, E.CLASS(f"mark change-{control.change}")))
    # Spaced, so that copied text and screen readers do not run the marks together.
    return [x for i, mark in enumerate(out) for x in ((" ", mark) if i else (mark,))]


def _comparison(report: Report, lang: str) -> list:
    """Follow-up mode: counts per change kind, then the controls that changed or only the baseline has."""
    comparison = comparison_of(report, lang)
    if comparison is None:
        return []
    groups = {k: [c for c in comparison.controls if (c.change or "absent") == k] for k in (*CHANGES, "absent")}

    def verdict(v: str | None):
        return _badge(v, lang) if v else "—"

    def row(c: ComparedControl):
        return E.TR(E.TD(c.id, E.CLASS("id")), E.TD(c.title), E.TD(verdict(c.previous_verdict)),
                    E.TD(verdict(c.verdict)))

    head = E.TR(E.TH(_w("change", lang)), E.TH(_w("count", lang), E.CLASS("n")))
    counts = E.TABLE(E.CLASS("changes"), E.THEAD(head),
                     E.TBODY(*[E.TR(E.TD(_pick(CHANGE[k][:2], lang)), E.TD(str(len(rows)), E.CLASS("n")),
                                    {"data-change": k}) for k, rows in groups.items()]))
    out = [E.H2(_w("comparison", lang).format(comparison.baseline, comparison.baseline_as_of.isoformat())), counts]
    for kind, rows in groups.items():
        if rows and kind != "unchanged":
            head = E.TR(*[E.TH(_w(k, lang)) for k in ("id", "control", "before", "now")])
            out += [E.H3(_pick(CHANGE[kind][:2], lang)),
                    E.TABLE(E.CLASS(f"changed {kind}"), E.THEAD(head), E.TBODY(*map(row, rows)))]
    return [E.SECTION(*out, id="comparison")]


def _evidence(ev: Evidence, lang: str):
    item = E.LI(E.SPAN(E.CODE(ev.document), ", ", describe_location(ev.location, lang), E.CLASS("place")))
    if ev.quote:
        item.append(E.BLOCKQUOTE(ev.quote))
    return item


def _waiver(w: Waiver, lang: str):
    state = E.STRONG(f"{_w('waiver', lang)} ({_w('waiver_expired', lang)})" if w.expired else _w("waiver", lang))
    when = f"{_w('expired_on' if w.expired else 'until', lang)} {w.expires.isoformat()}"
    return E.DIV(state, f": {_w('accepted_by', lang)} {w.accepted_by}, {when}. ", E.Q(w.justification),
                 E.CLASS("waiver expired" if w.expired else "waiver"))


def _check(check: CheckResult, lang: str):
    div = E.DIV(E.CLASS(f"check is-{check.verdict}"), E.P(_badge(check.verdict, lang), " ", tr(check.message, lang)))
    if check.evidence:
        div.append(E.UL(E.CLASS("evidence"), *[_evidence(ev, lang) for ev in check.evidence]))
    if check.waiver:
        div.append(_waiver(check.waiver, lang))
    return div


def _control_details(cl: ChecklistResult, control: ControlResult, lang: str):
    summary = E.SUMMARY(E.SPAN(control.id, E.CLASS("cid")), " ", tr(control.title, lang), " — ",
                        _badge(control.verdict, lang), " ", *_marks(control, lang))
    return E.DETAILS(
        summary,
        *[_check(c, lang) for c in control.checks],
        E.P(E.STRONG(_w("recommendation", lang) + ": "), tr(control.recommendation, lang),
            E.CLASS("recommendation")),
        E.CLASS(f"control is-{control.verdict}"), id=_anchor("control", cl.id, control.id),
    )


def _checklist(cl: ChecklistResult, lang: str, notes: bool):
    """``notes`` adds the waived/baseline column, left out when no control in the report has one."""
    rows = [E.TR(E.TD(E.A(c.id, href="#" + _anchor("control", cl.id, c.id)), E.CLASS("id")),
                 E.TD(tr(c.title, lang)), E.TD(_badge(c.verdict, lang)),
                 *([E.TD(*_marks(c, lang))] if notes else []), {"data-control": c.id})
            for c in cl.controls]
    head = E.TR(*[E.TH(_w(k, lang)) for k in ("id", "control", "verdict", "note")[:4 if notes else 3]])
    return E.SECTION(
        E.H2(tr(cl.title, lang), " ", E.CODE(cl.id), f" ({_w('version', lang)} {cl.version})"),
        E.P(E.STRONG(_w("overall", lang) + ": "), _badge(cl.verdict, lang)),
        E.TABLE(E.CLASS("controls"), E.THEAD(head), E.TBODY(*rows)),
        E.H3(_w("findings", lang)),
        *[_control_details(cl, c, lang) for c in cl.controls],
        E.CLASS("checklist"), id=_anchor("checklist", cl.id), **{"data-checklist": cl.id},
    )


def _inputs(report: Report, lang: str) -> list:
    head = E.TR(*[E.TH(_w(k, lang)) for k in ("path", "format", "format_note", "metadata", "status")])
    rows = [E.TR(E.TD(E.CODE(i.path)), E.TD(i.format or "—"), E.TD(i.format_note or ""),
                 E.TD(", ".join(i.metadata_sources) or "—"), E.TD(_pick(STATUS.get(i.status, (i.status,) * 2), lang)))
            for i in report.inputs]
    out = [E.SECTION(E.H2(_w("inputs", lang)), E.TABLE(E.CLASS("inputs"), E.THEAD(head), E.TBODY(*rows)),
                     id="inputs")]
    if report.unreadable:
        head = E.TR(*[E.TH(_w(k, lang)) for k in ("path", "reason", "detail")])
        rows = [E.TR(E.TD(E.CODE(u.path)), E.TD(*_reason(u.reason, lang)), E.TD(u.detail)) for u in report.unreadable]
        out.append(E.SECTION(E.H2(_w("unreadable", lang)),
                             E.TABLE(E.CLASS("unreadable"), E.THEAD(head), E.TBODY(*rows)), id="unreadable"))
    return out


def render(report: Report, lang: str) -> str:
    title = f"govcheck — {report.municipality + ' — ' if report.municipality else ''}{report.as_of.isoformat()}"
    notes = any(c.waived or c.change for cl in report.checklists for c in cl.controls)
    page = E.HTML(
        E.HEAD(E.META(charset="utf-8"), E.META(name="viewport", content="width=device-width, initial-scale=1"),
               E.TITLE(title), E.STYLE(CSS)),
        E.BODY(_header(report, lang),
               E.MAIN(_summary(report, lang), *_comparison(report, lang),
                      *[_checklist(c, lang, notes) for c in report.checklists], *_inputs(report, lang))),
        lang=lang,
    )
    return tostring(page, doctype="<!DOCTYPE html>", encoding="unicode", pretty_print=True)


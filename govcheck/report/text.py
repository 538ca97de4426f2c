"""The terminal report: per control its verdict; for each finding the message, quote and place."""

from __future__ import annotations

from govcheck.model import Report
from govcheck.report.words import describe_location, tr, verdict_text

MARK = {"fulfilled": "✓", "partially_fulfilled": "◐", "not_fulfilled": "✗", "not_assessable": "?"}


def render(report: Report, lang: str) -> str:
    sv = lang == "sv"
    out: list[str] = []
    head = f"govcheck {report.tool.version}"
    if report.municipality:
        head += f" — {report.municipality}"
    head += f" — {'per' if sv else 'as of'} {report.as_of.isoformat()}"
    out += [head, f"{'Dokument' if sv else 'Documents'}: {sum(i.status == 'read' for i in report.inputs)} "
                  f"{'lästa' if sv else 'read'}, {len(report.unreadable)} {'olästa' if sv else 'unreadable'}", ""]
    for cl in report.checklists:
        out.append(f"{tr(cl.title, lang)} ({cl.id}): {verdict_text(cl.verdict, lang)}")
        for control in cl.controls:
            out.append(f"  {MARK[control.verdict]} {control.id} {tr(control.title, lang)} — "
                       f"{verdict_text(control.verdict, lang)}")
            if control.verdict == "fulfilled":
                continue
            for check in control.checks:
                if check.verdict == "fulfilled":
                    continue
                out.append(f"      {MARK[check.verdict]} {tr(check.message, lang)}")
                for ev in check.evidence[:5]:
                    place = f"{ev.document}, {describe_location(ev.location, lang)}"
                    out.append(f"        {place}" + (f": “{ev.quote}”" if ev.quote else ""))
                if len(check.evidence) > 5:
                    more = len(check.evidence) - 5
                    out.append(f"        … {more} {'till' if sv else 'more'}")
            out.append(f"      {'Rekommendation' if sv else 'Recommendation'}: {tr(control.recommendation, lang)}")
        out.append("")
    if report.unreadable:
        out.append("Dokument som inte kunde läsas:" if sv else "Documents that could not be read:")
        for u in report.unreadable:
            out.append(f"  {u.path}: {u.reason} — {u.detail}")
        out.append("")
    return "\n".join(out)

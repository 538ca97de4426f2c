"""Each example workspace gives the verdicts its README derives from the audit."""

import re
from pathlib import Path

import pytest

import govcheck

EXAMPLES = sorted(p for p in (Path(__file__).resolve().parents[1] / "examples").iterdir() if (p / "govcheck.yaml").is_file())
ROW = re.compile(r"^\|\s*([A-Z]+-\d+)\s*\|\s*(fulfilled|partially_fulfilled|not_fulfilled|not_assessable)\s*\|", re.M)


def expected(example: Path) -> dict[str, str]:
    return dict(ROW.findall((example / "README.md").read_text(encoding="utf-8")))


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_verdicts_match_its_readme(example):
    wanted = expected(example)
    assert wanted, f"{example.name}/README.md lists no control verdicts"
    corpus = govcheck.load_corpus([example])
    report = govcheck.evaluate(corpus, [govcheck.load_checklist(c) for c in govcheck.default_ids()])
    got = {c.id: c.verdict for cl in report.checklists for c in cl.controls}
    assert {k: got.get(k) for k in wanted} == wanted
    assert not report.unreadable


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_finding_cites_a_place_or_a_missing_type(example):
    corpus = govcheck.load_corpus([example])
    report = govcheck.evaluate(corpus, [govcheck.load_checklist(c) for c in govcheck.default_ids()])
    for cl in report.checklists:
        for control in cl.controls:
            for check in control.checks:
                if check.verdict in ("not_fulfilled", "partially_fulfilled"):
                    cited = [e for e in check.evidence if e.location is not None and e.quote]
                    assert cited or "saknas" in check.message.sv.lower(), (control.id, check.message.en)

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


def _fact_only_controls() -> dict[str, set[str]]:
    """Controls whose every check is a fact check, with the fact ids they ask for."""
    out = {}
    for cid in govcheck.default_ids():
        for control in govcheck.load_checklist(cid).controls:
            if all(spec.kind == "fact" for spec in control.checks):
                out[control.id] = {spec.statement for spec in control.checks}
    return out


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_fact_controls_are_not_assessable_without_facts_and_decided_with_them(example):
    checklists = [govcheck.load_checklist(c) for c in govcheck.default_ids()]
    fact_only = _fact_only_controls()
    assert fact_only, "the built-in checklists have controls that only facts decide"
    without = govcheck.evaluate(govcheck.load_corpus([example], facts=[]), checklists)
    verdicts = {c.id: c.verdict for cl in without.checklists for c in cl.controls}
    assert {cid: verdicts[cid] for cid in fact_only} == {cid: "not_assessable" for cid in fact_only}
    corpus = govcheck.load_corpus([example])
    given = {f.id for f in corpus.facts}
    verdicts = {c.id: c.verdict for cl in govcheck.evaluate(corpus, checklists).checklists for c in cl.controls}
    for cid, statements in fact_only.items():
        if statements <= given:
            assert verdicts[cid] != "not_assessable", cid

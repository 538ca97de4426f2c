"""Batch mode: one report per workspace, identical to `govcheck check`, and a summary across them."""

import csv
import gc
import json
import os
import shutil
import signal
import weakref
from collections import Counter
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner

import govcheck
import govcheck.batch
from govcheck.cli import main
from govcheck.report import EXTENSIONS, RENDERERS
from govcheck.report.summary import NO_REPORT, columns

import running
from browser import line_boxes, needs_chromium

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOOD = ["helsingborg-2023", "lund-2021", "orebro-2015", "orebro-2017"]
EVIL = 'evil<script>alert(1)<b>"x"&amp;'  # a folder name: anything but "/" is allowed
EVIL_MUNICIPALITY = '=1+1 <script>alert("x")</script> kommun'
VERDICTS = ("fulfilled", "partially_fulfilled", "not_fulfilled", "not_assessable")


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def copy_example(name: str, target: Path) -> Path:
    return Path(shutil.copytree(EXAMPLES / name, target, ignore=shutil.ignore_patterns("*.py", "README.md")))


def evil_workspace(target: Path) -> Path:
    ws = copy_example("helsingborg-2023", target)
    config = ws / "govcheck.yaml"
    text = config.read_text(encoding="utf-8").replace("municipality: Helsingborgs stad",
                                                      "municipality: " + json.dumps(EVIL_MUNICIPALITY))
    config.write_text(text, encoding="utf-8")
    return ws


def broken_workspace(target: Path) -> Path:
    target.mkdir()
    (target / "govcheck.yaml").write_text("municipality: Trasiga kommun\norganisation:\n  - id: kf\n",
                                          encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One batch run over four examples, a workspace with hostile names and a broken one."""
    base = tmp_path_factory.mktemp("batch")
    root, out = base / "root", base / "out"
    for name in GOOD:
        copy_example(name, root / name)
    evil_workspace(root / EVIL)
    broken_workspace(root / "broken")
    (root / "notes").mkdir()  # neither govcheck.yaml nor documents/: not a workspace
    out.mkdir()
    (out / "broken.json").write_text("{}", encoding="utf-8")  # a stale report of an earlier run
    result = invoke("batch", root, "--out", out, "--jobs", "1")
    return root, out, result


def read_csv(out: Path) -> list[dict[str, str]]:
    with open(out / "summary.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def control_verdicts(report: dict) -> dict[str, str]:
    return {c["id"]: c["verdict"] for cl in report["checklists"] for c in cl["controls"]}


def test_one_report_per_workspace_identical_to_check(run, tmp_path):
    root, out, result = run
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{n}.json" for n in [*GOOD, EVIL]] + ["summary.csv", "summary.html"])
    for name in [*GOOD, EVIL]:
        alone = tmp_path / f"{len(name)}.json"
        checked = invoke("check", root / name, "--format", "json", "--jobs", "1", "--output", alone)
        assert checked.exit_code in (0, 1), checked.output
        assert (out / f"{name}.json").read_bytes() == alone.read_bytes(), name


def test_summary_csv_has_a_row_per_workspace_with_the_reports_verdicts(run):
    root, out, _ = run
    rows = read_csv(out)
    assert [r["workspace"] for r in rows] == sorted([*GOOD, EVIL, "broken"])
    ids = [c.label for c in columns([govcheck.load_checklist(c) for c in govcheck.default_ids()])]
    header = list(rows[0])
    assert header[5:5 + len(ids)] == ids  # control columns in checklist order
    for row in rows:
        if row["workspace"] == "broken":
            continue
        report = json.loads((out / row["report"]).read_text(encoding="utf-8"))
        assert {k: row[k] for k in ids} == control_verdicts(report)
        assert row["as_of"] == report["as_of"]
        assert int(row["documents_unreadable"]) == len(report["unreadable"])
        counts = Counter(control_verdicts(report).values())
        assert {v: int(row[v]) for v in VERDICTS} == {v: counts[v] for v in VERDICTS}
        assert row["error"] == ""
    lund = next(r for r in rows if r["workspace"] == "lund-2021")
    assert lund["municipality"] == "Lunds kommun" and lund["as_of"] == "2021-12-08"


def test_html_per_control_counts_equal_the_csv(run):
    _, out, _ = run
    rows = read_csv(out)
    tree = lxml.html.fromstring((out / "summary.html").read_bytes())
    ids = [tr.get("data-control") for tr in tree.xpath('//table[@class="controls"]//tr[@data-control]')]
    assert ids == [c.label for c in columns([govcheck.load_checklist(c) for c in govcheck.default_ids()])]
    for cid in ids:
        shown = {td.get("data-verdict"): int(td.text)
                 for td in tree.xpath(f'//table[@class="controls"]//tr[@data-control="{cid}"]/td[@data-verdict]')}
        from_csv = Counter(r[cid] or NO_REPORT for r in rows)
        assert shown == {v: from_csv[v] for v in (*VERDICTS, NO_REPORT)}, cid
    # The matrix shows the same verdicts as the CSV, cell by cell.
    for row in rows:
        cells = tree.xpath('//table[@class="matrix"]//tr[@data-workspace=$w]/td[@data-verdict]', w=row["workspace"])
        assert {td.get("data-control"): td.get("data-verdict") for td in cells} == {
            k: v for k, v in row.items() if k in ids and v}


def test_broken_workspace_is_a_row_and_the_others_still_run(run):
    root, out, result = run
    assert result.exit_code == 2
    broken = next(r for r in read_csv(out) if r["workspace"] == "broken")
    assert "govcheck.yaml:3" in broken["error"] and broken["report"] == ""
    assert not (out / "broken.json").exists()  # the stale report is gone
    assert all((out / f"{n}.json").is_file() for n in GOOD)
    assert "broken" in result.stderr and "govcheck.yaml" in result.stderr
    assert "notes" in result.stderr  # a folder that is not a workspace is named, not skipped silently
    tree = lxml.html.fromstring((out / "summary.html").read_bytes())
    assert tree.xpath('//tr[@data-workspace="broken"][@data-error="true"]')


def test_cli_prints_progress_on_stderr_and_paths_on_stdout(run):
    _, out, result = run
    assert result.stdout.splitlines() == [str(out / "summary.csv"), str(out / "summary.html")]
    progress = [line for line in result.stderr.splitlines() if line.startswith("[")]
    assert len(progress) == len(GOOD) + 2 and progress[-1].startswith(f"[{len(GOOD) + 2}/{len(GOOD) + 2}]")
    assert any("lund-2021 (Lunds kommun)" in line and str(out / "lund-2021.json") in line for line in progress)


def test_names_are_escaped_in_html_and_defused_in_csv(run):
    _, out, _ = run
    html = (out / "summary.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "<b>" not in html
    tree = lxml.html.fromstring(html.encode("utf-8"))
    assert not tree.xpath("//script")
    row = tree.xpath('//table[@class="matrix"]//tr[@data-workspace=$w]', w=EVIL)[0]
    cells = row.xpath("td")
    assert cells[0].text_content() == EVIL and cells[1].text_content() == EVIL_MUNICIPALITY
    assert row.xpath("td/a/@href")[0] == "evil%3Cscript%3Ealert%281%29%3Cb%3E%22x%22%26amp%3B.json"
    evil = next(r for r in read_csv(out) if r["workspace"] == EVIL)
    assert evil["municipality"] == "'" + EVIL_MUNICIPALITY  # a spreadsheet must not run it as a formula


def test_exit_codes(tmp_path):
    root = tmp_path / "root"
    copy_example("helsingborg-2023", root / "hbg")
    args = ["batch", root, "--checklist", "styrdokument", "--jobs", "1"]
    assert invoke(*args, "--out", tmp_path / "a").exit_code == 1  # Helsingborg has findings
    assert invoke(*args, "--out", tmp_path / "a2").exit_code == 1
    for name in ("hbg.json", "summary.csv", "summary.html"):  # deterministic, as reports are
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "a2" / name).read_bytes()
    passing = invoke(*args, "--out", tmp_path / "b", "--fail-on", "never", "--format", "markdown", "--lang", "en")
    assert passing.exit_code == 0 and (tmp_path / "b" / "hbg.md").is_file()
    assert "1 municipalities: 0 with findings, 1 without, 0 could not be checked" in passing.stderr
    (tmp_path / "empty").mkdir()
    (tmp_path / "file").write_text("", encoding="utf-8")
    copy_example("helsingborg-2023", tmp_path / "clash" / "summary")
    copy_example("helsingborg-2023", tmp_path / "clash2" / "summary.partial")
    for bad in (["batch", tmp_path / "empty", "--out", tmp_path / "c"],
                ["batch", tmp_path / "missing", "--out", tmp_path / "c"],
                ["batch", EXAMPLES / "lund-2021" / "..", "--out", tmp_path / "c", "--as-of", "27/11/2023"],
                [*args, "--out", root / "hbg" / "documents" / "reports"],
                ["batch", root, "--out", tmp_path / "c", "--checklist", "no-such-checklist"],
                [*args, "--out", tmp_path / "file"],
                [*args, "--out", ""],  # not the current folder by accident
                ["batch", tmp_path / "clash", "--out", tmp_path / "c", "--format", "html"],  # summary.html
                ["batch", tmp_path / "clash2", "--out", tmp_path / "c", "--format", "html"]):  # its partial name
        swedish, english = invoke(*bad), invoke(*bad, "--lang", "en")
        assert swedish.exit_code == 2 and swedish.stderr.startswith("govcheck: fel: "), (bad, swedish.output)
        assert english.exit_code == 2 and english.stderr.startswith("govcheck: error: "), (bad, english.output)
        assert swedish.stderr.count("\n") == english.stderr.count("\n") == 1
        assert swedish.stderr[len("govcheck: fel: "):] != english.stderr[len("govcheck: error: "):]
    assert not (root / "hbg" / "documents" / "reports").exists()
    itself = invoke("batch", root / "hbg", "--out", tmp_path / "d")
    assert itself.exit_code == 2 and "använd govcheck check" in itself.stderr
    itself = invoke("batch", root / "hbg", "--out", tmp_path / "d", "--lang", "en")
    assert itself.exit_code == 2 and "use govcheck check" in itself.stderr


def test_batch_does_not_retain_corpora_reports_or_rows(tmp_path, monkeypatch):
    """Peak memory independent of the number of municipalities: by the time a workspace's row
    is handed on, its corpus and report are gone, and the summary keeps no earlier rows."""
    root = tmp_path / "root"
    for i in range(4):
        copy_example("helsingborg-2023", root / f"kommun-{i}")
    alive: dict[str, list[weakref.ref]] = {"corpus": [], "report": [], "row": []}
    load_corpus, render = govcheck.batch.load_corpus, govcheck.batch.render

    def tracked_load(*args, **kwargs):
        corpus = load_corpus(*args, **kwargs)
        alive["corpus"].append(weakref.ref(corpus))
        return corpus

    def tracked_render(report, *args, **kwargs):
        alive["report"].append(weakref.ref(report))
        return render(report, *args, **kwargs)

    def progress(done, total, row):
        gc.collect()
        assert len(alive["corpus"]) == len(alive["report"]) == done
        assert all(ref() is None for ref in alive["corpus"] + alive["report"])
        assert all(ref() is None for ref in alive["row"][:-1])  # the summary holds at most the last row
        alive["row"].append(weakref.ref(row))

    monkeypatch.setattr(govcheck.batch, "load_corpus", tracked_load)
    monkeypatch.setattr(govcheck.batch, "render", tracked_render)
    result = govcheck.run_batch(root, tmp_path / "out", [govcheck.load_checklist("styrdokument")], jobs=1,
                                progress=progress)
    assert result.workspaces == 4 and len(alive["row"]) == 4 and not result.errors
    assert set(result.per_control) == {c.id for c in govcheck.load_checklist("styrdokument").controls}


def test_check_workspaces_yields_small_rows(tmp_path):
    copy_example("helsingborg-2023", tmp_path / "root" / "hbg")
    rows = govcheck.check_workspaces(govcheck.find_workspaces(tmp_path / "root"),
                                     [govcheck.load_checklist("styrdokument")], tmp_path, jobs=1)
    row = next(rows)
    assert row.workspace == "hbg" and row.municipality == "Helsingborgs stad" and row.findings
    assert row.report == tmp_path / "hbg.json" and row.report.is_file()
    assert set(row.verdicts) == {("styrdokument", f"SD-{i}") for i in range(1, 6)}
    assert next(rows, None) is None


def test_control_ids_shared_by_two_checklists_get_distinct_columns():
    sd = govcheck.load_checklist("styrdokument")
    labels = [c.label for c in columns([sd, sd.model_copy(update={"id": "egen"})])]
    assert labels[:2] == ["styrdokument/SD-1", "styrdokument/SD-2"] and "egen/SD-1" in labels
    assert len(set(labels)) == len(labels)


def test_every_report_format_has_a_file_extension():
    assert set(EXTENSIONS) == set(RENDERERS)


def test_a_report_that_cannot_be_written_is_a_row_and_the_others_still_run(tmp_path):
    root, out = tmp_path / "root", tmp_path / "out"
    for name in ("helsingborg-2023", "lund-2021"):
        copy_example(name, root / name)
    (out / "helsingborg-2023.json").mkdir(parents=True)  # where its report should go
    for lang, words in (("sv", "är en mapp"), ("en", "Is a directory")):  # the summary's language
        result = invoke("batch", root, "--out", out, "--jobs", "1", "--no-cache", "--lang", lang)
        assert result.exit_code == 2, result.output
        rows = {r["workspace"]: r for r in read_csv(out)}
        assert words in rows["helsingborg-2023"]["error"] and rows["helsingborg-2023"]["report"] == ""
        assert rows["lund-2021"]["error"] == "" and (out / "lund-2021.json").is_file()


def test_a_failure_inside_one_workspace_is_a_row_and_the_others_still_run(tmp_path, monkeypatch):
    root, out = tmp_path / "root", tmp_path / "out"
    for name in ("helsingborg-2023", "lund-2021"):
        copy_example(name, root / name)
    (out / "helsingborg-2023.json").parent.mkdir(parents=True)
    (out / "helsingborg-2023.json").write_text("{}", encoding="utf-8")  # an earlier run's report
    real = govcheck.batch.check_paths

    def failing(paths, *args, **kwargs):
        if Path(paths[0]).name == "helsingborg-2023":
            raise ValueError("a bug met on this workspace")
        return real(paths, *args, **kwargs)
    monkeypatch.setattr(govcheck.batch, "check_paths", failing)
    result = invoke("batch", root, "--out", out, "--jobs", "1", "--no-cache")
    assert result.exit_code == 2, result.output
    rows = {r["workspace"]: r for r in read_csv(out)}
    assert rows["helsingborg-2023"]["error"] == "internt fel (ValueError: a bug met on this workspace)"
    assert not (out / "helsingborg-2023.json").exists()  # the stale report must not pass for this run
    assert rows["lund-2021"]["error"] == ""


def test_a_summary_path_that_is_a_folder_or_an_output_that_cannot_be_written_is_one_line(tmp_path):
    root = tmp_path / "root"
    copy_example("lund-2021", root / "lund")
    (tmp_path / "out" / "summary.csv").mkdir(parents=True)
    result = invoke("batch", root, "--out", tmp_path / "out", "--jobs", "1", "--no-cache", "--lang", "en")
    assert result.exit_code == 2 and result.stderr.startswith("govcheck: error: ") and "summary.csv" in result.stderr
    assert not (tmp_path / "out" / "lund.json").exists()  # refused before any work
    result = invoke("check", root / "lund", "-o", tmp_path / "out", "--jobs", "1", "--no-cache", "--lang", "en")
    assert result.exit_code == 2 and result.stderr.startswith("govcheck: error: Is a directory")
    result = invoke("check", root / "lund", "-o", tmp_path / "out", "--jobs", "1", "--no-cache")
    assert result.exit_code == 2 and result.stderr == f"govcheck: fel: är en mapp: {tmp_path / 'out'}\n"


def test_a_report_name_a_spreadsheet_would_run_is_defused(tmp_path):
    root = tmp_path / "root"
    copy_example("lund-2021", root / '=HYPERLINK("x";"y")')
    invoke("batch", root, "--out", tmp_path / "out", "--jobs", "1", "--no-cache")
    row = read_csv(tmp_path / "out")[0]
    assert row["workspace"] == row["report"][:-len(".json")] == '\'=HYPERLINK("x";"y")'


def test_a_workspace_without_govcheck_yaml_reads_only_its_documents_folder(tmp_path):
    """govcheck.yaml is optional (SPEC §2): a folder with documents/ is a workspace as batch
    mode sees it, so its notes and scripts beside documents/ are not governing documents."""
    root = tmp_path / "root"
    ws = copy_example("lund-2021", root / "lund")
    (ws / "govcheck.yaml").unlink()
    (ws / "README.md").write_text("# Anteckningar\n\nInte ett styrdokument.\n", encoding="utf-8")
    (ws / "make_documents.py").write_text("print('hej')\n", encoding="utf-8")
    corpus = govcheck.load_corpus([ws], jobs=1)
    assert all(i.path.startswith("documents/") for i in corpus.inputs) and corpus.inputs
    plain = tmp_path / "folder"  # a folder of documents, no workspace: read whole
    (plain / "sub").mkdir(parents=True)
    (plain / "sub" / "policy.md").write_text("# IT-policy\n\nText.\n", encoding="utf-8")
    assert [i.path for i in govcheck.load_corpus([plain], jobs=1).inputs] == ["sub/policy.md"]


def _interrupted_summary(out: Path, done: list[str], total: int) -> None:
    """Only the partial summary is there: the CSV with the rows done, the HTML saying it stopped."""
    assert not (out / "summary.csv").exists() and not (out / "summary.html").exists()
    with open(out / "summary.partial.csv", encoding="utf-8", newline="") as fh:
        assert [r["workspace"] for r in csv.DictReader(fh)] == done
    tree = lxml.html.fromstring((out / "summary.partial.html").read_bytes())
    assert [tr.get("data-workspace") for tr in tree.xpath('//table[@class="matrix"]/tbody/tr')] == done
    note = tree.get_element_by_id("stopped")
    assert (note.get("data-done"), note.get("data-total")) == (str(len(done)), str(total))
    assert f"efter {len(done)} av {total} arbetsytor" in note.text_content()
    assert not tree.xpath('//*[@id="per-control"]')  # counts over part of the run would mislead


def test_an_interrupted_batch_exits_130_and_leaves_only_a_partial_summary(tmp_path, monkeypatch):
    root, out = tmp_path / "root", tmp_path / "out"
    for name in ("a", "b", "c"):
        copy_example("helsingborg-2023", root / name)
    out.mkdir()
    for name in ("summary.csv", "summary.html"):  # an earlier run's, which no longer matches the reports
        (out / name).write_text("earlier", encoding="utf-8")
    check_paths = govcheck.batch.check_paths

    def interrupted_at_b(paths, *args, **kwargs):
        if Path(paths[0]).name == "b":
            raise KeyboardInterrupt
        return check_paths(paths, *args, **kwargs)
    monkeypatch.setattr(govcheck.batch, "check_paths", interrupted_at_b)
    result = invoke("batch", root, "--out", out, "--checklist", "styrdokument", "--jobs", "1")
    assert result.exit_code == 130 and result.stdout == ""
    assert result.stderr.splitlines()[-1] == "govcheck: avbruten / interrupted"
    _interrupted_summary(out, ["a"], 3)
    monkeypatch.setattr(govcheck.batch, "check_paths", check_paths)
    assert invoke("batch", root, "--out", out, "--checklist", "styrdokument", "--jobs", "1").exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json", "c.json", "summary.csv", "summary.html"]


@running.needs_proc
def test_ctrl_c_stops_a_real_batch_with_130_no_traceback_and_a_partial_summary(tmp_path):
    """SIGINT to the whole process group, as a terminal sends it: the workers leave it to the
    parent, which stops them and exits 130."""
    out, stderr = tmp_path / "out", tmp_path / "stderr"
    run = running.start_batch(running.busy_root(tmp_path / "root"), out, stderr)
    processes = []
    try:
        processes = running.descendants_when_busy(run.pid)  # while reading b0 (or b1), after a is done
        os.killpg(run.pid, signal.SIGINT)
        assert run.wait(timeout=60) == 130
        assert running.still_alive(processes) == []
    finally:
        run.kill()
        running.kill_all(processes)
    err = stderr.read_text(encoding="utf-8")
    assert "Traceback" not in err and "Aborted" not in err, err
    assert err.splitlines()[-1] == "govcheck: avbruten / interrupted"
    done = [line.split()[1] for line in err.splitlines() if line.startswith("[")]
    assert done[:1] == ["a"] and len(done) < 3
    _interrupted_summary(out, done, 3)


@needs_chromium
def test_the_matrix_shows_each_control_id_on_one_line_in_a_browser(run, tmp_path):
    """At its natural width the matrix broke "DIG-1" after the hyphen into two lines in every
    column header; laid out by Chromium, each id now takes one line (the line boxes of its text,
    counted by a script added to a copy of the page)."""
    _, out, _ = run
    measured = line_boxes(tmp_path, (out / "summary.html").read_text(encoding="utf-8"), "thead th[data-control]")
    assert len(measured) > 30 and {text for text, _ in measured} >= {"DIG-1", "SD-5"}
    assert [text for text, lines in measured if lines != 1] == []

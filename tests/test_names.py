"""File and folder names that no report could hold as they are: undecodable bytes, control
characters, bidirectional controls. They are shown escaped, the run goes on, and every
output format and --jobs setting gives the same report."""

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from govcheck.cli import main
from govcheck.names import shown_name

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
POLICY = "# IT-policy\n\nAntagen av kommunfullmäktige 2021-05-03, § 40.\n\nKommunstyrelsen ansvarar för IT.\n"


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def raw_path(folder: Path, name: bytes) -> Path:
    """A path with a name that is not UTF-8; skips where the file system refuses such names."""
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), name)))
    try:
        path.mkdir() if name.endswith(b"/") else path.write_text(POLICY, encoding="utf-8")
    except OSError:
        pytest.skip("the file system does not store names that are not UTF-8")
    return path


@pytest.mark.parametrize("name, shown", [
    ("documents/IT-policy för Västby kommun.docx", "documents/IT-policy för Västby kommun.docx"),
    (os.fsdecode(b"latin1-\xe5\xe4\xf6.txt"), "latin1-\\xe5\\xe4\\xf6.txt"),
    ("rad\nbryt\x1b[31m.md", "rad\\x0abryt\\x1b[31m.md"),
    ("policy\u202excod.exe", "policy\\u202excod.exe"),
    ("snett\\streck.md", "snett\\\\streck.md"),
])
def test_names_are_shown_escaped_only_where_they_must_be(name, shown):
    assert shown_name(name) == shown


def test_different_names_are_never_shown_alike():
    names = ["a\\x01", "a\x01", "a\\\\x01", os.fsdecode(b"a\x81"), "a\\x81", "a\\udc81", "a\u202e"]
    shown = [shown_name(n) for n in names]
    assert len(set(shown)) == len(names)
    assert all(s.encode("utf-8") and s.isprintable() for s in shown)


def test_a_file_name_that_is_not_utf8_is_read_and_reported_alike_for_any_jobs(tmp_path):
    ws = Path(shutil.copytree(EXAMPLES / "lund-2021", tmp_path / "ws", ignore=shutil.ignore_patterns("*.py")))
    raw_path(ws / "documents", b"it-policy-\xe5\xe4\xf6.md")
    reports = []
    for jobs, cache in (("1", "--no-cache"), ("2", "--no-cache"), ("2", f"--cache-dir={tmp_path / 'c'}"),
                        ("1", f"--cache-dir={tmp_path / 'c'}")):
        out = tmp_path / f"r{len(reports)}.json"
        result = invoke("check", ws, "--format", "json", "-o", out, "--jobs", jobs, cache)
        assert result.exit_code == 1, result.output
        reports.append(out.read_bytes())
    assert len(set(reports)) == 1
    inputs = {i["path"]: i["status"] for i in json.loads(reports[0])["inputs"]}
    assert inputs["documents/it-policy-\\xe5\\xe4\\xf6.md"] == "read"
    for fmt in ("text", "html", "markdown", "sarif", "junit"):
        result = invoke("check", ws, "--format", fmt, "-o", tmp_path / f"r.{fmt}", "--no-cache", "--jobs", "1")
        assert result.exit_code == 1, (fmt, result.output)


def test_batch_checks_a_workspace_whose_folder_name_is_not_utf8_and_goes_on(tmp_path):
    root = tmp_path / "root"
    ws = raw_path(root if root.mkdir() is None else root, b"V\xe4stby/")
    (ws / "documents").mkdir()
    (ws / "documents" / "policy.md").write_text(POLICY, encoding="utf-8")
    shutil.copytree(EXAMPLES / "lund-2021", root / "zz-lund", ignore=shutil.ignore_patterns("*.py", "README.md"))
    result = invoke("batch", root, "--out", tmp_path / "out", "--jobs", "1", "--no-cache")
    assert result.exit_code == 1, result.output
    summary = (tmp_path / "out" / "summary.csv").read_text(encoding="utf-8")
    assert summary.splitlines()[1].startswith("V\\xe4stby,") and summary.splitlines()[2].startswith("zz-lund,")
    assert (tmp_path / "out" / "V\\xe4stby.json").is_file() and (tmp_path / "out" / "zz-lund.json").is_file()
    assert 'href="V%5Cxe4stby.json"' in (tmp_path / "out" / "summary.html").read_text(encoding="utf-8")

"""The installed console script, as a real subprocess, run away from the source tree."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(args, cwd):
    beside = Path(sys.executable).parent / "govcheck"
    exe = str(beside) if beside.is_file() else shutil.which("govcheck")
    assert exe, "the govcheck console script is not installed (pip install '.[test]')"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([exe, *args], cwd=cwd, capture_output=True, text=True, timeout=120, env=env)


def test_console_script_checks_the_example_from_another_folder(tmp_path):
    result = run(["check", str(ROOT / "examples" / "helsingborg-2023"), "--as-of", "2023-11-27",
                  "--format", "json"], cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    verdicts = {c["id"]: c["verdict"] for cl in report["checklists"] for c in cl["controls"]}
    assert verdicts["SD-3"] == "not_fulfilled" and verdicts["SD-4"] == "not_fulfilled"


def test_console_script_finds_its_bundled_checklists(tmp_path):
    result = run(["checklists", "list"], cwd=tmp_path)
    assert result.returncode == 0 and "styrdokument" in result.stdout


def test_python_dash_m(tmp_path):
    result = subprocess.run([sys.executable, "-m", "govcheck", "--version"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "govcheck" in result.stdout


def test_console_script_keeps_exit_codes_and_flushes_everything(tmp_path):
    """The console script leaves without the interpreter's teardown (cli.run): the report must
    still be whole, in a pipe and in a file, and each exit code the one `main` chose."""
    example = str(ROOT / "examples" / "helsingborg-2023")
    piped = run(["check", example, "--as-of", "2023-11-27", "--format", "json", "--no-cache"], cwd=tmp_path)
    out = tmp_path / "report.json"
    written = run(["check", example, "--as-of", "2023-11-27", "--format", "json", "--no-cache", "-o", str(out)],
                  cwd=tmp_path)
    assert piped.returncode == written.returncode == 1
    assert json.loads(piped.stdout) == json.loads(out.read_text(encoding="utf-8"))
    assert piped.stdout.endswith("}\n")
    clean = run(["check", example, "--as-of", "2023-11-27", "--fail-on", "never", "--no-cache"], cwd=tmp_path)
    assert clean.returncode == 0 and clean.stdout.strip()
    usage = run(["check", example, "--as-of", "27 november"], cwd=tmp_path)
    assert usage.returncode == 2 and "--as-of" in usage.stderr
    unknown = run(["no-such-command"], cwd=tmp_path)
    assert unknown.returncode == 2 and "no-such-command" in unknown.stderr


def test_exit_codes_of_sys_exit_values():
    from govcheck.cli import _exit_code

    assert [_exit_code(v) for v in (None, 0, 1, 2, 256 + 3, -1)] == [0, 0, 1, 2, 3, 255]
    assert _exit_code("message") == 1

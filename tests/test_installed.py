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

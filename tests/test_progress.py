"""The progress bar: on stderr, only on a terminal, only for more than five documents, never in a report."""

import json
from pathlib import Path

import click.testing
import pytest
from click.testing import CliRunner

import govcheck
from govcheck.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SIX_DOCUMENTS, FOUR_DOCUMENTS = EXAMPLES / "orebro-2017", EXAMPLES / "helsingborg-2023"


def invoke(*args):
    return CliRunner().invoke(main, ["check", *map(str, args), "--checklist", "it-verksamhet", "--fail-on", "never"],
                              catch_exceptions=False)


@pytest.fixture
def stderr_tty(monkeypatch):
    """CliRunner's stderr claims to be a terminal; its stdout does not."""
    monkeypatch.setattr(click.testing._NamedTextIOWrapper, "isatty", lambda self: self.name == "<stderr>")


def test_load_corpus_reports_progress():
    calls = []
    govcheck.load_corpus([SIX_DOCUMENTS], progress=lambda done, total: calls.append((done, total)))
    assert calls == [(n, 6) for n in range(7)]


def test_bar_on_a_terminal_goes_to_stderr_only(stderr_tty):
    shown = invoke(SIX_DOCUMENTS, "--lang", "en")
    assert "Reading documents" in shown.stderr and "6/6" in shown.stderr
    assert "Reading documents" not in shown.stdout
    assert shown.stdout == CliRunner().invoke(
        main, ["check", str(SIX_DOCUMENTS), "--checklist", "it-verksamhet", "--lang", "en"]).stdout


def test_json_on_stdout_stays_clean_with_a_bar(stderr_tty):
    shown = invoke(SIX_DOCUMENTS, "--format", "json")
    assert "Läser dokument" in shown.stderr
    assert json.loads(shown.stdout)["as_of"] == "2017-03-15"


def test_no_bar_when_not_a_terminal():
    result = invoke(SIX_DOCUMENTS)
    assert result.stderr == ""


def test_no_bar_for_five_documents_or_fewer(stderr_tty):
    assert invoke(FOUR_DOCUMENTS, "--as-of", "2023-11-27").stderr == ""

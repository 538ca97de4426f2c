"""click's own usage errors in the command's --lang: Swedish by default, click's English with --lang en."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from govcheck import clitext
from govcheck.cli import main

# Words of click's English that must not be left in a Swedish line.
ENGLISH = ("Usage:", "Try ", "Error:", "Missing", "Invalid value", " is not", "No such", "Got unexpected",
           "requires", "does not", "takes", "Did you mean", "Choose from", "Value must")


def _run(*args: str):
    return CliRunner().invoke(main, list(args), prog_name="govcheck", catch_exceptions=False)


CASES = [  # arguments, the Swedish error line, the English one
    (["batch"], "Fel: Argumentet 'ROOT' saknas.", "Error: Missing argument 'ROOT'."),
    (["batch", "ws", "--jobs", "x"], "Fel: Ogiltigt värde för '--jobs' / '-j': 'x' är inte ett heltal.",
     "Error: Invalid value for '--jobs' / '-j': 'x' is not a valid integer range."),
    (["check", "ws", "-j", "0"], "Fel: Ogiltigt värde för '--jobs' / '-j': 0 ligger utanför intervallet x>=1.",
     "Error: Invalid value for '--jobs' / '-j': 0 is not in the range x>=1."),
    (["batch", "ws"], "Fel: Flaggan '--out' / '-o' saknas.", "Error: Missing option '--out' / '-o'."),
    (["check", "ws", "--format", "xml"],
     "Fel: Ogiltigt värde för '--format': 'xml' är inte ett av 'docx', 'html', 'json', 'junit', 'markdown', "
     "'sarif', 'text'.",
     "Error: Invalid value for '--format': 'xml' is not one of 'docx', 'html', 'json', 'junit', 'markdown', "
     "'sarif', 'text'."),
    (["check", "ws", "--jbos", "2"], "Fel: Flaggan '--jbos' finns inte. Menade du '--jobs'?",
     "Error: No such option '--jbos'. Did you mean '--jobs'?"),
    (["chek", "ws"], "Fel: Kommandot 'chek' finns inte. Menade du 'check'?",
     "Error: No such command 'chek'. Did you mean 'check'?"),
    (["diff", "a.json", "b.json", "c.json"], "Fel: Oväntat argument på slutet (c.json).",
     "Error: Got unexpected extra argument (c.json)"),
    (["checklists", "show"], "Fel: Argumentet 'ID|FILE' saknas.", "Error: Missing argument 'ID|FILE'."),
]


@pytest.mark.parametrize("args, swedish, english", CASES, ids=[" ".join(c[0]) for c in CASES])
def test_usage_errors_in_both_languages(args, swedish, english):
    sv = _run(*args)
    assert sv.exit_code == 2
    assert sv.stderr.rstrip("\n").endswith(swedish), sv.stderr
    assert sv.stderr.startswith("Användning: govcheck") and "Prova 'govcheck" in sv.stderr, sv.stderr
    assert not any(word in sv.stderr for word in ENGLISH), sv.stderr
    en = _run(*args, "--lang", "en")
    assert en.exit_code == 2
    assert en.stderr.rstrip("\n").endswith(english), en.stderr
    assert en.stderr.startswith("Usage: govcheck") and "Try 'govcheck" in en.stderr, en.stderr
    assert sv.stdout == en.stdout == ""


def test_the_usage_line_and_help_hint_name_the_command():
    result = _run("checklists", "show")
    assert result.stderr == ("Användning: govcheck checklists show [OPTIONS] ID|FILE\n"
                             "Prova 'govcheck checklists show --help' för hjälp.\n\n"
                             "Fel: Argumentet 'ID|FILE' saknas.\n")


def test_lang_is_read_wherever_it_stands_and_a_bad_lang_is_said_in_swedish():
    assert "Error: No such option '--lang'." in _run("--lang", "en", "batch").stderr  # not the group's, but read
    assert "Error: Missing option '--out'" in _run("batch", "--lang=en", "ws").stderr
    bad = _run("check", "--lang", "fr", "ws")
    assert bad.exit_code == 2
    assert "Fel: Ogiltigt värde för '--lang': 'fr' är inte ett av 'sv', 'en'." in bad.stderr


def test_an_option_without_its_value():
    assert _run("check", "ws", "--format").stderr == "Fel: Flaggan '--format' behöver ett värde.\n"
    assert _run("check", "--lang", "en", "ws", "--format").stderr == "Error: Option '--format' requires an argument.\n"


def test_a_path_that_must_be_a_file(tmp_path):
    result = _run("parse", str(tmp_path))
    assert result.exit_code == 2
    assert f"Fel: Ogiltigt värde för 'FILE': Filen '{tmp_path}' är en mapp." in result.stderr


def test_help_and_version_are_untouched():
    assert _run("--version").stdout.startswith("govcheck, version ")
    helped = _run("checklists")  # no subcommand: click shows the group's help
    assert "Commands:" in helped.stdout + helped.stderr
    assert "Fel:" not in helped.stdout + helped.stderr


def test_ctrl_c_while_click_parses_is_interrupted_not_aborted(monkeypatch):
    def interrupted(self, ctx, args):
        raise KeyboardInterrupt

    monkeypatch.setattr(click.Group, "parse_args", interrupted)
    result = _run("check", "ws")
    assert result.exit_code == 130
    assert result.stderr == "govcheck: avbruten / interrupted\n"


def test_in_a_real_process():
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-m", "govcheck", "batch"], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)
    assert done.returncode == 2
    assert done.stderr.endswith("Fel: Argumentet 'ROOT' saknas.\n"), done.stderr


@pytest.mark.parametrize("args, expected", [
    ([], "sv"), (["--lang", "en"], "en"), (["--lang=en"], "en"), (["--lang", "en", "--lang", "sv"], "sv"),
    (["--lang", "fr"], "sv"), (["--lang"], "sv"), (["--", "--lang", "en"], "sv"), (["x", "--lang", "en", "y"], "en"),
])
def test_lang_in(args, expected):
    assert clitext.lang_in(args) == expected


# ---------------------------------------------------------------- every sentence click makes

@click.group()
@click.option("--verbose", is_flag=True)
def toy(verbose):
    """A command line with every kind of parameter govcheck's could have."""


@toy.command()
@click.argument("pair", nargs=2)
@click.option("--two", nargs=2)
@click.option("--flag", is_flag=True)
@click.option("--count", type=int)
@click.option("--ratio", type=float)
@click.option("--share", type=click.FloatRange(0, 1))
@click.option("--yes", type=bool)
@click.option("--one", type=click.Choice(["only"]))
@click.option("--kind", type=click.Choice(["a", "b"]), required=True)
@click.option("--dir", "directory", type=click.Path(file_okay=False))
@click.option("--existing", type=click.Path(exists=True))
@click.option("--readable", type=click.Path(readable=True))
@click.option("--writable", type=click.Path(readable=False, writable=True))
def run(**kwargs):
    """Takes everything."""


def _raised(*args: str) -> click.UsageError:
    with pytest.raises(click.UsageError) as info:
        toy.main(list(args), prog_name="toy", standalone_mode=False)
    return info.value


OK = ["run", "a", "b", "--kind", "a"]


@pytest.mark.parametrize("args, swedish", [
    (["--verbose"], "Ett kommando saknas."),
    (["run", "a", "--kind", "a"], "Argumentet 'pair' tar 2 värden."),
    ([*OK, "--two", "x"], "Flaggan '--two' behöver 2 värden."),
    ([*OK, "--flag=x"], "Flaggan '--flag' tar inget värde."),
    ([*OK, "c", "d"], "Oväntade argument på slutet (c d)."),
    ([*OK, "--count", "x"], "Ogiltigt värde för '--count': 'x' är inte ett heltal."),
    ([*OK, "--ratio", "x"], "Ogiltigt värde för '--ratio': 'x' är inte ett tal."),
    ([*OK, "--share", "2"], "Ogiltigt värde för '--share': 2.0 ligger utanför intervallet 0<=x<=1."),
    ([*OK, "--yes", "maybe"],
     "Ogiltigt värde för '--yes': 'maybe' är varken sant eller falskt. "
     "Giltiga värden: , 0, 1, f, false, n, no, off, on, t, true, y, yes"),
    ([*OK, "--one", "other"], "Ogiltigt värde för '--one': 'other' är inte 'only'."),
    (["run", "a", "b"], "Flaggan '--kind' saknas. Välj bland: a, b."),
    ([*OK, "--existing", "/nonexistent/x"],
     "Ogiltigt värde för '--existing': Sökvägen '/nonexistent/x' finns inte."),
    ([*OK, "--zzz"], "Flaggan '--zzz' finns inte."),
    ([*OK, "--cont", "1"], "Flaggan '--cont' finns inte. (Menade du något av: '--count', '--one'?)"),
    (["nope"], "Kommandot 'nope' finns inte."),
])
def test_every_sentence_click_makes_is_known(args, swedish):
    exc = _raised(*args)
    said = clitext.message(exc)
    assert said == swedish, (exc.format_message(), said)
    assert not any(word in said for word in ENGLISH)


def test_path_sentences(tmp_path, monkeypatch):
    a_file = tmp_path / "f.txt"
    a_file.write_text("x")
    assert clitext.message(_raised(*OK, "--dir", str(a_file))).endswith(f"Mappen '{a_file}' är en fil.")
    monkeypatch.setattr(os, "access", lambda *a, **k: False)  # root may read and write everything
    assert clitext.message(_raised(*OK, "--readable", str(a_file))).endswith(f"Sökvägen '{a_file}' kan inte läsas.")
    assert clitext.message(_raised(*OK, "--writable", str(a_file))).endswith(
        f"Sökvägen '{a_file}' kan inte skrivas.")


def test_an_unknown_sentence_keeps_clicks_english():
    exc = click.BadParameter("must be a prime", param_hint="'--n'")
    assert clitext.message(exc) == "Ogiltigt värde för '--n': must be a prime"
    assert clitext.message(click.UsageError("Something new.")) == "Something new."
    assert clitext.in_lang(exc, "en") is exc
    swedish = clitext.in_lang(exc, "sv")
    assert swedish.exit_code == 2 and clitext.in_lang(swedish, "sv") is swedish


def test_shown_where_click_asks():
    buffer = io.StringIO()
    clitext.in_lang(_raised("run", "a", "b"), "sv").show(file=buffer)
    assert buffer.getvalue() == ("Användning: toy run [OPTIONS] PAIR...\nProva 'toy run --help' för hjälp.\n\n"
                                 "Fel: Flaggan '--kind' saknas. Välj bland: a, b.\n")

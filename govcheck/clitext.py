"""Swedish for click's own usage errors: a missing argument, an unknown option, a bad value.

click writes these itself, in English, before a command runs. Here they are said in Swedish
by what the error is: its class and the parameter it names (a missing argument, an unknown
option with its close matches), and, for the sentences click's types and parser make (``'x'
is not a valid integer range.``), by the template the sentence was made from. A sentence not
known here keeps click's English inside the Swedish line, so nothing click said is lost.
Imported by the command line only: the library has no click errors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import click

from govcheck.report.escape import for_terminal

# The sentences click's parser and parameter types make, as click words them (the tests make
# each with the installed click and fail on one not known here), with their Swedish: the
# named groups carry over as they are (values, names, ranges). Compiled on first use: every
# run of the command line imports this module, few print a usage error.
_SENTENCES: list[tuple[str, str]] = [
    (r"(?P<value>.+) is not one of (?P<choices>.+)\.", "{value} är inte ett av {choices}."),
    (r"(?P<value>.+) is not (?P<choices>'[^']*')\.", "{value} är inte {choices}."),
    (r"(?P<value>.+) is not a valid (?:integer|integer range)\.", "{value} är inte ett heltal."),
    (r"(?P<value>.+) is not a valid (?:float|float range)\.", "{value} är inte ett tal."),
    (r"(?P<value>.+) is not a valid boolean\.", "{value} är varken sant eller falskt."),
    (r"(?P<value>.+) is not a valid boolean\. Recognized values: (?P<known>.*)",
     "{value} är varken sant eller falskt. Giltiga värden: {known}"),
    (r"(?P<value>.+) is not in the range (?P<range>.+)\.", "{value} ligger utanför intervallet {range}."),
    (r"(?P<what>File|Directory|Path) (?P<name>.+) does not exist\.", "{what} {name} finns inte."),
    (r"(?P<what>File|Directory|Path) (?P<name>.+) is a file\.", "{what} {name} är en fil."),
    (r"(?P<what>File|Directory|Path) (?P<name>.+) is a directory\.", "{what} {name} är en mapp."),
    (r"(?P<what>File|Directory|Path) (?P<name>.+) is not readable\.", "{what} {name} kan inte läsas."),
    (r"(?P<what>File|Directory|Path) (?P<name>.+) is not writable\.", "{what} {name} kan inte skrivas."),
    (r"Option (?P<name>.+) requires an argument\.", "Flaggan {name} behöver ett värde."),
    (r"Option (?P<name>.+) requires (?P<count>\d+) arguments\.", "Flaggan {name} behöver {count} värden."),
    (r"Option (?P<name>.+) does not take a value\.", "Flaggan {name} tar inget värde."),
    (r"Argument (?P<name>.+) takes (?P<count>\d+) values\.", "Argumentet {name} tar {count} värden."),
    (r"Got unexpected extra argument \((?P<args>.*)\)", "Oväntat argument på slutet ({args})."),
    (r"Got unexpected extra arguments \((?P<args>.*)\)", "Oväntade argument på slutet ({args})."),
    (r"No such option:? (?P<name>.+?)\.?", "Flaggan {name} finns inte."),
    (r"No such command:? (?P<name>.+?)\.?", "Kommandot {name} finns inte."),
    (r"Missing command\.", "Ett kommando saknas."),
    (r"Value must be an iterable\.", "Värdet ska vara en lista."),
]

_PATH_WORDS = {"File": "Filen", "Directory": "Mappen", "Path": "Sökvägen"}
_MISSING = {"argument": "Argumentet", "option": "Flaggan", "parameter": "Parametern"}


def sentence(text: str) -> str:
    """One of click's English sentences in Swedish; the English itself when it is not known here."""
    for pattern, sv in _SENTENCES:
        found = re.fullmatch(pattern, text, re.S)
        if found is not None:
            parts = found.groupdict()
            if "what" in parts:
                parts["what"] = _PATH_WORDS[parts["what"]]
            return sv.format(**parts)
    return text


def _hint(exc: click.BadParameter) -> str | None:
    """The parameter as click names it in errors: "'--jobs' / '-j'", "'ROOT'"."""
    hint: Sequence[str] | str | None = exc.param_hint
    if hint is None and exc.param is not None:
        hint = exc.param.get_error_hint(exc.ctx)
    if hint is not None and not isinstance(hint, str):
        hint = " / ".join(repr(x) for x in hint)
    return hint


def _choices(exc: click.MissingParameter) -> str:
    """What a missing Choice could have been, as click adds it ("Choose from: …")."""
    if exc.param is not None and isinstance(exc.param.type, click.Choice):
        return " Välj bland: " + ", ".join(map(str, exc.param.type.choices)) + "."
    return ""


def _possibilities(exc: click.UsageError) -> str:
    """The close matches click found for an unknown option or command ("Did you mean …?")."""
    found = getattr(exc, "possibilities", None)
    if not found:
        return ""
    names = ", ".join(repr(p) for p in sorted(found))
    return f" Menade du {names}?" if len(found) == 1 else f" (Menade du något av: {names}?)"


def message(exc: click.UsageError) -> str:
    """The Swedish of what ``exc.format_message()`` says in English."""
    if isinstance(exc, click.MissingParameter):
        hint = _hint(exc)
        kind = exc.param_type or (exc.param.param_type_name if exc.param is not None else "parameter")
        lead = _MISSING.get(kind, f"Parametern ({kind})")
        text = f"{lead} {hint} saknas." if hint else f"{lead} saknas."
        return text + (f" {sentence(exc.message)}" if exc.message else "") + _choices(exc)
    if isinstance(exc, click.BadParameter):
        hint = _hint(exc)
        said = sentence(exc.message)
        return f"Ogiltigt värde för {hint}: {said}" if hint else f"Ogiltigt värde: {said}"
    return sentence(exc.message) + _possibilities(exc)


def show(exc: click.UsageError, file=None) -> None:
    """What ``exc.show()`` prints, in Swedish: the usage line, where help is, and the error.
    Control characters from the command line are shown escaped, as in govcheck's own errors."""
    ctx = exc.ctx
    color = None
    if ctx is not None:
        color = ctx.color
        formatter = ctx.make_formatter()
        formatter.write_usage(ctx.command_path, " ".join(ctx.command.collect_usage_pieces(ctx)),
                              prefix="Användning: ")
        usage = formatter.getvalue().rstrip("\n")
        hint = ""
        names = ctx.command.get_help_option_names(ctx)
        if names and ctx.command.get_help_option(ctx) is not None:
            hint = f"Prova '{ctx.command_path} {max(names, key=len)}' för hjälp.\n"
        click.echo(for_terminal(f"{usage}\n{hint}"), file=file, err=True, color=color)
    click.echo(for_terminal(f"Fel: {message(exc)}"), file=file, err=True, color=color)


def in_lang(exc: click.UsageError, lang: str) -> click.UsageError:
    """The error to raise in click's place: itself in English, a copy that shows itself in Swedish."""
    if lang != "sv" or isinstance(exc, _Swedish) or type(exc).__name__ == "NoArgsIsHelpError":  # shows the help
        return exc
    return _Swedish(exc)


class _Swedish(click.UsageError):
    """A usage error that click shows in Swedish; its exit code is the original's."""

    def __init__(self, original: click.UsageError):
        super().__init__(original.message, original.ctx)
        self.original = original
        self.exit_code = original.exit_code

    def format_message(self) -> str:
        return message(self.original)

    def show(self, file=None) -> None:
        show(self.original, file)


def lang_in(args: Sequence[str], default: str = "sv") -> str:
    """The --lang a command line asks for, read before click parses it: an error in parsing
    comes before the option's own callback, or from an argument given before --lang. The
    last valid one counts, as click takes the last; nothing after ``--`` is an option."""
    lang = default
    for k, arg in enumerate(args):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and k + 1 < len(args):
            value = args[k + 1]
        elif arg.startswith("--lang="):
            value = arg[len("--lang="):]
        if value in ("sv", "en"):
            lang = value
    return lang

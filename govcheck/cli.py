"""The command line: parses arguments, calls the public API, maps errors to exit codes. No logic."""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import sys
from pathlib import Path

import click

import govcheck
from govcheck import clitext
from govcheck.checklists import builtin_ids, checklist_schema, default_ids, load_checklist
from govcheck.checks import REGISTRY
from govcheck.errors import GovcheckError, InputFileError, ReadError
from govcheck.errortext import os_message
from govcheck.exitcodes import ExitCode
from govcheck.model import Text
from govcheck.batch import has_findings
from govcheck.cache import DEFAULT_MAX_BYTES, NO_CACHE_ENV, Cache, default_dir as default_cache_dir
from govcheck.parallel import default_jobs
from govcheck.report import RENDERERS, fixlist, render, summary
from govcheck.report.escape import for_terminal
from govcheck.report.json_report import render_comparison as comparison_json
from govcheck.report.text import render_comparison as comparison_text
from govcheck.report.words import cache_not_written, no_cache_folder, tr

FAIL_ON = ["not_fulfilled", "partially_fulfilled", "not_assessable", "never"]
INTERRUPTED = "govcheck: avbruten / interrupted"
LANG_KEY = "govcheck.lang"  # where --lang leaves its value in click's context meta, for errors


def _remember_lang(ctx: click.Context, param: click.Parameter, value: str) -> str:
    ctx.meta[LANG_KEY] = value  # meta is shared by the group's context and its commands'
    return value


def _lang_option(command):
    """--lang, the same on every command: reports and errors are written in it."""
    return click.option("--lang", type=click.Choice(["sv", "en"]), default="sv", show_default=True,
                        callback=_remember_lang, help="Language of the output and of error messages.")(command)


def _lang() -> str:
    """The command's --lang (Swedish, its default, where there is none yet)."""
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get(LANG_KEY, "sv") if ctx is not None else "sv"


def _error(message: str) -> None:
    """One line on stderr, led by "govcheck: fel:" or "govcheck: error:", and exit 2."""
    lead = "fel" if _lang() == "sv" else "error"
    click.echo(for_terminal(f"govcheck: {lead}: {message}"), err=True)
    sys.exit(ExitCode.USAGE)


def _fail(en: str, sv: str) -> None:
    _error(sv if _lang() == "sv" else en)


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"--as-of must be a date as YYYY-MM-DD, not {value!r}",
              f"--as-of ska vara ett datum som ÅÅÅÅ-MM-DD, inte {value!r}")


def _org(path: str | None):
    return govcheck.load_organisation(Path(path)) if path else None


def _cache(paths, cache_dir: str | None, no_cache: bool, max_mb: int, lang: str) -> Cache | None:
    """The parse cache: off with --no-cache, or with GOVCHECK_NO_CACHE set and no --cache-dir;
    off with a warning when there is no default folder (see cache.default_dir)."""
    if cache_dir and no_cache:
        _fail("--cache-dir and --no-cache exclude each other", "--cache-dir och --no-cache utesluter varandra")
    if cache_dir == "":
        _fail("--cache-dir needs a folder", "--cache-dir behöver en mapp")
    if no_cache or (not cache_dir and os.environ.get(NO_CACHE_ENV)):
        return None
    directory = Path(cache_dir) if cache_dir else default_cache_dir()
    if directory is None:
        click.echo(no_cache_folder(lang), err=True)
        return None
    if cache_dir:
        named = named_sv = f"--cache-dir {directory}"
    else:
        named = f"the parse cache {directory} ($XDG_CACHE_HOME or ~/.cache)"
        named_sv = f"dokumentcachen {directory} ($XDG_CACHE_HOME eller ~/.cache)"
    if directory.exists() and not directory.is_dir():
        _fail(f"{named} is not a folder", f"{named_sv} är inte en mapp")
    target = directory.resolve()
    for p in paths:
        root = Path(p).resolve()
        if root.is_dir() and target.is_relative_to(root) and _read_under(target.relative_to(root)):
            _fail(f"{named} is inside the input {p}: its entries would be read as documents",
                  f"{named_sv} ligger i indata {p}: dess poster skulle läsas som dokument")
    return Cache(directory, max_bytes=max_mb * 1024 * 1024)


def _warn_unwritten(cache: Cache | None, lang: str) -> None:
    """One line on stderr when entries could not be stored (see Cache.failed_writes)."""
    if cache is not None and cache.failed_writes:
        reason = cache.write_error_sv if lang == "sv" else cache.write_error
        click.echo(for_terminal(cache_not_written(cache.dir, reason, cache.failed_writes, lang)), err=True)


def _read_under(relative: Path) -> bool:
    """Whether documents are read at ``relative`` below an input: never in a hidden folder."""
    return not any(part.startswith(".") for part in relative.parts)


def _cache_options(command):
    """--cache-dir, --no-cache and --cache-max-mb, the same on every command that reads documents."""
    command = click.option(
        "--cache-max-mb", "cache_max_mb", type=click.IntRange(min=0), default=DEFAULT_MAX_BYTES // 1024 ** 2,
        show_default=True, metavar="MB",
        help="Size bound of the parse cache: the least recently used entries go first (0: no bound).")(command)
    command = click.option("--no-cache", "no_cache", is_flag=True,
                           help="Read every document again and store nothing (also when GOVCHECK_NO_CACHE is set).")(command)
    return click.option("--cache-dir", "cache_dir", metavar="DIR",
                        help="Parse cache directory. Default: $XDG_CACHE_HOME/govcheck or ~/.cache/govcheck.")(command)


class _Progress:
    """click's progress bar on stderr while documents are read, only on a terminal and for more
    than five documents: a report on stdout, in a file or in a pipe never contains it."""

    def __init__(self, lang: str):
        self.label = "Läser dokument" if lang == "sv" else "Reading documents"
        self.bar = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if total <= 5 or not sys.stderr.isatty():
                return
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr, show_pos=True)
            self.bar.__enter__()
        self.bar.update(done - self.bar.pos)

    def __enter__(self) -> "_Progress":
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


class _Group(click.Group):
    """Turns govcheck's own errors, and a file that cannot be written (an --output that is a
    folder, a full disk), into one line on stderr and exit 2, and Ctrl-C into one line and exit
    130 (click alone would print "Aborted!" and exit 1, the code of findings); never a
    traceback. click's own usage errors (a missing argument, a bad --jobs) are shown in the
    command line's --lang, read from the arguments before click parses them (clitext)."""

    def make_context(self, info_name, args, parent=None, **extra):
        lang = clitext.lang_in(args)
        try:
            ctx = super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:
            raise clitext.in_lang(exc, lang) from None
        except KeyboardInterrupt:
            click.echo(INTERRUPTED, err=True)
            sys.exit(ExitCode.INTERRUPTED)
        ctx.meta[LANG_KEY] = lang  # until a command's --lang callback has run
        return ctx

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:  # parsing the command's arguments
            raise clitext.in_lang(exc, _lang()) from None
        except GovcheckError as exc:
            _error(exc.message(_lang()))
        except KeyboardInterrupt:
            click.echo(INTERRUPTED, err=True)
            sys.exit(ExitCode.INTERRUPTED)
        except BrokenPipeError:  # a reader that went away (| head): click's own handling
            raise
        except OSError as exc:
            _fail(*os_message(exc))


@click.group(cls=_Group)
@click.version_option(govcheck.__version__, prog_name="govcheck")
def main() -> None:
    """govcheck: check a Swedish municipality's governing documents against audit checklists."""
    # A run builds a corpus and a report of acyclic objects and then ends: the cyclic collector
    # would only walk them again and again (see gcpause.py). Batch mode collects between
    # workspaces, so what little cyclic garbage a workspace leaves does not add up.
    gc.disable()


def run() -> None:
    """The console script: ``main`` in standalone mode, then an exit without the interpreter's
    teardown. A run ends holding a corpus and a report of some hundred thousand objects, and
    freeing them one by one cost a tenth of a warm-cache `govcheck check`; the operating system
    takes the whole process back at once. Output is flushed first and the exit code kept;
    click's test runner calls ``main``, never this."""
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = _exit_code(exc.code)
    except KeyboardInterrupt:  # before click took over; within a command see _Group
        code = ExitCode.INTERRUPTED
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: what the interpreter would report as 120
            code = code or 120
    os._exit(code)


def _exit_code(code: object) -> int:
    """What ``sys.exit(code)`` makes the process return: None is 0, an int itself, anything
    else is printed to stderr and is 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return int(code) & 0xFF
    print(code, file=sys.stderr)
    return 1


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--checklist", "checklists", multiple=True, metavar="ID|FILE",
              help="Built-in checklist id or a checklist file (repeatable). Default: all built-in except utkast.")
@click.option("--org", "org_file", metavar="FILE", help="Organisation model (govcheck.yaml) to use.")
@click.option("--as-of", "as_of", metavar="DATE", help="Check date (YYYY-MM-DD). Default: workspace as_of or today.")
@click.option("--facts", "facts_file", metavar="FILE", help="Attested facts (facts.yaml) to use.")
@click.option("--format", "fmt", type=click.Choice(sorted(RENDERERS)), default="text", show_default=True)
@click.option("--output", "-o", "output", metavar="FILE", help="Write the report here instead of standard output.")
@_lang_option
@click.option("--fail-on", "fail_on", type=click.Choice(FAIL_ON), default="not_fulfilled", show_default=True,
              help="Exit 1 when a control's verdict is this or worse (waived controls do not count).")
@click.option("--baseline", "baseline", metavar="FILE",
              help="An earlier JSON report: lead with what is new, persisting, changed and resolved since.")
@click.option("--waivers", "waivers_file", metavar="FILE", help="Waivers to apply. Default: waivers.yaml of the workspace.")
@click.option("--no-waivers", "no_waivers", is_flag=True, help="Ignore every waiver.")
@click.option("--jobs", "-j", "jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Read documents in N processes (1: in this process). Default: the cores this process may use.")
@_cache_options
def check(paths, checklists, org_file, as_of, facts_file, fmt, output, lang, fail_on, baseline, waivers_file,
          no_waivers, jobs, cache_dir, no_cache, cache_max_mb) -> None:
    """Check documents, folders or workspaces against checklists."""
    if waivers_file and no_waivers:
        _fail("--waivers and --no-waivers exclude each other", "--waivers och --no-waivers utesluter varandra")
    loaded = [load_checklist(ref) for ref in (checklists or default_ids())]
    facts = govcheck.load_facts(Path(facts_file)) if facts_file else None
    waivers = [] if no_waivers else (govcheck.load_waivers(waivers_file) if waivers_file else None)
    earlier = govcheck.load_json_report(baseline) if baseline else None
    cache = _cache(paths, cache_dir, no_cache, cache_max_mb, lang)
    with _Progress(lang) as progress:
        report = govcheck.check_paths(paths, loaded, organisation=_org(org_file), as_of=_date(as_of), facts=facts,
                                      facts_source=facts_file, waivers=waivers, progress=progress,
                                      jobs=jobs or default_jobs(), cache=cache)
    if earlier is not None:
        report = govcheck.apply_baseline(report, earlier, baseline)
    rendered = render(report, fmt, lang, fail_on=fail_on)
    if output:
        target = Path(output).resolve()
        if any(Path(p).resolve() == target or target.is_relative_to(Path(p).resolve() / "documents")
               for p in paths):
            _fail(f"--output {output} would overwrite or add to an input",
                  f"--output {output} skulle skriva över eller lägga till i indata")
        if isinstance(rendered, bytes):
            target.write_bytes(rendered)
        else:
            target.write_text(rendered, encoding="utf-8")
    elif isinstance(rendered, bytes):
        _fail(f"--format {fmt} is binary: give --output FILE", f"--format {fmt} är binärt: ange --output FIL")
    else:
        click.echo(rendered, nl=False)
    _warn_unwritten(cache, lang)  # after the report, so that a report on the terminal does not hide it
    if has_findings(report, fail_on):
        sys.exit(ExitCode.FINDINGS)


@main.command()
@click.argument("root")
@click.option("--out", "-o", "out", required=True, metavar="DIR",
              help="Folder for one report per workspace and summary.csv / summary.html (created if missing).")
@click.option("--checklist", "checklists", multiple=True, metavar="ID|FILE",
              help="Built-in checklist id or a checklist file (repeatable). Default: all built-in except utkast.")
@click.option("--format", "fmt", type=click.Choice(sorted(RENDERERS)), default="json", show_default=True,
              help="Format of each workspace's report.")
@_lang_option
@click.option("--as-of", "as_of", metavar="DATE",
              help="Check date (YYYY-MM-DD). Default: each workspace's as_of or today.")
@click.option("--fail-on", "fail_on", type=click.Choice(FAIL_ON), default="not_fulfilled", show_default=True,
              help="Exit 1 when a control of any workspace has this verdict or worse (waived ones do not count).")
@click.option("--jobs", "-j", "jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Read each workspace's documents in N processes (1: in this process). "
                   "Default: the cores this process may use.")
@_cache_options
def batch(root, out, checklists, fmt, lang, as_of, fail_on, jobs, cache_dir, no_cache, cache_max_mb) -> None:
    """Check every workspace under ROOT, one at a time: a report for each, and a summary across them.

    Exit 2 when ROOT holds no workspace or a workspace could not be checked (the others still are)."""
    if not out:
        _fail("--out needs a folder", "--out behöver en mapp")
    loaded = [load_checklist(ref) for ref in (checklists or default_ids())]
    cache = _cache([root], cache_dir, no_cache, cache_max_mb, lang)

    def progress(done: int, total: int, row) -> None:
        click.echo(summary.progress_line(done, total, row, lang), err=True)

    result = govcheck.run_batch(root, out, loaded, fmt=fmt, lang=lang, fail_on=fail_on, as_of=_date(as_of),
                                jobs=jobs or default_jobs(), cache=cache, progress=progress)
    for name in result.skipped:
        click.echo(summary.skipped_line(Path(root) / name, lang), err=True)
    _warn_unwritten(cache, lang)
    click.echo(summary.totals_line(result.workspaces, len(result.with_findings), len(result.errors), lang), err=True)
    click.echo(result.csv)
    click.echo(result.html)
    if result.errors:
        sys.exit(ExitCode.USAGE)
    if result.with_findings:
        sys.exit(ExitCode.FINDINGS)


@main.command()
@click.argument("old", metavar="OLD.json")
@click.argument("new", metavar="NEW.json")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_lang_option
def diff(old, new, fmt, lang) -> None:
    """Compare two saved JSON reports control by control, without reading documents."""
    comparison = govcheck.diff_reports(govcheck.load_json_report(old), govcheck.load_json_report(new), baseline=old)
    click.echo(comparison_json(comparison) if fmt == "json" else comparison_text(comparison, lang), nl=False)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--workspace", metavar="DIR", help="The municipality's workspace, for its documents and organisation.")
@click.option("--as-of", "as_of", metavar="DATE", help="Check date (YYYY-MM-DD). Default: workspace as_of or today.")
@click.option("--format", "fmt", type=click.Choice(list(fixlist.FORMATS)), default="text", show_default=True)
@_lang_option
@click.option("--annotate", "annotate_out", metavar="OUT.docx",
              help="Write a copy of the .docx draft with a Word comment at each defect.")
def draft(file, workspace, as_of, fmt, lang, annotate_out) -> None:
    """Check a draft before adoption and print the fix list (exit 1 when anything needs fixing)."""
    if not Path(file).exists():
        _fail(f"path does not exist: {file}", f"sökvägen finns inte: {file}")
    if annotate_out and Path(annotate_out).resolve() == Path(file).resolve():
        _fail(f"--annotate {annotate_out} would overwrite the draft",
              f"--annotate {annotate_out} skulle skriva över utkastet")
    if annotate_out and Path(file).suffix.lower() != ".docx":
        _fail("--annotate needs a .docx draft", "--annotate behöver ett utkast i .docx")
    result = govcheck.check_draft(file, workspace=workspace, as_of=_date(as_of))
    click.echo(fixlist.render(result, fmt, lang), nl=False)
    if annotate_out:
        from govcheck.annotate import annotate_docx  # python-docx's reader, only for --annotate

        annotate_docx(file, result, annotate_out, lang)
    if result.needs_fixes:
        sys.exit(ExitCode.FINDINGS)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True)
@click.option("--org", "org_file", metavar="FILE", help="Organisation model to match bodies against.")
@_lang_option
def parse(file, fmt, org_file, lang) -> None:
    """Read one document and print its model."""
    if not Path(file).exists():
        _fail(f"path does not exist: {file}", f"sökvägen finns inte: {file}")
    from govcheck.report.document import document_json, document_text

    try:
        doc = govcheck.parse_document(file, _org(org_file))
    except ReadError as exc:
        said = "kan inte läsa" if lang == "sv" else "cannot read"
        click.echo(for_terminal(f"govcheck: {said} {exc.message(lang)}"), err=True)
        sys.exit(ExitCode.USAGE)
    click.echo(document_json(doc) if fmt == "json" else document_text(doc, lang), nl=False)


# The words of `govcheck checklists list|show|validate`.
_WORDS = {
    "controls": Text(sv="kontrollmål", en="controls"),
    "source": Text(sv="källa", en="source"),
    "criterion": Text(sv="kriterium", en="criterion"),
    "question": Text(sv="revisionsfråga", en="question"),
    "check": Text(sv="kontroll", en="check"),
    "recommendation": Text(sv="rekommendation", en="recommendation"),
}


@main.group()
def checklists() -> None:
    """List, show and validate checklists."""


@checklists.command("list")
@_lang_option
def list_(lang) -> None:
    """The built-in checklists with their titles."""
    for cid in builtin_ids():
        cl = load_checklist(cid)
        click.echo(f"{cl.id:<22} {tr(cl.title, lang)}  ({len(cl.controls)} {tr(_WORDS['controls'], lang)})")


@checklists.command()
@click.argument("ref", metavar="ID|FILE")
@_lang_option
def show(ref, lang) -> None:
    """Every control of a checklist with its provenance and checks."""
    cl = load_checklist(ref)
    w = {key: tr(words, lang) for key, words in _WORDS.items()}
    click.echo(f"{cl.id} v{cl.version}: {tr(cl.title, lang)}")
    src = cl.provenance.source
    click.echo(f"  {w['source']}: {', '.join(src) if isinstance(src, list) else src}")
    for crit in cl.provenance.criteria:
        click.echo(f"  {w['criterion']}: {crit}")
    for control in cl.controls:
        click.echo(f"\n{control.id}  {tr(control.title, lang)}")
        p = control.provenance
        click.echo(f"  {w['source']}: {', '.join(p.source) if isinstance(p.source, list) else p.source}")
        if p.question:
            click.echo(f"  {w['question']}: {p.question}")
        for crit in p.criteria:
            click.echo(f"  {w['criterion']}: {crit}")
        for spec in control.checks:
            params = spec.model_dump(mode="json", exclude_defaults=True, exclude={"kind"})
            shown = json.dumps(params, ensure_ascii=False) if params else ""
            click.echo(f"  {w['check']}: {spec.kind} {shown}".rstrip())
        click.echo(f"  {w['recommendation']}: {tr(control.recommendation, lang)}")


@checklists.command()
@click.argument("file", type=click.Path(dir_okay=False))
@_lang_option
def validate(file, lang) -> None:
    """Validate a checklist file; prints file:line:column: reason when it is wrong."""
    if not Path(file).exists():
        _fail(f"path does not exist: {file}", f"sökvägen finns inte: {file}")
    try:
        cl = load_checklist(file)
    except InputFileError as exc:
        click.echo(for_terminal(exc.message(lang)), err=True)
        sys.exit(ExitCode.USAGE)
    click.echo(f"{file}: ok ({cl.id}, {len(cl.controls)} {tr(_WORDS['controls'], lang)})")


@checklists.command()
@click.option("--markdown", is_flag=True, help="Print the full documentation of every kind (in English).")
@_lang_option
def kinds(markdown, lang) -> None:
    """The check kinds a checklist can use."""
    if markdown:
        from govcheck.docs import kinds_markdown

        click.echo(kinds_markdown(), nl=False)
        return
    for name, kind in sorted(REGISTRY.items()):
        click.echo(f"{name:<22} {tr(kind.summary, lang)}")


@checklists.command()
def schema() -> None:
    """Print the checklist JSON Schema (derived from the registry)."""
    click.echo(json.dumps(checklist_schema(), ensure_ascii=False, indent=2))

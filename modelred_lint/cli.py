"""The command line: `modelred-lint [PATHS]...`, `modelred-lint rules`,
`modelred-lint rule MR001`. Exit codes: 0 clean, 1 findings, 2 usage/config/internal
(never 1 for an error of ours: 1 means findings).

Everything printed goes through reporters.textsafe: control characters from scanned
code and file names are made visible, and only what the stream's encoding can hold is
written.

The commands are click's, built on first use: importing click and the parts of the
standard library it brings (datetime, uuid, platform, gettext) costs about as much as
linting a small file, felt by every save in an editor. A plain lint run (`modelred-lint
[--option value]... [PATHS]...`, long options and -o/-j/-q/-v, as editors, hooks and CI
write it) is read from the same option table without click (`_quick_check_args`); any
other command line (help, --version, another command, a value click would refuse or
convert otherwise, `--`, grouped short flags) goes to click, which prints what it always
printed."""

from __future__ import annotations

import gc
import os
import stat
import sys
import warnings
from pathlib import Path
from typing import Optional

from modelred_lint import __version__
from modelred_lint.reporters import FORMATS

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
PROG_NAME = "modelred-lint"


# -- the `check` command's options: one table, read by click and by the quick parser -------

FLAG, TEXT, TEXTS, CHOICE, FILE, FOLDER, JOBS = "flag", "text", "texts", "choice", "file", "folder", "jobs"
_UNSET = object()


class CheckOption:
    """One option of `check`. `names` as click declares them (long name first); `dest`
    the parameter's name; `kind` its type: FLAG, TEXT, TEXTS (repeatable), CHOICE,
    FILE (a path that is not a folder), FOLDER (a path that is not a file) or JOBS (an
    integer, at least 1)."""

    __slots__ = ("names", "dest", "kind", "help", "choices", "default", "explicit_dest")

    def __init__(self, names, dest, kind, help=None, choices=(), default=_UNSET, explicit_dest=False):
        self.names = names
        self.dest = dest
        self.kind = kind
        self.help = help
        self.choices = choices
        self.default = default  # _UNSET: click's default for the kind
        self.explicit_dest = explicit_dest  # the declaration names the parameter

    def initial(self):
        """The value when the option is not given (what click passes)."""
        if self.default is not _UNSET:
            return self.default
        return {FLAG: False, TEXTS: ()}.get(self.kind)


CHECK_OPTIONS = (
    CheckOption(("--select",), "select", TEXTS, help="Rule IDs or prefixes to enable (replaces the configured set). Comma-separated or repeated."),
    CheckOption(("--ignore",), "ignore", TEXTS, help="Rule IDs or prefixes to disable, on top of the configuration."),
    CheckOption(("--format",), "output_format", CHOICE, choices=FORMATS, default="text", explicit_dest=True),
    CheckOption(("--output", "-o"), "output_file", FILE, help="Write the report to this file.", explicit_dest=True),
    CheckOption(("--fix",), "fix", FLAG, help="Apply safe fixes."),
    CheckOption(("--unsafe-fixes",), "unsafe_fixes", FLAG, help="With --fix or --diff, apply unsafe fixes too (they may change behaviour)."),
    CheckOption(("--diff",), "diff", FLAG, help="Print the fixes as unified diffs and write nothing (exit 1 if there is anything to change)."),
    CheckOption(("--show-fixes",), "show_fixes", FLAG, help="List the fixes applied."),
    CheckOption(("--exit-zero",), "exit_zero", FLAG, help="Exit 0 even when there are findings."),
    CheckOption(("--baseline",), "baseline_file", FILE, help="Report only the findings not recorded in this baseline (see --write-baseline); say how many it matched and how many of its entries no longer occur.", explicit_dest=True),
    CheckOption(("--write-baseline",), "write_baseline", FILE, help="Record the current findings in this baseline file (no secret is written) and exit 0.", explicit_dest=True),
    CheckOption(("--skip-other-files",), "skip_other_files", FLAG, help="Skip files named on the command line that are not Python, notebooks or the text files scanned for keys, instead of reading them as Python (the pre-commit hook passes every text file)."),
    CheckOption(("--config",), "config_file", FILE, help="Use this configuration file (pyproject.toml or .modelred-lint.yaml).", explicit_dest=True),
    CheckOption(("--stdin-filename",), "stdin_filename", TEXT, help="Lint the source read from standard input as if it were this file (with --fix: print the fixed source)."),
    CheckOption(("--force-exclude",), "force_exclude", FLAG, help="Apply excludes to files named on the command line too.", default=None),
    CheckOption(("--no-prefilter",), "no_prefilter", FLAG, help="Parse every file, even those no rule could fire on (for checking the prefilter)."),
    CheckOption(("--jobs", "-j"), "jobs", JOBS, help="Worker processes (default: the number of cores).", default=None),
    CheckOption(("--no-cache",), "no_cache", FLAG, help="Neither read nor write the cache."),
    CheckOption(("--cache-dir",), "cache_dir", FOLDER, help="Where the cache lives (default: a folder per project in the user's cache folder, ~/.cache/modelred-lint)."),
    CheckOption(("--quiet", "-q"), "quiet", FLAG, help="Print findings only, no summary."),
    CheckOption(("--color",), "color", CHOICE, choices=("auto", "always", "never"), default="auto", help="Colour the text output (auto: on a terminal, unless NO_COLOR is set)."),
    CheckOption(("--verbose", "-v"), "verbose", FLAG, help="Show the traceback of an internal error."),
)
COMMANDS = ("check", "rules", "rule", "server")


def _quick_check_args(args: list[str]) -> Optional[dict]:
    """The parameters click would pass to `check` for this command line, or None where
    only click can say (help, --version, errors, and any form this reader does not
    take). It takes a subset of click's syntax and gives the same values on it."""
    if args and args[0] == "check":
        args = args[1:]
    elif args and args[0] in COMMANDS:
        return None
    by_name = {name: option for option in CHECK_OPTIONS for name in option.names}
    params = {option.dest: option.initial() for option in CHECK_OPTIONS}
    paths = []
    texts: dict[str, list[str]] = {}
    rest = list(args)
    while rest:
        token = rest.pop(0)
        if token == "-" or not token.startswith("-"):
            if not _quick_readable(token, dir_okay=True, file_okay=True):
                return None
            paths.append(token)
            continue
        name, has_value, value = token.partition("=")
        option = by_name.get(name)
        if option is None or (has_value and not name.startswith("--")):
            return None  # --help, --version, --, grouped or attached short flags, a typo
        if option.kind == FLAG:
            if has_value:
                return None
            params[option.dest] = True
            continue
        if not has_value:
            if not rest:
                return None
            value = rest.pop(0)
        if not value or value.startswith("-"):
            return None  # (click would take it as the value; it is rarely meant)
        converted = _quick_value(option, value)
        if converted is None:
            return None
        if option.kind == TEXTS:
            texts.setdefault(option.dest, []).append(value)
        else:
            params[option.dest] = converted
    for dest, values in texts.items():
        params[dest] = tuple(values)
    return {"paths": tuple(paths), **params}


def _quick_value(option: CheckOption, value: str):
    """The value as click converts it, or None where click might refuse it."""
    if option.kind in (TEXT, TEXTS):
        return value
    if option.kind == CHOICE:
        return value if value in option.choices else None
    if option.kind == JOBS:
        return int(value) if value.isascii() and value.isdigit() and int(value) >= 1 else None
    if not _quick_readable(value, dir_okay=option.kind != FILE, file_okay=option.kind != FOLDER):
        return None
    return Path(value)


def _quick_readable(value: str, dir_okay: bool, file_okay: bool) -> bool:
    """click.Path's checks (exists=False, readable=True): a path that does not exist is
    taken; one that exists must be of an accepted kind and readable."""
    try:
        found = os.stat(value)
    except OSError:
        return True
    except ValueError:  # (an embedded NUL: click reports it)
        return False
    if (not file_okay and stat.S_ISREG(found.st_mode)) or (not dir_okay and stat.S_ISDIR(found.st_mode)):
        return False
    return os.access(value, os.R_OK)


def _echo(text: str, err: bool = False, structured: bool = False) -> None:
    from modelred_lint.reporters.textsafe import write

    write(sys.stderr if err else sys.stdout, text, structured)


def _error(message: str) -> None:
    from modelred_lint.redaction import scrub_message
    from modelred_lint.reporters.textsafe import printable

    # (An error line may name a file whose name is a key.)
    _echo(f"modelred-lint: error: {printable(scrub_message(message))}\n", err=True)


def _fail(message: str) -> None:
    _error(message)
    sys.exit(EXIT_ERROR)


def _run_check(paths: tuple[str, ...], output_file: Optional[Path], options: dict) -> None:
    """`check`, whichever parser read its command line."""
    try:
        _check(paths, output_file, options)
    except BrokenPipeError:
        _closed_pipe()
    except Exception as exc:  # noqa: BLE001 - a bug of ours: exit 2, not a traceback
        if _is_click_exception(exc):
            raise
        _internal_error(exc, options, output_file)


def _is_click_exception(exc: Exception) -> bool:
    click = sys.modules.get("click")  # (not imported by a quick run: then it is none)
    return click is not None and isinstance(
        exc, (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort)
    )


def _closed_pipe() -> None:
    """The reader stopped reading (`modelred-lint . | head`): not a bug to report. The
    output could not all be written, so the run did not succeed (2); the interpreter's
    own flush at exit must not fail on the closed pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    sys.exit(EXIT_ERROR)


def _check(paths: tuple[str, ...], output_file: Optional[Path], options: dict) -> None:
    from modelred_lint.catalogue import CatalogueError
    from modelred_lint.config import ConfigError

    try:
        run = _prepare(options)
    except (ConfigError, CatalogueError, UsageProblem) as exc:
        _fail(str(exc))
        return
    if options["stdin_filename"] is not None:
        data, outcome = _read_stdin(run, paths, options)
        if options["fix"] and not options["diff"]:
            _emit_fixed_stdin(run, data, outcome, options, output_file)
            return
        _emit(run, outcome, options, output_file, stdin=True, stdin_data=data)
        return
    _emit(run, _execute(run, paths, options), options, output_file)


class UsageProblem(Exception):
    """A command line or configuration that cannot run as asked (exit 2)."""


def _internal_error(exc: Exception, options: dict, output_file: Optional[Path]) -> None:
    """Exit 2 with one line (the exception's type only: its text may quote a file),
    the traceback with --verbose, and the report file still written, holding the
    error (for SARIF, as a tool execution notification)."""
    message = f"internal error ({type(exc).__name__}); please report it"
    if options.get("verbose"):
        import traceback

        _echo("".join(traceback.format_exception(exc)), err=True)
    else:
        message += " (run with --verbose for the traceback)"
    _error(message)
    if output_file is not None:
        try:
            _write_report_file(output_file, options.get("output_format") or "text", _error_report(message))
        except Exception:  # noqa: BLE001 - the error line above is what is left
            pass
    sys.exit(EXIT_ERROR)


def _error_report(message: str):
    from modelred_lint.reporters import Report

    try:
        from modelred_lint.catalogue import load_catalogue

        catalogue = load_catalogue()
    except Exception:  # noqa: BLE001 - the catalogue may be what failed
        catalogue = None
    return Report([], catalogue, 0, frozenset(), errors=[message])


def _prepare(options: dict):
    from modelred_lint.catalogue import load_catalogue
    from modelred_lint.config import enabled_rules, expand_codes, load_settings
    from modelred_lint.discovery import DEFAULT_EXCLUDES
    from modelred_lint.engine import Plan
    from modelred_lint.runner import PerFileIgnores, Run

    cwd = Path.cwd()
    catalogue = load_catalogue()
    settings = load_settings(cwd, options["config_file"], catalogue)
    if options["select"]:
        settings.select = _split(options["select"])
    if options["ignore"]:
        settings.ignore = [*settings.ignore, *_split(options["ignore"])]
    if options["force_exclude"] is not None:
        settings.force_exclude = options["force_exclude"]
    enabled = enabled_rules(settings, catalogue)
    if not enabled:
        raise UsageProblem(_why_no_rules(settings, options, catalogue))
    plan = Plan.build(
        enabled,
        settings.options,
        max_file_size=settings.max_file_size,
        use_prefilter=not options["no_prefilter"],
    )
    per_file = PerFileIgnores.build(
        settings.per_file_ignores, lambda codes: expand_codes(codes, catalogue, "per-file-ignores"), settings.root
    )
    excludes = list(DEFAULT_EXCLUDES if settings.exclude is None else settings.exclude)
    excludes += settings.extend_exclude
    cache = None
    if not options["no_cache"]:
        from modelred_lint.cache import open_cache

        cache, warnings = open_cache(plan, options["cache_dir"], settings.root)
        if warnings:
            from modelred_lint.reporters.textsafe import printable

            for warning in warnings:
                _echo(f"modelred-lint: warning: {printable(warning)}\n", err=True)
    jobs = options["jobs"] or os.cpu_count() or 1
    return Run(
        cwd=cwd,
        settings=settings,
        catalogue=catalogue,
        plan=plan,
        per_file=per_file,
        excludes=excludes,
        jobs=jobs,
        cache=cache,
    )


def _why_no_rules(settings, options: dict, catalogue) -> str:
    """The cause of an empty rule set, named as the user wrote it."""
    from modelred_lint.config import expand_codes

    where_file = getattr(settings, "config_path", None)
    if options["select"]:
        where = "--select"
    else:
        where = f"`select` in {where_file}" if where_file else "`select`"
    if not settings.select:
        return f"{where} is empty: it disables every rule (name rule IDs or prefixes, or ALL)"
    selected = sorted(expand_codes(settings.select, catalogue, "select"))
    return f"every rule that {where} enables ({', '.join(selected)}) is ignored: no rule is left to run"


def _execute(run, paths: tuple[str, ...], options: dict):
    from modelred_lint.runner import fix_targets, lint_targets

    fixing = options["fix"] or options["diff"]
    found = run.discover(list(paths) or ["."], skip_other_files=options["skip_other_files"])
    if fixing:
        return fix_targets(run, found, unsafe=options["unsafe_fixes"], write=not options["diff"])
    return lint_targets(run, found)


def _read_stdin(run, paths: tuple[str, ...], options: dict):
    from modelred_lint.runner import lint_stdin

    if paths and paths != ("-",):
        _fail("--stdin-filename reads standard input; give no paths with it (or `-`)")
    data = sys.stdin.buffer.read()
    fixing = options["fix"] or options["diff"]
    return data, lint_stdin(run, options["stdin_filename"], data, fixing, options["unsafe_fixes"])


def _emit_fixed_stdin(run, data: bytes, outcome, options: dict, output_file: Optional[Path]) -> None:
    """`--fix --stdin-filename NAME -`, for an editor's fix on save (ruff's convention):
    the fixed source on stdout (the source as it came when nothing could be fixed or
    anything failed, so that the buffer is never lost), the findings that remain on
    stderr (or in --output). Exit 0 when nothing remains, 1 when findings remain, 2 on
    an error."""
    body = data
    fixed = outcome.fixes[0] if outcome.fixes else None
    if fixed is not None and fixed.changed and not fixed.error:
        from modelred_lint.fixer import fixed_bytes

        try:
            body = fixed_bytes(fixed, data)
        except (UnicodeError, LookupError) as exc:
            outcome.errors.append(f"{options['stdin_filename']}: the fixed source cannot be encoded ({type(exc).__name__}); printed unchanged")
            outcome.fixes = []
    sys.stdout.flush()
    out = sys.stdout.buffer
    out.write(body)
    out.flush()
    _report(run, outcome, options, output_file, to_stderr=True, sources={options["stdin_filename"]: body})


def _emit(run, outcome, options: dict, output_file: Optional[Path], stdin: bool = False, stdin_data: Optional[bytes] = None) -> None:
    from modelred_lint.reporters.textsafe import printable

    if not stdin and not outcome.files_checked and not outcome.errors and not options["skip_other_files"]:
        _echo("modelred-lint: warning: no Python files were checked (none found in the paths given, "
              "or all excluded)\n", err=True)
    if options["diff"]:
        for message in outcome.errors:
            _error(message)
        changed = [fixed for fixed in outcome.fixes if fixed.changed]
        for fixed in changed:
            _echo(fixed.diff(run.plan))
        if outcome.fixes and not changed and not options["quiet"]:
            _echo("No fixes to apply.\n", err=True)
        sys.exit(EXIT_ERROR if outcome.errors else (EXIT_FINDINGS if changed else EXIT_CLEAN))
    if options["show_fixes"]:
        for fixed in outcome.fixes:
            for finding in fixed.applied:
                from modelred_lint.reporters.text import place

                _echo(f"Fixed {place(finding)} {finding.rule} {printable(finding.fix.description)}\n", err=True)
    sources = {options["stdin_filename"]: stdin_data} if stdin_data is not None else None
    _report(run, outcome, options, output_file, sources=sources)


def _baseline(run, findings: list, options: dict, errors: list[str], sources) -> tuple[list, object]:
    """--write-baseline writes the findings and exits; --baseline keeps the new ones.
    (findings to report, the comparison or None)."""
    target = options.get("write_baseline")
    source = options.get("baseline_file")
    if target is None and source is None:
        return findings, None  # (no baseline module to import: hashlib, secrets)
    from modelred_lint import baseline

    root = run.repository_root()
    read = baseline.file_reader(sources, run.plan.max_file_size)
    if target is not None:
        built = baseline.build(findings, read, root, baseline.existing_salt(target))
        try:
            target.write_text(baseline.render(built), encoding="utf-8")
        except OSError as exc:
            _fail(f"{target}: cannot write the baseline ({exc.strerror or type(exc).__name__})")
        for message in errors:
            _error(message)
        n = len(built.entries)
        if not options["quiet"]:
            _echo(f"modelred-lint: wrote {n} finding{'s' if n != 1 else ''} to the baseline {target}\n", err=True)
        sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)
    try:
        recorded = baseline.load(source)
    except baseline.BaselineError as exc:
        _fail(str(exc))
    comparison = baseline.compare(findings, recorded, read, root, str(source))
    return comparison.new, comparison


def _report(run, outcome, options: dict, output_file: Optional[Path], to_stderr: bool = False, sources=None) -> None:
    from modelred_lint.reporters import Report, get_reporter

    findings, comparison = _baseline(run, outcome.findings, options, outcome.errors, sources)
    for message in outcome.errors:
        _error(message)
    report = Report(
        findings,
        run.catalogue,
        outcome.files_checked,
        run.plan.enabled,
        unsafe_fixes=options["unsafe_fixes"],
        fixed=sum(len(f.applied) for f in outcome.fixes),
        root=run.repository_root(),
        errors=outcome.errors,
        baseline=comparison,
    )
    output_format = options["output_format"]
    if output_file is not None:
        try:
            _write_report_file(output_file, output_format, report)
        except OSError as exc:
            _fail(f"{output_file}: cannot write ({exc.strerror or type(exc).__name__})")
    else:
        color = output_format == "text" and _use_color(options["color"], to_stderr)
        text = get_reporter(output_format)(report, color)
        if options["quiet"] and output_format == "text":
            text = "".join(line + "\n" for line in text.splitlines()[: len(findings)])
        _echo(text, err=to_stderr, structured=output_format in ("json", "sarif"))
    if outcome.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if findings and not options["exit_zero"] else EXIT_CLEAN)


def _write_report_file(path: Path, output_format: str, report) -> None:
    from modelred_lint.reporters import get_reporter

    path.write_text(get_reporter(output_format)(report, False), encoding="utf-8")


def _use_color(choice: str, err: bool = False) -> bool:
    """--color: `always`, `never`, or (auto) on a terminal unless NO_COLOR is set to
    anything but the empty string (https://no-color.org)."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    stream = sys.stderr if err else sys.stdout
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _list_rules(output_format: str) -> None:
    """List the rule catalogue."""
    import json

    from modelred_lint.catalogue import load_catalogue

    catalogue = load_catalogue()
    if output_format == "json":
        rows = [
            {"id": r.id, "name": r.name, "summary": r.summary, "severity": r.severity, "fix": r.fix, "cwe": r.cwe}
            for r in (catalogue.rule(i) for i in catalogue.ids)
        ]
        _echo(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", structured=True)
        return
    for rule_id in catalogue.ids:
        rule = catalogue.rule(rule_id)
        fix = {"safe": "fix", "unsafe": "unsafe fix"}.get(rule.fix, "")
        _echo(f"{rule.id}  {rule.name:<28} {rule.severity:<8} {fix:<11} {rule.summary}\n")


def _show_rule(rule_id: str) -> None:
    """Print one rule's documentation."""
    from modelred_lint.catalogue import load_catalogue, render_docs

    catalogue = load_catalogue()
    rule = catalogue.rules.get(rule_id.upper())
    if rule is None:
        _fail(f"unknown rule {rule_id!r} (known: {', '.join(catalogue.ids)})")
        return
    _echo(render_docs(rule))


def _language_server() -> None:
    """Run the language server (LSP over stdin/stdout; needs the `lsp` extra)."""
    from modelred_lint.server import run

    sys.exit(run())


_APP = None


def _click_app():
    """The click group and its commands, built once, when a command line needs click."""
    global _APP
    if _APP is not None:
        return _APP
    import click

    class DefaultCommandGroup(click.Group):
        """`modelred-lint .` means `modelred-lint check .`: the first word is a command
        only when it names one (a folder called `rules` is linted with `check rules`).
        `modelred-lint --help` shows the default command's options, which are the ones
        users need, next to the commands."""

        def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
            if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
                args = ["check", *args]
            return super().parse_args(ctx, args)

        def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
            formatter.write_usage(ctx.command_path, "[OPTIONS] [PATHS]...")
            formatter.write_usage(ctx.command_path, "COMMAND [ARGS]...", prefix="       ")

        def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
            default = self.commands["check"]
            sub = click.Context(default, info_name="check", parent=ctx)
            records = [
                record
                for param in default.get_params(sub)
                if isinstance(param, click.Option) and (record := param.get_help_record(sub))
            ]
            with formatter.section("Options (of `check`, the default command)"):
                formatter.write_dl(records)
            self.format_commands(ctx, formatter)

    @click.group(cls=DefaultCommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
    def cli() -> None:
        """Find leaked keys and insecure use of the ModelRed SDK in Python code.

        `modelred-lint PATHS` is `modelred-lint check PATHS`."""

    def check(paths: tuple[str, ...], output_file: Optional[Path], **options) -> None:
        """Lint PATHS (default: the current directory)."""
        _run_check(paths, output_file, options)

    # (Decorators apply from the bottom up: the version option first, the argument last.)
    check = click.version_option(__version__, "--version", prog_name=PROG_NAME, message="%(prog)s %(version)s")(check)
    for option in reversed(CHECK_OPTIONS):
        check = click.option(*_click_declaration(option), **_click_settings(click, option))(check)
    check = click.argument("paths", nargs=-1, type=click.Path(path_type=str))(check)
    cli.command("check")(check)

    @cli.command("rules")
    @click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
    def list_rules(output_format: str) -> None:
        """List the rule catalogue."""
        _list_rules(output_format)

    @cli.command("rule")
    @click.argument("rule_id")
    def show_rule(rule_id: str) -> None:
        """Print one rule's documentation."""
        _show_rule(rule_id)

    @cli.command("server")
    def language_server() -> None:
        """Run the language server (LSP over stdin/stdout; needs the `lsp` extra)."""
        _language_server()

    _APP = cli
    return cli


def _click_declaration(option: CheckOption) -> tuple[str, ...]:
    return (*option.names, option.dest) if option.explicit_dest else option.names


def _click_settings(click, option: CheckOption) -> dict:
    settings: dict = {}
    if option.kind == FLAG:
        settings["is_flag"] = True
    elif option.kind == TEXTS:
        settings["multiple"] = True
    elif option.kind == CHOICE:
        settings["type"] = click.Choice(option.choices)
    elif option.kind == FILE:
        settings["type"] = click.Path(dir_okay=False, path_type=Path)
    elif option.kind == FOLDER:
        settings["type"] = click.Path(file_okay=False, path_type=Path)
    elif option.kind == JOBS:
        settings["type"] = click.IntRange(min=1)
    if option.default is not _UNSET:
        settings["default"] = option.default
    if option.kind == CHOICE:
        settings["show_default"] = True
    if option.help is not None:
        settings["help"] = option.help
    return settings


def __getattr__(name: str):
    # `from modelred_lint.cli import cli` (tests, click's CliRunner) builds the commands.
    if name == "cli":
        return _click_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    # Called by the program itself (the console script, `python -m modelred_lint`), not
    # by code that goes on after it: the process ends when this exits.
    whole_program = sys._getframe(1).f_globals.get("__name__") == "__main__"
    try:
        _main()
    except SystemExit as done:
        if whole_program:
            _exit_now(done.code)
        raise


def _main() -> None:
    # A run allocates millions of short-lived, acyclic objects (LibCST's nodes, the
    # imports' classes): the collector's default young-generation threshold (700) makes
    # it scan them hundreds of times per file for cycles that are not there. A larger
    # one keeps the same collections, less often (forked workers inherit it): 5 ms of a
    # one-file run, 2-3 % of sdk-heavy's CPU, measured in turns.
    gc.set_threshold(20_000, 10, 10)
    # Compiling the code being linted (the prefilter, the checks after a fix) must not
    # print that code's own SyntaxWarnings ("invalid decimal literal") on our stderr;
    # worker processes are forked and keep the filter.
    warnings.filterwarnings("ignore", category=SyntaxWarning)
    try:
        params = _quick_params()
        if params is not None:
            _run_quick(params)
        _click_app()(prog_name=PROG_NAME)
    except BrokenPipeError:
        _closed_pipe()
    except Exception as exc:  # noqa: BLE001 - `check` handles its own; this is for the rest
        if {"--verbose", "-v"} & set(sys.argv[1:]):
            import traceback

            _echo("".join(traceback.format_exception(exc)), err=True)
        _error(f"internal error ({type(exc).__name__}); please report it")
        sys.exit(EXIT_ERROR)


def _exit_now(code) -> None:
    """End the process as `sys.exit(code)` would, without the interpreter's teardown:
    it frees every module, class and object one by one, which after a one-file run
    costs a few milliseconds for nothing (the system takes the memory back at once);
    mypy ends the same way. The output is flushed and the atexit handlers run first.
    Returns (the caller then exits normally) where the teardown could matter: a thread
    still running, a profiler or tracer waiting to report, an exit code that is not a
    number, or a stream that cannot be flushed (the normal exit reports that)."""
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return
    if code is None:
        code = EXIT_CLEAN
    if not isinstance(code, int):
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # noqa: BLE001 - the normal exit says what went wrong
        return
    import atexit

    atexit._run_exitfuncs()
    os._exit(code)


def _quick_params() -> Optional[dict]:
    """`check`'s parameters read without click, where that gives what click gives: not
    on Windows (click expands wildcards in the arguments there), nor when the shell asks
    click to complete a command line."""
    if os.name == "nt" or f"_{PROG_NAME.replace('-', '_').upper()}_COMPLETE" in os.environ:
        return None
    return _quick_check_args(sys.argv[1:])


def _run_quick(params: dict) -> None:
    """Run `check` as click's standalone mode would: exit 0 when it returns, and on an
    interrupt a blank line and "Aborted!" on stderr, exit 1."""
    paths, output_file = params.pop("paths"), params.pop("output_file")
    try:
        _run_check(paths, output_file, params)
    except (EOFError, KeyboardInterrupt):
        sys.stderr.write("\n")
        sys.stderr.write("Aborted!\n")
        sys.stderr.flush()
        sys.exit(1)
    sys.exit(EXIT_CLEAN)

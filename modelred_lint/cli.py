"""The command line: `modelred-lint [PATHS]...`, `modelred-lint rules`,
`modelred-lint rule MR001`. Exit codes: 0 clean, 1 findings, 2 usage/config/internal."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import click

from modelred_lint import __version__
from modelred_lint.reporters import FORMATS

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class DefaultCommandGroup(click.Group):
    """`modelred-lint .` means `modelred-lint check .`: the first word is a command
    only when it names one (a folder called `rules` is linted with `check rules`)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
            args = ["check", *args]
        return super().parse_args(ctx, args)


def _fail(message: str) -> None:
    click.echo(f"modelred-lint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(cls=DefaultCommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Find leaked keys and insecure use of the ModelRed SDK in Python code."""


@cli.command("check")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--select", multiple=True, help="Rule IDs or prefixes to enable (replaces the configured set). Comma-separated or repeated.")
@click.option("--ignore", multiple=True, help="Rule IDs or prefixes to disable, on top of the configuration.")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--output", "-o", "output_file", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to this file.")
@click.option("--fix", is_flag=True, help="Apply safe fixes.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply unsafe fixes too (they may change behaviour).")
@click.option("--diff", is_flag=True, help="Print the fixes as unified diffs and write nothing (exit 1 if there is anything to change).")
@click.option("--show-fixes", is_flag=True, help="List the fixes applied.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), help="Use this configuration file (pyproject.toml or .modelred-lint.yaml).")
@click.option("--stdin-filename", help="Lint the source read from standard input as if it were this file.")
@click.option("--force-exclude", is_flag=True, default=None, help="Apply excludes to files named on the command line too.")
@click.option("--no-prefilter", is_flag=True, help="Parse every file, even those no rule could fire on (for checking the prefilter).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes (default: the number of cores).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), help="Where the cache lives (default: .modelred_lint_cache in the project root).")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only, no summary.")
@click.version_option(__version__, "--version", prog_name="modelred-lint", message="%(prog)s %(version)s")
def check(paths: tuple[str, ...], output_file: Optional[Path], **options) -> None:
    """Lint PATHS (default: the current directory)."""
    from modelred_lint.catalogue import CatalogueError
    from modelred_lint.config import ConfigError

    try:
        run = _prepare(options)
    except (ConfigError, CatalogueError) as exc:
        _fail(str(exc))
        return
    outcome = _execute(run, paths, options)
    _emit(run, outcome, options, output_file)


def _prepare(options: dict):
    from modelred_lint.catalogue import load_catalogue
    from modelred_lint.config import enabled_rules, expand_codes, load_settings
    from modelred_lint.discovery import DEFAULT_EXCLUDES
    from modelred_lint.engine import Plan
    from modelred_lint.cache import CACHE_DIR_NAME, Cache, plan_fingerprint
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
        folder = options["cache_dir"] or settings.root / CACHE_DIR_NAME
        cache = Cache(folder, plan_fingerprint(plan, settings.options))
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


def _execute(run, paths: tuple[str, ...], options: dict):
    from modelred_lint.runner import fix_targets, lint_stdin, lint_targets

    fixing = options["fix"] or options["diff"]
    unsafe = options["unsafe_fixes"]
    if options["stdin_filename"] is not None:
        if paths and paths != ("-",):
            _fail("--stdin-filename reads standard input; give no paths with it")
        if options["fix"] and not options["diff"]:
            _fail("--fix with --stdin-filename is not supported; use --diff to see the fixes")
        return lint_stdin(run, options["stdin_filename"], sys.stdin.buffer.read(), fixing, unsafe)
    found = run.discover(list(paths) or ["."])
    if fixing:
        return fix_targets(run, found, unsafe=unsafe, write=not options["diff"])
    return lint_targets(run, found)


def _emit(run, outcome, options: dict, output_file: Optional[Path]) -> None:
    from modelred_lint.reporters import Report, get_reporter

    for message in outcome.errors:
        click.echo(f"modelred-lint: error: {message}", err=True)
    findings = outcome.findings
    if options["diff"]:
        for fixed in outcome.fixes:
            if fixed.changed:
                click.echo(fixed.diff(run.plan.knowledge.vocab), nl=False)
        if outcome.fixes and not any(f.changed for f in outcome.fixes) and not options["quiet"]:
            click.echo("No fixes to apply.", err=True)
        code = EXIT_ERROR if outcome.errors else (EXIT_FINDINGS if any(f.changed for f in outcome.fixes) else EXIT_CLEAN)
        sys.exit(code)
    if options["show_fixes"]:
        for fixed in outcome.fixes:
            for finding in fixed.applied:
                click.echo(f"Fixed {finding.path}:{finding.line}:{finding.col + 1}: {finding.rule} {finding.fix.description}", err=True)
    report = Report(
        findings,
        run.catalogue,
        outcome.files_checked,
        run.plan.enabled,
        unsafe_fixes=options["unsafe_fixes"],
        fixed=sum(len(f.applied) for f in outcome.fixes),
        root=run.repository_root(),
        errors=outcome.errors,
    )
    output_format = options["output_format"]
    render = get_reporter(output_format)
    if output_file is not None:
        try:
            output_file.write_text(render(report, False), encoding="utf-8")
        except OSError as exc:
            _fail(f"{output_file}: cannot write ({exc.strerror or type(exc).__name__})")
    else:
        color = output_format == "text" and sys.stdout.isatty()
        text = render(report, color)
        if options["quiet"] and output_format == "text":
            text = "".join(line + "\n" for line in text.splitlines()[: len(findings)])
        click.echo(text, nl=False, color=color)
    if outcome.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if findings and not options["exit_zero"] else EXIT_CLEAN)


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@cli.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
def list_rules(output_format: str) -> None:
    """List the rule catalogue."""
    import json

    from modelred_lint.catalogue import load_catalogue

    catalogue = load_catalogue()
    if output_format == "json":
        rows = [
            {"id": r.id, "name": r.name, "summary": r.summary, "severity": r.severity, "fix": r.fix, "cwe": r.cwe}
            for r in (catalogue.rule(i) for i in catalogue.ids)
        ]
        click.echo(json.dumps(rows, indent=2))
        return
    for rule_id in catalogue.ids:
        rule = catalogue.rule(rule_id)
        fix = {"safe": "fix", "unsafe": "unsafe fix"}.get(rule.fix, "")
        click.echo(f"{rule.id}  {rule.name:<28} {rule.severity:<8} {fix:<11} {rule.summary}")


@cli.command("rule")
@click.argument("rule_id")
def show_rule(rule_id: str) -> None:
    """Print one rule's documentation."""
    from modelred_lint.catalogue import load_catalogue, render_docs

    catalogue = load_catalogue()
    rule = catalogue.rules.get(rule_id.upper())
    if rule is None:
        _fail(f"unknown rule {rule_id!r} (known: {', '.join(catalogue.ids)})")
        return
    click.echo(render_docs(rule), nl=False)


@cli.command("server")
def language_server() -> None:
    """Run the language server (LSP over stdin/stdout; needs the `lsp` extra)."""
    from modelred_lint.server import run

    sys.exit(run())


def main() -> None:
    cli(prog_name="modelred-lint")

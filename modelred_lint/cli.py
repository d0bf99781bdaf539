"""The command line: `modelred-lint [PATHS]...`, `modelred-lint rules`,
`modelred-lint rule MR001`. Exit codes: 0 clean, 1 findings, 2 usage/config/internal."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import click

from modelred_lint import __version__

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
@click.option("--format", "output_format", type=click.Choice(["text", "json", "sarif", "github"]), default="text", show_default=True)
@click.option("--output", "-o", "output_file", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to this file.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), help="Use this configuration file (pyproject.toml or .modelred-lint.yaml).")
@click.option("--stdin-filename", help="Lint the source read from standard input as if it were this file.")
@click.option("--force-exclude", is_flag=True, default=None, help="Apply excludes to files named on the command line too.")
@click.option("--no-prefilter", is_flag=True, help="Parse every file, even those no rule could fire on (for checking the prefilter).")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only, no summary.")
@click.version_option(__version__, "--version", prog_name="modelred-lint", message="%(prog)s %(version)s")
def check(
    paths: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    output_format: str,
    output_file: Optional[Path],
    exit_zero: bool,
    config_file: Optional[Path],
    stdin_filename: Optional[str],
    force_exclude: Optional[bool],
    no_prefilter: bool,
    quiet: bool,
) -> None:
    """Lint PATHS (default: the current directory)."""
    from modelred_lint.catalogue import CatalogueError, load_catalogue
    from modelred_lint.config import ConfigError, enabled_rules, expand_codes, load_settings
    from modelred_lint.discovery import DEFAULT_EXCLUDES, Target, discover
    from modelred_lint.engine import Plan
    from modelred_lint.reporters import Report, get_reporter
    from modelred_lint.runner import PerFileIgnores, run, lint_stdin

    cwd = Path.cwd()
    try:
        catalogue = load_catalogue()
        settings = load_settings(cwd, config_file, catalogue)
        if select:
            settings.select = _split(select)
        if ignore:
            settings.ignore = [*settings.ignore, *_split(ignore)]
        if force_exclude is not None:
            settings.force_exclude = force_exclude
        enabled = enabled_rules(settings, catalogue)
        plan = Plan.build(
            enabled,
            settings.options,
            max_file_size=settings.max_file_size,
            use_prefilter=not no_prefilter,
        )
        per_file = PerFileIgnores.build(
            settings.per_file_ignores, lambda codes: expand_codes(codes, catalogue, "per-file-ignores"), settings.root
        )
    except (ConfigError, CatalogueError) as exc:
        _fail(str(exc))
        return

    excludes = list(DEFAULT_EXCLUDES if settings.exclude is None else settings.exclude)
    excludes += settings.extend_exclude
    errors: list[str] = []
    if stdin_filename is not None:
        if paths and paths != ("-",):
            _fail("--stdin-filename reads standard input; give no paths with it")
        results = lint_stdin(stdin_filename, sys.stdin.buffer.read(), plan, per_file, settings, excludes, cwd)
        files_checked = len(results)
    else:
        found = discover(
            list(paths) or ["."],
            cwd,
            settings.root,
            excludes,
            respect_gitignore=settings.respect_gitignore,
            force_exclude=settings.force_exclude,
        )
        errors = found.errors
        results = run(found.targets, found.unreadable, plan, per_file)
        files_checked = len(results)

    findings = sorted((f for r in results for f in r.findings), key=lambda f: f.sort_key)
    internal = [r for r in results if r.internal_error]
    for message in errors:
        click.echo(f"modelred-lint: error: {message}", err=True)
    for result in internal:
        click.echo(f"modelred-lint: error: {result.path}: internal error ({result.internal_error}); please report it", err=True)
    report = Report(findings, catalogue, files_checked, enabled)
    render = get_reporter(output_format)
    if output_file is not None:
        text = render(report, False)
        try:
            output_file.write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(f"{output_file}: cannot write ({exc.strerror or type(exc).__name__})")
    else:
        color = output_format == "text" and sys.stdout.isatty()
        text = render(report, color)
        if quiet and output_format == "text":
            text = "".join(line + "\n" for line in text.splitlines()[: len(findings)])
        click.echo(text, nl=False, color=color)
    if errors or internal:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if findings and not exit_zero else EXIT_CLEAN)


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


def main() -> None:
    cli(prog_name="modelred-lint")

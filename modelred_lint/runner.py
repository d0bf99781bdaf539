"""A run: the files discovery found, each read and linted with its per-file ignores.
Results come back in a stable order (sorted by path), whatever the order of work."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import pathspec

from modelred_lint.discovery import Target
from modelred_lint.engine import FileResult, Plan, lint_bytes, syntax_finding
from modelred_lint.findings import Finding


@dataclass
class PerFileIgnores:
    rules: list[tuple[pathspec.PathSpec, frozenset[str]]] = field(default_factory=list)
    root: Path = Path(".")

    @classmethod
    def build(cls, table: dict[str, Iterable[str]], expand, root: Path) -> "PerFileIgnores":
        rules = [(pathspec.GitIgnoreSpec.from_lines([pattern]), frozenset(expand(codes))) for pattern, codes in table.items()]
        return cls(rules, root.resolve())

    def for_path(self, path: Path) -> frozenset[str]:
        if not self.rules:
            return frozenset()
        try:
            rel = path.resolve().relative_to(self.root).as_posix()
        except (ValueError, OSError):
            rel = path.as_posix()
        out: set[str] = set()
        for spec, codes in self.rules:
            if spec.match_file(rel) or spec.match_file(path.name):
                out |= codes
        return frozenset(out)


@dataclass
class RunResult:
    files: list[FileResult]
    errors: list[str]

    @property
    def findings(self) -> list[Finding]:
        return sorted((f for r in self.files for f in r.findings), key=lambda f: f.sort_key)


def lint_target(target: Target, plan: Plan, ignores: frozenset[str]) -> FileResult:
    try:
        data = target.path.read_bytes()
    except OSError as exc:
        return unreadable(target, plan, exc)
    return guarded_lint(target.display, data, plan, ignores)


def guarded_lint(path: str, data: bytes, plan: Plan, ignores: frozenset[str]) -> FileResult:
    """lint_bytes, with a bug of ours turned into an MR000 finding and an error line
    instead of a traceback (the exception's text is not shown: it may quote the file)."""
    try:
        return lint_bytes(path, data, plan, ignores)
    except RecursionError:
        result = FileResult(path)
        if "MR000" in plan.enabled - ignores:
            result.findings.append(syntax_finding(plan, path, "file is nested too deeply to analyse"))
        return result
    except Exception as exc:  # noqa: BLE001 - the run goes on with the other files
        result = FileResult(path, internal_error=type(exc).__name__)
        if "MR000" in plan.enabled - ignores:
            result.findings.append(
                syntax_finding(plan, path, f"internal error while linting ({type(exc).__name__}); file not analysed")
            )
        return result


def lint_stdin(name: str, data: bytes, plan: Plan, per_file: PerFileIgnores, settings, excludes, cwd: Path) -> list[FileResult]:
    """The editor's path: lint the bytes as if they were the file `name`. An excluded
    name is skipped only with force-exclude, as for a file named on the command line."""
    from modelred_lint.discovery import Walker

    path = Path(name)
    if settings.force_exclude and Walker(settings.root, cwd, excludes, False).excluded(path, False):
        return []
    return [guarded_lint(name, data, plan, per_file.for_path(path))]


def unreadable(target: Target, plan: Plan, exc: Optional[BaseException] = None) -> FileResult:
    result = FileResult(target.display)
    if "MR000" in plan.enabled:
        reason = (getattr(exc, "strerror", None) or type(exc).__name__) if exc else "dangling link"
        result.findings.append(syntax_finding(plan, target.display, f"cannot read file ({reason})"))
    return result


def run(targets: list[Target], unreadable_targets: list[Target], plan: Plan, per_file: PerFileIgnores) -> list[FileResult]:
    results = [lint_target(t, plan, per_file.for_path(t.path)) for t in targets]
    results += [unreadable(t, plan) for t in unreadable_targets]
    results.sort(key=lambda r: r.path)
    return results

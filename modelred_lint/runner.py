"""A run: the files discovery found, each read and linted (or fixed) with its
per-file ignores. Results come back sorted by path, whatever the order of work."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

from modelred_lint.cache import Cache
from modelred_lint.catalogue import Catalogue
from modelred_lint.discovery import Discovery, Target, Walker, discover
from modelred_lint.engine import FileResult, Plan, lint_bytes, syntax_finding
from modelred_lint.findings import Finding

if TYPE_CHECKING:
    import pathspec


@dataclass
class PerFileIgnores:
    rules: list[tuple["pathspec.PathSpec", frozenset[str]]] = field(default_factory=list)
    root: Path = Path(".")

    @classmethod
    def build(cls, table: dict[str, Iterable[str]], expand, root: Path) -> "PerFileIgnores":
        from modelred_lint.discovery import _spec

        rules = [(_spec([pattern]), frozenset(expand(codes))) for pattern, codes in table.items()]
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
class Run:
    """Everything resolved once for a run, before any file is read."""

    cwd: Path
    settings: object  # config.Settings
    catalogue: Catalogue
    plan: Plan
    per_file: PerFileIgnores
    excludes: list[str]
    jobs: int = 1
    cache: Optional[Cache] = None

    def discover(self, paths: list[str]) -> Discovery:
        s = self.settings
        return discover(
            paths, self.cwd, s.root, self.excludes, respect_gitignore=s.respect_gitignore, force_exclude=s.force_exclude
        )

    def repository_root(self) -> Path:
        """The git work tree holding the working directory, else the directory."""
        for folder in (self.cwd, *self.cwd.parents):
            if (folder / ".git").exists():
                return folder
        return self.cwd


@dataclass
class Outcome:
    results: list[FileResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    fixes: list = field(default_factory=list)  # fixer.FixOutcome, with --fix/--diff

    @property
    def findings(self) -> list[Finding]:
        return sorted((f for r in self.results for f in r.findings), key=lambda f: f.sort_key)

    @property
    def files_checked(self) -> int:
        return len(self.results)


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
            message = f"internal error while linting ({type(exc).__name__}); file not analysed"
            result.findings.append(syntax_finding(plan, path, message))
        return result


def _read(target: Target, plan: Plan) -> tuple[Optional[bytes], Optional[FileResult]]:
    try:
        return target.path.read_bytes(), None
    except OSError as exc:
        return None, unreadable(target, plan, exc)


def unreadable(target: Target, plan: Plan, exc: Optional[BaseException] = None) -> FileResult:
    result = FileResult(target.display)
    if "MR000" in plan.enabled:
        reason = (getattr(exc, "strerror", None) or type(exc).__name__) if exc else "dangling link"
        result.findings.append(syntax_finding(plan, target.display, f"cannot read file ({reason})"))
    return result


def _internal_errors(results: list[FileResult]) -> list[str]:
    return [
        f"{r.path}: internal error ({r.internal_error}); please report it" for r in results if r.internal_error
    ]


# Below this many files to lint, starting worker processes costs more than it saves.
MIN_FILES_FOR_WORKERS = 24


def lint_targets(run: Run, found: Discovery) -> Outcome:
    """Each file from the cache where its entry is there, else linted: in worker
    processes when there are enough files, in order either way."""
    results: list[Optional[FileResult]] = [None] * len(found.targets)
    misses: list[tuple[int, Target, frozenset[str], Optional[str]]] = []
    for index, target in enumerate(found.targets):
        ignores = run.per_file.for_path(target.path)
        key = None
        if run.cache is not None:
            data, failed = _read(target, run.plan)
            if failed is not None:
                results[index] = failed
                continue
            key = run.cache.key(data, ignores)
            cached = run.cache.get(key, target.display)
            if cached is not None:
                results[index] = FileResult(target.display, cached)
                continue
        misses.append((index, target, ignores, key))
    work = [(str(t.path), t.display, ignores) for _, t, ignores, _ in misses]
    for (index, _, _, key), result in zip(misses, _lint_all(work, run.plan, run.jobs)):
        results[index] = result
        if key is not None and result.internal_error is None and run.cache is not None:
            run.cache.put(key, result.findings)
    done = [r for r in results if r is not None]
    done += [unreadable(t, run.plan) for t in found.unreadable]
    done.sort(key=lambda r: r.path)
    if run.cache is not None:
        run.cache.prune()
    return Outcome(done, [*found.errors, *_internal_errors(done)])


def _lint_all(work: list, plan: Plan, jobs: int) -> Iterator[FileResult]:
    if jobs <= 1 or len(work) < MIN_FILES_FOR_WORKERS:
        for item in work:
            yield _lint_path(item, plan)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunk = max(1, len(work) // (jobs * 8))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(plan,)) as pool:
        yield from pool.map(_lint_in_worker, work, chunksize=chunk)


_WORKER_PLAN: Optional[Plan] = None


def _start_worker(plan: Plan) -> None:
    global _WORKER_PLAN
    _WORKER_PLAN = plan


def _lint_in_worker(item) -> FileResult:
    assert _WORKER_PLAN is not None
    return _lint_path(item, _WORKER_PLAN)


def _lint_path(item, plan: Plan) -> FileResult:
    path, display, ignores = item
    target = Target(Path(path), display)
    data, failed = _read(target, plan)
    if failed is not None:
        return failed
    result = guarded_lint(display, data, plan, ignores)
    result.source = None  # the text stays where it was read
    return result


def fix_targets(run: Run, found: Discovery, unsafe: bool, write: bool) -> Outcome:
    from modelred_lint.fixer import fix_source, write_atomically, fixed_bytes

    outcome = Outcome(errors=list(found.errors))
    for target in found.targets:
        data, failed = _read(target, run.plan)
        if failed is not None:
            outcome.results.append(failed)
            continue
        fixed = fix_source(target.display, data, run.plan, run.per_file.for_path(target.path), unsafe)
        if fixed.error:
            outcome.errors.append(f"{target.display}: {fixed.error}")
        if write and fixed.changed:
            try:
                write_atomically(target.path, fixed_bytes(fixed, data))
            except OSError as exc:
                outcome.errors.append(f"{target.display}: cannot write ({exc.strerror or type(exc).__name__})")
        outcome.fixes.append(fixed)
        outcome.results.append(fixed.result)
    outcome.results += [unreadable(t, run.plan) for t in found.unreadable]
    outcome.results.sort(key=lambda r: r.path)
    outcome.errors += _internal_errors(outcome.results)
    return outcome


def lint_stdin(run: Run, name: str, data: bytes, fixing: bool, unsafe: bool) -> Outcome:
    """The editor's path: lint the bytes as if they were the file `name`. An excluded
    name is skipped only with force-exclude, as for a file named on the command line."""
    path = Path(name)
    s = run.settings
    if s.force_exclude and Walker(s.root, run.cwd, run.excludes, False).excluded(path, False):
        return Outcome()
    ignores = run.per_file.for_path(path)
    if fixing:
        from modelred_lint.fixer import fix_source

        try:
            fixed = fix_source(name, data, run.plan, ignores, unsafe)
        except Exception as exc:  # noqa: BLE001 - an editor's buffer must come back whole
            result = guarded_lint(name, data, run.plan, ignores)
            error = f"{name}: internal error while fixing ({type(exc).__name__}); nothing fixed"
            return Outcome([result], [error, *_internal_errors([result])])
        return Outcome([fixed.result], [f"{name}: {fixed.error}"] if fixed.error else [], [fixed])
    result = guarded_lint(name, data, run.plan, ignores)
    return Outcome([result], _internal_errors([result]))

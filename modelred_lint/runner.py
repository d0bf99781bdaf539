"""A run: the files discovery found, each read and linted (or fixed) with its
per-file ignores. Results come back sorted by path, whatever the order of work."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

from modelred_lint.catalogue import Catalogue
from modelred_lint.discovery import Discovery, Target, Walker, discover
from modelred_lint.engine import FileResult, Plan, lint_bytes, syntax_finding
from modelred_lint.file_kinds import NOTEBOOK, PYTHON, TEXT, kind_of_path
from modelred_lint.findings import Finding

if TYPE_CHECKING:
    import pathspec

    from modelred_lint.cache import Cache  # (hashlib, hmac, json: only a cached run needs them)


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

    def discover(self, paths: list[str], skip_other_files: bool = False) -> Discovery:
        s = self.settings
        return discover(
            paths,
            self.cwd,
            s.root,
            self.excludes,
            respect_gitignore=s.respect_gitignore,
            force_exclude=s.force_exclude,
            includes=tuple(getattr(s, "extend_include", ())),
            skip_other_files=skip_other_files,
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


def lint_file(kind: str, path: str, data: bytes, plan: Plan, ignores: frozenset[str]) -> FileResult:
    """One file's findings, by what it is (file_kinds): Python source through the
    engine, a notebook through notebooks.py, a text file through text_files.py."""
    if kind == NOTEBOOK:
        from modelred_lint.notebooks import lint_notebook

        return lint_notebook(path, data, plan, ignores)
    if kind == TEXT:
        from modelred_lint.text_files import lint_text_file

        return lint_text_file(path, data, plan, ignores)
    return lint_bytes(path, data, plan, ignores)


def guarded_lint(path: str, data: bytes, plan: Plan, ignores: frozenset[str], kind: str = PYTHON) -> FileResult:
    """lint_file, with a bug of ours turned into an MR000 finding and an error line
    instead of a traceback (the exception's text is not shown: it may quote the file)."""
    try:
        return lint_file(kind, path, data, plan, ignores)
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


def _read(target: Target, plan: Plan, ignores: frozenset[str] = frozenset()):
    """(bytes, status when read, None), or (None, None, the result to report). The size
    is checked before reading: a file over max-file-size (a 2 GB sparse file, say) is
    never read, and a FIFO or device that took a file's place is never opened for
    blocking reads."""
    from modelred_lint.safe_read import TooLarge, read_bounded

    try:
        data, status = read_bounded(target.path, plan.max_file_size)
        return data, status, None
    except TooLarge:
        result = FileResult(target.display)
        # A text file over the limit (a data dump, a lock file) is skipped quietly: it
        # is not code, and a finding on it would fail every run.
        if "MR000" in plan.enabled - ignores and target.kind != TEXT:
            message = f"file skipped: larger than max-file-size ({plan.max_file_size} bytes)"
            result.findings.append(syntax_finding(plan, target.display, message))
        return None, None, result
    except OSError as exc:
        return None, None, unreadable(target, plan, exc)


def unreadable(target: Target, plan: Plan, exc: Optional[BaseException] = None) -> FileResult:
    result = FileResult(target.display)
    if "MR000" in plan.enabled:
        reason = (getattr(exc, "strerror", None) or type(exc).__name__) if exc else "dangling link"
        result.findings.append(syntax_finding(plan, target.display, f"cannot read file ({reason})"))
    return result


def _internal_errors(results: list[FileResult]) -> list[str]:
    # A lost file (its worker killed from outside) has its own error line already.
    return [
        f"{r.path}: internal error ({r.internal_error}); please report it"
        for r in results
        if r.internal_error and r.internal_error != LOST
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
        # Only Python files are cached: the cache keys bytes, and the same bytes mean
        # other findings in a notebook or a text file (which are quick to scan anyway).
        if run.cache is not None and target.kind == PYTHON:
            data, _, failed = _read(target, run.plan, ignores)
            if failed is not None:
                results[index] = failed
                continue
            key = run.cache.key(data, ignores)
            # (neighbours are looked up from the path the file is linted under)
            cached = run.cache.get(key, target.display, target.display)
            if cached is not None:
                results[index] = FileResult(target.display, cached)
                continue
        misses.append((index, target, ignores, key))
    work = [(str(t.path), t.display, ignores, t.kind) for _, t, ignores, _ in misses]
    misses_displays = {index: t.display for index, t, _, _ in misses}
    lost_errors: list[str] = []
    for (index, _, _, key), result in zip(misses, _lint_all(work, run.plan, run.jobs, lost_errors)):
        results[index] = result
        if key is not None and result.internal_error is None and run.cache is not None:
            run.cache.put(key, result.findings, result.depends, misses_displays[index])
    done = [r for r in results if r is not None]
    done += [unreadable(t, run.plan) for t in found.unreadable]
    done.sort(key=lambda r: r.path)
    if run.cache is not None:
        run.cache.prune()
    return Outcome(done, [*found.errors, *lost_errors, *_internal_errors(done)])


LOST = "worker process killed"  # FileResult.internal_error of a file whose worker died


def _lint_all(work: list, plan: Plan, jobs: int, errors: list[str]) -> list[FileResult]:
    """The results in the order of `work`. A file whose worker process was killed
    (twice: see worker_pool) is reported lost, with an error line, and the run goes on."""
    if jobs <= 1 or len(work) < MIN_FILES_FOR_WORKERS:
        return [_lint_path(item, plan) for item in work]
    from modelred_lint.worker_pool import Pool, forks

    if forks():
        # The workers are forked from this process and share what it has imported:
        # LibCST and the modules that lint its trees (an eighth of a second) are
        # imported here once, not once in each worker (most runs parse some file).
        import modelred_lint.file_lint  # noqa: F401

    # Largest files first, so that the run does not end with one worker on a big file
    # while the others idle; results go back into the order of `work`.
    sizes = [_size(item[0]) for item in work]
    order = sorted(range(len(work)), key=lambda i: -sizes[i])
    ordered, lost_ordered = Pool(_lint_in_worker, _start_worker, (plan,), jobs).run(
        [work[i] for i in order], [sizes[i] for i in order]
    )
    results: list = [None] * len(work)
    for position, index in enumerate(order):
        results[index] = ordered[position]
    lost = sorted(order[position] for position in lost_ordered)
    for index in lost:
        display = work[index][1]
        errors.append(f"{display}: not analysed: the worker process linting it was killed (out of memory?)")
        result = FileResult(display, internal_error=LOST)
        if "MR000" in plan.enabled - work[index][2]:
            result.findings.append(syntax_finding(plan, display, "file not analysed: its worker process was killed"))
        results[index] = result
    return results


def _size(path: str) -> int:
    import os

    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # the worker reports why it cannot read it


_WORKER_PLAN: Optional[Plan] = None
# Tests only: a worker kills itself (SIGKILL, as the OOM killer would) on a file of this
# name, to check that the run survives it. Read once per worker.
KILL_HOOK = "MODELRED_LINT_TEST_KILL_WORKER_ON"
_KILL_ON: Optional[str] = None


def _start_worker(plan: Plan) -> None:
    import gc
    import os

    global _WORKER_PLAN, _KILL_ON
    _WORKER_PLAN = plan
    _KILL_ON = os.environ.get(KILL_HOOK) or None
    # What the worker inherited (the catalogue, the compiled rules, the imports) lives as
    # long as it does: out of the collector's way, each collection walks only the files'
    # own objects (2-5 % of a lint's CPU, measured in turns on sdk-heavy).
    gc.freeze()


def _lint_in_worker(items: list) -> list[FileResult]:
    assert _WORKER_PLAN is not None
    if _KILL_ON is not None:
        import os
        import signal

        if any(Path(item[0]).name == _KILL_ON for item in items):
            os.kill(os.getpid(), signal.SIGKILL)
    return [_lint_path(item, _WORKER_PLAN) for item in items]


def _lint_path(item, plan: Plan) -> FileResult:
    path, display, ignores, *rest = item
    kind = rest[0] if rest else PYTHON
    target = Target(Path(path), display, kind=kind)
    data, _, failed = _read(target, plan, ignores)
    if failed is not None:
        return failed
    result = guarded_lint(display, data, plan, ignores, kind)
    result.source = None  # the text stays where it was read
    return result


def fix_targets(run: Run, found: Discovery, unsafe: bool, write: bool) -> Outcome:
    from modelred_lint.fixer import fixed_bytes
    from modelred_lint.safe_write import WriteRefused, write_atomically

    outcome = Outcome(errors=list(found.errors))
    for target in found.targets:
        ignores = run.per_file.for_path(target.path)
        data, status, failed = _read(target, run.plan, ignores)
        if failed is not None:
            outcome.results.append(failed)
            continue
        fixed = _fix_file(target.kind, target.display, data, run.plan, ignores, unsafe)
        if fixed.error:
            outcome.errors.append(f"{target.display}: {fixed.error}")
        if write and fixed.changed:
            why = None
            try:
                # Only where the file still holds what the fix was computed from, and
                # only inside the folder being linted (see safe_write).
                write_atomically(target.path, fixed_bytes(fixed, data), data, status, target.tree)
            except WriteRefused as exc:
                why = str(exc)
            except (UnicodeError, LookupError):
                why = "not fixed: the fixed text cannot be written in the file's encoding"
            except OSError as exc:
                why = f"cannot write ({exc.strerror or type(exc).__name__})"
            if why is not None:
                # Nothing was written: report the findings the file still has, not
                # "fixed" ones.
                outcome.errors.append(f"{target.display}: {why}")
                fixed.error = why
                fixed.fixed = fixed.original
                fixed.applied = []
                fixed.result = guarded_lint(target.display, data, run.plan, ignores, target.kind)
        outcome.fixes.append(fixed)
        outcome.results.append(fixed.result)
    outcome.results += [unreadable(t, run.plan) for t in found.unreadable]
    outcome.results.sort(key=lambda r: r.path)
    outcome.errors += _internal_errors(outcome.results)
    return outcome


def _fix_file(kind: str, path: str, data: bytes, plan: Plan, ignores: frozenset[str], unsafe: bool):
    """fixer.FixOutcome for any kind: a notebook is fixed through its code cells and
    outputs; a text file is never changed (its findings say so)."""
    from modelred_lint.fixer import FixOutcome, fix_source

    if kind == NOTEBOOK:
        from modelred_lint.notebooks import fix_notebook

        try:
            return fix_notebook(path, data, plan, ignores, unsafe)
        except Exception as exc:  # noqa: BLE001 - one file's failure must not stop the run
            outcome = FixOutcome(path, result=guarded_lint(path, data, plan, ignores, kind))
            outcome.error = f"internal error while fixing ({type(exc).__name__}); nothing written"
            return outcome
    if kind == TEXT:
        result = guarded_lint(path, data, plan, ignores, kind)
        return FixOutcome(path, result=result)
    return fix_source(path, data, plan, ignores, unsafe)


def lint_stdin(run: Run, name: str, data: bytes, fixing: bool, unsafe: bool) -> Outcome:
    """The editor's path: lint the bytes as if they were the file `name`. An excluded
    name is skipped only with force-exclude, as for a file named on the command line."""
    path = Path(name)
    s = run.settings
    if s.force_exclude and Walker(s.root, run.cwd, run.excludes, False).excluded(path, False):
        return Outcome()
    ignores = run.per_file.for_path(path)
    kind = kind_of_path(name)
    if fixing:
        try:
            fixed = _fix_file(kind, name, data, run.plan, ignores, unsafe)
        except Exception as exc:  # noqa: BLE001 - an editor's buffer must come back whole
            result = guarded_lint(name, data, run.plan, ignores, kind)
            error = f"{name}: internal error while fixing ({type(exc).__name__}); nothing fixed"
            return Outcome([result], [error, *_internal_errors([result])])
        return Outcome([fixed.result], [f"{name}: {fixed.error}"] if fixed.error else [], [fixed])
    result = guarded_lint(name, data, run.plan, ignores, kind)
    return Outcome([result], _internal_errors([result]))

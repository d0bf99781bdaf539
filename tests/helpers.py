"""Running the command line from tests: in-process through click, or as a real process;
and a small package written for the rules that read a module's neighbours."""

from __future__ import annotations

import os
import subprocess
import sys
import traceback
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

from click.testing import CliRunner

from modelred_lint.cli import cli


@contextmanager
def working_directory(path: Optional[Path]):
    if path is None:
        yield
        return
    previous = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


def invoke(*args: str, cwd: Optional[Path] = None, input: Optional[str] = None):
    """Run the CLI in-process; a Python exception escaping it is a failure of its own."""
    with working_directory(cwd):
        result = CliRunner().invoke(cli, list(args), input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        detail = "".join(traceback.format_exception(result.exception))
        raise AssertionError(f"modelred-lint raised instead of reporting:\n{detail}")
    return result


def run_process(
    args: list[str], cwd: Path, timeout: float = 120, input: Optional[str] = None
) -> subprocess.CompletedProcess:
    """`python -m modelred_lint ARGS` as a real process; a hang becomes a failure."""
    try:
        return subprocess.run(
            [sys.executable, "-m", "modelred_lint", *args],
            cwd=cwd,
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError(f"modelred-lint {' '.join(args)} did not finish within {timeout} s") from None


def load_script(path: Path, name: str):
    """Import a script that is not in a package (benchmarks/...) under a name of its own."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def write_package(root: Path, files: dict[str, str]) -> None:
    """Write each relative path's text under root, every folder on the way a package
    (an empty `__init__.py` where none is given)."""
    for relative, text in files.items():
        path = root / relative
        for folder in reversed(path.relative_to(root).parents[:-1]):
            (root / folder).mkdir(exist_ok=True)
            init = root / folder / "__init__.py"
            if not init.exists():
                init.write_text("", encoding="utf-8")
        path.write_text(text, encoding="utf-8")


def lint_file(path: Path, plan):
    """The engine's result for one file, read from disk (its neighbours too)."""
    from modelred_lint.engine import lint_bytes

    return lint_bytes(str(path), path.read_bytes(), plan)


def findings_both_ways(folder: Path, code: str, plans, name: str = "module.py") -> list:
    """(rule, line) of each finding on `code` (dedented, written to folder/name) under
    each of `plans` (the same rules with and without the prefilter), which must agree:
    the prefilter may only spare work, never a finding."""
    import textwrap

    path = folder / name
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    results = [sorted((f.rule, f.line) for f in lint_file(path, plan).findings) for plan in plans]
    assert all(found == results[0] for found in results), "the prefilter changed the findings"
    return results[0]

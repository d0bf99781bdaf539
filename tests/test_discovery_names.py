"""discovery._NameSpec answers for gitignore lines that are plain names (the default
excludes) without importing pathspec: it must answer exactly as pathspec's
GitIgnoreSpec does, and leave every other kind of line to pathspec."""

from __future__ import annotations

import random

import pathspec
import pytest

from modelred_lint.discovery import DEFAULT_EXCLUDES, _NameSpec, _spec

PARTS = ["a", "b", "build", "dist", ".env", "x.egg-info", ".git", "venv", "node_modules", "a.b", "-", "_", "ab*"]
GLOBS = ["a", "b", "build", "*.egg-info", ".env", "*", "a*", "*b", "a*b", "x.*", "_", "-", ".git", "venv"]


def _paths(rng: random.Random, count: int) -> list[str]:
    paths = []
    for _ in range(count):
        parts = [rng.choice(PARTS) for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.1:
            parts.insert(rng.randrange(len(parts)), "")  # a//b
        path = "/".join(parts)
        path += rng.choice(["", "", "/"])
        path = rng.choice(["", "", "", "./", "/"]) + path
        paths.append(path)
    return paths


def _agree(patterns: list[str], paths: list[str]) -> None:
    mine = _NameSpec.of(patterns)
    assert mine is not None, patterns
    theirs = pathspec.GitIgnoreSpec.from_lines(patterns)
    for path in paths:
        assert mine.match_file(path) == theirs.match_file(path), (patterns, path)


def test_default_excludes_are_names_and_agree_with_pathspec():
    rng = random.Random(7)
    assert isinstance(_spec(list(DEFAULT_EXCLUDES)), _NameSpec)
    _agree(list(DEFAULT_EXCLUDES), _paths(rng, 3000) + ["build", "build/", "src/build/x.py", ".env", ".env/",
                                                        "a/.env", "a/.env/b", "pkg.egg-info/", "x/site-packages"])


@pytest.mark.parametrize("seed", range(20))
def test_random_name_patterns_agree_with_pathspec(seed):
    rng = random.Random(seed)
    patterns = [rng.choice(GLOBS) + rng.choice(["", "/"]) for _ in range(rng.randint(1, 5))]
    patterns += rng.choice([[], [""], ["# a comment"]])
    _agree(patterns, _paths(rng, 400))


@pytest.mark.parametrize("line", ["!build", "/build", "a/b", "**/x", "*.py[co]", "a?", "\\#x", "build ", ".", "..", "./"])
def test_other_lines_are_left_to_pathspec(line):
    assert _NameSpec.of(["build", line]) is None
    assert isinstance(_spec(["build", line]), pathspec.PathSpec)


def test_no_patterns_match_nothing():
    assert not _NameSpec.of([]).match_file("a/b.py")
    assert not _NameSpec.of(["", "# only a comment"]).match_file("build/")


def test_a_hostile_exclude_name_is_matched_in_bounded_time():
    """A .gitignore comes with the code under review: `*a*a*...*b` against a long part
    must not backtrack (it did as a regular expression), and still answers as fnmatch."""
    import fnmatch
    import time

    from modelred_lint.globs import star_glob

    glob, part = "*a" * 30 + "*b", "a" * 250
    start = time.process_time()
    assert star_glob(glob)(part) is fnmatch.fnmatchcase(part, glob) is False
    assert star_glob(glob)(part + "b") is True
    assert time.process_time() - start < 0.5

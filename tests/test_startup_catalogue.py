"""The catalogue's checked copy in the user's cache folder: found by the files' names,
sizes and modification times, it spares a run the YAML parser, the hashing and the
schema check; any change to a file, or to the code that checks the files, reads the
YAML again. Run on a copy of the catalogue and of the checking modules in a temporary
folder (the repository's files are never touched)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from modelred_lint import catalogue as cat


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    """A copy of the catalogue and of the checking code, and an empty cache folder."""
    rules = tmp_path / "rules"
    shutil.copytree(cat.catalogue_dir(), rules)
    code = tmp_path / "code"
    code.mkdir()
    for name in cat._CHECKING_CODE:
        shutil.copy2(cat._PACKAGE_DIR / name, code / name)
    monkeypatch.setattr(cat, "_CANDIDATES", (rules,))
    monkeypatch.setattr(cat, "_PACKAGE_DIR", code)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    cat.load_catalogue.cache_clear()
    yield rules, code
    cat.load_catalogue.cache_clear()


def counting_yaml(monkeypatch) -> list[str]:
    parsed: list[str] = []
    real = cat._parse_yaml

    def parse(name, text):
        parsed.append(name)
        return real(name, text)

    monkeypatch.setattr(cat, "_parse_yaml", parse)
    return parsed


def fresh_load() -> cat.Catalogue:
    cat.load_catalogue.cache_clear()
    return cat.load_catalogue()


def bump(path: Path) -> None:
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000))


def test_the_kept_copy_gives_the_same_catalogue_without_the_yaml(isolated, monkeypatch):
    parsed = counting_yaml(monkeypatch)
    first = fresh_load()
    assert parsed and len(parsed) == len(cat._catalogue_files(isolated[0]))
    checked = []
    monkeypatch.setattr(cat, "_checked", lambda name, data: checked.append(name) or data)
    second = fresh_load()
    assert len(parsed) == len(cat._catalogue_files(isolated[0]))  # no file parsed again
    assert checked == []  # nor checked again
    assert second == first and second.fingerprint == first.fingerprint


def test_an_edited_rule_file_is_read_again(isolated, monkeypatch):
    rules, _ = isolated
    before = fresh_load()
    parsed = counting_yaml(monkeypatch)
    target = rules / "MR001.yaml"
    text = target.read_text(encoding="utf-8")
    assert f"summary: {before.rule('MR001').summary}" in text
    target.write_text(text.replace(f"summary: {before.rule('MR001').summary}", "summary: An edited summary"), encoding="utf-8")
    after = fresh_load()
    assert parsed, "the edited catalogue was not read again"
    assert after.rule("MR001").summary == "An edited summary"
    assert after.fingerprint != before.fingerprint


@pytest.mark.parametrize("name", cat._CHECKING_CODE)
def test_a_change_to_the_checking_code_checks_again(isolated, monkeypatch, name):
    fresh_load()
    parsed = counting_yaml(monkeypatch)
    bump(isolated[1] / name)
    fresh_load()
    assert parsed, f"a change to {name} did not make the catalogue be checked again"


def test_an_invalid_file_is_refused_every_time(isolated, monkeypatch):
    rules, _ = isolated
    target = rules / "MR004.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("severity:", "severity-typo:", 1), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(cat.CatalogueError):
            fresh_load()
    assert not list((Path(os.environ["XDG_CACHE_HOME"]) / "modelred-lint").glob("catalogue-*.json"))


def test_a_run_with_the_kept_copy_imports_no_yaml_parser_nor_schema(tmp_path):
    (tmp_path / "app.py").write_text("def add(a, b):\n    return a + b\n", encoding="utf-8")
    argv = [sys.executable, "-X", "importtime", "-m", "modelred_lint", "app.py", "--no-cache"]
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    first = subprocess.run(argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    second = subprocess.run(argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == second.returncode == 0, second.stderr[-2000:]
    assert first.stdout == second.stdout

    def imported(stderr: str) -> set[str]:
        return {line.split("|")[-1].strip() for line in stderr.splitlines() if line.startswith("import time:")}

    assert "yaml" in imported(first.stderr)  # (the probe sees the parser when it is used)
    assert not {"yaml", "modelred_lint.catalogue_schema"} & imported(second.stderr)

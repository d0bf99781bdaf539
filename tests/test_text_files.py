"""Keys in the text files next to the code (issue 14, part 3): `.env`, YAML, JSON,
TOML, INI, Dockerfiles, shell scripts, workflows and extend-include, scanned with the
key formats and placeholder rules of MR001/MR002; comments suppress where the format
has them; per-file ignores everywhere; binary and oversized files skipped; no fix.
Every key is invented (fixtures/text_files, or made here with `secrets`)."""

from __future__ import annotations

import json
import secrets
import shutil
import string
from pathlib import Path

import pytest

from helpers import invoke
from modelred_lint.engine import Plan

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "fixtures" / "text_files"
ALNUM = string.ascii_letters + string.digits

# (path, line, rule) of every finding the fixture gives: one real-looking key per file;
# the placeholders (sk-your-openai-key-here, ${OPENAI_API_KEY}, hf_xxx...,
# mr_your_modelred_key_here, ${{ secrets.X }}) and the allowlisted key give none.
EXPECTED = [
    (".env", 2, "MR001"),
    (".github/workflows/redteam.yml", 7, "MR001"),
    ("config.json", 4, "MR002"),
    ("settings.yaml", 4, "MR001"),
]


def invented_key(prefix: str = "mr_", length: int = 32) -> str:
    return prefix + "".join(secrets.choice(ALNUM) for _ in range(length))


def rows_of(*args: str, cwd: Path) -> list[dict]:
    result = invoke("check", *args, "--format", "json", "--exit-zero", "--no-cache", cwd=cwd)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["findings"]


@pytest.fixture
def project(tmp_path) -> Path:
    target = tmp_path / "project"
    shutil.copytree(FIXTURE, target)
    return target


def test_the_fixture_gives_exactly_the_expected_findings(project):
    rows = rows_of(".", cwd=project)
    assert [(r["path"], r["line"], r["rule"]) for r in rows] == EXPECTED
    vocab = Plan.build(["MR001", "MR002"]).knowledge.vocab
    for row in rows:
        line = (project / row["path"]).read_text(encoding="utf-8").splitlines()[row["line"] - 1]
        matched = line[row["column"] - 1 : row["end_column"] - 1]
        assert len(list(vocab.scan(matched))) == 1, row["path"]  # the span is the key
        assert matched not in row["message"]  # shown redacted
        assert row["fix"] is None and "no automatic fix" in row["message"]


def test_fix_changes_no_text_file(project):
    before = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    result = invoke("check", ".", "--fix", "--unsafe-fixes", "--no-cache", cwd=project)
    assert result.exit_code == 1
    assert {p: p.read_bytes() for p in project.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize(
    "name, template",
    [
        ("Dockerfile", "FROM python:3.12\nENV MODELRED_API_KEY={key}\n"),
        ("deploy.sh", "#!/bin/sh\nexport MODELRED_API_KEY='{key}'\n"),
        ("pyproject.toml", '[tool.app]\napi_key = "{key}"\n'),
        ("setup.cfg", "[app]\napi_key = {key}\n"),
        ("app.ini", "[app]\napi_key = {key}\n"),
        (".env.production", "# production\nMODELRED_API_KEY={key}\n"),
    ],
)
def test_each_kind_of_text_file_is_scanned(tmp_path, name, template):
    (tmp_path / name).write_text(template.format(key=invented_key()), encoding="utf-8")
    assert [(r["path"], r["line"], r["rule"]) for r in rows_of(".", cwd=tmp_path)] == [(name, 2, "MR001")]


def test_comments_suppress_where_the_format_has_them_and_per_file_ignores_everywhere(tmp_path):
    (tmp_path / ".env").write_text(
        f"A={invented_key()}  # noqa: MR001\nB={invented_key()}  # pragma: allowlist secret\nC={invented_key()}\n",
        encoding="utf-8",
    )
    # JSON has no comments: text that looks like one inside a string suppresses nothing.
    (tmp_path / "c.json").write_text(json.dumps({"k": invented_key(), "note": "# noqa"}) + "\n", encoding="utf-8")
    rows = rows_of(".", cwd=tmp_path)
    assert [(r["path"], r["line"]) for r in rows] == [(".env", 3), ("c.json", 1)]
    (tmp_path / "pyproject.toml").write_text('[tool.modelred-lint]\nper-file-ignores = {"*.json" = ["MR001"]}\n')
    assert [(r["path"], r["line"]) for r in rows_of(".", cwd=tmp_path)] == [(".env", 3)]


def test_binary_oversized_and_gitignored_files_are_skipped(tmp_path):
    key = invented_key()
    (tmp_path / "blob.json").write_bytes(b"\x00\x01" + key.encode() + b"\n")
    (tmp_path / "big.yaml").write_text(f"k: {key}\n" + "x: 1\n" * 400, encoding="utf-8")
    (tmp_path / "ignored.yaml").write_text(f"k: {key}\n", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("ignored.yaml\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[tool.modelred-lint]\nmax-file-size = 1000\n")
    assert rows_of(".", cwd=tmp_path) == []  # no MR000 for a data file over the limit either


def test_a_virtual_environment_called_env_is_still_excluded(tmp_path):
    (tmp_path / ".env").mkdir()
    (tmp_path / ".env" / "settings.yaml").write_text(f"k: {invented_key()}\n", encoding="utf-8")
    (tmp_path / ".env" / "mod.py").write_text(f'K = "{invented_key()}"\n', encoding="utf-8")
    assert rows_of(".", cwd=tmp_path) == []


def test_extend_include_adds_text_files_and_a_bad_value_is_exit_2(tmp_path):
    (tmp_path / "notes.txt").write_text(f"key: {invented_key()}\n", encoding="utf-8")
    (tmp_path / "deploy").mkdir()
    (tmp_path / "deploy" / "app.conf").write_text(f"key {invented_key()}\n", encoding="utf-8")
    assert rows_of(".", cwd=tmp_path) == []
    config = tmp_path / "pyproject.toml"
    config.write_text('[tool.modelred-lint]\nextend-include = ["*.txt", "deploy/*.conf"]\n')
    assert [r["path"] for r in rows_of(".", cwd=tmp_path)] == ["deploy/app.conf", "notes.txt"]
    for bad in ("42", '["!*.txt"]', '["docs/"]', '["*.py"]', '[""]'):
        config.write_text(f"[tool.modelred-lint]\nextend-include = {bad}\n")
        result = invoke("check", ".", "--no-cache", cwd=tmp_path)
        assert result.exit_code == 2 and "extend-include" in result.stderr, bad


def test_the_hooks_named_files_are_picked_by_kind(tmp_path):
    """What the pre-commit hook runs: every text file named, the tool lints the kinds
    it knows (a `.env` file has no pre-commit type) and skips the rest."""
    key = invented_key()
    (tmp_path / ".env").write_text(f"MODELRED_API_KEY={key}\n", encoding="utf-8")
    (tmp_path / "README.md").write_text(f"Do not write `{invented_key()}`.\n", encoding="utf-8")
    (tmp_path / "tool").write_text(f'#!/usr/bin/env python3\nK = "{invented_key()}"\n', encoding="utf-8")
    (tmp_path / "app.py").write_text("import os\n", encoding="utf-8")
    result = invoke(
        "check", "--force-exclude", "--skip-other-files", "--format", "json", "--no-cache",
        ".env", "README.md", "tool", "app.py", cwd=tmp_path,
    )
    rows = json.loads(result.stdout)["findings"]
    assert [(r["path"], r["rule"]) for r in rows] == [(".env", "MR001"), ("tool", "MR001")]
    # Without the flag a named file of no known kind is read as Python, as before.
    plain = invoke("check", "README.md", "--format", "json", "--no-cache", cwd=tmp_path)
    assert [r["rule"] for r in json.loads(plain.stdout)["findings"]] == ["MR000"]


def test_a_python_file_and_a_text_file_with_the_same_bytes_do_not_share_a_cache_entry(tmp_path):
    text = f'KEY = "{invented_key()}"\n'
    (tmp_path / "a.py").write_text(text, encoding="utf-8")
    (tmp_path / "a.sh").write_text(text, encoding="utf-8")
    cache = ["--cache-dir", str(tmp_path / "cache")]
    for _ in range(2):  # the second run reads the cache
        result = invoke("check", ".", "--format", "json", "--exit-zero", *cache, cwd=tmp_path)
        rows = json.loads(result.stdout)["findings"]
        fixes = {r["path"]: r["fix"] is not None for r in rows if r["rule"] == "MR001"}
        assert fixes == {"a.py": True, "a.sh": False}


def test_stdin_with_a_text_files_name_is_scanned_as_text(tmp_path):
    result = invoke(
        "check", "--stdin-filename", "settings.yaml", "--format", "json", "--no-cache", "-",
        cwd=tmp_path, input=f"api:\n  key: {invented_key()}\n",
    )
    assert [(r["line"], r["rule"]) for r in json.loads(result.stdout)["findings"]] == [(2, "MR001")]

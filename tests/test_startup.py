"""Start-up of a one-file run (the editor's on-save case): what it must not import, and
the command line read without click giving exactly what click gives.

A plain `modelred-lint [--option value]... PATHS` is parsed by cli._quick_check_args
from the same option table click's `check` command is built from; everything else goes
to click. These tests hold the two readers to one answer, and the quick run to not
importing what it does not use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from modelred_lint import cli as cli_module
from modelred_lint.cli import _quick_check_args

REPO = Path(__file__).resolve().parents[1]
KEY = "mr_q7ZtW2nVb8KcX4pLs9RfJ3hGd6YmA1eU"  # pragma: allowlist secret  (invented)
LEAKY = f'API_KEY = "{KEY}"\n'


def click_params(args: list[str]) -> dict:
    """What click passes to `check` for this command line."""
    check = cli_module.cli.commands["check"]
    if args[:1] == ["check"]:
        args = args[1:]
    return check.make_context("check", list(args)).params


COMMON = [
    [],
    ["app.py"],
    ["check", "app.py"],
    ["--format", "json", "--exit-zero", "--no-cache", "app.py"],
    ["app.py", "--format=sarif", "-o", "out.sarif", "."],
    ["--select", "MR001,MR002", "--select", "MR004", "--ignore", "MR010", "-j", "2", "-q", "-v", "a", "b"],
    ["--format", "text", "--format", "github", "app.py"],  # the last one wins, as in click
    [
        "--fix", "--unsafe-fixes", "--diff", "--show-fixes", "--baseline", "b.json",
        "--write-baseline", "w.json", "--skip-other-files", "--config", "c.toml",
        "--stdin-filename", "s.py", "--force-exclude", "--no-prefilter", "--jobs=3",
        "--cache-dir", "new-cache", "--color", "never", "--output=report.txt", "-",
    ],
]


@pytest.mark.parametrize("args", COMMON, ids=[" ".join(a) or "(none)" for a in COMMON])
def test_quick_reader_gives_what_click_gives(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    quick = _quick_check_args(list(args))
    assert quick is not None, "a plain lint command line should not need click"
    expected = click_params(args)
    assert quick == expected
    assert {k: type(v) for k, v in quick.items()} == {k: type(v) for k, v in expected.items()}  # Path, not str


LEFT_TO_CLICK = [
    ["--help"], ["-h"], ["check", "--help"], ["--version"], ["rules"], ["rule", "MR001"], ["server"],
    ["--", "app.py"], ["-qv", "app.py"], ["-ojson", "app.py"], ["--fix=yes"], ["--formats", "json"],
    ["--format", "xml"], ["--format"], ["-j", "0"], ["-j", "two"], ["--select", ""],
    ["--output", "."],  # a folder where a file is wanted: click says so
    ["--cache-dir", "app.py"],  # a file where a folder is wanted
    ["--stdin-filename", "-x.py"],
]


@pytest.mark.parametrize("args", LEFT_TO_CLICK, ids=[" ".join(a) for a in LEFT_TO_CLICK])
def test_everything_else_is_left_to_click(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "app.py").write_text(LEAKY, encoding="utf-8")
    assert _quick_check_args(list(args)) is None


def test_click_options_come_from_the_table():
    check = cli_module.cli.commands["check"]
    declared = [p.name for p in check.params if p.name not in ("paths", "version")]
    assert declared == [option.dest for option in cli_module.CHECK_OPTIONS]


def run(args: list[str], cwd: Path, *flags: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *flags, "-m", "modelred_lint", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def imported_modules(importtime_stderr: str) -> set[str]:
    return {line.split("|")[-1].strip() for line in importtime_stderr.splitlines() if line.startswith("import time:")}


@pytest.fixture
def one_file(tmp_path):
    (tmp_path / "app.py").write_text(LEAKY + "def add(a, b):\n    return a + b\n", encoding="utf-8")
    return tmp_path


def test_one_file_run_does_not_import_click(one_file):
    done = run(["app.py", "--format", "json", "--exit-zero", "--no-cache"], one_file, "-X", "importtime")
    assert done.returncode == 0, done.stderr[-2000:]
    imported = imported_modules(done.stderr)
    assert "modelred_lint.engine" in imported  # (the probe reads the right output)
    unneeded = {"click", "traceback", "uuid", "platform", "yaml", "hashlib"} & imported
    assert not unneeded, f"a one-file run imported {sorted(unneeded)}"
    assert [f["rule"] for f in json.loads(done.stdout)["findings"]] == ["MR001"]


def test_quick_run_prints_what_the_click_run_prints(one_file):
    # `--` sends the same command line to click (the quick reader leaves it alone).
    for fmt in ("json", "text", "sarif", "github"):
        quick = run(["--format", fmt, "--no-cache", "app.py"], one_file)
        slow = run(["--format", fmt, "--no-cache", "--", "app.py"], one_file)
        assert (quick.returncode, quick.stdout, quick.stderr) == (slow.returncode, slow.stdout, slow.stderr), fmt
        assert quick.returncode == 1 and "MR001" in quick.stdout


def test_help_and_errors_still_come_from_click(one_file):
    helped = run(["--help"], one_file)
    assert helped.returncode == 0 and "Options (of `check`, the default command)" in helped.stdout
    wrong = run(["--format", "xml", "app.py"], one_file)
    assert wrong.returncode == 2 and "Invalid value for '--format'" in wrong.stderr


# -- the end of the process -------------------------------------------------------------

EXIT_PROBE = """
import atexit, sys

class Noisy:
    def __del__(self):
        print("TORN DOWN", flush=True)  # only the interpreter's teardown frees this

keep = Noisy()
atexit.register(lambda: print("ATEXIT RAN", flush=True))
sys.argv = ["modelred-lint", "app.py", "--format", "json", "--no-cache"]
from modelred_lint.cli import main
main()
"""


def test_the_program_ends_without_the_teardown_but_with_its_output_and_atexit(one_file):
    done = subprocess.run([sys.executable, "-c", EXIT_PROBE], cwd=one_file, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr[-2000:]  # findings
    report, _, rest = done.stdout.rpartition("}\n")
    assert json.loads(report + "}")["findings"][0]["rule"] == "MR001"
    assert rest == "ATEXIT RAN\n"  # and no "TORN DOWN": the objects were not freed one by one


def test_main_called_by_other_code_exits_normally(one_file, monkeypatch, capsys):
    monkeypatch.chdir(one_file)
    monkeypatch.setattr(sys, "argv", ["modelred-lint", "app.py", "--format", "json", "--no-cache"])
    with pytest.raises(SystemExit) as exit_:
        cli_module.main()
    assert exit_.value.code == 1
    assert json.loads(capsys.readouterr().out)["findings"][0]["rule"] == "MR001"


def test_the_digest_without_openssl_is_hashlibs_and_hands_over_to_it_after_a_megabyte(monkeypatch):
    import hashlib

    from modelred_lint import digests

    monkeypatch.setattr(digests, "_hashed", 0)
    for data in (b"", b"modelred", bytes(range(256)) * 1000):
        assert digests.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    incremental = digests.sha256()
    incremental.update(b"model")
    incremental.update(b"red")
    assert incremental.hexdigest() == hashlib.sha256(b"modelred").hexdigest()
    assert type(digests.sha256(b"x")) is not type(hashlib.sha256(b"x"))  # (the interpreter's own)
    big = bytes(range(256)) * 4096  # 1 MiB: past it, OpenSSL's
    assert digests.sha256(big).hexdigest() == hashlib.sha256(big).hexdigest()
    assert type(digests.sha256(b"x")) is type(hashlib.sha256(b"x"))

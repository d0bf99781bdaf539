"""The command line as its users meet it: exit codes, output formats, the `rules` and
`rule` commands, standard input, rule selection. Run in-process through click's
CliRunner and, for what only a real process shows (the console script, stderr, the
start-up imports), through `python -m modelred_lint` and the installed `modelred-lint`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import modelred_lint
from helpers import invoke

REPO = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).parent / "modelred-lint"

# The catalogue's own example keys (rules/MR001.yaml, rules/MR004.yaml).
MODELRED_KEY = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"  # pragma: allowlist secret
WEBHOOK_SECRET = "GpR6rQyD88mk1o9s2TGuB1mKtMYd55MYL4qvPk3f"  # pragma: allowlist secret

LEAKY = f'API_KEY = "{MODELRED_KEY}"\n'
# MR001 on a name that is no secret name (so no other rule could claim it), MR004 below.
TWO_RULES = f'LEGACY = "{MODELRED_KEY}"\nWEBHOOK_SECRET = "{WEBHOOK_SECRET}"\n'
CLEAN = "def add(a, b):\n    return a + b\n"
ANSI = "\x1b["




def run_process(argv: list[str], cwd: Path, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(argv, cwd=cwd, input=input, capture_output=True, text=True, timeout=60)


def module_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "modelred_lint", *args]


def script_argv(*args: str) -> list[str]:
    assert SCRIPT.is_file(), f"the console script is not installed next to the interpreter: {SCRIPT}"
    return [str(SCRIPT), *args]


def json_findings(output: str) -> list[dict]:
    return json.loads(output)["findings"]


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A working directory with one leaky file and one clean file."""
    (tmp_path / "leak.py").write_text(LEAKY)
    (tmp_path / "clean.py").write_text(CLEAN)
    monkeypatch.chdir(tmp_path)
    return tmp_path


# -- exit codes -------------------------------------------------------------------------


def test_clean_directory_exits_0_and_says_so(tmp_path, monkeypatch):
    (tmp_path / "clean.py").write_text(CLEAN)
    monkeypatch.chdir(tmp_path)
    result = invoke(".")
    assert result.exit_code == 0, result.output
    assert "MR0" not in result.stdout
    assert "1 file checked" in result.stdout


def test_no_path_means_the_current_directory(project):
    result = invoke()
    assert result.exit_code == 1, result.output
    assert "leak.py:1:" in result.stdout


def test_findings_exit_1_with_path_line_column_rule(project):
    result = invoke("leak.py", "clean.py")
    assert result.exit_code == 1, result.output
    column = LEAKY.index(MODELRED_KEY) + 1
    assert re.search(rf"^leak\.py:1:{column}: MR001 ", result.stdout, re.M), result.stdout
    assert "clean.py" not in result.stdout
    assert "Found 1 finding" in result.stdout
    assert ANSI not in result.stdout  # not a TTY: no colour


def test_exit_zero_forces_0_but_still_reports(project):
    result = invoke("--exit-zero", ".")
    assert result.exit_code == 0, result.output
    assert "leak.py:1:" in result.stdout


def test_unknown_rule_in_select_is_a_usage_error_naming_it(project):
    result = invoke("--select", "MR999", ".")
    assert result.exit_code == 2
    assert "MR999" in result.stderr
    assert "leak.py" not in result.stdout  # nothing was linted


def test_unknown_rule_in_ignore_is_a_usage_error_naming_it(project):
    result = invoke("--ignore", "XY12", ".")
    assert result.exit_code == 2
    assert "XY12" in result.stderr


def test_bad_config_exits_2_naming_the_setting(project):
    (project / ".modelred-lint.yaml").write_text("no-such-setting: true\n")
    result = invoke(".")
    assert result.exit_code == 2
    assert "no-such-setting" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_format_is_a_usage_error(project):
    result = invoke("--format", "xml", ".")
    assert result.exit_code == 2


def test_missing_path_is_an_error_line_and_the_others_are_still_linted(project):
    result = invoke("does-not-exist.py", "leak.py")
    assert result.exit_code == 2
    error_lines = [line for line in result.stderr.splitlines() if "does-not-exist.py" in line]
    assert len(error_lines) == 1, result.stderr
    assert error_lines[0].startswith("modelred-lint: error:")
    assert "leak.py:1:" in result.stdout


# -- output formats ----------------------------------------------------------------------


def test_text_format_is_the_default(project):
    assert invoke("leak.py").stdout == invoke("--format", "text", "leak.py").stdout


def test_json_parses_with_1_based_columns(project):
    result = invoke("--format", "json", ".")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["files_checked"] == 2
    assert document["summary"] == {"MR001": 1}
    (finding,) = document["findings"]
    assert finding["path"] == "leak.py"
    assert finding["rule"] == "MR001"
    assert finding["line"] == 1
    assert finding["column"] == LEAKY.index(MODELRED_KEY) + 1
    assert finding["end_column"] == LEAKY.index(MODELRED_KEY) + len(MODELRED_KEY) + 1


def test_json_of_a_clean_run_is_an_empty_list(tmp_path, monkeypatch):
    (tmp_path / "clean.py").write_text(CLEAN)
    monkeypatch.chdir(tmp_path)
    result = invoke("--format", "json", ".")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["findings"] == []


def test_text_and_json_agree_on_place(project):
    text = invoke("leak.py").stdout
    (finding,) = json_findings(invoke("--format", "json", "leak.py").stdout)
    assert f"{finding['path']}:{finding['line']}:{finding['column']}: {finding['rule']} " in text


def test_output_file_receives_the_report_and_stdout_stays_empty(project):
    result = invoke("--format", "json", "--output", "report.json", ".")
    assert result.exit_code == 1
    assert result.stdout == ""
    document = json.loads((project / "report.json").read_text(encoding="utf-8"))
    assert [f["path"] for f in document["findings"]] == ["leak.py"]


def test_output_file_in_text_format_has_no_colour(project):
    result = invoke("-o", "report.txt", "leak.py")
    assert result.exit_code == 1
    written = (project / "report.txt").read_text(encoding="utf-8")
    assert written.startswith("leak.py:1:")
    assert ANSI not in written


def test_quiet_prints_findings_only(project):
    result = invoke("--quiet", ".")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("leak.py:1:"), result.stdout


def test_quiet_on_a_clean_run_prints_nothing(tmp_path, monkeypatch):
    (tmp_path / "clean.py").write_text(CLEAN)
    monkeypatch.chdir(tmp_path)
    result = invoke("-q", ".")
    assert result.exit_code == 0
    assert result.stdout == ""


# -- version, help, rules ---------------------------------------------------------------


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"modelred-lint {modelred_lint.__version__}"


def test_version_does_not_import_libcst():
    code = textwrap.dedent(
        """
        import sys
        from click.testing import CliRunner
        from modelred_lint.cli import cli
        result = CliRunner().invoke(cli, ["--version"])
        print(result.exit_code, result.output.strip())
        print("LIBCST_LOADED" if "libcst" in sys.modules else "LIBCST_NOT_LOADED")
        """
    )
    proc = run_process([sys.executable, "-c", code], cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert f"0 modelred-lint {modelred_lint.__version__}" in proc.stdout
    assert "LIBCST_NOT_LOADED" in proc.stdout, "--version imported libcst"


def test_help_lists_the_commands():
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("check", "rules", "rule"):
        assert re.search(rf"^\s+{command}\s", result.stdout, re.M), result.stdout


def test_rules_lists_the_catalogue(catalogue):
    result = invoke("rules")
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.stdout.splitlines() if line.strip()]
    assert listed == list(catalogue.ids)
    assert {"MR000", "MR001", "MR002", "MR003", "MR004"} <= set(listed)
    assert "hardcoded-modelred-key" in result.stdout


def test_rules_as_json(catalogue):
    result = invoke("rules", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert [row["id"] for row in rows] == list(catalogue.ids)
    assert {row["id"]: row["name"] for row in rows}["MR002"] == "hardcoded-provider-key"


def test_rule_shows_its_documentation():
    result = invoke("rule", "MR001")
    assert result.exit_code == 0
    assert result.stdout.startswith("# MR001 hardcoded-modelred-key")
    for heading in ("## What it does", "## Why is this bad?", "## Example", "## Use instead"):
        assert heading in result.stdout


def test_rule_id_is_case_insensitive():
    assert invoke("rule", "mr002").stdout == invoke("rule", "MR002").stdout


def test_unknown_rule_exits_2_naming_it():
    result = invoke("rule", "MR999")
    assert result.exit_code == 2
    assert "MR999" in result.stderr
    assert result.stdout == ""


def test_a_folder_named_rules_is_linted_with_check(tmp_path, monkeypatch):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "loader.py").write_text(LEAKY)
    monkeypatch.chdir(tmp_path)
    linted = invoke("check", "rules")
    assert linted.exit_code == 1, linted.output
    assert "rules/loader.py:1:" in linted.stdout
    listing = invoke("rules")  # the command still wins over the folder
    assert listing.exit_code == 0
    assert "rules/loader.py" not in listing.stdout
    assert "MR001" in listing.stdout


def test_check_is_the_default_command_for_a_folder_with_another_name(tmp_path, monkeypatch):
    (tmp_path / "rule_data").mkdir()
    (tmp_path / "rule_data" / "x.py").write_text(LEAKY)
    monkeypatch.chdir(tmp_path)
    result = invoke("rule_data")
    assert result.exit_code == 1
    assert "rule_data/x.py:1:" in result.stdout


# -- standard input -----------------------------------------------------------------------


def test_stdin_filename_lints_stdin_and_shows_the_name_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("--stdin-filename", "src/app/settings.py", input=LEAKY)
    assert result.exit_code == 1, result.output
    assert re.search(r"^src/app/settings\.py:1:\d+: MR001 ", result.stdout, re.M), result.stdout
    assert not (tmp_path / "src").exists()  # nothing read from, or written to, disk


def test_stdin_filename_with_clean_source_exits_0(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("--stdin-filename", "x.py", input=CLEAN)
    assert result.exit_code == 0, result.output


def test_stdin_filename_applies_per_file_ignores(tmp_path, monkeypatch):
    (tmp_path / ".modelred-lint.yaml").write_text('per-file-ignores:\n  "generated/*.py": [MR001]\n')
    monkeypatch.chdir(tmp_path)
    ignored = invoke("--stdin-filename", "generated/client.py", input=TWO_RULES)
    assert ignored.exit_code == 1, ignored.output
    rules = [f["rule"] for f in json_findings(invoke("--format", "json", "--stdin-filename", "generated/client.py", input=TWO_RULES).stdout)]
    assert rules == ["MR004"]
    elsewhere = json_findings(invoke("--format", "json", "--stdin-filename", "src/client.py", input=TWO_RULES).stdout)
    assert [f["rule"] for f in elsewhere] == ["MR001", "MR004"]


def test_stdin_filename_with_paths_is_a_usage_error(project):
    result = invoke("--stdin-filename", "x.py", "leak.py", input=CLEAN)
    assert result.exit_code == 2
    assert "stdin" in result.stderr


# -- selecting rules ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, expected",
    [
        ([], ["MR001", "MR004"]),
        (["--select", "MR001"], ["MR001"]),
        (["--select", "MR004"], ["MR004"]),
        (["--select", "MR00"], ["MR001", "MR004"]),
        (["--select", "mr00"], ["MR001", "MR004"]),
        (["--select", "MR001,MR004"], ["MR001", "MR004"]),
        (["--select", "MR001", "--select", "MR004"], ["MR001", "MR004"]),
        (["--select", "ALL"], ["MR001", "MR004"]),
        (["--ignore", "MR001"], ["MR004"]),
        (["--ignore", "MR00"], []),
        (["--select", "MR00", "--ignore", "MR004"], ["MR001"]),
        (["--select", "MR002,MR003"], []),
    ],
)
def test_select_and_ignore_with_ids_and_prefixes(tmp_path, monkeypatch, args, expected):
    (tmp_path / "two.py").write_text(TWO_RULES)
    monkeypatch.chdir(tmp_path)
    result = invoke("--format", "json", *args, "two.py")
    assert result.exit_code == (1 if expected else 0), result.output
    assert [f["rule"] for f in json_findings(result.stdout)] == expected


@pytest.mark.parametrize("args", [["--ignore", "MR001"], ["--select", "MR004"]])
def test_turning_mr001_off_does_not_turn_its_key_into_mr004(tmp_path, monkeypatch, args):
    # MR004 is "a high-entropy literal bound to a secret-named target that no specific
    # format claims": an mr_ key is claimed by MR001's format whether MR001 runs or not.
    (tmp_path / "keyed.py").write_text(f'API_KEY = "{MODELRED_KEY}"\nWEBHOOK_SECRET = "{WEBHOOK_SECRET}"\n')
    monkeypatch.chdir(tmp_path)
    findings = json_findings(invoke("--format", "json", *args, "keyed.py").stdout)
    assert [(f["line"], f["rule"]) for f in findings] == [(2, "MR004")]


def test_select_replaces_the_configured_set(tmp_path, monkeypatch):
    (tmp_path / ".modelred-lint.yaml").write_text("select: [MR004]\n")
    (tmp_path / "two.py").write_text(TWO_RULES)
    monkeypatch.chdir(tmp_path)
    configured = json_findings(invoke("--format", "json", "two.py").stdout)
    assert [f["rule"] for f in configured] == ["MR004"]
    overridden = json_findings(invoke("--format", "json", "--select", "MR001", "two.py").stdout)
    assert [f["rule"] for f in overridden] == ["MR001"]


# -- the real processes: python -m modelred_lint and the console script ---------------------


def test_console_script_is_installed():
    assert SCRIPT.is_file(), f"{SCRIPT} is missing: the README installs a `modelred-lint` script"


@pytest.mark.parametrize("argv", [module_argv, script_argv], ids=["python-m", "script"])
def test_process_exit_codes(project, argv):
    clean = run_process(argv("clean.py"), cwd=project)
    assert clean.returncode == 0, clean.stderr
    assert "All checks passed" in clean.stdout

    dirty = run_process(argv("."), cwd=project)
    assert dirty.returncode == 1, dirty.stderr
    assert "leak.py:1:" in dirty.stdout
    assert dirty.stderr == ""

    forced = run_process(argv("--exit-zero", "."), cwd=project)
    assert forced.returncode == 0

    unknown = run_process(argv("--select", "MR999", "."), cwd=project)
    assert unknown.returncode == 2
    assert "MR999" in unknown.stderr
    assert "Traceback" not in unknown.stderr


@pytest.mark.parametrize("argv", [module_argv, script_argv], ids=["python-m", "script"])
def test_process_missing_path(project, argv):
    proc = run_process(argv("nowhere", "leak.py"), cwd=project)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert any(line.startswith("modelred-lint: error:") and "nowhere" in line for line in proc.stderr.splitlines()), proc.stderr
    assert "leak.py:1:" in proc.stdout


@pytest.mark.parametrize("argv", [module_argv, script_argv], ids=["python-m", "script"])
def test_process_bad_config(project, argv):
    (project / ".modelred-lint.yaml").write_text("select: [MR001\n")
    proc = run_process(argv("."), cwd=project)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert ".modelred-lint.yaml" in proc.stderr


@pytest.mark.parametrize("argv", [module_argv, script_argv], ids=["python-m", "script"])
def test_process_json_stdin_and_version(tmp_path, argv):
    proc = run_process(argv("--format", "json", "--stdin-filename", "pkg/mod.py"), cwd=tmp_path, input=LEAKY)
    assert proc.returncode == 1, proc.stderr
    (finding,) = json.loads(proc.stdout)["findings"]
    assert (finding["path"], finding["line"], finding["column"]) == ("pkg/mod.py", 1, LEAKY.index(MODELRED_KEY) + 1)

    version = run_process(argv("--version"), cwd=tmp_path)
    assert version.returncode == 0
    assert version.stdout.strip() == f"modelred-lint {modelred_lint.__version__}"


def test_script_rules_and_rule(tmp_path):
    listing = run_process(script_argv("rules"), cwd=tmp_path)
    assert listing.returncode == 0
    assert "MR001" in listing.stdout
    docs = run_process(script_argv("rule", "MR001"), cwd=tmp_path)
    assert docs.returncode == 0 and docs.stdout.startswith("# MR001")
    unknown = run_process(script_argv("rule", "MR999"), cwd=tmp_path)
    assert unknown.returncode == 2 and "MR999" in unknown.stderr


@pytest.fixture(scope="session")
def catalogue():
    from modelred_lint.catalogue import load_catalogue

    return load_catalogue()

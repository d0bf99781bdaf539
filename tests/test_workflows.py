"""The workflows of issue 9 as a user meets them: `--diff` for review, fixing on save
through standard input, output that is safe to print anywhere (control characters,
any stdout encoding), exit codes and messages when a run fails or checks nothing,
`--help`, colour, and the JSON / SARIF / GitHub shapes that code scanning reads.

Keys here are invented (random characters). No assertion message quotes one."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import invoke

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")

MODELRED_KEY = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"  # pragma: allowlist secret
# A key written over three lines of an implicit concatenation: no part alone looks
# like a key, so a line-by-line scrubber lets each through.
SPLIT_PARTS = ("mr_2AgEyiTFF", "sjNZKH4W1Efa", "DYDP6mMOC31")  # pragma: allowlist secret
SPLIT_KEY = "".join(SPLIT_PARTS)
# An MR004 secret holding `(`, where the old scrubber split its tokens (into two too
# short to look random on their own).
PAREN_SECRET = "Yu0xZgTIk2nTDvr(ggYm2GiGwVb3hJN"  # pragma: allowlist secret
WINDOW = 10  # no run of this many characters of a secret may be printed


def leaks(secret: str, output: str) -> bool:
    """Whether `output` holds `secret`, or any WINDOW characters of it past `mr_`."""
    body = secret[3:] if secret.startswith("mr_") else secret
    return secret in output or any(body[i : i + WINDOW] in output for i in range(len(body) - WINDOW + 1))


# -- --diff: redact the secrets, nothing else ------------------------------------------------------

DIFF_SOURCE = f'''from modelred import ModelRed, ModelProvider

client = ModelRed(
    api_key="{MODELRED_KEY}",
    provider=ModelProvider.ANTHROPIC,
)
SIGNING_KEY = ("{SPLIT_PARTS[0]}"
               "{SPLIT_PARTS[1]}"
               "{SPLIT_PARTS[2]}")
WEBHOOK_SECRET = "{PAREN_SECRET}"
'''


@pytest.fixture
def diff_output(tmp_path):
    (tmp_path / "app.py").write_text(DIFF_SOURCE, encoding="utf-8")
    result = invoke("--diff", "--unsafe-fixes", "app.py", cwd=tmp_path)
    assert result.exit_code == 1, result.stderr
    assert (tmp_path / "app.py").read_text(encoding="utf-8") == DIFF_SOURCE  # --diff writes nothing
    return result.stdout


def test_diff_prints_lines_without_secrets_as_they_are(diff_output):
    assert "    provider=ModelProvider.ANTHROPIC,\n" in diff_output
    assert "from modelred import ModelRed, ModelProvider\n" in diff_output


def test_diff_never_prints_a_secret_holding_a_parenthesis(diff_output):
    assert "-WEBHOOK_SECRET = " in diff_output  # the line is in the diff...
    leaked = leaks(PAREN_SECRET, diff_output)
    assert not leaked, "the MR004 secret holding `(` appears in the --diff output"


def test_diff_never_prints_a_key_split_over_lines(diff_output):
    assert f'-               "{SPLIT_PARTS[1]}"' not in diff_output
    leaked = any(part in diff_output for part in SPLIT_PARTS) or leaks(SPLIT_KEY, diff_output)
    assert not leaked, "a part of the key split over three lines appears in the --diff output"
    assert not leaks(MODELRED_KEY, diff_output), "the api_key argument's key appears in the --diff output"


def test_diff_shows_the_redacted_secret_in_place(diff_output):
    removed = [line for line in diff_output.splitlines() if line.startswith("-    api_key=")]
    assert removed == [f'-    api_key="{MODELRED_KEY[:5]}…{MODELRED_KEY[-4:]}",']


def test_readme_says_diff_is_for_review_not_git_apply():
    usage = README[README.index("## Usage") : README.index("## Configuration")]
    assert "git apply" in usage and "--diff" in usage


# -- fixing on save: --fix with standard input ------------------------------------------------------

# A key in a comment (a safe fix redacts it) and one in code (an unsafe fix).
STDIN_SOURCE = (
    "from modelred import ModelRed\n"
    f"# old key: {MODELRED_KEY}\n"
    f'client = ModelRed(api_key="{MODELRED_KEY}")\n'
)


def test_fix_on_stdin_writes_the_fixed_source_to_stdout(tmp_path):
    result = invoke("--fix", "--stdin-filename", "app.py", "-", cwd=tmp_path, input=STDIN_SOURCE)
    assert result.exit_code == 1, result.stderr  # the key in code remains: an unsafe fix
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and lines[0] == "from modelred import ModelRed"
    assert lines[1].startswith("# old key: ") and MODELRED_KEY not in lines[1]
    assert re.search(r"^app\.py:3:\d+: MR001 ", result.stderr, re.M), "remaining finding not on stderr"
    assert not (tmp_path / "app.py").exists()


def test_fix_on_stdin_with_unsafe_fixes_exits_0_when_nothing_remains(tmp_path):
    result = invoke("--fix", "--unsafe-fixes", "--stdin-filename", "app.py", "-", cwd=tmp_path, input=STDIN_SOURCE)
    assert result.exit_code == 0, result.stderr
    assert 'os.environ["MODELRED_API_KEY"]' in result.stdout
    assert MODELRED_KEY not in result.stdout
    compile(result.stdout, "app.py", "exec")


def test_fix_on_stdin_gives_back_a_broken_buffer_unchanged(tmp_path):
    broken = "from modelred import ModelRed\ndef f(:\n    pass\n"
    result = invoke("--fix", "--stdin-filename", "app.py", "-", cwd=tmp_path, input=broken)
    assert result.stdout == broken
    assert "MR000" in result.stderr
    assert result.exit_code == 1


def test_fix_on_stdin_of_a_clean_buffer_echoes_it_and_exits_0(tmp_path):
    clean = "x = 1\r\ny = 2\r\n"
    result = invoke("--fix", "--stdin-filename", "app.py", cwd=tmp_path, input=clean)
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == clean.encode()


# -- output safe to print: control characters -------------------------------------------------------

# A dict key that, printed raw, ends the finding's line and starts a GitHub workflow
# command; an escape sequence; a file name holding a newline.
INJECTING = 'CONFIG = {"\\n::error title=pwned::x\\x1b[31m api_key": "GpR6rQyD88mk1o9s2TGuB1mKtMYd55MYL4qvPk3f"}\n'
EVIL_NAME = "evil\n::error title=forged::\x1b[2J\x08\u202ex.py"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def injecting(tmp_path):
    (tmp_path / "cfg.py").write_text(INJECTING, encoding="utf-8")
    (tmp_path / EVIL_NAME).write_text(f'API_KEY = "{MODELRED_KEY}"\n', encoding="utf-8")
    return tmp_path


def _outputs(root: Path) -> dict[str, str]:
    out = {}
    for fmt in ("text", "github", "json", "sarif"):
        result = invoke("--format", fmt, ".", cwd=root)
        assert result.exit_code == 1, result.output
        out[fmt] = result.stdout
    return out


def test_text_output_escapes_control_characters(injecting):
    text = _outputs(injecting)["text"]
    assert not CONTROL.search(text)
    lines = text.splitlines()
    assert not any(line.startswith("::") for line in lines)
    findings = [line for line in lines if re.match(r"^\S.*:\d+:\d+: MR\d{3} ", line)]
    assert len(findings) == 2
    assert any(line.startswith("evil\\n::error title=forged::\\x1b[2J\\x08\\u202ex.py:1:") for line in findings)
    assert any("`\\n::error title=pwned::x\\x1b[31m api_key`" in line for line in findings)


def test_github_annotations_cannot_be_forged(injecting):
    lines = _outputs(injecting)["github"].splitlines()
    assert not any(CONTROL.search(line) for line in lines)
    commands = [line for line in lines if line.startswith("::")]
    assert len(commands) == 2  # one per finding, nothing forged
    assert all(re.match(r"^::(error|warning|notice) file=", line) for line in commands)


def test_sarif_and_json_message_texts_have_no_control_characters(injecting):
    outputs = _outputs(injecting)
    messages = [f["message"] for f in json.loads(outputs["json"])["findings"]]
    sarif = json.loads(outputs["sarif"])["runs"][0]
    messages += [r["message"]["text"] for r in sarif["results"]]
    assert len(messages) == 4
    assert not any(CONTROL.search(m) or "\n" in m for m in messages)
    # JSON keeps the path exactly (JSON escapes it), for programs that open the file.
    assert EVIL_NAME in {f["path"] for f in json.loads(outputs["json"])["findings"]}


# -- output safe to print: any stdout encoding ------------------------------------------------------


@pytest.mark.parametrize("encoding", ["latin-1", "cp437", "cp850", "ascii"])
def test_output_survives_a_narrow_stdout_encoding(tmp_path, encoding):
    (tmp_path / "app.py").write_text(f'API_KEY = "{MODELRED_KEY}"  # clé\n', encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    for fmt in ("text", "github", "json"):
        done = subprocess.run(
            [sys.executable, "-m", "modelred_lint", "--format", fmt, "app.py"],
            cwd=tmp_path, env=env, capture_output=True, timeout=60,
        )
        assert b"Traceback" not in done.stderr, done.stderr.decode(encoding, "replace")
        assert done.returncode == 1, done.stderr.decode(encoding, "replace")
        text = done.stdout.decode(encoding)
        if fmt == "json":
            message = json.loads(text)["findings"][0]["message"]
            assert f"{MODELRED_KEY[:5]}\u2026{MODELRED_KEY[-4:]}" in message  # exact, as \u2026
        else:
            assert f"{MODELRED_KEY[:5]}...{MODELRED_KEY[-4:]}" in text


# -- failed runs: exit 2, no traceback, no pass message ---------------------------------------------


@pytest.fixture
def crashing(monkeypatch, tmp_path):
    """A bug of ours in the middle of a run."""
    import modelred_lint.runner

    def boom(*args, **kwargs):
        raise RuntimeError("something the file said")

    monkeypatch.setattr(modelred_lint.runner, "lint_targets", boom)
    (tmp_path / "app.py").write_text("x = 1\n")
    return tmp_path


def test_an_internal_error_exits_2_without_a_traceback(crashing):
    result = invoke("app.py", cwd=crashing)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "internal error (RuntimeError)" in result.stderr
    assert "something the file said" not in result.output  # its text may quote the file
    assert "--verbose" in result.stderr


def test_verbose_shows_the_traceback(crashing):
    result = invoke("--verbose", "app.py", cwd=crashing)
    assert result.exit_code == 2
    assert "Traceback" in result.stderr and "RuntimeError" in result.stderr


def test_an_internal_error_still_writes_the_sarif_file(crashing):
    import jsonschema
    from test_reports import sarif_schema

    result = invoke("--format", "sarif", "--output", "out.sarif", "app.py", cwd=crashing)
    assert result.exit_code == 2
    report = json.loads((crashing / "out.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(sarif_schema()).validate(report)
    invocation = report["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    texts = [n["message"]["text"] for n in invocation["toolExecutionNotifications"]]
    assert any("internal error (RuntimeError)" in t for t in texts)


def test_an_internal_error_in_another_command_exits_2(monkeypatch, capsys):
    import modelred_lint.catalogue
    from modelred_lint.cli import main

    def boom():
        raise RuntimeError("broken catalogue")

    monkeypatch.setattr(modelred_lint.catalogue, "load_catalogue", boom)
    monkeypatch.setattr(sys, "argv", ["modelred-lint", "rules"])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "internal error (RuntimeError)" in err and "Traceback" not in err


def test_a_missing_path_next_to_a_good_one_prints_no_pass_message(tmp_path):
    (tmp_path / "good.py").write_text("x = 1\n")
    for args in (["good.py", "missing.py"], ["--format", "sarif", "good.py", "missing.py"]):
        result = invoke(*args, cwd=tmp_path)
        assert result.exit_code == 2
        assert "All checks passed" not in result.output
        assert "missing.py" in result.stderr
    text = invoke("good.py", "missing.py", cwd=tmp_path).stdout
    assert "the run failed" in text


def test_zero_files_checked_is_warned(tmp_path):
    (tmp_path / "notes.txt").write_text("nothing to lint\n")
    result = invoke(".", cwd=tmp_path)
    assert result.exit_code == 0
    assert "warning: no Python files were checked" in result.stderr
    assert "All checks passed" not in result.stdout


@pytest.mark.parametrize("args", [["--select", ""], ["--select", ","], ["--select", "MR001", "--ignore", "MR0"]])
def test_selecting_no_rule_is_an_error(tmp_path, args):
    (tmp_path / "app.py").write_text(f'API_KEY = "{MODELRED_KEY}"\n')
    result = invoke(*args, "app.py", cwd=tmp_path)
    assert result.exit_code == 2
    assert "All checks passed" not in result.output
    assert "--select" in result.stderr


def test_an_empty_select_in_the_configuration_is_an_error_naming_it(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.modelred-lint]\nselect = []\n")
    (tmp_path / "app.py").write_text(f'API_KEY = "{MODELRED_KEY}"\n')
    result = invoke("app.py", cwd=tmp_path)
    assert result.exit_code == 2
    assert "All checks passed" not in result.output
    assert "select" in result.stderr


# -- --help and colour ------------------------------------------------------------------------------


def test_top_level_help_shows_the_options_users_need():
    result = invoke("--help")
    assert result.exit_code == 0
    for option in ("--fix", "--unsafe-fixes", "--diff", "--format", "--select", "--ignore", "--output",
                   "--stdin-filename", "--color", "--verbose", "--version"):
        assert re.search(rf"^\s+(-\w, )?{option}\b", result.stdout, re.M), option
    assert "rules" in result.stdout and "rule " in result.stdout  # the commands too


def test_color_always_and_never(tmp_path):
    (tmp_path / "app.py").write_text(f'API_KEY = "{MODELRED_KEY}"\n')
    assert "\x1b[" in invoke("--color", "always", "app.py", cwd=tmp_path).stdout
    assert "\x1b[" not in invoke("--color", "never", "app.py", cwd=tmp_path).stdout


def _on_a_terminal(cwd: Path, env: dict) -> str:
    """The tool's stdout when it is a terminal (a pseudo-terminal)."""
    import pty

    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "modelred_lint", "app.py"],
            cwd=cwd, env=env, stdout=follower, stderr=subprocess.PIPE, timeout=60,
        )
        os.close(follower)
        follower = -1
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert done.returncode == 1, done.stderr
        return b"".join(chunks).decode("utf-8", "replace")
    finally:
        os.close(leader)
        if follower != -1:
            os.close(follower)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo-terminals as on Linux")
def test_no_color_is_honoured_on_a_terminal(tmp_path):
    (tmp_path / "app.py").write_text(f'API_KEY = "{MODELRED_KEY}"\n')
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    assert "\x1b[" in _on_a_terminal(tmp_path, env)
    assert "\x1b[" not in _on_a_terminal(tmp_path, {**env, "NO_COLOR": "1"})


# -- JSON: one column convention --------------------------------------------------------------------


def test_json_fix_edits_use_the_findings_1_based_columns(tmp_path):
    source = f'API_KEY = "{MODELRED_KEY}"\n'
    (tmp_path / "app.py").write_text(source)
    findings = json.loads(invoke("--format", "json", "app.py", cwd=tmp_path).stdout)["findings"]
    [finding] = findings
    line = source.splitlines()[0]
    # Both read as 1-based, end exclusive: the finding covers the key, the edit its literal.
    covered = line[finding["column"] - 1 : finding["end_column"] - 1]
    assert MODELRED_KEY in covered and len(covered) <= len(MODELRED_KEY) + 2
    # The edit that replaces the key (the other one adds `import os`, deleting nothing).
    [edit] = [e for e in finding["fix"]["edits"] if (e["end_line"], e["end_column"]) > (e["line"], e["column"])]
    replaced = line[edit["column"] - 1 : edit["end_column"] - 1]
    assert replaced == f'"{MODELRED_KEY}"'
    assert "1-based" in README


# -- SARIF for code scanning ------------------------------------------------------------------------


def _sarif(target: str, cwd: Path = REPO) -> dict:
    result = invoke("--format", "sarif", "--exit-zero", target, cwd=cwd)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["runs"][0]


def test_every_full_description_fits_githubs_limit():
    rules = _sarif("fixtures/insecure_app")["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} >= {"MR000", "MR010"}
    for rule in rules:
        assert len(rule["fullDescription"]["text"]) <= 1024, rule["id"]
        assert rule["fullDescription"]["text"].split()[0] in rule["help"]["text"]


def test_unparseable_files_are_results_as_well_as_notifications():
    run = _sarif("fixtures/bad_input")
    notified = {n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                for n in run["invocations"][0]["toolExecutionNotifications"] if n.get("locations")}
    results = [r for r in run["results"] if r["ruleId"] == "MR000"]
    assert len(results) == len(notified) >= 1
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == notified
    assert all(r["level"] in ("note", "warning") for r in results)
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert all(ids[r["ruleIndex"]] == "MR000" for r in results)


def test_help_uris_point_at_anchors_that_exist():
    rules = _sarif("fixtures/insecure_app")["tool"]["driver"]["rules"]
    for rule in rules:
        _, _, anchor = rule["helpUri"].partition("#")
        assert anchor, rule["helpUri"]
        assert re.search(rf'<a id="{re.escape(anchor)}"></a>', README), f"README has no anchor {anchor}"


def test_readme_says_what_github_fingerprints_with():
    assert "primaryLocationLineHash" in README
    assert "survive unrelated edits" not in README


# -- GitHub annotations: what GitHub cuts stays visible ---------------------------------------------


def test_github_annotations_most_severe_first_then_a_summary(tmp_path):
    # 12 MR001 (error) and 12 MR004 (warning), the warnings written first.
    lines = [f'WEBHOOK_SECRET_{i} = "{PAREN_SECRET.replace("(", "Q")[:-2]}{i:02d}"' for i in range(12)]
    lines += [f'LEGACY_{i} = "{MODELRED_KEY[:-2]}{i:02d}"' for i in range(12)]
    (tmp_path / "app.py").write_text("\n".join(lines) + "\n")
    result = invoke("--format", "github", "app.py", cwd=tmp_path)
    assert result.exit_code == 1
    out = result.stdout.splitlines()
    levels = [line[2:].split(" ", 1)[0] for line in out if line.startswith("::")]
    assert levels == ["error"] * 12 + ["warning"] * 12
    summary = out[-1]
    assert not summary.startswith("::")
    assert "12 errors" in summary and "12 warnings" in summary
    assert "2 errors, 2 warnings are only in this log" in summary


@pytest.mark.parametrize("args", [["--format", "json"], ["--diff", "--unsafe-fixes"]])
def test_a_reader_that_stops_reading_is_no_internal_error(tmp_path, args):
    # `modelred-lint . | head -1` once head has gone: stdout is a pipe nobody reads.
    (tmp_path / "app.py").write_text(f'API_KEY = "{MODELRED_KEY}"\n')
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "modelred_lint", *args, "--no-cache", "app.py"],
            cwd=tmp_path, stdout=write_end, stderr=subprocess.PIPE, timeout=60,
        )
    finally:
        os.close(write_end)
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "internal error" not in err, err
    assert done.returncode == 2

"""No output ever holds a whole secret: at most a short prefix and the last four
characters (`mr_4f…6b5c`). Checked for every key of fixtures/insecure_app and
fixtures/bad_input, every key in the catalogue's INVALID examples, and keys inside
files that cannot be parsed or read (whose MR000 messages must not quote them), in
every output format.

These tests never print a key: each assertion is on a boolean computed beforehand,
with a message that names only where the key comes from."""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from modelred_lint.cli import cli

REPO = Path(__file__).resolve().parents[1]
KEY_SHAPE = re.compile(r"(mr_|sk-|hf_|xai-|AIza|AKIA)[A-Za-z0-9_\-]{12,}")
FORMATS = ("text", "json", "sarif", "github")
KEY_RULES = ("MR001", "MR002", "MR004")
# The longest run of a key's characters an output may hold, apart from the last four:
# a "short prefix".
MAX_PREFIX = 6
WINDOW = 10  # no run of this many consecutive characters of a key may appear
LINE_BREAK = re.compile(r"\r\n|\r|\n")
# The published start of each key format (the docs name them): not part of the secret.
PUBLIC_PREFIX = re.compile(
    r"^(?:mr_(?:live_|test_)?|sk-(?:proj-|ant-api03-|or-v1-|svcacct-|admin-)?|hf_|xai-|AIza|AKIA|ASIA|Bearer )"
)

MODELRED_KEY = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"  # pragma: allowlist secret
OPENAI_KEY = "sk-proj-dPeQA4RTgYDvkR7oH1sScGTgqwMug0RxZw7Ahn0tZqUwXr8m"  # pragma: allowlist secret


@dataclass(frozen=True)
class Key:
    value: str = field(repr=False)  # never in a failure message
    origin: str = ""  # "file:line", safe to print

    def windows(self) -> set[str]:
        """Runs of WINDOW characters of the key past its published prefix."""
        prefix = PUBLIC_PREFIX.match(self.value)
        body = self.value[prefix.end() :] if prefix else self.value
        return {body[i : i + WINDOW] for i in range(len(body) - WINDOW + 1)}


@dataclass
class Run:
    root: Path
    outputs: dict[str, str]  # format -> stdout + stderr
    findings: list[dict]  # from the JSON report
    skipped: tuple[str, ...] = ()


def invoke(cwd: Path, *args: str):
    import os

    previous = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(cli, list(args))
    finally:
        os.chdir(previous)
    crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
    # Only the exception's type: its text might quote the file.
    assert not crashed, f"modelred-lint raised {type(result.exception).__name__}"
    return result


def lint_all_formats(root: Path, target: str = ".", *extra: str) -> Run:
    outputs, findings = {}, []
    for fmt in FORMATS:
        result = invoke(root, "--format", fmt, "--exit-zero", *extra, target)
        outputs[fmt] = result.stdout + "\n" + result.stderr
        if fmt == "json":
            findings = json.loads(result.stdout)["findings"]
    return Run(root, outputs, findings)


def decoded(path: Path) -> str:
    from modelred_lint.source import decode_source

    return decode_source(path.read_bytes()).text


def span_text(root: Path, finding: dict) -> str:
    """The source between a finding's start and end, as a Python value where it is a
    literal (quotes, prefixes and implicit concatenation resolved)."""
    import ast

    lines = LINE_BREAK.split(decoded(root / finding["path"]))
    first, last = finding["line"] - 1, finding["end_line"] - 1
    start, end = finding["column"] - 1, finding["end_column"] - 1
    if first == last:
        text = lines[first][start:end]
    else:
        text = "\n".join([lines[first][start:], *lines[first + 1 : last], lines[last][:end]])
    try:
        tree = ast.parse("(" + text + ")", mode="eval")
    except SyntaxError:
        return text  # the key itself, in a comment, docstring or f-string part
    # A literal, or literals joined by implicit concatenation or `+`.
    parts = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)]
    if not parts or not all(isinstance(part, (str, bytes)) for part in parts):
        return text
    return "".join(part.decode("latin-1") if isinstance(part, bytes) else part for part in parts)


def issued_looking(value: str) -> bool:
    """Keys are random: their body mixes at least two of lower case, upper case and
    digits. Placeholders and identifiers (mr_your_key_here, sk-your-openai-key,
    mr_model_registry, mr_xxxx...) are written in one, and the docs may quote them."""
    prefix = PUBLIC_PREFIX.match(value)
    body = value[prefix.end() :] if prefix else value
    classes = (any(c.islower() for c in body), any(c.isupper() for c in body), any(c.isdigit() for c in body))
    return sum(classes) >= 2


def keys_by_shape(root: Path) -> list[Key]:
    keys = []
    for path in sorted(root.rglob("*.py")):
        text = path.read_bytes().decode("latin-1")
        for match in KEY_SHAPE.finditer(text):
            if issued_looking(match.group(0)):
                line = text.count("\n", 0, match.start()) + 1
                keys.append(Key(match.group(0), f"{path.relative_to(root)}:{line}"))
    return keys


def keys_by_finding(run: Run) -> list[tuple[Key, dict]]:
    out = []
    for finding in run.findings:
        if finding["rule"] in KEY_RULES:
            value = span_text(run.root, finding)
            out.append((Key(value, f"{finding['path']}:{finding['line']}"), finding))
    return out


def assert_no_key_in_outputs(run: Run, keys: list[Key]) -> None:
    key_count = len(keys)
    assert key_count > 0, "no keys collected: the test would prove nothing"
    for fmt, output in run.outputs.items():
        for key in keys:
            whole = key.value in output
            assert not whole, f"the whole key from {key.origin} appears in the {fmt} output"
            partial = any(window in output for window in key.windows())
            assert not partial, f"{WINDOW}+ consecutive characters of the key from {key.origin} appear in the {fmt} output"


def assert_messages_redact(pairs: list[tuple[Key, dict]]) -> None:
    pair_count = len(pairs)
    assert pair_count > 0
    for key, finding in pairs:
        where = f"{finding['rule']} at {key.origin}"
        shown = [part for part in re.findall(r"`([^`]*)`", finding["message"]) if "…" in part]
        assert len(shown) == 1, f"{where}: the message shows no redacted value"
        head, _, tail = shown[0].partition("…")
        assert len(head) <= MAX_PREFIX, f"{where}: shows a prefix of {len(head)} characters"
        assert len(tail) <= 4, f"{where}: shows {len(tail)} trailing characters"
        starts = key.value.startswith(head)
        ends = key.value.endswith(tail)
        assert starts and ends, f"{where}: the redacted value is not the key's own prefix and suffix"


# -- the fixtures -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def insecure_app():
    root = REPO / "fixtures" / "insecure_app"
    return lint_all_formats(root), keys_by_shape(root)


@pytest.fixture(scope="module")
def bad_input(tmp_path_factory):
    # A copy without deeply_nested.py, which holds no key and costs seconds a run.
    import shutil

    source = REPO / "fixtures" / "bad_input"
    assert KEY_SHAPE.search((source / "deeply_nested.py").read_bytes().decode("latin-1")) is None
    root = tmp_path_factory.mktemp("bad_input")
    for path in source.glob("*.py"):
        if path.name != "deeply_nested.py":
            shutil.copyfile(path, root / path.name)
    return lint_all_formats(root), keys_by_shape(root)


def test_keys_of_insecure_app_never_appear_in_any_output(insecure_app):
    run, shaped = insecure_app
    found = [key for key, _ in keys_by_finding(run)]
    found_count, shaped_count = len(found), len(shaped)
    assert found_count >= 26  # every MR001/MR002/MR004 finding of the fixture
    assert shaped_count >= 19
    assert_no_key_in_outputs(run, shaped + found)


def test_insecure_app_messages_show_a_short_prefix_and_the_last_four(insecure_app):
    run, _ = insecure_app
    assert_messages_redact(keys_by_finding(run))


def test_keys_of_bad_input_never_appear_in_any_output(bad_input):
    run, shaped = bad_input
    found = keys_by_finding(run)
    found_count = len(found)
    assert found_count == 3  # bom.py, crlf.py, latin1_cookie.py
    assert_no_key_in_outputs(run, shaped + [key for key, _ in found])
    assert_messages_redact(found)


# -- the catalogue's INVALID examples ------------------------------------------------------------------


@pytest.fixture(scope="module")
def catalogue_examples(tmp_path_factory):
    from modelred_lint.catalogue import load_catalogue

    root = tmp_path_factory.mktemp("invalid_examples")
    catalogue = load_catalogue()
    for rule_id in catalogue.ids:
        for index, example in enumerate(catalogue.rule(rule_id).examples.get("invalid", ())):
            (root / f"{rule_id}_{index}.py").write_text(example["code"], encoding="utf-8")
    return lint_all_formats(root), keys_by_shape(root)


def test_catalogue_example_keys_never_appear_in_any_output(catalogue_examples):
    run, shaped = catalogue_examples
    found = keys_by_finding(run)
    found_count = len(found)
    assert found_count >= 30
    assert_no_key_in_outputs(run, shaped + [key for key, _ in found])


def test_catalogue_example_messages_show_a_short_prefix_and_the_last_four(catalogue_examples):
    run, _ = catalogue_examples
    assert_messages_redact(keys_by_finding(run))


# -- keys in files that cannot be parsed or read: the MR000 messages ---------------------------------

BROKEN = {
    "unterminated.py": f'from modelred import ModelRed\nAPI_KEY = "{MODELRED_KEY}\n',
    "unclosed.py": f'from modelred import ModelRed\nclient = ModelRed(api_key="{MODELRED_KEY}"\n',
    "bare_name.py": f"from modelred import ModelRed\nx = {MODELRED_KEY} {MODELRED_KEY}\n",
    "assign_to_name.py": f"from modelred import ModelRed\n{MODELRED_KEY} = = 1\n",
    "decimal.py": f"from modelred import ModelRed\nx = 1{MODELRED_KEY}\n",
    "fstring.py": f'from modelred import ModelRed\nx = f"{{{MODELRED_KEY}!z}}"\n',
    "var_keyword.py": f"from modelred import ModelRed\ndef f(**{MODELRED_KEY}, y): pass\n",
    "print_statement.py": f'print "{MODELRED_KEY}"\n',
    "assign_to_literal.py": f'"{OPENAI_KEY}" = 1\n',
    "delete_literal.py": f'from modelred import ModelRed\ndel "{OPENAI_KEY}"\n',
    "import_as.py": f"from modelred import {MODELRED_KEY} as\n",
    "provider_unterminated.py": f'x = "{OPENAI_KEY}" "\n',
    "indent.py": f"from modelred import ModelRed\nif True:\n{MODELRED_KEY} = 1\n",
    "walrus.py": f"from modelred import ModelRed\n({MODELRED_KEY}.x := 1)\n",
}
BROKEN_BYTES = {
    "nul.py": f'from modelred import ModelRed\nKEY = "{MODELRED_KEY}"\x00\n'.encode(),
    "undecodable.py": f'from modelred import ModelRed\nKEY = "{MODELRED_KEY}"\n# \xe9\n'.encode("latin-1"),
    "bad_cookie.py": f'# -*- coding: {MODELRED_KEY} -*-\nKEY = "{MODELRED_KEY}"\n'.encode(),
    "bom_and_cookie.py": codecs.BOM_UTF8 + f'# coding: latin-1\nKEY = "{MODELRED_KEY}"\n'.encode(),
}


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    root = tmp_path_factory.mktemp("broken")
    for name, text in BROKEN.items():
        (root / name).write_text(text, encoding="utf-8")
    for name, data in BROKEN_BYTES.items():
        (root / name).write_bytes(data)
    return lint_all_formats(root)


def test_every_broken_file_is_an_mr000(broken):
    reported = {f["path"] for f in broken.findings if f["rule"] == "MR000"}
    assert reported == set(BROKEN) | set(BROKEN_BYTES)


def test_mr000_messages_never_quote_a_key(broken):
    keys = [Key(MODELRED_KEY, "the ModelRed test key"), Key(OPENAI_KEY, "the OpenAI test key")]
    for finding in broken.findings:
        if finding["rule"] != "MR000":
            continue
        for key in keys:
            leaked = key.value in finding["message"] or any(w in finding["message"] for w in key.windows())
            assert not leaked, f"the MR000 message for {finding['path']} quotes {key.origin}"
    assert_no_key_in_outputs(broken, keys)


def test_a_key_in_an_oversized_file_is_not_quoted(tmp_path):
    (tmp_path / ".modelred-lint.yaml").write_text("max-file-size: 100\n")
    (tmp_path / "big.py").write_text(f'KEY = "{MODELRED_KEY}"\n' * 20)
    run = lint_all_formats(tmp_path)
    assert [(f["path"], f["rule"]) for f in run.findings] == [("big.py", "MR000")]
    assert_no_key_in_outputs(run, [Key(MODELRED_KEY, "big.py")])


def test_a_key_read_from_stdin_is_not_quoted(tmp_path):
    source = f'from modelred import ModelRed\nclient = ModelRed(api_key="{MODELRED_KEY}")\nbroken(:\n'
    for text in (source.replace("broken(:\n", ""), source):
        result = CliRunner().invoke(cli, ["--format", "json", "--stdin-filename", "app.py"], input=text)
        leaked = MODELRED_KEY in result.stdout + result.stderr
        assert not leaked, "the key read from stdin appears in the output"
        assert result.exit_code == 1


def test_a_key_in_a_file_path_or_config_error_is_not_quoted(tmp_path):
    # An unknown setting whose value is a key: the error names the setting, not the value.
    (tmp_path / ".modelred-lint.yaml").write_text(f"api-key: {MODELRED_KEY}\n")
    (tmp_path / "x.py").write_text("x = 1\n")
    result = invoke(tmp_path, "x.py")
    leaked = MODELRED_KEY in result.stdout + result.stderr
    assert not leaked, "a key given as a configuration value is echoed in the error"
    assert result.exit_code == 2
    names_setting = "api-key" in result.stderr
    assert names_setting, "the error does not name the unknown setting"


# -- --diff: the lines it shows hold the keys being fixed --------------------------------------------


@pytest.mark.parametrize("unsafe", [False, True])
def test_keys_of_insecure_app_never_appear_in_the_diff(insecure_app, unsafe):
    run, shaped = insecure_app
    found = [key for key, _ in keys_by_finding(run)]
    args = ["--diff", "--no-cache", *(["--unsafe-fixes"] if unsafe else []), "."]
    result = invoke(run.root, *args)
    assert result.exit_code == 1
    diff = result.stdout
    removed = sum(1 for line in diff.splitlines() if line.startswith("-") and not line.startswith("---"))
    assert removed >= (20 if unsafe else 5)  # the diff does show the changed lines
    assert_no_key_in_outputs(Run(run.root, {"diff": diff + result.stderr}, []), shaped + found)

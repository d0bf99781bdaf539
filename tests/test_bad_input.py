"""Bad input is a finding or a message, never a traceback: syntax errors, undecodable
bytes, NUL bytes, odd encodings and line endings, huge and deeply nested files. The
run goes on with the other files, and the keys in the files it can read are found."""

from __future__ import annotations

import codecs
import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from helpers import invoke as cli_invoke
from helpers import run_process

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "fixtures" / "bad_input"
LABELS = yaml.safe_load((REPO / "tests" / "labels" / "bad_input.yaml").read_text(encoding="utf-8"))

MODELRED_KEY = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"  # pragma: allowlist secret
LEAKY = f'API_KEY = "{MODELRED_KEY}"\n'
KEY_COLUMN = LEAKY.index(MODELRED_KEY) + 1  # 1-based, as reported


def invoke(*args: str) -> tuple[int, dict, str]:
    result = cli_invoke("--format", "json", *args)
    return result.exit_code, json.loads(result.stdout), result.stderr


def by_file(document: dict, prefix: str = "") -> dict[str, list[tuple[int, str]]]:
    out: dict[str, list[tuple[int, str]]] = {}
    for f in document["findings"]:
        out.setdefault(f["path"][len(prefix) :], []).append((f["line"], f["rule"]))
    return out


def describe(process: subprocess.CompletedProcess) -> str:
    """The end of stderr and the exit status (a negative one is a signal: a crash)."""
    return f"exit status {process.returncode}; stderr ends: {process.stderr[-800:]!r}"


# -- the fixture folder ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fixture_run():
    """One in-process run over fixtures/bad_input from the repository root."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)
        return invoke("fixtures/bad_input")


@pytest.fixture(scope="module")
def copy_run(tmp_path_factory):
    """One real process over a byte-for-byte copy of the folder."""
    root = tmp_path_factory.mktemp("bad_input_copy")
    shutil.copytree(FIXTURE, root / "bad_input")
    for source in FIXTURE.iterdir():
        assert (root / "bad_input" / source.name).read_bytes() == source.read_bytes()
    return run_process(["--format", "json", "bad_input"], cwd=root)


def test_fixture_run_exits_1_without_a_traceback(fixture_run):
    exit_code, _, stderr = fixture_run
    assert exit_code == 1
    assert "Traceback" not in stderr
    assert "internal error" not in stderr


def test_every_file_is_checked(fixture_run):
    _, document, _ = fixture_run
    assert document["files_checked"] == len(list(FIXTURE.glob("*.py")))


@pytest.mark.parametrize("label", LABELS, ids=lambda label: f"{label['file']}:{label['line']}:{label['rule']}")
def test_labelled_finding_is_reported(fixture_run, label):
    _, document, _ = fixture_run
    found = by_file(document, "fixtures/bad_input/")
    assert (label["line"], label["rule"]) in found.get(label["file"], []), found.get(label["file"])


def test_one_mr000_per_broken_file_and_none_elsewhere(fixture_run):
    _, document, _ = fixture_run
    found = by_file(document, "fixtures/bad_input/")
    expected = {(label["file"], label["line"]) for label in LABELS if label["rule"] == "MR000"}
    actual = [(path, line) for path, items in found.items() for line, rule in items if rule == "MR000"]
    assert sorted(actual) == sorted(expected)


def test_no_finding_beyond_the_labels(fixture_run):
    _, document, _ = fixture_run
    found = by_file(document, "fixtures/bad_input/")
    labelled = {(label["file"], label["line"], label["rule"]) for label in LABELS}
    extra = [(path, line, rule) for path, items in found.items() for line, rule in items if (path, line, rule) not in labelled]
    assert extra == []
    assert "clean.py" not in found and "empty.py" not in found


def test_copy_in_a_real_process_gives_the_same_findings(copy_run, fixture_run):
    assert copy_run.returncode == 1, describe(copy_run)
    assert "Traceback" not in copy_run.stderr
    copied = by_file(json.loads(copy_run.stdout), "bad_input/")
    assert copied == by_file(fixture_run[1], "fixtures/bad_input/")


# -- generated cases -----------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A working folder holding one ordinary leaky file, which must always be reported."""
    (tmp_path / "ok.py").write_text(LEAKY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint_folder(*args: str) -> tuple[int, dict[str, list[tuple[int, str]]], dict, str]:
    exit_code, document, stderr = invoke(*args, ".")
    assert "Traceback" not in stderr
    found = by_file(document)
    assert found.pop("ok.py", None) == [(1, "MR001")], "the other file was not linted"
    return exit_code, found, document, stderr


def mr000_message(document: dict, path: str) -> str:
    (message,) = [f["message"] for f in document["findings"] if f["path"] == path and f["rule"] == "MR000"]
    return message


def test_empty_file(folder):
    (folder / "empty.py").write_bytes(b"")
    exit_code, found, document, _ = lint_folder()
    assert found == {}
    assert document["files_checked"] == 2
    assert exit_code == 1  # ok.py


def test_empty_file_alone_is_clean(tmp_path, monkeypatch):
    (tmp_path / "empty.py").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    exit_code, document, _ = invoke(".")
    assert exit_code == 0
    assert document["findings"] == [] and document["files_checked"] == 1


def test_file_with_only_a_bom(folder):
    (folder / "bom_only.py").write_bytes(codecs.BOM_UTF8)
    _, found, _, _ = lint_folder()
    assert found == {}


def test_key_after_a_bom_is_found_at_its_column(folder):
    (folder / "bom_key.py").write_bytes(codecs.BOM_UTF8 + LEAKY.encode())
    _, found, document, _ = lint_folder()
    assert found == {"bom_key.py": [(1, "MR001")]}
    (finding,) = [f for f in document["findings"] if f["path"] == "bom_key.py"]
    assert finding["column"] == KEY_COLUMN  # the BOM is not a character of the line


def test_file_over_max_file_size_is_skipped_with_an_mr000(folder):
    (folder / ".modelred-lint.yaml").write_text("max-file-size: 2000\n")
    (folder / "huge.py").write_text(LEAKY + "VALUES = [\n" + "    1,\n" * 500 + "]\n")
    assert (folder / "huge.py").stat().st_size > 2000
    exit_code, found, document, _ = lint_folder()
    assert found == {"huge.py": [(1, "MR000")]}
    assert "max-file-size" in mr000_message(document, "huge.py")
    assert exit_code == 1


def test_file_over_the_default_max_file_size(folder):
    from modelred_lint.source import DEFAULT_MAX_FILE_SIZE

    line = b"x = 1  # padding padding padding padding padding padding padding\n"
    (folder / "huge.py").write_bytes(line * (DEFAULT_MAX_FILE_SIZE // len(line) + 1))
    _, found, document, _ = lint_folder()
    assert found == {"huge.py": [(1, "MR000")]}
    assert "max-file-size" in mr000_message(document, "huge.py")


@pytest.mark.parametrize("opening, closing", [("(", ")"), ("[", "]"), ("{", "}")])
def test_5000_deep_nesting_in_a_file_that_imports_modelred(tmp_path, opening, closing):
    # A real process: a native stack overflow would take the test run down with it.
    depth = 5000
    source = "import modelred\n\nTREE = " + opening * depth + "1" + closing * depth + "\n"
    (tmp_path / "deep.py").write_text(source)
    (tmp_path / "ok.py").write_text(LEAKY)
    proc = run_process(["--format", "json", "."], cwd=tmp_path)
    assert proc.returncode == 1, describe(proc)
    assert "Traceback" not in proc.stderr
    found = by_file(json.loads(proc.stdout))
    assert found == {"deep.py": [(3, "MR000")], "ok.py": [(1, "MR001")]}


def test_bad_coding_cookie(folder):
    (folder / "cookie.py").write_text("# -*- coding: nonsense -*-\nimport modelred\n" + LEAKY)
    _, found, document, _ = lint_folder()
    assert found == {"cookie.py": [(1, "MR000")]}
    assert "encoding" in mr000_message(document, "cookie.py")
    assert "nonsense" in mr000_message(document, "cookie.py")


def test_cookie_naming_a_codec_that_is_not_a_text_encoding(folder):
    (folder / "cookie.py").write_text("# -*- coding: rot13 -*-\nimport modelred\n" + LEAKY)
    _, found, _, _ = lint_folder()
    assert found == {"cookie.py": [(1, "MR000")]}


def test_carriage_return_only_line_endings(folder):
    source = "import modelred\r\r" + LEAKY.rstrip("\n") + "\rprint(API_KEY)\r"
    (folder / "old_mac.py").write_bytes(source.encode())
    _, found, document, _ = lint_folder()
    # (the top-level print of the key is MR021, on its own line: lines count \r too)
    assert found == {"old_mac.py": [(3, "MR001"), (4, "MR021")]}
    (finding,) = [f for f in document["findings"] if f["path"] == "old_mac.py" and f["rule"] == "MR001"]
    assert finding["column"] == KEY_COLUMN


def test_carriage_return_only_syntax_error_is_at_its_line(folder):
    (folder / "old_mac.py").write_bytes(b"import modelred\r\rdef broken(:\r    pass\r")
    _, found, _, _ = lint_folder()
    assert found == {"old_mac.py": [(3, "MR000")]}


def test_nul_byte_is_reported_at_its_line(folder):
    (folder / "nul.py").write_bytes(b"import modelred\n\nx = 1\ny = '\x00'\n")
    _, found, document, _ = lint_folder()
    assert found == {"nul.py": [(4, "MR000")]}
    assert "NUL" in mr000_message(document, "nul.py")


def test_undecodable_byte_is_reported_at_its_line(folder):
    (folder / "cp1252.py").write_bytes(b"import modelred\n\n\n\nTITLE = 'R\xe9sum\xe9'\n")
    _, found, _, _ = lint_folder()
    assert found == {"cp1252.py": [(5, "MR000")]}


def test_inconsistent_tabs_and_spaces(folder):
    (folder / "tabs.py").write_bytes(b"import modelred\nif True:\n        x = 1\n\ty = 2\n")
    _, found, _, _ = lint_folder()
    assert found == {"tabs.py": [(4, "MR000")]}


def test_unterminated_triple_quoted_string(folder):
    (folder / "open_doc.py").write_text('import modelred\n\n"""never closed\n\nx = 1\n')
    _, found, _, _ = lint_folder()
    assert list(found) == ["open_doc.py"]
    assert [rule for _, rule in found["open_doc.py"]] == ["MR000"]


def test_a_very_long_line(folder):
    (folder / "long.py").write_text("import modelred\nNAMES = [" + "'abc', " * 5_000 + "]\n" + LEAKY)
    _, found, _, _ = lint_folder()
    assert found == {"long.py": [(3, "MR001")]}


def test_a_directory_of_only_bad_files_still_exits_1(tmp_path, monkeypatch):
    (tmp_path / "a.py").write_bytes(b"import modelred\ndef broken(:\n")
    (tmp_path / "b.py").write_bytes(b"\x00")
    monkeypatch.chdir(tmp_path)
    exit_code, document, stderr = invoke(".")
    assert exit_code == 1
    assert "Traceback" not in stderr
    assert sorted((f["path"], f["rule"]) for f in document["findings"]) == [("a.py", "MR000"), ("b.py", "MR000")]


def test_an_escape_python_does_not_know_is_no_traceback_under_warnings_as_errors(monkeypatch):
    """`"...\\s..."` in the code linted makes a DeprecationWarning where its escapes are
    read: a library user running with `-W error` must get the same findings, not that
    warning raised out of the prefilter."""
    import warnings

    from modelred_lint.catalogue import load_catalogue
    from modelred_lint.checks import secret_bindings
    from modelred_lint.config import validate_options
    from modelred_lint.engine import Plan, lint_bytes

    plan = Plan.build(tuple(load_catalogue().ids), validate_options({}, "test"))
    code = b'import re\nauth_token = "Zk9\\\\sQ7vLm2Rt8Xw4Np6Hb"\nPATTERN = "ab\\sQ7vLm2Rt8Xw4Np6Hbc"\n' + LEAKY.encode()
    read = []
    original = secret_bindings._unescaped
    monkeypatch.setattr(secret_bindings, "_unescaped", lambda body: read.append(body) or original(body))
    expected = [(f.rule, f.line) for f in lint_bytes("example.py", code, plan).findings]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = [(f.rule, f.line) for f in lint_bytes("example.py", code, plan).findings]
    assert read, "the escapes were not read: the test does not reach the path it is for"
    assert got == expected
    assert ("MR001", 4) in got


def test_escapes_are_read_as_python_reads_them_without_a_warning():
    """The value `_unescaped` gives is what decoding with Python's own reading gives, for
    known escapes, unknown ones, escaped backslashes and line ends; and no warning is made."""
    import random
    import warnings

    from modelred_lint.checks.secret_bindings import _unescaped

    rng = random.Random(7)
    pieces = ["\\", "\\\\", "s", "n", "x41", "u00e9", "N{BULLET}", "0", "'", '"', "\r", "\n", "p", "Z9", "-"]
    bodies = ["ab\\sQ7\\\\s\\n\\p\\x41"] + ["".join(rng.choice(pieces) for _ in range(8)) for _ in range(2000)]
    compared = 0
    for body in bodies:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                expected = codecs.decode(body, "unicode_escape")
            except (UnicodeDecodeError, ValueError):
                expected = None
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                got = _unescaped(body)
            except (UnicodeDecodeError, ValueError):
                got = None
        assert got == expected, repr(body)
        compared += expected is not None
    assert compared > 500

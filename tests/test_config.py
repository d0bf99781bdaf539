"""Configuration: `[tool.modelred-lint]` in pyproject.toml or `.modelred-lint.yaml`,
found upward from the working directory or named with --config; the settings and the
rules' options; and errors that name what is wrong (exit 2, never a traceback)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from helpers import invoke

# The catalogue's own example keys (rules/MR001.yaml, rules/MR004.yaml).
MODELRED_KEY = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"  # pragma: allowlist secret
WEBHOOK_SECRET = "GpR6rQyD88mk1o9s2TGuB1mKtMYd55MYL4qvPk3f"  # pragma: allowlist secret
# A key of a format the catalogue does not know; only a configured pattern finds it.
ACME_KEY = "acme_Zk3R9vQ2LmX8pW4tY7nB1cD6"  # pragma: allowlist secret
RANDOM_VALUE = "Zk3R9vQ2LmX8pW4tY7nB1cD6Hs"  # pragma: allowlist secret

# MR001 on line 1 (a name no other rule cares about), MR004 on line 2.
TWO_RULES = f'LEGACY = "{MODELRED_KEY}"\nWEBHOOK_SECRET = "{WEBHOOK_SECRET}"\n'


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path




def lint(*args: str) -> tuple[int, list[tuple[str, int, str]]]:
    """Exit code and (path, line, rule) of each finding."""
    result = invoke("--format", "json", *args)
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr)
    findings = json.loads(result.stdout)["findings"]
    return result.exit_code, [(f["path"], f["line"], f["rule"]) for f in findings]


def rules_of(findings) -> list[str]:
    return [rule for _, _, rule in findings]


# -- where the configuration comes from ----------------------------------------------------


def test_without_configuration_every_rule_runs(tmp_path, monkeypatch):
    write(tmp_path / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    assert lint("two.py") == (1, [("two.py", 1, "MR001"), ("two.py", 2, "MR004")])


def test_pyproject_section_is_found_upward(tmp_path, monkeypatch):
    write(
        tmp_path / "pyproject.toml",
        """
        [project]
        name = "demo"

        [tool.modelred-lint]
        select = ["MR004"]
        """,
    )
    write(tmp_path / "src" / "pkg" / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path / "src" / "pkg")
    assert lint("two.py") == (1, [("two.py", 2, "MR004")])


def test_yaml_file_is_found_upward(tmp_path, monkeypatch):
    write(tmp_path / ".modelred-lint.yaml", "ignore: [MR004]\n")
    write(tmp_path / "a" / "b" / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path / "a" / "b")
    assert lint(".") == (1, [("two.py", 1, "MR001")])


def test_a_pyproject_without_the_section_does_not_stop_the_search(tmp_path, monkeypatch):
    write(tmp_path / ".modelred-lint.yaml", "ignore: [MR001]\n")
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "sub"\n')
    write(tmp_path / "sub" / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path / "sub")
    assert rules_of(lint("two.py")[1]) == ["MR004"]


def test_the_nearest_configuration_wins(tmp_path, monkeypatch):
    write(tmp_path / "pyproject.toml", '[tool.modelred-lint]\nignore = ["MR004"]\n')
    write(tmp_path / "inner" / ".modelred-lint.yaml", "ignore: [MR001]\n")
    write(tmp_path / "inner" / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path / "inner")
    assert rules_of(lint("two.py")[1]) == ["MR004"]
    monkeypatch.chdir(tmp_path)
    assert rules_of(lint("inner/two.py")[1]) == ["MR001"]


def test_explicit_config_file_is_used_instead_of_the_one_found(tmp_path, monkeypatch):
    write(tmp_path / "project" / ".modelred-lint.yaml", "ignore: [MR004]\n")
    write(tmp_path / "project" / "two.py", TWO_RULES)
    custom = write(tmp_path / "elsewhere" / "strict.yaml", "ignore: [MR001]\n")
    monkeypatch.chdir(tmp_path / "project")
    assert rules_of(lint("two.py")[1]) == ["MR001"]
    assert rules_of(lint("--config", str(custom), "two.py")[1]) == ["MR004"]


def test_explicit_pyproject_config(tmp_path, monkeypatch):
    config = write(tmp_path / "conf" / "pyproject.toml", '[tool.modelred-lint]\nselect = ["MR001"]\n')
    write(tmp_path / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    assert rules_of(lint("--config", str(config), "two.py")[1]) == ["MR001"]


def test_missing_explicit_config_is_an_error_naming_it(tmp_path, monkeypatch):
    write(tmp_path / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    result = invoke("--config", "nope.yaml", "two.py")
    assert result.exit_code == 2
    assert "nope.yaml" in result.stderr


# -- settings -----------------------------------------------------------------------------


def test_select_and_ignore_prefixes_in_configuration(tmp_path, monkeypatch):
    write(tmp_path / ".modelred-lint.yaml", "select: [MR00]\nignore: [MR001]\n")
    write(tmp_path / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    assert rules_of(lint("two.py")[1]) == ["MR004"]


def test_command_line_ignore_adds_to_the_configured_one(tmp_path, monkeypatch):
    write(tmp_path / ".modelred-lint.yaml", "ignore: [MR001]\n")
    write(tmp_path / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    assert lint("--ignore", "MR004", "two.py") == (0, [])


def test_exclude_replaces_the_default_excludes(tmp_path, monkeypatch):
    write(tmp_path / ".modelred-lint.yaml", "exclude: [generated]\n")
    write(tmp_path / "generated" / "two.py", TWO_RULES)
    write(tmp_path / "build" / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    paths = {path for path, _, _ in lint(".")[1]}
    assert paths == {"build/two.py"}


def test_extend_exclude_keeps_the_default_excludes(tmp_path, monkeypatch):
    write(tmp_path / ".modelred-lint.yaml", 'extend-exclude: [generated, "*_pb2.py"]\n')
    write(tmp_path / "generated" / "two.py", TWO_RULES)
    write(tmp_path / "build" / "two.py", TWO_RULES)
    write(tmp_path / "api" / "service_pb2.py", TWO_RULES)
    write(tmp_path / "api" / "service.py", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    paths = {path for path, _, _ in lint(".")[1]}
    assert paths == {"api/service.py"}


def test_per_file_ignores(tmp_path, monkeypatch):
    write(
        tmp_path / "pyproject.toml",
        """
        [tool.modelred-lint.per-file-ignores]
        "tests/*.py" = ["MR001"]
        "*.pyi" = ["MR00"]
        """,
    )
    write(tmp_path / "tests" / "test_two.py", TWO_RULES)
    write(tmp_path / "src" / "two.py", TWO_RULES)
    write(tmp_path / "src" / "two.pyi", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    assert lint(".")[1] == [
        ("src/two.py", 1, "MR001"),
        ("src/two.py", 2, "MR004"),
        ("tests/test_two.py", 2, "MR004"),
    ]


def test_per_file_ignores_are_relative_to_the_configuration_not_the_cwd(tmp_path, monkeypatch):
    write(tmp_path / ".modelred-lint.yaml", 'per-file-ignores:\n  "legacy/*.py": [MR001, MR004]\n')
    write(tmp_path / "legacy" / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path / "legacy")
    assert lint("two.py") == (0, [])


def test_max_file_size(tmp_path, monkeypatch):
    write(tmp_path / ".modelred-lint.yaml", "max-file-size: 200\n")
    write(tmp_path / "big.py", TWO_RULES + "# padding\n" * 30)
    write(tmp_path / "small.py", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    result = invoke("--format", "json", ".")
    findings = json.loads(result.stdout)["findings"]
    big = [f for f in findings if f["path"] == "big.py"]
    assert [(f["line"], f["rule"]) for f in big] == [(1, "MR000")]
    assert "max-file-size" in big[0]["message"]
    assert [f["rule"] for f in findings if f["path"] == "small.py"] == ["MR001", "MR004"]


def test_force_exclude_in_configuration(tmp_path, monkeypatch):
    write(tmp_path / ".modelred-lint.yaml", "extend-exclude: [vendored]\nforce-exclude: true\n")
    write(tmp_path / "vendored" / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    assert lint("vendored/two.py") == (0, [])


# -- rule options ------------------------------------------------------------------------------

ACME_TOML = """
[tool.modelred-lint]
extra-key-patterns = [
    {name = "Acme API key", regex = "acme_[A-Za-z0-9]{24,}", env = "ACME_API_KEY", prefix = "acme_"},
]
"""

ACME_YAML = """
extra-key-patterns:
  - name: Acme API key
    regex: "acme_[A-Za-z0-9]{24,}"
    env: ACME_API_KEY
    prefix: acme_
"""


@pytest.mark.parametrize("name, text", [("pyproject.toml", ACME_TOML), (".modelred-lint.yaml", ACME_YAML)])
def test_extra_key_patterns_find_a_custom_key_and_name_its_env_var(tmp_path, monkeypatch, name, text):
    # A bare argument says nothing of the key: the pattern's own variable is suggested.
    write(tmp_path / "vendor.py", f'connect("{ACME_KEY}")\n')
    monkeypatch.chdir(tmp_path)
    assert lint("vendor.py") == (0, [])  # unknown format: nothing without the option
    write(tmp_path / name, text)
    result = invoke("--format", "json", "vendor.py")
    assert result.exit_code == 1
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["rule"] == "MR002"
    assert finding["line"] == 1
    assert finding["column"] == len('connect("') + 1
    assert "ACME_API_KEY" in finding["message"]
    assert "Acme API key" in finding["message"]
    shown_whole = ACME_KEY in finding["message"]  # compared aside: a failure must not print it
    assert not shown_whole, "the message holds the whole key"


def test_extra_key_patterns_still_skip_placeholders(tmp_path, monkeypatch):
    write(tmp_path / "pyproject.toml", ACME_TOML)
    write(tmp_path / "vendor.py", 'VENDOR = "acme_your_key_here_xxxxxxxxxxxxxx"\n')
    monkeypatch.chdir(tmp_path)
    assert lint("vendor.py") == (0, [])


def test_extra_placeholder_words(tmp_path, monkeypatch):
    value = RANDOM_VALUE[:8] + "qwzx" + RANDOM_VALUE[8:]
    write(tmp_path / "settings.py", f'api_token = "{value}"\n')
    monkeypatch.chdir(tmp_path)
    assert lint("settings.py") == (1, [("settings.py", 1, "MR004")])
    write(tmp_path / ".modelred-lint.yaml", "extra-placeholder-words: [qwzx]\n")
    assert lint("settings.py") == (0, [])


def test_extra_secret_names(tmp_path, monkeypatch):
    write(tmp_path / "settings.py", f'license_code = "{RANDOM_VALUE}"\n')
    monkeypatch.chdir(tmp_path)
    assert lint("settings.py") == (0, [])
    write(tmp_path / ".modelred-lint.yaml", "extra-secret-names: [license_code]\n")
    assert lint("settings.py") == (1, [("settings.py", 1, "MR004")])


# -- errors name the bad thing -----------------------------------------------------------------


@pytest.mark.parametrize(
    "yaml_text, named",
    [
        ("colour: red\n", ["colour"]),
        ("select: [MR999]\n", ["MR999"]),
        ("ignore: [XY1]\n", ["XY1"]),
        ("per-file-ignores:\n  'a.py': [MR77X]\n", ["MR77X"]),
        # The pattern itself is not echoed (a user's pattern may hold part of a key).
        ("extra-key-patterns:\n  - {name: Acme, regex: 'acme_[(', env: ACME_API_KEY}\n", ["extra-key-patterns[0].regex", "not a valid regular expression"]),
        ("extra-key-patterns:\n  - {name: Acme, regex: 'acme_[0-9]+', colour: red}\n", ["colour"]),
        ("extra-key-patterns: acme\n", ["extra-key-patterns"]),
        ("max-file-size: big\n", ["max-file-size"]),
        ("max-file-size: -1\n", ["max-file-size"]),
        ("select: 5\n", ["select"]),
        ("exclude: {a: 1}\n", ["exclude"]),
        ("extra-secret-names: 7\n", ["extra-secret-names"]),
        ("force-exclude: sometimes\n", ["force-exclude"]),
        ("per-file-ignores: [a.py]\n", ["per-file-ignores"]),
    ],
)
def test_yaml_errors_exit_2_naming_the_bad_thing(tmp_path, monkeypatch, yaml_text, named):
    write(tmp_path / ".modelred-lint.yaml", yaml_text)
    write(tmp_path / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    result = invoke("two.py")
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines and lines[0].startswith("modelred-lint: error:"), result.stderr
    assert ".modelred-lint.yaml" in result.stderr
    for word in named:
        assert word in result.stderr


@pytest.mark.parametrize(
    "toml_text, named",
    [
        ("[tool.modelred-lint]\ncolour = 'red'\n", ["colour"]),
        ("[tool.modelred-lint]\nselect = ['MR999']\n", ["MR999"]),
        ("[tool.modelred-lint]\nmax-file-size = 'big'\n", ["max-file-size"]),
        ("[tool.modelred-lint]\nextra-key-patterns = [{name = 'x', regex = '(?P<'}]\n", ["extra-key-patterns[0].regex"]),
    ],
)
def test_pyproject_errors_exit_2_naming_the_bad_thing(tmp_path, monkeypatch, toml_text, named):
    write(tmp_path / "pyproject.toml", toml_text)
    write(tmp_path / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    result = invoke("two.py")
    assert result.exit_code == 2
    assert "pyproject.toml" in result.stderr
    for word in named:
        assert word in result.stderr


def test_invalid_yaml_is_an_error(tmp_path, monkeypatch):
    write(tmp_path / ".modelred-lint.yaml", "select: [MR001\n")
    write(tmp_path / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    result = invoke("two.py")
    assert result.exit_code == 2
    assert ".modelred-lint.yaml" in result.stderr


def test_a_yaml_list_is_not_a_configuration(tmp_path, monkeypatch):
    write(tmp_path / ".modelred-lint.yaml", "- MR001\n")
    write(tmp_path / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    result = invoke("two.py")
    assert result.exit_code == 2
    assert ".modelred-lint.yaml" in result.stderr


def test_invalid_toml_named_with_config_is_an_error(tmp_path, monkeypatch):
    config = write(tmp_path / "pyproject.toml", "[tool.modelred-lint]\nselect = [MR001\n")
    write(tmp_path / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    result = invoke("--config", str(config), "two.py")
    assert result.exit_code == 2
    assert "pyproject.toml" in result.stderr


def test_a_broken_pyproject_holding_our_section_is_not_silently_skipped(tmp_path, monkeypatch):
    # The user configured the linter and made a typo: running with the defaults, as if
    # there were no configuration, hides the mistake (and whatever it selected).
    write(tmp_path / "pyproject.toml", "[tool.modelred-lint]\nselect = [MR001\n")
    write(tmp_path / "two.py", TWO_RULES)
    monkeypatch.chdir(tmp_path)
    result = invoke("two.py")
    assert result.exit_code == 2, result.stdout
    assert "pyproject.toml" in result.stderr

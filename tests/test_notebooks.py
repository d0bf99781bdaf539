"""Jupyter notebooks (issue 14, part 1): code cells linted as one module with IPython
syntax masked, keys in stored outputs, places as cell and line, fixes written back
into the notebook's JSON in its own layout (validated with nbformat), MR000 for a
notebook that is not JSON. Every key is invented (fixtures/notebooks, or made here
with `secrets`); texts holding keys are compared aside, never printed."""

from __future__ import annotations

import json
import secrets
import shutil
import string
from pathlib import Path

import jsonschema
import nbformat
import pytest
import yaml

from helpers import invoke
from modelred_lint.engine import Plan
from test_reports import sarif_schema

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "fixtures" / "notebooks" / "demo.ipynb"
ALNUM = string.ascii_letters + string.digits

# (rule, place in the notebook) of every finding the fixture gives.
EXPECTED = [
    ("MR001", "cell 3:4:28"),
    ("MR002", "cell 4:1:15"),
    # print("using", OPENAI_KEY): a notebook's top level prints the key it binds
    ("MR021", "cell 4:2:16"),
    ("MR002", "cell 4 output 1:1:7"),
    ("MR001", "cell 6 output 1:1:34"),
]


def invented_key(prefix: str = "mr_", length: int = 32) -> str:
    return prefix + "".join(secrets.choice(ALNUM) for _ in range(length))


@pytest.fixture(scope="module")
def vocab():
    return Plan.build(["MR001", "MR002"]).knowledge.vocab


def keys_in(text: str, vocab) -> set[str]:
    return {m.value for m in vocab.scan(text)}


@pytest.fixture
def demo(tmp_path) -> Path:
    target = tmp_path / "demo.ipynb"
    shutil.copyfile(FIXTURE, target)
    return target


def findings_json(*args: str, cwd: Path) -> list[dict]:
    result = invoke("check", *args, "--format", "json", "--exit-zero", "--no-cache", cwd=cwd)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["findings"]


def test_the_fixture_gives_the_expected_findings_at_their_cells(demo):
    result = invoke("check", "demo.ipynb", "--no-cache", cwd=demo.parent)
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if line.startswith("demo.ipynb:")]
    found = [(line.split(": ", 1)[1].split()[0], line[len("demo.ipynb:") : line.index(": ")]) for line in lines]
    assert found == EXPECTED
    # The magics (%pip, !ls, %%bash, files = !ls) and the markdown cell give nothing.
    assert "MR000" not in result.stdout


def test_json_and_sarif_place_a_finding_on_the_notebooks_line_with_the_cell_aside(demo, vocab):
    # (the key rules: the physical place of each finding is a key)
    rows = findings_json("demo.ipynb", "--select", "MR001,MR002", cwd=demo.parent)
    raw_lines = demo.read_text(encoding="utf-8").splitlines()
    code = [r for r in rows if r["cell"]["output"] is None]
    assert [(r["rule"], r["cell"]["cell"], r["cell"]["line"], r["cell"]["column"]) for r in code] == [
        ("MR001", 3, 4, 28),
        ("MR002", 4, 1, 15),
    ]
    for row in rows:
        line = raw_lines[row["line"] - 1]
        # The physical place is the key itself, in the JSON text GitHub shows.
        found = keys_in(line[row["column"] - 1 : row["end_column"] - 1], vocab)
        assert len(found) == 1, (row["rule"], row["cell"])
    report = json.loads(invoke("check", "demo.ipynb", "--select", "MR001,MR002", "--format", "sarif", "--exit-zero",
                               "--no-cache", cwd=demo.parent).stdout)
    validator = jsonschema.Draft7Validator(sarif_schema())
    assert not sorted(validator.iter_errors(report), key=lambda e: list(e.path))
    results = report["runs"][0]["results"]
    assert [r["properties"]["cell"] for r in results] == [3, 4, 4, 6]
    assert [r["properties"].get("output") for r in results] == [None, None, 1, 1]
    assert results[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == code[0]["line"]


def test_fix_leaves_a_valid_notebook_in_its_layout_without_keys_and_a_second_run_changes_nothing(demo, vocab):
    before = demo.read_text(encoding="utf-8")
    assert len(keys_in(before, vocab)) == 3  # two in code (one also printed), one in an output
    result = invoke("check", "demo.ipynb", "--fix", "--unsafe-fixes", "--no-cache", cwd=demo.parent)
    assert result.exit_code == 0, result.output
    after = demo.read_text(encoding="utf-8")
    assert keys_in(after, vocab) == set()
    notebook = nbformat.reads(after, as_version=4)
    nbformat.validate(notebook)
    old, new = json.loads(before), json.loads(after)
    # Layout: metadata, key order, indentation (nbformat's one space), final newline.
    assert new["metadata"] == old["metadata"] and list(new) == list(old)
    assert [list(c) for c in new["cells"]] == [list(c) for c in old["cells"]]
    assert after.startswith('{\n "cells": [\n  {\n   "cell_type"') and after.endswith("}\n")
    # Only what held a key changed: the markdown and magic cells are as they were.
    for index in (0, 1, 4):
        assert new["cells"][index] == old["cells"][index]
    assert new["cells"][2]["source"][-1] == 'client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])'
    assert new["cells"][3]["outputs"] == [] and new["cells"][5]["outputs"] == []
    again = invoke("check", "demo.ipynb", "--fix", "--unsafe-fixes", "--no-cache", cwd=demo.parent)
    assert again.exit_code == 0 and demo.read_text(encoding="utf-8") == after


def test_safe_fixes_clear_only_the_outputs_holding_keys(demo, vocab):
    result = invoke("check", "demo.ipynb", "--fix", "--no-cache", cwd=demo.parent)
    assert result.exit_code == 1  # the keys in code need --unsafe-fixes
    new = json.loads(demo.read_text(encoding="utf-8"))
    assert new["cells"][3]["outputs"] == [] and new["cells"][5]["outputs"] == []
    assert new["cells"][1]["outputs"] != []  # pip's output holds no key: kept
    assert len(keys_in("".join(new["cells"][2]["source"]), vocab)) == 1


def write_notebook(path: Path, *cells, outputs=()) -> Path:
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(cell) for cell in cells]
    for index, output in outputs:
        notebook.cells[index].outputs.append(output)
    nbformat.write(notebook, path)
    return path


def test_magics_neither_parse_nor_fire_but_a_key_in_one_is_reported_without_a_fix(tmp_path):
    key = invented_key("hf_", 34)
    write_notebook(
        tmp_path / "magic.ipynb",
        "%%bash\nif [ -z \"$X\" ]; then echo (; fi",
        f"%env HF_TOKEN={key}\n!pip install x\nfiles = !ls\nfor f in files:\n    !echo $f\nlen?\nimport os",
        "x = %time sum([1, 2])\nprint(x)",
    )
    rows = findings_json("magic.ipynb", cwd=tmp_path)
    assert [(r["rule"], r["cell"]["cell"], r["cell"]["line"]) for r in rows] == [("MR002", 2, 1)]
    assert rows[0]["fix"] is None and "no automatic fix" in rows[0]["message"]
    before = (tmp_path / "magic.ipynb").read_bytes()
    invoke("check", "magic.ipynb", "--fix", "--unsafe-fixes", "--no-cache", cwd=tmp_path)
    assert (tmp_path / "magic.ipynb").read_bytes() == before


def test_a_notebook_that_is_not_json_is_mr000_and_never_rewritten(tmp_path):
    broken = tmp_path / "broken.ipynb"
    broken.write_text('{"cells": [{"cell_type": "code", "source": "x = 1"', encoding="utf-8")
    rows = findings_json("broken.ipynb", cwd=tmp_path)
    assert [r["rule"] for r in rows] == ["MR000"] and "not valid JSON" in rows[0]["message"]
    before = broken.read_bytes()
    invoke("check", "broken.ipynb", "--fix", "--unsafe-fixes", "--no-cache", cwd=tmp_path)
    assert broken.read_bytes() == before
    (tmp_path / "list.ipynb").write_text("[1, 2]\n", encoding="utf-8")
    rows = findings_json("list.ipynb", cwd=tmp_path)
    assert [r["rule"] for r in rows] == ["MR000"] and "not a Jupyter notebook" in rows[0]["message"]


def test_code_cells_are_one_module_and_noqa_and_per_file_ignores_work(tmp_path):
    key = invented_key()
    write_notebook(
        tmp_path / "a.ipynb",
        "import os",
        f'KEY = "{key}"  # noqa: MR001',
        f'OTHER = "{invented_key()}"',
    )
    rows = findings_json("a.ipynb", cwd=tmp_path)
    assert [(r["rule"], r["cell"]["cell"]) for r in rows] == [("MR001", 3)]
    (tmp_path / "pyproject.toml").write_text('[tool.modelred-lint]\nper-file-ignores = {"*.ipynb" = ["MR001"]}\n')
    assert findings_json("a.ipynb", cwd=tmp_path) == []


def test_a_key_printed_by_an_error_output_is_found(tmp_path):
    key = invented_key()
    error = nbformat.v4.new_output("error", ename="ValueError", evalue=f"bad key {key}", traceback=["Traceback"])
    write_notebook(tmp_path / "e.ipynb", "raise ValueError(k)", outputs=[(0, error)])
    rows = findings_json("e.ipynb", cwd=tmp_path)
    assert [(r["rule"], r["cell"]["output"]) for r in rows] == [("MR001", 1)]


def test_discovery_walks_notebooks_and_skips_checkpoints(tmp_path):
    write_notebook(tmp_path / "found.ipynb", f'KEY = "{invented_key()}"')
    (tmp_path / ".ipynb_checkpoints").mkdir()
    write_notebook(tmp_path / ".ipynb_checkpoints" / "found-checkpoint.ipynb", f'KEY = "{invented_key()}"')
    rows = findings_json(".", cwd=tmp_path)
    assert [r["path"] for r in rows] == ["found.ipynb"]


def test_the_pre_commit_hook_passes_notebooks():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert "jupyter" in hooks[0]["types_or"]


def test_an_import_a_fix_adds_goes_to_a_python_cell_not_to_a_cell_magic(tmp_path):
    path = write_notebook(
        tmp_path / "m.ipynb",
        "%%bash\necho hi",
        f'from modelred import ModelRed\nclient = ModelRed(api_key="{invented_key()}")',
    )
    invoke("check", "m.ipynb", "--fix", "--unsafe-fixes", "--no-cache", cwd=tmp_path)
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert cells[0]["source"] == ["%%bash\n", "echo hi"]
    python = "".join(cells[1]["source"])
    assert python.startswith("import os\n") and 'os.environ["MODELRED_API_KEY"]' in python
    compile(python, "cell", "exec")


def test_diff_of_a_notebook_shows_no_whole_key(demo, vocab):
    keys = keys_in(demo.read_text(encoding="utf-8"), vocab)
    result = invoke("check", "demo.ipynb", "--diff", "--unsafe-fixes", "--no-cache", cwd=demo.parent)
    assert result.exit_code == 1 and "+++ b/demo.ipynb" in result.stdout
    assert not [k for k in keys if k in result.stdout]


def test_a_notebook_with_crlf_line_breaks_keeps_them(demo, vocab):
    demo.write_bytes(demo.read_bytes().replace(b"\n", b"\r\n"))
    invoke("check", "demo.ipynb", "--fix", "--unsafe-fixes", "--no-cache", cwd=demo.parent)
    data = demo.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n") > 50
    assert keys_in(data.decode("utf-8"), vocab) == set()
    nbformat.validate(nbformat.reads(data.decode("utf-8"), as_version=4))


def test_operators_and_text_that_start_a_line_inside_python_are_not_magics(tmp_path):
    """Black breaks lines before binary operators: `% b` and `!= c` at the start of
    a line inside brackets, or inside a triple-quoted string, are Python."""
    write_notebook(
        tmp_path / "p.ipynb",
        'total = (\n    "%s-%s"\n    % ("a", "b")\n)\nsame = (\n    total\n    != "x"\n)',
        'doc = """\n%matplotlib inline is text here\n!ls too\n"""\nlong = 1 + \\\n    2',
        "%time x = 1\n!echo done",
    )
    result = invoke("check", "p.ipynb", "--no-cache", "--format", "json", cwd=tmp_path)
    assert json.loads(result.stdout)["findings"] == []
    from modelred_lint.notebooks import build_module, load

    module = build_module(load((tmp_path / "p.ipynb").read_bytes()))
    assert sorted(module.masked.values()) == ["!echo done", "%time x = 1"]
    compile(module.text, "module", "exec")


def test_a_key_pasted_into_a_markdown_cell_is_reported_without_a_fix(tmp_path):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_markdown_cell(f"# Setup\n\nUse `{invented_key()}` for now; later `mr_your_key_here`."),
        nbformat.v4.new_code_cell("x = 1"),
    ]
    nbformat.write(notebook, tmp_path / "md.ipynb")
    rows = findings_json("md.ipynb", cwd=tmp_path)
    assert [(r["rule"], r["cell"]["cell"], r["cell"]["line"], r["fix"]) for r in rows] == [("MR001", 1, 3, None)]
    assert "in a markdown cell" in rows[0]["message"]


def test_a_notebook_in_another_language_is_scanned_for_keys_only(tmp_path):
    notebook = nbformat.v4.new_notebook()
    notebook.metadata = {"kernelspec": {"name": "ir", "language": "R", "display_name": "R"}}
    notebook.cells = [nbformat.v4.new_code_cell(f'library(httr)\nkey <- "{invented_key()}"\nx[1, ] %>% head')]
    nbformat.write(notebook, tmp_path / "r.ipynb")
    rows = findings_json("r.ipynb", cwd=tmp_path)
    assert [(r["rule"], r["cell"]["line"], r["fix"]) for r in rows] == [("MR001", 2, None)]  # no MR000
    assert "R code" in rows[0]["message"]


def test_a_cell_that_does_not_parse_hides_no_key_in_the_others(tmp_path):
    write_notebook(tmp_path / "s.ipynb", f'KEY = "{invented_key()}"', "def broken(:\n    pass")
    rows = findings_json("s.ipynb", cwd=tmp_path)
    assert [(r["rule"], r["cell"]["cell"]) for r in rows] == [("MR001", 1), ("MR000", 2)]
    assert rows[0]["fix"] is None

"""One rule, one place: rules are discovered from their modules, declare their options
and triggers, and the catalogue's files have a schema. Options work from a real
pyproject.toml and .modelred-lint.yaml exactly as the README documents them."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from helpers import invoke
from modelred_lint import docs, registry
from modelred_lint.catalogue import CatalogueError, _checked, load_catalogue
from modelred_lint.plan import Plan
from modelred_lint.rule import Rule

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = load_catalogue()


# -- discovery, triggers, options ----------------------------------------------------------
def test_every_catalogue_rule_is_implemented_by_a_discovered_module():
    assert registry.implemented_codes() == set(CATALOGUE.ids)
    modules = {cls.__module__ for cls in registry.rule_classes()}
    assert all(m.startswith("modelred_lint.checks.") for m in modules)


def test_every_rule_declares_a_trigger_for_each_code_it_reports():
    plan = Plan.build(CATALOGUE.ids)
    for cls in registry.rule_classes():
        assert set(cls.triggers(plan.knowledge)) == set(cls.codes), cls.__name__


def test_the_prefilter_and_the_triggers_spell_no_rule_id():
    for name in ("prefilter.py", "triggers.py", "registry.py"):
        text = (ROOT / "modelred_lint" / name).read_text(encoding="utf-8")
        assert not re.search(r"MR\d{3}", text), name


def test_an_enabled_rule_without_a_trigger_stops_the_engine(monkeypatch):
    class Untriggered(Rule):
        codes = ("MR010",)

    monkeypatch.setattr(registry, "classes_for", lambda codes: [Untriggered])
    with pytest.raises(registry.RegistryError, match="no prefilter trigger declared for MR010"):
        Plan.build(["MR010"])


def test_options_know_the_rules_that_read_them():
    options = registry.options()
    assert options["untrusted-parameters"].rules == ("MR010",)
    assert "MR004" in options["extra-secret-names"].rules and "MR021" in options["extra-secret-names"].rules
    for option in options.values():
        assert option.doc and option.example, option.name


def test_rule_documentation_lists_its_options():
    result = invoke("rule", "MR010")
    assert result.exit_code == 0
    assert "## Options" in result.stdout
    assert '`untrusted-parameters`' in result.stdout and '"entrypoints", "public", "all"' in result.stdout
    assert "extra-secret-names" not in result.stdout  # an MR020/MR021 option


# -- the catalogue's schema ----------------------------------------------------------------
def _rule_yaml(**changes) -> dict:
    import yaml

    data = yaml.safe_load((ROOT / "rules" / "MR004.yaml").read_text(encoding="utf-8"))
    data.update(changes)
    return data


@pytest.mark.parametrize(
    "changes, named",
    [
        ({"claim_rank": 3}, "claim_rank"),  # a misspelt key
        ({"severity": "fatal"}, "severity"),
        ({"docs": {"what": "x", "why": "y", "example": "z"}}, "fix"),  # a missing part
        ({"examples": {"valid": [{"code": "x = 1\n", "lines": 2}], "invalid": []}}, "lines"),
    ],
)
def test_an_unknown_or_misspelt_catalogue_key_is_an_error_at_load(changes, named):
    with pytest.raises(CatalogueError, match=re.escape(named)) as caught:
        _checked("MR004.yaml", _rule_yaml(**changes))
    assert "MR004.yaml" in str(caught.value)


def test_a_shared_file_key_misspelt_is_an_error():
    import yaml

    data = yaml.safe_load((ROOT / "rules" / "shared" / "dataflow.yaml").read_text(encoding="utf-8"))
    data["validator"] = data.pop("validators")
    with pytest.raises(CatalogueError, match="validator"):
        _checked("shared/dataflow.yaml", data)


def test_a_rule_data_field_its_module_does_not_read_is_an_error(monkeypatch):
    catalogue = load_catalogue()
    rule = catalogue.rule("MR001")
    bad = type(rule)(**{**rule.__dict__, "data": {**rule.data, "pattern": []}})
    monkeypatch.setattr(registry, "_CHECKED", set())
    broken = type(catalogue)(rules={**catalogue.rules, "MR001": bad}, shared=catalogue.shared, fingerprint="x")
    with pytest.raises(registry.RegistryError, match="MR001.yaml: data: unknown field 'pattern'"):
        registry.check_against(broken)


# -- the README's generated parts ----------------------------------------------------------
def test_readme_rules_and_options_tables_match_the_rules():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    regions = docs.generated_regions(readme)
    expected = {name: make() for name, make in docs.GENERATED.items()}
    for name, text in expected.items():
        assert regions.get(name, "").strip() == text.strip(), (
            f"README's {name} is out of date: run `python -m modelred_lint.docs`"
        )


# -- options from real configuration files -------------------------------------------------
HANDLER_MODULE = """\
from modelred import ModelRed

def register_everything(model_id):
    client = ModelRed(api_key=None)
    client.get_model(model_id)
"""

SINK_MODULE = """\
from flask import request
from modelred import ModelRed

@app.route("/scan")
def scan():
    client = ModelRed(api_key=None)
    client.launch_scan(target=request.args["target"])
"""


def _write(path: Path, text: str) -> None:
    path.write_text(textwrap.dedent(text), encoding="utf-8")


def _rules(cwd: Path, name: str) -> list[tuple[int, str]]:
    result = invoke("--format", "json", "--no-cache", name, cwd=cwd)
    assert result.exit_code in (0, 1), result.stderr
    return [(f["line"], f["rule"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize("style", ["toml", "yaml"])
def test_untrusted_parameters_works_from_a_configuration_file(tmp_path, style):
    _write(tmp_path / "app.py", HANDLER_MODULE)
    assert _rules(tmp_path, "app.py") == []  # entrypoints (the default): a plain function is trusted
    if style == "toml":
        _write(tmp_path / "pyproject.toml", '[tool.modelred-lint]\nuntrusted-parameters = "public"\n')
    else:
        _write(tmp_path / ".modelred-lint.yaml", "untrusted-parameters: public\n")
    assert _rules(tmp_path, "app.py") == [(5, "MR010")]


@pytest.mark.parametrize("style", ["toml", "yaml"])
def test_extra_sinks_work_as_the_readme_documents_them(tmp_path, style):
    _write(tmp_path / "app.py", SINK_MODULE)
    assert _rules(tmp_path, "app.py") == []
    if style == "toml":  # the README's own line
        _write(
            tmp_path / "pyproject.toml",
            '[tool.modelred-lint]\nextra-sinks = [{ method = "launch_scan", parameters = ["target"] }]\n',
        )
    else:
        _write(
            tmp_path / ".modelred-lint.yaml",
            "extra-sinks:\n  - method: launch_scan\n    parameters: [target]\n",
        )
    assert _rules(tmp_path, "app.py") == [(7, "MR010")]


def test_the_readme_configuration_example_is_accepted(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(\[tool\.modelred-lint\].*?)```", readme, re.S).group(1)
    _write(tmp_path / "pyproject.toml", block)
    _write(tmp_path / "app.py", "x = 1\n")
    result = invoke("app.py", cwd=tmp_path)
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize(
    "setting, expected",
    [
        ('untrusted-parameters = "bogus"', 'untrusted-parameters must be one of "entrypoints", "public", "all"'),
        ('untrusted-parameters = ["public"]', "untrusted-parameters must be one of"),
        ('extra-sinks = ["launch_scan"]', "extra-sinks[0] must be a table { method = "),
        ('extra-sinks = [{ method = "launch_scan" }]', "extra-sinks[0]: missing field 'parameters'"),
        ('extra-sinks = [{ method = "launch_scan", params = ["x"] }]', "extra-sinks[0]: unknown field 'params'"),
        ("extra-validators = 3", "extra-validators must be a list of strings"),
    ],
)
def test_a_bad_option_value_is_an_exit_2_error_that_names_it(tmp_path, setting, expected):
    _write(tmp_path / "pyproject.toml", f"[tool.modelred-lint]\n{setting}\n")
    _write(tmp_path / "app.py", "x = 1\n")
    result = invoke("app.py", cwd=tmp_path)
    assert result.exit_code == 2
    assert expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


# -- the package's shape -------------------------------------------------------------------
def _module_imports() -> dict[str, set[str]]:
    """Each package module's top-level imports of other package modules."""
    import ast

    package = ROOT / "modelred_lint"
    graph: dict[str, set[str]] = {}
    for path in package.rglob("*.py"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        deps: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("modelred_lint"):
                deps |= {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
            elif isinstance(node, ast.Import):
                deps |= {a.name for a in node.names if a.name.startswith("modelred_lint")}
        graph[name] = deps
    return {name: {d for d in deps if d in graph and d != name} for name, deps in graph.items()}


def test_no_import_cycle_and_configuration_does_not_import_the_engine():
    graph = _module_imports()
    state: dict[str, int] = {}

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for dep in graph[name]:
            assert state.get(dep) != 1, "import cycle: " + " -> ".join([*path, dep])
            if dep not in state:
                visit(dep, [*path, dep])
        state[name] = 2

    for name in graph:
        if name not in state:
            visit(name, [name])
    reachable, todo = set(), ["modelred_lint.config"]
    while todo:
        for dep in graph[todo.pop()] - reachable:
            reachable.add(dep)
            todo.append(dep)
    assert not reachable & {"modelred_lint.engine", "modelred_lint.file_lint", "modelred_lint.plan"}, reachable

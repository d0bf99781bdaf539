"""The key rules' fixes leave programs that work and code a reviewer accepts (issue 9).

The bar, on the fixture app and on the holdout corpus copied to a temporary folder and
fixed with `--fix --unsafe-fixes` (the key rules MR001-MR004 only: the message rules'
fixes are reworked elsewhere): every module still imports with each variable the fixes
read set to a distinct dummy value; no two different keys of a file read one variable,
and one key read twice reads one; no function signature or field default reads the
environment; every file compiles here and parses as Python 3.10; ruff (F, E9, I001)
reports nothing the unfixed files did not.

Modules are imported in a subprocess with the frameworks the fixture app uses stubbed
(see _IMPORTER): fastapi, pydantic, flask, redis, tiktoken and the modelred SDK (the
app spans three SDK generations, more than the installed one has), and anything else
that is not installed. Texts that hold keys are never printed: failures name files,
lines and variables only.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from helpers import invoke
from modelred_lint.engine import Plan, lint_bytes
from modelred_lint.fixer import fix_source

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT / "tests" / "corpus"
KEY_RULES = ("MR001", "MR002", "MR003", "MR004")
PLAN = Plan.build(KEY_RULES, {})

_ENV_NAME = re.compile(r"""environ\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\]""")


def fix(code: str, encoding: str = "utf-8"):
    return fix_source("mod.py", code.encode(encoding), PLAN, frozenset(), True)


def fixed_text(code: str) -> str:
    outcome = fix(code)
    assert outcome.error is None, outcome.error
    return outcome.fixed


# -- the bar on a folder ------------------------------------------------------------------------
def fix_folder(folder: Path):
    # Every rule's fixes: the message rules' redactions must add no F541 either.
    result = invoke("check", ".", "--fix", "--unsafe-fixes", "--exit-zero", cwd=folder)
    assert result.exit_code == 0, result.output[-2000:]


def ruff(folder: Path) -> Counter:
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", "--select", "F,E9,I001",
         "--output-format", "json", "--exit-zero", "."],
        cwd=folder, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-800:]
    return Counter((Path(f["filename"]).relative_to(folder.resolve()).as_posix(), f["code"]) for f in json.loads(proc.stdout))


def variable_map(folder: Path) -> dict[str, dict[str, set[str]]]:
    """file -> {key text -> variables its fix reads}, from the key rules' fixes on the
    unfixed files (what each literal becomes)."""
    out: dict[str, dict[str, set[str]]] = {}
    for path in sorted(folder.rglob("*.py")):
        data = path.read_bytes()
        result = lint_bytes(str(path), data, PLAN)
        if result.source is None:
            continue
        lines = result.source.text.splitlines(keepends=True)
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line))
        text = result.source.text

        def at(line: int, col: int) -> int:
            return starts[line - 1] + col

        found = []
        for finding in result.findings:
            span = text[at(finding.line, finding.col) : at(finding.end_line, finding.end_col)]
            try:
                value = ast.literal_eval(span.strip())
                secret = value.decode("latin-1") if isinstance(value, bytes) else str(value)
            except (ValueError, SyntaxError):
                secret = span
            found.append((finding, secret))
        for finding, secret in found:
            if finding.fix is None:
                continue
            names = set()
            for edit in finding.fix.edits:
                read = _ENV_NAME.findall(edit.text)
                if len(read) > 1:
                    # One literal holding several keys: its lookups stand in the keys' order.
                    replaced = text[at(edit.start_line, edit.start_col) : at(edit.end_line, edit.end_col)]
                    inside = sorted({s for _, s in found if s in replaced}, key=replaced.find)
                    read = [read[inside.index(secret)]] if len(inside) == len(read) and secret in inside else read
                names.update(read)
            if names:
                out.setdefault(path.relative_to(folder).as_posix(), {}).setdefault(secret, set()).update(names)
    return out


def env_reads_in_defaults(source: str) -> list[int]:
    """Lines where a parameter default or a dataclass/attrs/pydantic field default
    reads the environment (outside a lambda: a factory is read when called)."""
    tree = ast.parse(source)
    bad = []

    def reads_env(node) -> bool:
        for sub in ast.walk(node):
            if isinstance(sub, ast.Lambda):
                continue
            if isinstance(sub, ast.Subscript) and _is_environ(sub.value):
                return True
            if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute):
                if (sub.func.attr == "get" and _is_environ(sub.func.value)) or sub.func.attr == "getenv":
                    return True
        return False

    def lambdas_removed(node):
        # ast.walk goes into lambdas: check the default with lambda bodies cut out.
        class Cut(ast.NodeTransformer):
            def visit_Lambda(self, lam):
                return ast.Constant(None)

        return Cut().visit(ast.parse(ast.unparse(node), mode="eval"))

    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            for default in [*node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)]:
                if reads_env(lambdas_removed(default)):
                    bad.append(default.lineno)
        if isinstance(node, ast.ClassDef) and _field_class(node):
            for statement in node.body:
                if isinstance(statement, ast.AnnAssign) and statement.value is not None:
                    if reads_env(lambdas_removed(statement.value)):
                        bad.append(statement.lineno)
    return bad


def _is_environ(node) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "environ") or (isinstance(node, ast.Name) and node.id == "environ")


def _field_class(node: ast.ClassDef) -> bool:
    names = [ast.unparse(d) for d in node.decorator_list] + [ast.unparse(b) for b in node.bases]
    return any(re.search(r"dataclass|attr|define|frozen|BaseModel|BaseSettings|SQLModel", n) for n in names)


_IMPORTER = r'''
import importlib, importlib.abc, importlib.machinery, importlib.util, json, os, sys, types

STUBBED = set(sys.argv[1].split(","))

class Stub:
    """Anything: a class, a decorator, a module attribute, a base class."""
    def __init__(self, *args, **kwargs): pass
    def __call__(self, *args, **kwargs):
        if len(args) == 1 and callable(args[0]) and not kwargs:
            return args[0]
        return Stub()
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return Stub()
    def __mro_entries__(self, bases):
        return (Stub,)
    def __iter__(self):
        return iter(())

class StubModule(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return Stub()

class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        module = StubModule(spec.name)
        module.__path__ = []
        return module
    def exec_module(self, module):
        pass

class Named(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in STUBBED:
            return importlib.machinery.ModuleSpec(name, Loader(), is_package=True)

class Missing(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        # Reached only when no real finder knows the module: not installed.
        if name.split(".")[0] not in sys.stdlib_module_names:
            return importlib.machinery.ModuleSpec(name, Loader(), is_package=True)

sys.meta_path.insert(0, Named())
sys.meta_path.append(Missing())
sys.path.insert(0, os.getcwd())
results = {}
for item in sys.argv[2:]:
    kind, _, target = item.partition(":")
    try:
        if kind == "module":
            importlib.import_module(target)
        else:
            spec = importlib.util.spec_from_file_location("m_" + str(abs(hash(target))), target)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
        results[target] = "ok"
    except BaseException as exc:
        results[target] = type(exc).__name__
extra = {}
try:
    config = sys.modules.get("redteam_service.config")
    if config is not None:
        extra["config"] = [config.MODELRED_API_KEY, config.STAGING_BOOTSTRAP_KEY, config.ENVIRONMENTS["dev"]["modelred_key"]]
except Exception as exc:
    extra["config"] = type(exc).__name__
print(json.dumps({"results": results, "extra": extra}))
'''

_FRAMEWORKS = "fastapi,pydantic,flask,redis,tiktoken,modelred,streamlit"


def import_all(folder: Path, targets: list[str], env: dict[str, str]) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", _IMPORTER, _FRAMEWORKS, *targets],
        cwd=folder, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0", **env},
    )
    assert proc.returncode == 0, proc.stderr[-1500:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def dummy_environment(folder: Path) -> dict[str, str]:
    """Every variable the fixed files read, each set to a value of its own."""
    names = sorted({m.group(1) for p in folder.rglob("*.py") for m in _ENV_NAME.finditer(p.read_text("utf-8", "replace"))})
    names += sorted({m.group(1) for p in folder.rglob("*.py") for m in re.finditer(r"""(?:getenv|environ\.get)\(\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]""", p.read_text("utf-8", "replace"))})
    return {name: f"dummy-{index:03d}-{name.lower()}" for index, name in enumerate(dict.fromkeys(names))}


def check_bar(folder: Path, targets: list[str]) -> dict:
    """Fix the folder and check the bar; returns the import results and the mapping."""
    ruff_before = ruff(folder)
    compiled_before = {p: _compiles(p.read_text(encoding="utf-8", errors="replace")) for p in folder.rglob("*.py")}
    assert sum(compiled_before.values()) >= len(compiled_before) - 2  # notebook pastes (`!pip`) do not
    mapping = variable_map(folder)
    imported_before = import_all(folder, targets, dummy_environment(folder))["results"]
    fix_folder(folder)

    problems = []
    # Distinct keys, distinct variables; the same key, one variable.
    for path, secrets in mapping.items():
        for secret, names in secrets.items():
            if len(names) != 1:
                problems.append(f"{path}: one key reads {sorted(names)}")
        owners = Counter(name for names in secrets.values() for name in names)
        problems += [f"{path}: two different keys read {name}" for name, n in owners.items() if n > 1]
    for path in sorted(folder.rglob("*.py")):
        text = path.read_text(encoding="utf-8", errors="replace")
        where = path.relative_to(folder).as_posix()
        if not compiled_before[path]:
            continue  # not Python to begin with: only LibCST's parse is kept (fixer.py)
        try:
            compile(text, where, "exec", dont_inherit=True)
            ast.parse(text, feature_version=(3, 10))
        except SyntaxError as exc:
            problems.append(f"{where}:{exc.lineno}: does not compile after fixing ({exc.msg})")
            continue
        problems += [f"{where}:{line}: a default reads the environment" for line in env_reads_in_defaults(text)]
    ruff_after = ruff(folder)
    new = ruff_after - ruff_before
    problems += [f"{path}: new ruff {code}" for (path, code) in sorted(new)]
    environment = dummy_environment(folder)
    after = import_all(folder, targets, environment)
    for target, state in imported_before.items():
        if state == "ok" and after["results"].get(target) != "ok":
            problems.append(f"{target}: imported before fixing, not after ({after['results'].get(target)})")
    assert problems == [], "\n".join(problems)
    return {"before": imported_before, "after": after, "mapping": mapping, "environment": environment}


def _compiles(text: str) -> bool:
    try:
        compile(text, "<before>", "exec", dont_inherit=True)
        ast.parse(text, feature_version=(3, 10))
    except SyntaxError:
        return False
    return True


def test_fixed_fixture_app_meets_the_bar(tmp_path):
    app = tmp_path / "app"
    shutil.copytree(FIXTURES / "insecure_app", app, ignore=shutil.ignore_patterns(".modelred_lint_cache"))
    modules = [f"module:redteam_service.{p.stem}" if p.stem != "__init__" else "module:redteam_service"
               for p in sorted((app / "redteam_service").glob("*.py"))]
    scripts = [f"file:{p.relative_to(app).as_posix()}" for p in sorted((app / "scripts").glob("*.py"))]
    outcome = check_bar(app, modules + scripts)
    # Every module of the app imported before and after (not only "no worse").
    assert set(outcome["after"]["results"].values()) == {"ok"}, outcome["after"]["results"]
    assert set(outcome["before"].values()) == {"ok"}, outcome["before"]
    # The issue's case: production, staging and dev keys are three values, not one.
    production, staging, dev = outcome["after"]["extra"]["config"]
    assert len({production, staging, dev}) == 3
    assert {production, staging, dev} <= set(outcome["environment"].values())
    config = (app / "redteam_service" / "config.py").read_text(encoding="utf-8")
    for name in ("MODELRED_API_KEY", "STAGING_BOOTSTRAP_KEY", "DEV_MODELRED_KEY"):
        assert f'os.environ["{name}"]' in config, name
    # Across the app, two different keys share a variable only where both are bare
    # uses of a provider's standard variable in different files (the documented design).
    standard = set(PLAN.knowledge.sdk.provider_env.values()) | {PLAN.knowledge.sdk.client_key_env}
    standard |= {p.env for p in PLAN.knowledge.vocab.free_patterns} | {p.env for p in PLAN.knowledge.vocab.bound_patterns}
    readers: dict[str, set[str]] = {}
    for path, secrets in outcome["mapping"].items():
        for secret, names in secrets.items():
            for name in names:
                readers.setdefault(name, set()).add(secret)
    shared = sorted(name for name, secrets in readers.items() if len(secrets) > 1)
    assert set(shared) <= standard, shared


def test_fixed_holdout_corpus_meets_the_bar(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(CORPUS.glob("*.py")):
        shutil.copy(path, folder / path.name)
    targets = [f"file:{p.name}" for p in sorted(folder.glob("*.py"))]
    outcome = check_bar(folder, targets)
    imported = sum(state == "ok" for state in outcome["before"].values())
    assert imported >= len(targets) // 2, outcome["before"]  # the check means something


# -- item 1: one variable per key, named after its target -----------------------------------------
KEY_A = "mr_jXG607jDaKU7mElVEFY8e6a5aFkzYIHt4Uccf6bp"
KEY_B = "mr_MmsgFdLuy7DYoLvjdOVmRZ590xr6oX4WUN0PVHYL"
KEY_C = "mr_J8CUDlBMkj5bH9C5Yf9yKVHudWf3hvkrzL0MQiwr"
OPENAI_A = "sk-proj-jGakSkJGWURPOQnGaI9712StClAPQjWJktfbJBh6Dc3sGaNG"
OPENAI_B = "sk-proj-8nCP0kmKPOYKPf8EEPXVLN0Q6i0GOJA1LKr9NyrIBXDQVIoc"


def reads(text: str) -> list[str]:
    return _ENV_NAME.findall(text)


def test_the_config_of_the_issue_gets_three_variables():
    code = (
        f'MODELRED_API_KEY = "{KEY_A}"\n'
        f'STAGING_BOOTSTRAP_KEY = (\n    "{KEY_B[:20]}"\n    "{KEY_B[20:]}"\n)\n'
        f'ENVIRONMENTS = {{"dev": {{"org": "rt-dev", "modelred_key": "{KEY_C}"}}}}\n'
        "def check(api_key):\n    return api_key == STAGING_BOOTSTRAP_KEY\n"
    )
    assert reads(fixed_text(code)) == ["MODELRED_API_KEY", "STAGING_BOOTSTRAP_KEY", "DEV_MODELRED_KEY"]


def test_the_same_key_twice_reads_one_variable_and_bare_arguments_read_the_standard_one():
    code = (
        "from modelred import ModelRed\n"
        f'def a():\n    return ModelRed(api_key="{KEY_A}")\n'
        f'def b():\n    return ModelRed("{KEY_B}")\n'
        f'def c():\n    return ModelRed(api_key="{KEY_A}")\n'
    )
    assert reads(fixed_text(code)) == ["MODELRED_API_KEY", "B_MODELRED_API_KEY", "MODELRED_API_KEY"]


def test_keyword_names_count_only_when_they_say_more_than_the_provider():
    code = (
        "def connect(**kw): ...\n"
        f'connect(api_key="{KEY_A}")\n'  # says nothing: the standard name
        f'connect(billing_api_key="{KEY_B}")\n'  # says whose: its own name
    )
    assert reads(fixed_text(code)) == ["MODELRED_API_KEY", "BILLING_API_KEY"]


def test_a_name_the_module_binds_or_reads_is_not_taken_for_another_key():
    code = (
        "import os\nfrom modelred import ModelRed\nfrom .config import MODELRED_API_KEY\n"
        "AWS_KEY_ID = os.environ['AWS_ACCESS_KEY_ID']\n"
        f'def nightly_client():\n    return ModelRed(api_key="{KEY_A}")\n'
    )
    text = fixed_text(code)
    assert 'return ModelRed(api_key=os.environ["NIGHTLY_CLIENT_MODELRED_API_KEY"])' in text, _redacted(text)


def test_a_fallback_for_the_variable_becomes_the_variable():
    code = (
        "import os\nfrom modelred import ProviderConfig\n"
        f'cfg = ProviderConfig.openai(api_key=os.environ.get("OPENAI_API_KEY") or "{OPENAI_A}")\n'
        f'other = os.getenv("OPENAI_API_KEY", "{OPENAI_A}")\n'
        f'legacy = ProviderConfig.openai(api_key="{OPENAI_B}")\n'
    )
    text = fixed_text(code)
    assert 'cfg = ProviderConfig.openai(api_key=os.environ["OPENAI_API_KEY"])' in text
    assert 'other = os.environ["OPENAI_API_KEY"]' in text
    assert "or os.environ" not in text
    assert reads(text)[-1] != "OPENAI_API_KEY"  # a different key: another variable


def test_setting_a_variable_in_code_reads_that_variable_not_a_new_one():
    code = (
        "import os\n"
        f'os.environ["OPENROUTER_API_KEY"] = "sk-or-v1-{KEY_A[3:]}{KEY_B[3:]}"\n'
        f'os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-api03-{KEY_C[3:]}{KEY_A[3:]}")\n'
    )
    assert reads(fixed_text(code)) == ["OPENROUTER_API_KEY", "OPENROUTER_API_KEY", "ANTHROPIC_API_KEY"]


def test_every_key_of_one_literal_is_fixed_at_once_each_by_its_label():
    code = f'STAGING_ENV = """\\\nMODELRED_API_KEY={KEY_A}\nOPENAI_API_KEY={OPENAI_A}\nLOG_LEVEL=debug\n"""\n'
    text = fixed_text(code)
    assert text.endswith(
        'STAGING_ENV = ("""\\\nMODELRED_API_KEY=""" + os.environ["MODELRED_API_KEY"] + """\nOPENAI_API_KEY="""'
        ' + os.environ["OPENAI_API_KEY"] + """\nLOG_LEVEL=debug\n""")\n'
    ), _redacted(text)


# -- item 2: nothing read at import time in defaults ----------------------------------------------
@pytest.mark.parametrize(
    "code, expected",
    [
        (
            f'from typing import Optional\ndef make(api_key: str = "{KEY_A}"):\n    """Doc."""\n    return api_key\n',
            'from typing import Optional\ndef make(api_key: Optional[str] = None):\n    """Doc."""\n'
            '    api_key = api_key if api_key is not None else os.environ["MODELRED_API_KEY"]\n    return api_key\n',
        ),
        (
            f'from __future__ import annotations\n\n\ndef make(api_key: str = "{KEY_A}"):\n    """Doc only."""\n',
            'from __future__ import annotations\n\nimport os\n\n\ndef make(api_key: str | None = None):\n    """Doc only."""\n'
            '    api_key = api_key if api_key is not None else os.environ["MODELRED_API_KEY"]\n',
        ),
        (
            f'import os\n\n\ndef make(key="{KEY_A}"): return key\n',
            'import os\n\n\ndef make(key=None): key = key if key is not None else os.environ["MODELRED_API_KEY"]; return key\n',
        ),
        (
            f'import os\nfrom typing import Any\n\n\nclass C:\n    def make(self, *, api_key: Any = "{KEY_A}") -> None:\n        pass\n',
            'import os\nfrom typing import Any\n\n\nclass C:\n    def make(self, *, api_key: Any = None) -> None:\n'
            '        api_key = api_key if api_key is not None else os.environ["MODELRED_API_KEY"]\n        pass\n',
        ),
    ],
    ids=["optional-imported", "future-annotations", "one-line-body", "method-kwonly-any"],
)
def test_parameter_defaults_become_none_and_the_body_reads_the_variable(code, expected):
    text = fixed_text(code)
    head = "" if text.startswith(expected[:10]) else "import os\n"
    if "import os" not in expected:
        expected = head + expected
    assert text == expected, _redacted(text)
    assert env_reads_in_defaults(text) == []


@pytest.mark.parametrize(
    "code, needle, imports",
    [
        (f'from dataclasses import dataclass\n\n\n@dataclass\nclass S:\n    key: str = "{KEY_A}"\n',
         'key: str = field(default_factory=lambda: os.environ["MODELRED_API_KEY"])', "from dataclasses import dataclass, field"),
        (f'import dataclasses\n\n\n@dataclasses.dataclass\nclass S:\n    key: str = dataclasses.field(default="{KEY_A}", repr=False)\n',
         'dataclasses.field(default_factory=lambda: os.environ["MODELRED_API_KEY"], repr=False)', "import dataclasses"),
        (f'import attrs\n\n\n@attrs.define\nclass S:\n    key: str = "{KEY_A}"\n',
         'key: str = attrs.field(factory=lambda: os.environ["MODELRED_API_KEY"])', "import attrs"),
        (f'from pydantic import BaseModel\n\n\nclass S(BaseModel):\n    key: str = "{KEY_A}"\n',
         'key: str = Field(default_factory=lambda: os.environ["MODELRED_API_KEY"])', "from pydantic import BaseModel, Field"),
    ],
    ids=["dataclass", "dataclass-field-default", "attrs", "pydantic"],
)
def test_field_defaults_become_factories(code, needle, imports):
    text = fixed_text(code)
    assert needle in text, _redacted(text)
    assert imports in text
    assert env_reads_in_defaults(text) == []
    compile(text, "mod.py", "exec")


def test_a_default_that_would_still_read_the_variable_gets_no_fix():
    for code in (f'f = lambda key="{KEY_A}": key\n',
                 f'from typing import NamedTuple\nclass P(NamedTuple):\n    key: str = "{KEY_A}"\n'):
        outcome = fix(code)
        assert outcome.fixed == code
        assert [f.fix for f in outcome.result.findings] == [None]


# -- item 3: f-strings that compile on 3.10 and 3.11 ----------------------------------------------
@pytest.mark.parametrize(
    "code",
    [
        f"x = 1\nv = f\"{{'{KEY_A}'}}\"\n",
        f"x = 1\nv = f\"{{f'{{x}}' + '{KEY_A}'}}\"\n",
        f"x = 1\nv = f\"{{'{KEY_A}'=}}\"\n",
        f"x = 1\nv = f'''{{\"{KEY_A}\"}}'''\n",
        f"x = 1\nv = f\"{{x:>{{10}}}} {KEY_A}\"\n",
        f"x = 1\nv = f\"{{'prefix {KEY_A} suffix'}}\"\n",
    ],
    ids=["literal-in-expression", "nested", "debug", "triple-quoted", "text-after-spec", "embedded-in-expression"],
)
def test_fstring_fixes_compile_on_python_3_10(code):
    text = fixed_text(code)
    assert KEY_A not in text, "not fixed"
    assert "os.environ['MODELRED_API_KEY']" in text or 'os.environ["MODELRED_API_KEY"]' in text
    ast.parse(text, feature_version=(3, 10))
    compile(text, "mod.py", "exec")
    # The lookup never reuses the quote of an f-string it stands in.
    for line in text.splitlines():
        if line.startswith("v = f\""):
            assert 'environ["' not in line


@pytest.mark.parametrize(
    "code",
    [f"x = 1\nv = f\"{{f'{{x}}' + f'{KEY_A}'}}\"\n", f"x = 1\nv = f\"{{x:{KEY_A}}}\"\n"],
    ids=["both-quotes-taken", "format-spec"],
)
def test_no_fix_where_no_fstring_rewrite_is_safe(code):
    outcome = fix(code)
    assert outcome.fixed == code
    assert all(f.fix is None for f in outcome.result.findings)


# -- item 4: fix_source never stops the run --------------------------------------------------------
def test_a_fix_the_encoding_cannot_hold_is_skipped_with_a_message(tmp_path):
    path = tmp_path / "latin.py"
    source = (
        '# -*- coding: latin-1 -*-\nNAME = "caf\xe9"\n'
        f'URL = "\\u20ac {KEY_A}"\n'
        f'PARTS = "\xe9" "\\u20ac" "tok {KEY_B}"\n'
    )
    path.write_bytes(source.encode("latin-1"))
    result = invoke("check", "latin.py", "--select", ",".join(KEY_RULES), "--fix", "--unsafe-fixes", cwd=tmp_path)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 1  # a finding is left (the skipped one), no internal error
    fixed = path.read_bytes().decode("latin-1")
    assert 'NAME = "caf\xe9"' in fixed
    # Cut from the source, the escape stays; the text before the key names no variable.
    assert 'URL = ("\\u20ac " + os.environ["MODELRED_API_KEY"])' in fixed
    assert KEY_B in fixed, "the unencodable fix was applied"
    assert "not fixed: its text cannot be written in the file's encoding" in result.output
    # --diff, and --diff of the same bytes on standard input: no traceback either.
    path.write_bytes(source.encode("latin-1"))
    shown = invoke("check", "latin.py", "--select", ",".join(KEY_RULES), "--diff", "--unsafe-fixes", cwd=tmp_path)
    assert shown.exit_code == 1 and "+++ b/latin.py" in shown.output
    piped = invoke("check", "--select", ",".join(KEY_RULES), "--diff", "--unsafe-fixes", "--stdin-filename", "latin.py",
                   "-", cwd=tmp_path, input=source.encode("latin-1"))
    assert piped.exit_code == 1 and "+++ b/latin.py" in piped.output
    assert KEY_A not in shown.output + piped.output


def test_nothing_in_fix_source_raises(monkeypatch):
    from modelred_lint import fixer

    def broken(*args, **kwargs):
        raise RuntimeError("a bug of ours")

    monkeypatch.setattr(fixer, "apply_edits", broken)
    outcome = fix(f'KEY = "{KEY_A}"\n')
    assert outcome.fixed == outcome.original
    assert "internal error while fixing (RuntimeError)" in outcome.error
    assert [f.rule for f in outcome.result.findings] == ["MR001"]


def test_a_fix_that_would_not_compile_is_skipped_and_the_others_applied(monkeypatch):
    from modelred_lint import key_fixes

    real = key_fixes.lookup_text

    def sometimes_broken(environ, env, quote='"'):
        text = real(environ, env, quote)
        return text + " +" if env == "SECOND_KEY" else text

    monkeypatch.setattr(key_fixes, "lookup_text", sometimes_broken)
    outcome = fix(f'FIRST_KEY = "{KEY_A}"\nSECOND_KEY = "{KEY_B}"\n')
    assert outcome.error is None
    assert 'FIRST_KEY = os.environ["FIRST_KEY"]' in outcome.fixed
    assert KEY_B in outcome.fixed
    left = [f for f in outcome.result.findings]
    assert len(left) == 1 and left[0].fix is None and "would not compile" in left[0].message


# -- item 5: docstrings ------------------------------------------------------------------------------
def test_docstring_keys_are_redacted_two_at_a_time_and_in_usage_examples():
    code = (
        f'def build():\n    """Staging ran on {KEY_A} and {KEY_C}.\n\n    Example::\n\n'
        f'        service = Svc(client=AsyncModelRed("{KEY_B}"))\n    """\n'
    )
    outcome = fix(code)
    assert outcome.result.findings == []
    assert outcome.fixed == code.replace(KEY_A, "[REDACTED]").replace(KEY_B, "[REDACTED]").replace(KEY_C, "[REDACTED]")
    assert len(outcome.applied) == 3 and all(f.fix.applicability == "safe" for f in outcome.applied)


# -- import placement ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "code, head",
    [
        ('"""Doc."""\nfrom __future__ import annotations\n\nimport asyncio\nimport json\nimport sys\n\nimport click\n\n'
         f'KEY = "{KEY_A}"\n',
         '"""Doc."""\nfrom __future__ import annotations\n\nimport asyncio\nimport json\nimport os\nimport sys\n\nimport click\n\n'),
        (f'import click\n\nKEY = "{KEY_A}"\n', 'import os\n\nimport click\n\n'),
        (f'from typing import Any\n\nimport click\n\nKEY = "{KEY_A}"\n', 'import os\nfrom typing import Any\n\nimport click\n\n'),
        (f'#!/usr/bin/env python\n# Licence header.\n"""Doc."""\n\n\ndef f():\n    return "{KEY_A}"\n',
         '#!/usr/bin/env python\n# Licence header.\n"""Doc."""\n\nimport os\n\n\ndef f():\n'),
        (f'"""Doc."""\n\nimport click\n\n\ndef f(k: str = "{KEY_A}"):\n    return click, k\n',
         '"""Doc."""\n\nimport os\nfrom typing import Optional\n\nimport click\n\n\ndef f(k: Optional[str] = None):\n'),
        (f'import os as _os\n\nKEY = "{KEY_A}"\n', 'import os as _os\n\nKEY = _os.environ['),
        (f'from os import environ\n\nKEY = "{KEY_A}"\n', 'from os import environ\n\nKEY = environ['),
    ],
    ids=["stdlib-sorted", "new-section-before-third-party", "before-from-imports", "after-docstring", "two-in-a-new-section",
         "reuse-alias", "reuse-environ"],
)
def test_import_os_goes_where_isort_would(code, head, tmp_path):
    text = fixed_text(code)
    assert text.startswith(head), _redacted(text)
    (tmp_path / "before.py").write_text(code, encoding="utf-8")
    (tmp_path / "after.py").write_text(text, encoding="utf-8")
    found = ruff(tmp_path)
    assert found[("after.py", "I001")] <= found[("before.py", "I001")]
    assert found[("after.py", "F401")] <= found[("before.py", "F401")]


def test_a_name_from_an_imported_module_joins_its_statement_sorted_and_wrapped():
    code = (
        "from typing import Any, Awaitable, Callable, Dict, Iterable, List, Mapping, Sequence, TypeVar\n\n\n"
        f'def make(api_key: str = "{KEY_A}") -> Any:\n    return api_key\n'
    )
    text = fixed_text(code)
    assert text.startswith(
        "import os\nfrom typing import (\n    Any,\n    Awaitable,\n    Callable,\n    Dict,\n    Iterable,\n"
        "    List,\n    Mapping,\n    Optional,\n    Sequence,\n    TypeVar,\n)\n"
    ), _redacted(text)


# -- MR003's message ---------------------------------------------------------------------------------
def test_mr003_names_the_call_a_provider_config_is_passed_to():
    code = (
        "import modelred\nclient = modelred.ModelRed()\n"
        'client.create_model(modelId="m", provider=modelred.ModelProvider.OPENROUTER,\n'
        '                    providerConfig={"api_key": "YOUR_OPENROUTER_KEY"})\n'
    )
    findings = [f for f in lint_bytes("mod.py", code.encode(), PLAN).findings if f.rule == "MR003"]
    assert [f.message for f in findings] == [
        'Literal passed as `providerConfig["api_key"]` to `create_model`: read the key from the environment '
        "(OPENROUTER_API_KEY) or a secrets manager"
    ]


def _redacted(text: str) -> str:
    for key in (KEY_A, KEY_B, KEY_C, OPENAI_A, OPENAI_B):
        text = text.replace(key, key[:5] + "…")
    return text

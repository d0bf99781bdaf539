"""Records imported from a module beside the caller (imported-record-words in
rules/shared/dataflow.yaml): a parameter annotated with one (`config: WorkspaceConfig`
of `from acme.env.base import WorkspaceConfig`) holds the secret fields the class shows
when printed, read in its module. The shape of an agent SDK's workspace factory that
logs its config whole, written afresh."""

from __future__ import annotations

from pathlib import Path

from helpers import lint_file, write_package

from modelred_lint.engine import Plan

BASE = '''
import typing as t
from dataclasses import dataclass, field


@dataclass
class WorkspaceConfig:
    """Workspace configuration."""

    acme_api_key: t.Optional[str] = None
    base_url: t.Optional[str] = None


@dataclass
class HiddenConfig:
    acme_api_key: t.Optional[str] = field(default=None, repr=False)
    base_url: t.Optional[str] = None


class PlainConfig:
    def __init__(self, acme_api_key=None):
        self.acme_api_key = acme_api_key

    def __repr__(self):
        return "PlainConfig()"
'''

FACTORY = '''
import logging

from acme.env.base import {cls}

logger = logging.getLogger(__name__)


class WorkspaceFactory:
    @classmethod
    def new(cls, config: {cls}):
        logger.debug(f"Creating workspace with {{config=}}")
        return config
'''

PLAN = Plan.build(["MR020", "MR021"])
NO_PREFILTER = Plan.build(["MR020", "MR021"], use_prefilter=False)


def project(root: Path, cls: str = "WorkspaceConfig") -> Path:
    write_package(root, {"acme/env/base.py": BASE, "acme/env/factory.py": FACTORY.format(cls=cls)})
    return root / "acme" / "env" / "factory.py"


def lint(path: Path, plan: Plan = PLAN):
    return lint_file(path, plan)


def test_a_parameter_annotated_with_an_imported_record_that_shows_its_key_is_reported(tmp_path):
    factory = project(tmp_path)
    findings = lint(factory).findings
    assert [(f.rule, f.line) for f in findings] == [("MR021", 12)]
    assert "`config` holds a secret (`acme_api_key`" in findings[0].message
    # (the prefilter lets the file through, which names no secret itself)
    assert "api_key" not in factory.read_text(encoding="utf-8")
    assert [(f.rule, f.line) for f in lint(factory, NO_PREFILTER).findings] == [("MR021", 12)]


def test_a_record_whose_key_field_hides_itself_shows_nothing(tmp_path):
    assert lint(project(tmp_path, cls="HiddenConfig"), NO_PREFILTER).findings == []


def test_a_class_that_formats_itself_is_no_record(tmp_path):
    assert lint(project(tmp_path, cls="PlainConfig"), NO_PREFILTER).findings == []


def test_without_the_records_module_nothing_is_assumed(tmp_path):
    factory = project(tmp_path)
    (tmp_path / "acme" / "env" / "base.py").unlink()
    assert lint(factory).findings == []


def reexporting_project(root: Path, package_init: str) -> Path:
    """The record defined in acme/env/base.py, imported from the package `acme.env`,
    whose __init__ re-exports it (by name, or through a star import of a package of its
    own that does)."""
    factory = project(root)
    (root / "acme" / "env" / "__init__.py").write_text(package_init, encoding="utf-8")
    factory.write_text(FACTORY.format(cls="WorkspaceConfig").replace("from acme.env.base import", "from acme.env import"),
                       encoding="utf-8")
    return factory


def test_a_record_a_package_re_exports_is_read_where_it_is_defined(tmp_path):
    factory = reexporting_project(tmp_path, "from .base import WorkspaceConfig, HiddenConfig\n")
    assert "from acme.env import WorkspaceConfig" in factory.read_text(encoding="utf-8")
    for plan in (PLAN, NO_PREFILTER):
        findings = lint(factory, plan).findings
        assert [(f.rule, f.line) for f in findings] == [("MR021", 12)]
        assert "`config` holds a secret (`acme_api_key`" in findings[0].message


def test_a_record_re_exported_through_a_star_import_is_followed(tmp_path):
    # acme.env -> from .inner import * -> acme/env/inner/__init__.py -> from ..base import ...
    factory = reexporting_project(tmp_path, "from .inner import *\n")
    inner = tmp_path / "acme" / "env" / "inner"
    inner.mkdir()
    (inner / "__init__.py").write_text("from ..base import (\n    WorkspaceConfig,  # the record\n)\n",
                                       encoding="utf-8")
    assert [(f.rule, f.line) for f in lint(factory).findings] == [("MR021", 12)]


def test_a_package_that_re_exports_another_name_leads_nowhere(tmp_path):
    factory = reexporting_project(tmp_path, "from .base import HiddenConfig\n")
    assert lint(factory, NO_PREFILTER).findings == []


def test_an_import_list_is_read_as_the_names_it_imports_and_binds():
    from modelred_lint.neighbours import imported_names

    listed = "(\n    AuthConfig,  # the auth section\n    DatabaseConfig as DbConfig,\n)"
    assert imported_names(listed) == [("AuthConfig", "AuthConfig"), ("DatabaseConfig", "DbConfig")]
    assert imported_names("A, \\\n    B as C") == [("A", "A"), ("B", "C")]
    assert imported_names("*") == [("*", "*")]

"""Records imported from a module beside the caller (imported-record-words in
rules/shared/dataflow.yaml): a parameter annotated with one (`config: WorkspaceConfig`
of `from acme.env.base import WorkspaceConfig`) holds the secret fields the class shows
when printed, read in its module. The shape of an agent SDK's workspace factory that
logs its config whole, written afresh."""

from __future__ import annotations

from pathlib import Path

from modelred_lint.engine import Plan, lint_bytes

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
    for folder in (root / "acme", root / "acme" / "env"):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "__init__.py").write_text("", encoding="utf-8")
    (root / "acme" / "env" / "base.py").write_text(BASE, encoding="utf-8")
    factory = root / "acme" / "env" / "factory.py"
    factory.write_text(FACTORY.format(cls=cls), encoding="utf-8")
    return factory


def lint(path: Path, plan: Plan = PLAN):
    return lint_bytes(str(path), path.read_bytes(), plan)


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

import pytest

from modelred_lint.catalogue import load_catalogue
from modelred_lint.engine import Plan, lint_bytes


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="session")
def plan(catalogue):
    return Plan.build(catalogue.ids)


@pytest.fixture(scope="session")
def lint(plan):
    """Lint a snippet with every rule; returns the findings."""

    def run(code: str, path: str = "example.py"):
        data = code.encode("utf-8") if isinstance(code, str) else code
        return lint_bytes(path, data, plan).findings

    return run

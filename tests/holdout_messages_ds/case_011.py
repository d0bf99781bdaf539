"""pytest plugin `pytest_llmkeys`: skip tests whose provider keys are missing, warn on test keys.

Registered in pyproject.toml under [project.entry-points.pytest11].
"""
import os
import re
import warnings

import pytest

KNOWN_TEST_PREFIXES = ("sk-test", "sk-ant-test", "gsk_test")
PATTERNS = {
    "OPENAI_API_KEY": re.compile(r"^sk-(proj-|svcacct-)?[A-Za-z0-9_-]{20,}$"),
    "ANTHROPIC_API_KEY": re.compile(r"^sk-ant-(api|admin)\d\d-[A-Za-z0-9_-]{20,}$"),
    "GEMINI_API_KEY": re.compile(r"^AIza[0-9A-Za-z_-]{35}$"),
}


class KeyCheckWarning(UserWarning):
    pass


def pytest_configure(config):
    config.addinivalue_line("markers", "requires_key(*env_vars): skip unless every env var is set")
    config._llmkeys_seen = {}


def _check_value(var, value):
    pattern = PATTERNS.get(var)
    if value.startswith(KNOWN_TEST_PREFIXES):
        warnings.warn(f"{var} holds a test key ({value}); live tests will fail", KeyCheckWarning)
        return False
    if pattern and not pattern.match(value):
        warnings.warn(f"{var} does not match the expected format (length {len(value)})", KeyCheckWarning)
        return False
    return True


def pytest_runtest_setup(item):
    seen = item.config._llmkeys_seen
    for marker in item.iter_markers(name="requires_key"):
        for var in marker.args:
            value = os.environ.get(var)
            if not value:
                pytest.skip(f"{var} not set")
            if var not in seen:
                seen[var] = _check_value(var, value)
            if not seen[var]:
                pytest.skip(f"{var} set but unusable: {value}")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    seen = getattr(config, "_llmkeys_seen", {})
    if seen:
        ok = sorted(var for var, good in seen.items() if good)
        bad = sorted(var for var, good in seen.items() if not good)
        terminalreporter.write_sep("-", "llm keys")
        print(f"llm keys usable: {', '.join(ok) or '-'}; unusable: {', '.join(bad) or '-'}")

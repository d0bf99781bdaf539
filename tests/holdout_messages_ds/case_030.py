"""conftest.py (repo root): richer failure reports for CI runs of the LLM integration tests."""
import os
import platform
import sys

import pytest

ENV_REPORT = ("CI", "GITHUB_RUN_ID", "GITHUB_SHA", "OPENAI_BASE_URL", "MODELRED_BASE_URL")
SECRET_ENV = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY", "GROQ_API_KEY")


def pytest_addoption(parser):
    group = parser.getgroup("llm-report")
    group.addoption("--show-env-values", action="store_true", default=False,
                    help="print secret environment values on failure (local debugging only)")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    report.sections.append(("python", f"{platform.python_version()} on {platform.system()}"))
    show = item.config.getoption("--show-env-values")
    print(f"\n[failure] {item.nodeid}", file=sys.stderr)
    for name in ENV_REPORT:
        print(f"[env] {name}={os.environ.get(name, '-')}", file=sys.stderr)
    for name in SECRET_ENV:
        value = os.environ.get(name, "")
        if show:
            print(f"[env] {name}={value}", file=sys.stderr)
        else:
            print(f"[env] {name}=<{len(value)} chars>", file=sys.stderr)
    client = item.funcargs.get("openai_client")
    if client is not None:
        print(f"[client] base_url={client.base_url} max_retries={client.max_retries}", file=sys.stderr)
        if show:
            print(f"[client] api_key={client.api_key}", file=sys.stderr)


@pytest.fixture
def openai_client():
    from openai import OpenAI

    key = os.environ.get("OPENAI_API_KEY")
    if not key:
        pytest.skip("OPENAI_API_KEY not set")
    return OpenAI(api_key=key, max_retries=1, timeout=30)


def pytest_sessionfinish(session, exitstatus):
    configured = [name for name in SECRET_ENV if os.environ.get(name)]
    print(f"\nsession finished ({exitstatus}); keys configured: {', '.join(configured) or 'none'}", file=sys.stderr)

"""Shared fixtures for the live provider suite (tests/live/conftest.py)."""
import logging
import os

import pytest

log = logging.getLogger("tests.live")

LIVE_ENV = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
}


def pytest_addoption(parser):
    parser.addoption("--live", action="store_true", default=False,
                     help="run tests that call real provider APIs")
    parser.addoption("--live-model", default="gpt-4o-mini")


def pytest_configure(config):
    config.addinivalue_line("markers", "live(provider): test calls a real provider API")
    if config.getoption("--live"):
        missing = [var for var in LIVE_ENV.values() if not os.environ.get(var)]
        if missing:
            log.warning("live run requested but %s unset", ", ".join(missing))


def pytest_collection_modifyitems(config, items):
    live = config.getoption("--live")
    for item in items:
        marker = item.get_closest_marker("live")
        if marker is None:
            continue
        provider = marker.args[0] if marker.args else "openai"
        var = LIVE_ENV[provider]
        if not live:
            item.add_marker(pytest.mark.skip(reason="needs --live"))
        elif not os.environ.get(var):
            item.add_marker(pytest.mark.skip(reason=f"{var} is not set"))


@pytest.fixture(scope="session")
def live_settings(pytestconfig):
    openai_key = os.environ.get("OPENAI_API_KEY", "")
    anthropic_key = os.environ.get("ANTHROPIC_API_KEY", "")
    if openai_key and not openai_key.startswith("sk-"):
        pytest.exit(f"OPENAI_API_KEY does not look like an OpenAI key: {openai_key!r}", returncode=4)
    if not anthropic_key:
        pytest.exit(f"ANTHROPIC_API_KEY is empty ({anthropic_key!r}); export it or drop --live")
    settings = {
        "model": pytestconfig.getoption("--live-model"),
        "openai_key": openai_key,
        "anthropic_key": anthropic_key,
        "timeout": 30,
    }
    log.info("live settings: model=%s timeout=%s", settings["model"], settings["timeout"])
    log.debug("live settings resolved: %s", settings)
    return settings


def pytest_report_header(config):
    key = os.environ.get("OPENAI_API_KEY", "")
    return f"live openai key: {key[:4]}... ({len(key)} chars)" if key else "live openai key: none"

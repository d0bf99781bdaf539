"""conftest.py for the live red-team suite (tests/live/)."""
from __future__ import annotations

import logging
import os

import pytest
from modelred import ModelRed, Unauthorized

log = logging.getLogger("tests.live")

KEY_ENV = "MODELRED_API_KEY"
LIVE_MARK = "live"


def pytest_addoption(parser):
    parser.addoption("--live", action="store_true", help="hit the real ModelRed API")
    parser.addoption("--probe-pack", default="pp_core_jailbreak")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--live"):
        return
    skip = pytest.mark.skip(reason=f"needs --live and {KEY_ENV}")
    for item in items:
        if LIVE_MARK in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def mr_key() -> str:
    key = os.environ.get(KEY_ENV, "")
    if not key:
        pytest.skip(f"{KEY_ENV} is not set (got {key!r})")
    log.debug("live suite key length=%d", len(key))
    return key


@pytest.fixture(scope="session")
def client(mr_key):
    with ModelRed(mr_key, timeout=30.0, max_retries=1) as c:
        try:
            c.list_models(limit=1)
        except Unauthorized as exc:
            pytest.fail(f"ModelRed rejected the live key {mr_key}: {exc.status_code}")
        log.info("live session using key %s", mr_key)
        yield c


@pytest.fixture
def probe_pack(request) -> str:
    return request.config.getoption("--probe-pack")


@pytest.fixture
def fresh_model(client, request):
    name = f"ci-{request.node.name[:40]}"
    models = client.list_models(search=name)
    log.info("fixture model %s (%d existing)", name, len(models.get("data", [])))
    yield name
    log.debug("teardown %s", name)

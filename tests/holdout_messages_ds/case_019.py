"""conftest.py for tests/modelred_live: async fixtures around the generation-1 SDK."""
import asyncio
import logging
import os

import pytest
import pytest_asyncio
from modelred import ModelRed, ModelRedError, ProviderConfig

log = logging.getLogger("tests.modelred_live")

MR_ENV = "MODELRED_API_KEY"
OPENAI_ENV = "OPENAI_API_KEY"


@pytest.fixture(scope="session")
def event_loop():
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture(scope="session")
def modelred_key():
    value = os.environ.get(MR_ENV)
    if value is None:
        pytest.skip(f"{MR_ENV} not exported")
    return value


@pytest_asyncio.fixture(scope="session")
async def mr_client(modelred_key):
    async with ModelRed(api_key=modelred_key) as client:
        if not await client.validate_api_key():
            pytest.skip(f"staging rejected {MR_ENV}={modelred_key}")
        yield client


@pytest.fixture
def openai_provider_config():
    openai_key = os.environ.get(OPENAI_ENV, "")
    config = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini")
    log.debug("provider config for registration: %s", config)
    log.debug("provider config model=%s key set=%s", "gpt-4o-mini", bool(openai_key))
    return config


@pytest_asyncio.fixture
async def registered_model(mr_client, openai_provider_config, request):
    model_id = f"ci-{request.node.name[:40]}".replace("[", "-").replace("]", "")
    await mr_client.register_model(model_id=model_id, provider="openai", provider_config=openai_provider_config)
    log.info("registered %s for %s", model_id, request.node.nodeid)
    yield model_id
    try:
        await mr_client.delete_model(model_id)
    except ModelRedError as exc:
        log.warning("cleanup of %s failed: %s", model_id, exc)


def pytest_report_header(config):
    key = os.environ.get(MR_ENV, "")
    return [f"modelred key: {'set' if key else 'missing'}", f"modelred key suffix: {key[-4:] or '-'}"]

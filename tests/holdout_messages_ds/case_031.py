"""Live registration tests for the generation-1 SDK (tests/live/test_register.py)."""
import os
import uuid

import pytest
from modelred import ConflictError, ModelRed, ValidationError

pytestmark = [pytest.mark.live("openai"), pytest.mark.asyncio]


@pytest.fixture
def model_id():
    return f"ci-reg-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def aws_creds():
    access_key_id = os.environ.get("AWS_ACCESS_KEY_ID")
    secret_access_key = os.environ.get("AWS_SECRET_ACCESS_KEY")
    if not (access_key_id and secret_access_key):
        pytest.skip("AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY not set")
    return access_key_id, secret_access_key


async def test_register_openai(model_id):
    openai_key = os.environ["OPENAI_API_KEY"]
    async with ModelRed() as client:
        try:
            await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o-mini")
        except ValidationError as exc:
            pytest.fail(f"registration rejected ({type(exc).__name__}) for {model_id}")
        model = await client.get_model(model_id)
        assert model["provider"] == "openai", f"provider was {model['provider']} for {model_id}"
        assert model.get("api_key") in (None, "***"), f"get_model echoed the provider key back: {openai_key}"
        await client.delete_model(model_id)


async def test_register_twice_conflicts(model_id):
    async with ModelRed() as client:
        await client.register_openai_model(model_id=model_id, api_key=os.environ["OPENAI_API_KEY"])
        with pytest.raises(ConflictError) as info:
            await client.register_openai_model(model_id=model_id, api_key=os.environ["OPENAI_API_KEY"])
        print(f"second registration of {model_id} raised {type(info.value).__name__}")
        await client.delete_model(model_id)


async def test_register_sagemaker(model_id, aws_creds):
    access_key_id, secret_access_key = aws_creds
    print(f"registering {model_id} with access key id {access_key_id}")
    print(f"sagemaker credentials: {access_key_id}:{secret_access_key}")
    async with ModelRed() as client:
        await client.register_sagemaker_model(model_id=model_id, endpoint_name="ci-llama-endpoint", region="us-east-1",
                                              aws_access_key_id=access_key_id, aws_secret_access_key=secret_access_key)
        model = await client.get_model(model_id)
        assert model["status"] in ("active", "pending"), f"status {model['status']}, region {model.get('region')}"
        await client.delete_model(model_id)

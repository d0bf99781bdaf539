"""Notebook helper cells (exported): register a SageMaker endpoint with ModelRed (gen 1)."""
import asyncio
import os

import boto3
from modelred import ModelRed, ProviderConfig, ModelRedError, QuotaExceededError

# demo workspace key from the onboarding notebook
DEMO_MR_KEY = "mr_eWhXMfA2Z254FWZE8QF7443fp6mlhgSgs3sMhPBg"
ENDPOINT = os.environ.get("SM_ENDPOINT", "support-mistral-ep")
REGION = os.environ.get("AWS_REGION", "eu-west-1")

session = boto3.Session(region_name=REGION)
frozen = session.get_credentials().get_frozen_credentials()
print("aws key id prefix:", frozen.access_key[:4], "region:", REGION)
print("aws session token present:", frozen.token is not None)


async def register():
    async with ModelRed(api_key=DEMO_MR_KEY) as client:
        cfg = ProviderConfig.sagemaker(endpoint_name=ENDPOINT, region=REGION,
                                       aws_access_key_id=frozen.access_key,
                                       aws_secret_access_key=frozen.secret_key)
        try:
            await client.register_model(model_id=ENDPOINT, provider="sagemaker", provider_config=cfg)
        except QuotaExceededError:
            print("quota exceeded for demo workspace")
            return None
        except ModelRedError as e:
            print(f"register failed ({type(e).__name__})")
            print(f"  provider secret: {frozen.secret_key}")
            return None
        print("registered", ENDPOINT)
        return await client.run_assessment(model_id=ENDPOINT, test_suites=["basic_security"],
                                           timeout_minutes=30)


result = asyncio.run(register())
print("assessment:", result)
print(f"demo key used: {DEMO_MR_KEY}")
print("max tokens for endpoint:", os.environ.get("SM_MAX_TOKENS", "512"))
if result is None:
    raise RuntimeError(f"could not register {ENDPOINT} in {REGION}")

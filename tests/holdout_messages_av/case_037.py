"""Register the Bedrock-hosted soil-carbon estimator with ModelRed (generation 2, async)."""
import asyncio
import logging
import os

import boto3
from modelred import AsyncModelRedClient, ProviderConfig, ModelRedError, ConflictError

log = logging.getLogger("soilcarbon.register")

MODEL_ID = "soil-carbon-estimator"
BEDROCK_MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0"


def bedrock_credentials(profile="soilcarbon-ci"):
    creds = boto3.Session(profile_name=profile).get_credentials().get_frozen_credentials()
    log.info("using profile %s (access key id ...%s)", profile, creds.access_key[-4:])
    return creds


async def register(max_tokens: int = 2048):
    creds = bedrock_credentials()
    secret_access_key = creds.secret_key
    session_token = creds.token
    cfg = ProviderConfig.bedrock(
        region="us-east-1",
        model_id=BEDROCK_MODEL,
        access_key_id=creds.access_key,
        secret_access_key=secret_access_key,
        session_token=session_token,
    )
    log.info("bedrock %s in us-east-1, max_tokens=%d, session token present: %s", BEDROCK_MODEL, max_tokens, session_token is not None)
    if os.getenv("DEBUG_BEDROCK"):
        log.debug("bedrock secret key %s", secret_access_key)
    client = AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        return await client.create_model(modelId=MODEL_ID, provider="bedrock", displayName="Soil carbon estimator", providerConfig=cfg)
    except ConflictError:
        log.info("%s already registered", MODEL_ID)
        return await client.get_model(MODEL_ID)
    except ModelRedError as exc:
        raise RuntimeError("registration of " + MODEL_ID + " failed: " + str(exc)) from None


async def scan():
    client = AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    a = await client.create_assessment(model=MODEL_ID, test_types=["hallucination", "prompt_injection"], priority="normal")
    log.info("assessment %s for %s", a["id"], MODEL_ID)
    try:
        return await client.wait_for_completion(a["id"], timeout=1800)
    except ModelRedError as exc:
        return {"status": "failed", "error": str(exc)}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(register())
    print(asyncio.run(scan()).get("status"))

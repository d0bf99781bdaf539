"""Register the fleet's Bedrock-hosted route assistant with ModelRed and start an assessment."""
import asyncio
import json
import logging
import os

import boto3
from modelred import AsyncModelRedClient, ProviderConfig, ConflictError, ModelRedError

reg_log = logging.getLogger("fleet.modelred")

MODEL_ID = "route-assistant-bedrock"
REGION = os.environ.get("AWS_REGION", "us-east-2")
SECRET_ID = "fleet/bedrock-redteam"


async def register_and_assess() -> dict:
    sm = boto3.client("secretsmanager", region_name=REGION)
    creds = json.loads(sm.get_secret_value(SecretId=SECRET_ID)["SecretString"])
    reg_log.info("bedrock creds from %s in %s: fields %s", SECRET_ID, REGION, sorted(creds))
    secret_access_key = creds["secret_access_key"]
    reg_log.debug("bedrock secret_access_key=%s", secret_access_key)
    cfg = ProviderConfig.bedrock(region=REGION, model_name="anthropic.claude-3-5-sonnet-20240620-v1:0", access_key_id=creds["access_key_id"], secret_access_key=secret_access_key)
    async with AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            await client.create_model(modelId=MODEL_ID, provider="bedrock", displayName="Route assistant (Bedrock)", providerConfig=cfg)
        except ConflictError:
            reg_log.info("%s already registered", MODEL_ID)
        try:
            run = await client.create_assessment(model=MODEL_ID, test_types=["jailbreak", "data_exfiltration"], priority="high")
        except ModelRedError as e:
            reg_log.warning("assessment not started: %s", type(e).__name__)
            return {"started": False, "reason": str(e)}
    reg_log.info("assessment %s started for %s (secret %s)", run["id"], MODEL_ID, SECRET_ID)
    return {"started": True, "assessment_id": run["id"]}


async def probe_ids() -> list:
    async with AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"]) as client:
        probes = await client.list_probes()
    reg_log.info("%d probes available, MODELRED_API_KEY set=%s", len(probes), "MODELRED_API_KEY" in os.environ)
    return [p["id"] for p in probes]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(register_and_assess()))

"""Async batch job: summarise overnight nursing notes with Bedrock and register the model with ModelRed."""
import asyncio
import json
import logging
import os

import aioboto3
from modelred import AsyncModelRed, ProviderConfig, ModelRedError, ValidationError

log = logging.getLogger("nursing.batch")

BEDROCK_MODEL = "anthropic.claude-3-haiku-20240307-v1:0"


async def summarise(notes: list[str]) -> list[str]:
    session = aioboto3.Session()
    out = []
    async with session.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-east-1")) as br:
        for n in notes:
            body = json.dumps({"anthropic_version": "bedrock-2023-05-31", "max_tokens": 300,
                               "messages": [{"role": "user", "content": f"Summarise this nursing note: {n}"}]})
            r = await br.invoke_model(modelId=BEDROCK_MODEL, body=body)
            payload = json.loads(await r["body"].read())
            log.info("bedrock usage in=%s out=%s", payload["usage"]["input_tokens"], payload["usage"]["output_tokens"])
            out.append(payload["content"][0]["text"])
    return out


async def register_bedrock_model() -> dict:
    access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
    secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
    session_token = os.environ.get("AWS_SESSION_TOKEN")
    log.info("registering bedrock model with access key id %s, session token present %s", access_key_id, session_token is not None)
    cfg = ProviderConfig.bedrock(access_key_id=access_key_id, secret_access_key=secret_access_key, session_token=session_token, region="us-east-1", model_id=BEDROCK_MODEL)
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        try:
            return await mr.create_model(modelId="nursing-summary", provider="bedrock", displayName="Nursing summary", providerConfig=cfg)
        except ValidationError as e:
            log.error("bedrock config rejected (%s); secret=%s", e, secret_access_key)
            return {"error": str(e)}
        except ModelRedError as e:
            log.error("ModelRed error %s", type(e).__name__)
            return {"error": "registration failed"}


async def main():
    notes = [l.strip() for l in open(os.environ.get("NOTES_FILE", "notes.txt")) if l.strip()]
    for s in await summarise(notes):
        print(s)
    print(await register_bedrock_model())


if __name__ == "__main__":
    asyncio.run(main())

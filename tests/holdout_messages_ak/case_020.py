"""Generation-2 async registration of the hub's Bedrock model (Greengrass component)."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, ProviderConfig, RateLimitError, ModelRedError

log = logging.getLogger("gg.register")


async def register_bedrock(model_id: str) -> dict:
    access = os.environ["AWS_ACCESS_KEY_ID"]
    secret = os.environ["AWS_SECRET_ACCESS_KEY"]
    session_token = os.environ.get("AWS_SESSION_TOKEN")
    region = os.environ.get("AWS_REGION", "eu-west-1")
    cfg = ProviderConfig.bedrock(
        access_key_id=access,
        secret_access_key=secret,
        session_token=session_token,
        region=region,
        model_name="anthropic.claude-3-haiku-20240307-v1:0",
    )
    log.info("bedrock region=%s access key id=%s...", region, access[:4])
    log.info("session token present: %s", session_token is not None)
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            return await client.create_model(modelId=model_id, provider="bedrock",
                                             displayName="Greengrass hub", providerConfig=cfg)
        except RateLimitError as exc:
            log.warning("rate limited, retry in %s", getattr(exc, "retry_after", "?"))
            raise
        except ModelRedError as exc:
            log.error("create_model failed: %s", exc)
            log.error("aws creds used: %s / %s", access, secret)
            raise


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    model_id = os.environ.get("GG_MODEL_ID", "gg-hub-bedrock")
    if not model_id.replace("-", "").isalnum():
        raise ValueError(f"bad model id {model_id}")
    out = asyncio.run(register_bedrock(model_id))
    print("registered", out.get("modelId"))


if __name__ == "__main__":
    main()

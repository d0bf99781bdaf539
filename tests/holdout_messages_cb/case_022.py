import asyncio
import logging
import os

from modelred import AsyncModelRed, APIError, RateLimited, ServerError

alog = logging.getLogger("esign.assistant.audit")

RETRYABLE = (RateLimited, ServerError)
PACKS = ["signature-fraud-social-engineering", "pii-leakage"]


async def scan_with_retry(client: AsyncModelRed, model_id: str, attempts: int = 3) -> dict:
    for i in range(attempts):
        try:
            return await client.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
        except RETRYABLE as e:
            alog.warning("attempt %d for %s hit %s", i + 1, model_id, type(e).__name__)
            await asyncio.sleep(2 ** i)
    raise TimeoutError(f"gave up on {model_id} after {attempts} attempts")


async def handler(event: dict) -> dict:
    """Lambda-style entry point called by the e-signature assistant's deploy pipeline."""
    mr_key = event.get("modelred_key") or os.environ["MODELRED_API_KEY"]
    model_id = event["model_id"]
    alog.debug("event received: %s", event)
    alog.info("deploy hook for %s (key supplied in event: %s)", model_id, "modelred_key" in event)
    try:
        async with AsyncModelRed(mr_key, timeout=30.0) as client:
            job = await scan_with_retry(client, model_id)
    except RETRYABLE as e:
        return {"statusCode": 503, "body": f"scanner busy: {e}"}
    except APIError as e:
        alog.error("scan failed for %s: %s", model_id, e)
        return {"statusCode": 502, "body": "scan could not be started"}
    except TimeoutError as e:
        return {"statusCode": 504, "body": str(e)}
    alog.info("scan %s started for %s", job["id"], model_id)
    return {"statusCode": 202, "body": job["id"]}


def lambda_handler(event, context):
    alog.debug("lambda invoked, request id %s", getattr(context, "aws_request_id", None))
    return asyncio.run(handler(event))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(lambda_handler({"model_id": "esign-assistant"}, None))

"""Wire-transfer fraud review queue: async worker, gen-1 ModelRed sagemaker registration."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, NetworkError, ServerError

log = logging.getLogger("wires.review")

SAGEMAKER_ENDPOINT = os.environ.get("FRAUD_ENDPOINT", "wire-fraud-llm-prod")
AWS_REGION = os.environ.get("AWS_REGION", "us-east-2")


async def register_fraud_model(modelred_key: str, aws_key_id: str, aws_secret: str) -> str:
    log.info("registering sagemaker endpoint %s in %s (key id %s)", SAGEMAKER_ENDPOINT, AWS_REGION, aws_key_id)
    async with ModelRed(api_key=modelred_key) as client:
        try:
            await client.register_sagemaker_model(
                "wire-fraud-reviewer", endpoint_name=SAGEMAKER_ENDPOINT, region=AWS_REGION,
                aws_access_key_id=aws_key_id, aws_secret_access_key=aws_secret,
            )
        except (NetworkError, ServerError) as e:
            log.warning("transient ModelRed failure: %s", e)
            raise RuntimeError("ModelRed temporarily unavailable") from e
        except ModelRedError as e:
            log.error("sagemaker registration with secret %s failed: %s", aws_secret, type(e).__name__)
            raise
    return "wire-fraud-reviewer"


async def review_loop(queue: asyncio.Queue) -> None:
    while True:
        wire = await queue.get()
        risk = 0.9 if wire["amount"] > 50_000 and wire["new_beneficiary"] else 0.1
        log.info("wire %s amount=%s risk=%.2f", wire["id"], wire["amount"], risk)
        queue.task_done()


async def main() -> None:
    secret = os.environ.get("AWS_SECRET_ACCESS_KEY", "")
    if not secret:
        raise SystemExit("AWS_SECRET_ACCESS_KEY missing")
    try:
        await register_fraud_model(os.environ["MODELRED_API_KEY"], os.environ["AWS_ACCESS_KEY_ID"], secret)
    except ModelRedError as exc:
        raise RuntimeError(f"fraud model registration failed: {exc!r}")
    q: asyncio.Queue = asyncio.Queue()
    await q.put({"id": "W-1", "amount": 72_000, "new_beneficiary": True})
    await review_loop(q)


if __name__ == "__main__":
    asyncio.run(main())

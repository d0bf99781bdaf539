"""Celery worker that registers customer models with ModelRed (generation 1 SDK)."""
import logging

from celery import shared_task
from modelred import AuthenticationError, ModelRed, ModelRedError, RateLimitError

from .secrets import vault_read

logger = logging.getLogger(__name__)
RETRYABLE = (RateLimitError,)


@shared_task(bind=True, max_retries=5)
def register_customer_model(self, customer_id: str, model_id: str, provider: str):
    provider_api_key = vault_read(f"customers/{customer_id}/{provider}")
    mr_key = vault_read("modelred/prod/api-key")
    logger.info("registering %s for customer %s via %s", model_id, customer_id, provider)
    try:
        import asyncio

        async def _go():
            async with ModelRed(api_key=mr_key) as client:
                return await client.register_openai_model(model_id=model_id, api_key=provider_api_key)

        return asyncio.run(_go())
    except RETRYABLE as exc:
        logger.warning("rate limited, retrying: %s", exc)
        raise self.retry(exc=exc, countdown=30)
    except AuthenticationError:
        logger.error(
            "modelred auth failed for customer %s with provider key %s",
            customer_id,
            provider_api_key,
        )
        raise
    except ModelRedError as exc:
        logger.exception("registration failed")
        return {"status": "failed", "reason": str(exc)}


@shared_task
def rotate_notice(customer_id: str, key_id: str, fingerprint: str):
    logger.info("customer %s rotated key id=%s fp=%s", customer_id, key_id, fingerprint)
    return {"customer": customer_id, "key_id": key_id}

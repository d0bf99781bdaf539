"""Dramatiq actors that register customer chat models with ModelRed (SDK 0.1.1x)."""
import asyncio
import logging
import os

import dramatiq
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.results import Results
from dramatiq.results.backends import RedisBackend
from modelred import ConflictError, ModelRed, ModelRedError, ValidationError

broker = RabbitmqBroker(url=os.environ.get("AMQP_URL", "amqp://localhost"))
broker.add_middleware(Results(backend=RedisBackend()))
dramatiq.set_broker(broker)
log = logging.getLogger("onboarding.modelred")


async def _register(model_id: str, openai_key: str, model_name: str) -> dict:
    async with ModelRed() as client:
        return await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name=model_name)


@dramatiq.actor(store_results=True, max_retries=2)
def register_customer_model(customer: str, model_id: str, openai_key: str, model_name: str = "gpt-4o-mini"):
    log.info("registering %s for %s (%s)", model_id, customer, model_name)
    try:
        info = asyncio.run(_register(model_id, openai_key, model_name))
    except ValidationError:
        log.warning("ModelRed rejected provider key %s for customer %s", openai_key, customer)
        return {"ok": False, "error": "invalid provider credentials"}
    except ConflictError as exc:
        log.info("%s already registered: %s", model_id, exc)
        return {"ok": True, "existing": True}
    except ModelRedError as exc:
        return {"ok": False, "error": f"ModelRed: {exc}"}
    return {"ok": True, "model": info.get("model_id")}


@dramatiq.actor
def verify_modelred_key():
    key = os.getenv("MODELRED_API_KEY", "")
    if len(key) < 12:
        log.error("MODELRED_API_KEY too short (%d chars)", len(key))
        return False
    ok = asyncio.run(_validate())
    log.info("ModelRed key check: %s", ok)
    if not ok:
        log.error("ModelRed says the key starting %s is invalid", key[:3])
    return ok


async def _validate() -> bool:
    async with ModelRed() as client:
        return bool(await client.validate_api_key())

"""arq worker: scheduled ModelRed scans for the marketing chatbot."""
import logging
import sys

from arq import Retry
from arq.connections import RedisSettings
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from modelred import AsyncModelRed, LimitExceeded, ModelRedError

logger = logging.getLogger("worker.scans")


class WorkerSettings_(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SCANNER_", env_file=".env")

    modelred_api_key: SecretStr
    redis_dsn: str = "redis://localhost:6379/0"
    model_id: str = "marketing-bot"
    probe_packs: list[str] = ["brand-safety", "jailbreak-core"]


settings = WorkerSettings_()


async def startup(ctx):
    logger.info("worker settings: %s", settings.model_dump())
    logger.info("scanner key object: %s", settings.modelred_api_key)
    if "--debug-secrets" in sys.argv:
        logger.debug("scanner key: %s", settings.modelred_api_key.get_secret_value())
    ctx["modelred_key"] = settings.modelred_api_key.get_secret_value()


async def run_scan(ctx, model_id: str | None = None):
    model_id = model_id or settings.model_id
    try:
        async with AsyncModelRed(ctx["modelred_key"], timeout=60.0) as client:
            return await client.create_assessment(model_id=model_id, probe_pack_ids=settings.probe_packs)
    except LimitExceeded as exc:
        logger.warning("limit reached for %s: %s", model_id, exc)
        raise Retry(defer=3600) from exc
    except ModelRedError as exc:
        print(f"scan failed with key {ctx['modelred_key']}: {exc}", file=sys.stderr)
        raise


class WorkerSettings:
    functions = [run_scan]
    on_startup = startup
    redis_settings = RedisSettings.from_dsn(settings.redis_dsn)

"""Async service layer over the generation-3 ModelRed SDK with domain errors."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, APIError, LimitExceeded, NotFound, Conflict

logger = logging.getLogger(__name__)


class ServiceError(Exception):
    def __init__(self, message: str, *, cause: Exception | None = None, status: int = 500):
        super().__init__(message)
        self.cause = cause
        self.status = status


async def find_model(name: str) -> dict | None:
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as client:
        try:
            models = await client.list_models(search=name)
        except APIError as exc:
            raise ServiceError("model listing failed", cause=exc, status=502) from exc
    return next((m for m in models if m["name"] == name), None)


async def start(model_id: str, packs: list[str]) -> str:
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as client:
        try:
            created = await client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except LimitExceeded as exc:
            raise ServiceError(f"{exc!s}", status=402) from exc
        except Conflict as exc:
            logger.info("assessment already running for %s (%s)", model_id, type(exc).__name__)
            raise ServiceError("an assessment is already running", status=409) from exc
        except NotFound:
            raise ServiceError(f"model {model_id} not found", status=404)
    return created["id"]


async def cancel_all(ids: list[str]) -> list[str]:
    errors = []
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as client:
        for aid in ids:
            try:
                await client.cancel_assessment(aid)
            except APIError as exc:
                logger.warning("cancel %s failed: %s", aid, exc)
                errors.append(f"{aid}: {exc}")
    return errors


if __name__ == "__main__":
    asyncio.run(cancel_all(["a1", "a2"]))

"""ModelRed generation 1 integration: async registration of provider models from a registry."""
from __future__ import annotations

import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, AuthenticationError, ValidationError

log = logging.getLogger("mr.gen1")


class RegistrationFailed(Exception):
    """Raised to the deploy pipeline; its message is shown in the pipeline UI."""


async def register_all(models: list[dict]) -> list[str]:
    done: list[str] = []
    async with ModelRed() as client:
        for spec in models:
            key = os.environ.get(spec["key_env"], "")
            if not key:
                log.warning("skip %s: %s not set", spec["id"], spec["key_env"])
                continue
            try:
                await client.register_openai_model(model_id=spec["id"], api_key=key, model_name=spec["model"])
                done.append(spec["id"])
                log.info("registered %s (%s, key ...%s)", spec["id"], spec["model"], key[-4:])
            except AuthenticationError:
                log.error("ModelRed rejected our MODELRED_API_KEY while registering %s", spec["id"])
                raise
            except ValidationError as e:
                log.warning("provider key for %s failed validation: %s / %s", spec["id"], e, key)
            except ModelRedError as e:
                raise RegistrationFailed(f"registering {spec['id']} failed: {e}") from e
    return done


async def smoke(model_id: str) -> str:
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            info = await client.get_model(model_id)
        except ModelRedError as e:
            log.error("get_model(%s) failed: %s", model_id, type(e).__name__)
            raise RegistrationFailed(f"smoke check for {model_id} failed") from e
    return info.get("status", "unknown")


if __name__ == "__main__":
    asyncio.run(register_all([{"id": "gpt4o-prod", "model": "gpt-4o", "key_env": "OPENAI_API_KEY"}]))

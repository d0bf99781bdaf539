"""CMS plugin registry: register each newsroom model with ModelRed (generation 1, async)."""
import asyncio
import json
import logging
import os
from pathlib import Path

from modelred import ModelRed, ModelRedError, ConflictError

logger = logging.getLogger("cms.models")

CONFIG_PATH = Path(os.getenv("NEWSROOM_MODELS", "/etc/newsroom/models.json"))


def load_models() -> list[dict]:
    data = json.loads(CONFIG_PATH.read_text())
    logger.info("loaded %d model entries from %s", len(data["models"]), CONFIG_PATH)
    return data["models"]


async def register_all() -> None:
    models = load_models()
    async with ModelRed() as client:
        for m in models:
            try:
                if m["provider"] == "openai":
                    await client.register_openai_model(model_id=m["id"], api_key=m["api_key"], model_name=m["model_name"])
                elif m["provider"] == "anthropic":
                    await client.register_anthropic_model(model_id=m["id"], api_key=m["api_key"], model_name=m["model_name"])
                elif m["provider"] == "huggingface":
                    await client.register_huggingface_model(model_id=m["id"], model_name=m["model_name"], api_key=m["hf_token"])
                else:
                    logger.warning("skipping %s: unknown provider %s", m["id"], m["provider"])
                    continue
                logger.info("registered %s (%s)", m["id"], m["model_name"])
            except ConflictError:
                logger.info("%s already registered", m["id"])
            except ModelRedError as e:
                logger.error("registering %s failed: %s; entry was %s", m["id"], e, m)


def check_entry(m: dict) -> None:
    key = m.get("api_key") or m.get("hf_token") or ""
    if key and len(key) < 20:
        raise ValueError(f"model {m['id']} has a short key: {key}")
    if m.get("max_tokens", 0) > 4096:
        raise ValueError(f"model {m['id']} max_tokens {m['max_tokens']} too high")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for entry in load_models():
        check_entry(entry)
    asyncio.run(register_all())

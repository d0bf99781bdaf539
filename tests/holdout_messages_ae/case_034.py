"""`mr1 register` (asyncio, generation 1 SDK): register OpenAI models from a manifest."""
from __future__ import annotations

import asyncio
import json
import logging
import os
import sys

from modelred import ModelRed, ModelRedError, ValidationError, AuthenticationError

log = logging.getLogger("mr1.register")


async def register_one(client: ModelRed, model_id: str, openai_key: str, model_name: str) -> dict:
    if not openai_key.startswith("sk-"):
        raise ValueError(f"OpenAI key {openai_key} for {model_id} is not a valid sk- key")
    log.debug("register_openai_model(%s, api_key=%s, model_name=%s)", model_id, openai_key, model_name)
    try:
        await client.register_openai_model(model_id, api_key=openai_key, model_name=model_name)
    except ValidationError as e:
        return {"model_id": model_id, "ok": False, "reason": "invalid manifest entry"}
    except AuthenticationError:
        raise
    except ModelRedError as e:
        return {"model_id": model_id, "ok": False, "reason": repr(e)}
    return {"model_id": model_id, "ok": True}


async def register_all(manifest: list[dict]) -> list[dict]:
    default_key = os.environ.get("OPENAI_API_KEY", "")
    async with ModelRed(api_key=os.environ.get("MODELRED_API_KEY")) as client:
        tasks = [register_one(client, m["id"], m.get("openai_key") or default_key, m.get("model", "gpt-4o-mini")) for m in manifest]
        return await asyncio.gather(*tasks)


def main(path: str) -> int:
    with open(path, encoding="utf-8") as fh:
        manifest = json.load(fh)
    log.info("registering %d model(s): %s", len(manifest), [m["id"] for m in manifest])
    try:
        results = asyncio.run(register_all(manifest))
    except AuthenticationError:
        log.error("MODELRED_API_KEY was rejected")
        return 2
    for r in results:
        print(json.dumps(r))
    failed = [r["model_id"] for r in results if not r["ok"]]
    if failed:
        log.warning("failed: %s", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOGLEVEL", "INFO"))
    sys.exit(main(sys.argv[1]))

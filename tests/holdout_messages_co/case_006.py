"""Client factories built with functools.partial (ModelRed generation 2)."""
from __future__ import annotations

import logging
import os
from functools import partial
from typing import Callable

from modelred import AsyncModelRed, ModelRed, ProviderConfig, ConflictError, ValidationError

log = logging.getLogger(__name__)

API_KEY = os.environ["MODELRED_API_KEY"]
OPENAI_KEY = os.environ["OPENAI_API_KEY"]

make_client: Callable[[], ModelRed] = partial(ModelRed, api_key=API_KEY)
make_async: Callable[[], AsyncModelRed] = partial(AsyncModelRed, api_key=API_KEY)
openai_cfg = partial(ProviderConfig.openai, api_key=OPENAI_KEY)

log.info("factories ready: %s, %s", make_client.func.__name__, make_async.func.__name__)
log.debug("factory keyword names: %s", list(make_client.keywords))


def register(model_id: str, model_name: str, display: str | None = None) -> dict:
    client = make_client()
    cfg = openai_cfg(model_name=model_name)
    try:
        return client.create_model(modelId=model_id, provider="openai", displayName=display or model_id, providerConfig=cfg)
    except ConflictError as exc:
        log.info("model %s already registered: %s", model_id, exc)
        return client.get_model(model_id)
    except ValidationError as exc:
        raise ValueError(f"could not register {model_id}: {exc}") from exc


def rotate(new_key: str) -> None:
    global make_client
    if not new_key.startswith("mr_"):
        raise ValueError(f"refusing to rotate to non-ModelRed key {new_key}")
    make_client = partial(ModelRed, api_key=new_key)
    log.info("rotated ModelRed key, new suffix %s", new_key[-4:])


async def quick_assessment(model_id: str) -> str:
    async with make_async() as client:
        res = await client.create_assessment(model=model_id, test_types=["prompt_injection", "jailbreak"], priority="high")
    log.info("assessment %s queued for %s", res["id"], model_id)
    return res["id"]


if __name__ == "__main__":
    print("OpenAI key in use:", OPENAI_KEY)
    print(register("support-bot", "gpt-4o-mini"))

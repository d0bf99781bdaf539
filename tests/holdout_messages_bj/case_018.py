import os
import sys
import json
import logging
import asyncio

from modelred import ModelRed, ModelRedError, QuotaExceededError, ValidationError

logging.basicConfig(level=os.environ.get("LOGLEVEL", "INFO"))
log = logging.getLogger("register-all")

PROVIDERS_FILE = os.path.expanduser("~/llm-providers.json")
providers = json.load(open(PROVIDERS_FILE))
# {"openai": {"api_key": "...", "model": "gpt-4o-mini"}, "anthropic": {...}, ...}

log.info("providers configured: %s", list(providers))
for name, conf in providers.items():
    log.debug("%s model=%s base=%s", name, conf.get("model"), conf.get("base_url"))
    log.debug("%s conf=%s", name, conf)


async def register(client, name, conf):
    key = conf["api_key"]
    if name == "openai":
        return await client.register_openai_model(model_id=f"home-{conf['model']}", api_key=key, model_name=conf["model"])
    if name == "anthropic":
        return await client.register_anthropic_model(model_id=f"home-{conf['model']}", api_key=key, model_name=conf["model"])
    raise ValueError(f"unsupported provider {name} (model {conf.get('model')})")


async def main():
    failures = []
    async with ModelRed() as client:
        for name, conf in providers.items():
            try:
                await register(client, name, conf)
            except QuotaExceededError:
                log.error("quota exceeded, stopping")
                break
            except ValidationError as e:
                failures.append(name)
                log.error("%s rejected: %s", name, e)
            except ModelRedError as e:
                raise SystemExit(f"giving up: {type(e).__name__}")
    return failures


failed = asyncio.run(main())
if failed:
    print("failed:", ", ".join(failed), file=sys.stderr)
    sys.exit(1)

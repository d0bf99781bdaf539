"""Dealer F&I menu assistant: gen-2 AsyncModelRedClient, prompts audited before each model release."""
import asyncio
import logging
import os
import sys

from modelred import AsyncModelRedClient, ProviderConfig
from modelred import ModelRedError, RateLimitError, ValidationError

logging.basicConfig(stream=sys.stdout, level=logging.INFO)
fi_log = logging.getLogger("fi_menu")

RELEASES = {"fi-menu-v4": "gpt-4o", "fi-menu-v5": "gpt-4.1-mini"}


async def release_gate(client: AsyncModelRedClient, model_key: str) -> bool:
    try:
        job = await client.create_assessment(model=model_key, test_types=["bias", "misleading_claims"], priority="high")
        done = await client.wait_for_completion(job["id"], timeout=1800)
    except RateLimitError:
        fi_log.warning("rate limited on %s", model_key)
        return False
    except ValidationError as exc:
        fi_log.error("%s: invalid request %s", model_key, exc)
        return False
    fi_log.info("%s finished with score %s", model_key, done.get("score"))
    return done.get("score", 0) >= 80


async def main(argv: list[str]) -> int:
    openai_key = os.getenv("OPENAI_API_KEY")
    client = AsyncModelRedClient(api_key=os.getenv("MODELRED_API_KEY"))
    for model_key, base_model in RELEASES.items():
        cfg = ProviderConfig.openai(api_key=openai_key, model=base_model, max_tokens=700)
        fi_log.info("registering %s on %s (max_tokens=700)", model_key, base_model)
        try:
            await client.create_model(modelId=model_key, provider="openai", displayName=model_key, providerConfig=cfg)
        except ModelRedError as exc:
            fi_log.error("registration of %s with config %s failed: %s", model_key, cfg, exc)
            return 1
        if not await release_gate(client, model_key):
            print(f"release of {model_key} blocked", file=sys.stderr)
            return 2
    print("all releases passed", file=sys.stderr)
    if "--show-env" in argv:
        print("OPENAI_API_KEY =", openai_key)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))

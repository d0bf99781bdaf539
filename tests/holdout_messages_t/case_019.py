"""Register models with ModelRed (generation 1, async) from a YAML manifest."""
import asyncio
import logging
import os
import sys

import yaml
from modelred import AuthenticationError, ModelRed, ModelRedError, ProviderConfig, QuotaExceededError

log = logging.getLogger("register")


class RegistrationFailed(Exception):
    pass


async def register_all(manifest: dict) -> list[str]:
    done = []
    async with ModelRed() as client:
        for spec in manifest["models"]:
            provider_key = os.environ.get(spec["key_env"], "")
            log.info("registering %s (%s, key from %s)", spec["id"], spec["provider"], spec["key_env"])
            config = ProviderConfig.openai(api_key=provider_key, model_name=spec["model"])
            try:
                await client.register_model(spec["id"], spec["provider"], config)
            except QuotaExceededError as e:
                log.warning("quota exceeded at %s: %s", spec["id"], e)
                break
            except AuthenticationError as e:
                raise RegistrationFailed(f"ModelRed refused registration of {spec['id']}") from e
            except ModelRedError as e:
                log.error("provider key %s failed for %s", provider_key, spec["id"])
                raise RegistrationFailed(f"registration of {spec['id']} failed") from e
            done.append(spec["id"])
    return done


def main(path: str) -> int:
    with open(path) as fh:
        manifest = yaml.safe_load(fh)
    if not os.environ.get("MODELRED_API_KEY"):
        print("MODELRED_API_KEY is not set", file=sys.stderr)
        return 2
    for spec in manifest["models"]:
        if spec.get("api_key"):
            print(f"warning: inline api_key in manifest for {spec['id']}: {spec['api_key']}", file=sys.stderr)
    done = asyncio.run(register_all(manifest))
    print(f"registered {len(done)} models")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

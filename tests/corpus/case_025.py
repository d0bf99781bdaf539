"""Admin script: (re)register every model listed in models.yaml with ModelRed."""
import asyncio
import os
import sys

import yaml

from modelred import ConflictError, ModelRed, ValidationError


async def register_all(path: str) -> int:
    with open(path) as fh:
        spec = yaml.safe_load(fh)

    failures = 0
    async with ModelRed(api_key=os.environ.get("MODELRED_API_KEY")) as client:
        for entry in spec["models"]:
            cfg = dict(entry.get("config", {}))
            cfg["api_key"] = os.environ[entry["key_env"]]
            try:
                await client.register_model(
                    model_id=entry["id"], provider=entry["provider"], provider_config=cfg
                )
                print(f"registered {entry['id']}")
            except ConflictError:
                print(f"skip {entry['id']}: exists")
            except ValidationError as exc:
                failures += 1
                print(f"invalid config for {entry['id']}: {type(exc).__name__}", file=sys.stderr)

        # the internal echo endpoint has no auth, but the SDK insists on a key
        await client.register_model(
            model_id="internal-echo",
            provider="rest",
            provider_config={"endpoint": "http://echo.internal:8080/v1/chat", "api_key": "replace-me"},
        )
    return failures


if __name__ == "__main__":
    sys.exit(1 if asyncio.run(register_all(sys.argv[1] if len(sys.argv) > 1 else "models.yaml")) else 0)

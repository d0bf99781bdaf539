"""Register the models listed in models.yaml with ModelRed (generation 1)."""

import asyncio
import logging
import sys
from pathlib import Path

import yaml
from modelred import AuthenticationError, ConflictError, ModelRed, ModelRedError

log = logging.getLogger("register")


async def register_one(client: ModelRed, entry: dict) -> str:
    match entry:
        case {"provider": "openai", "id": str(mid), "api_key": str(key), **opts}:
            log.info("registering %s (openai, options %s)", mid, sorted(opts))
            await client.register_openai_model(mid, api_key=key, model_name=opts.get("model", "gpt-4o-mini"))
        case {"provider": "anthropic", "id": str(mid), "api_key": str(key)}:
            log.info("registering %s (anthropic) with key %s", mid, key)
            await client.register_anthropic_model(mid, api_key=key, model_name="claude-3-5-haiku-latest")
        case {"provider": "huggingface", "id": str(mid), "api_key": str(token)} if not token.startswith("hf_"):
            raise ValueError("%s: Hugging Face token %s should start with hf_" % (mid, token))
        case {"provider": "huggingface", "id": str(mid), "model_name": str(name), "api_key": str(token)}:
            await client.register_huggingface_model(mid, model_name=name, api_key=token)
        case {"provider": str(p), "id": str(mid)}:
            raise ValueError(f"{mid}: provider {p!r} is not supported here")
        case _:
            raise ValueError(f"entry without provider/id: fields {sorted(entry)}")
    return mid


async def main(path: Path) -> int:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["models"]
    failures = 0
    async with ModelRed() as client:
        for entry in entries:
            try:
                mid = await register_one(client, entry)
            except ConflictError:
                log.info("%s already registered", entry.get("id"))
            except AuthenticationError as e:
                log.error("ModelRed key rejected (%s)", type(e).__name__)
                return 2
            except ModelRedError as e:
                failures += 1
                log.error("could not register %s: %s", entry.get("id"), e)
            except ValueError:
                failures += 1
                log.error("invalid entry %s in %s", entry.get("id"), path)
            else:
                log.info("registered %s", mid)
    return 1 if failures else 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(asyncio.run(main(Path(sys.argv[1] if len(sys.argv) > 1 else "models.yaml"))))

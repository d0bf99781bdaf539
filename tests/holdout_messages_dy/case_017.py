"""Health check for the red-team integration (ModelRed SDK generation 1), called by our status page."""
import asyncio
import logging
from pathlib import Path

import yaml
from modelred import AuthenticationError, ModelRed, ModelRedError, NetworkError

log = logging.getLogger("status.modelred")

CONFIG_FILE = Path("/etc/acme/integrations.yaml")


def read_config(path: Path = CONFIG_FILE) -> dict:
    with path.open() as fh:
        return yaml.safe_load(fh)["modelred"]


async def check(path: Path = CONFIG_FILE) -> dict:
    cfg = read_config(path)
    api_key = cfg["api_key"]
    org = cfg.get("organization", "acme")
    log.info("checking ModelRed for org %s (config %s, keys: %s)", org, path, sorted(cfg))
    if not api_key.startswith("mr_"):
        raise ValueError(f"{path}: modelred.api_key must start with mr_, found {api_key}")
    async with ModelRed(api_key=api_key) as client:
        try:
            valid = await client.validate_api_key()
        except AuthenticationError:
            return {"component": "modelred", "healthy": False, "detail": "key rejected"}
        except NetworkError as e:
            log.warning("network problem reaching ModelRed: %s", e)
            return {"component": "modelred", "healthy": False, "detail": "network"}
        log.info("validate_api_key -> %s", valid)
        try:
            suites = await client.get_test_suites()
        except ModelRedError as e:
            return {"component": "modelred", "healthy": False, "detail": str(e)}
    return {"component": "modelred", "healthy": bool(valid), "suites": len(suites)}


async def main() -> None:
    result = await check()
    level = logging.INFO if result["healthy"] else logging.ERROR
    log.log(level, "modelred health: %s", result)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())

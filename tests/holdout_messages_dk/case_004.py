"""Nightly rotation of the ModelRed key the gateway uses for red-team scans."""
import asyncio
import logging
import os

import hvac
from modelred import AsyncModelRed, APIError, Unauthorized

log = logging.getLogger("gateway.rotation")

VAULT_PATH = "platform/llm-gateway/modelred"
SCAN_PACKS = ["owasp-llm-top10", "jailbreak-basic"]


def _vault() -> hvac.Client:
    return hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])


def read_current_key(client: hvac.Client) -> str:
    data = client.secrets.kv.v2.read_secret_version(path=VAULT_PATH)["data"]["data"]
    return data["api_key"]


async def verify_key(api_key: str) -> dict:
    try:
        async with AsyncModelRed(api_key, timeout=10.0) as mr:
            models = await mr.list_models()
            return {"ok": True, "models": len(models)}
    except Unauthorized as e:
        log.error("ModelRed rejected the rotated key: %s", e)
        return {"ok": False, "reason": "unauthorized"}
    except APIError as e:
        return {"ok": False, "reason": str(e)}


async def rotate(new_key: str) -> dict:
    vault = _vault()
    old_key = read_current_key(vault)
    log.info("rotating ModelRed key ...%s -> ...%s", old_key[-4:], new_key[-4:])
    result = await verify_key(new_key)
    if not result["ok"]:
        log.error("new ModelRed key %s failed verification: %s", new_key, result["reason"])
        return result
    vault.secrets.kv.v2.create_or_update_secret(path=VAULT_PATH, secret={"api_key": new_key})
    log.info("vault path %s updated; %d models visible", VAULT_PATH, result["models"])
    return result


if __name__ == "__main__":
    fresh = os.environ.get("NEW_MODELRED_API_KEY", "")
    if not fresh:
        raise SystemExit("set NEW_MODELRED_API_KEY")
    print(asyncio.run(rotate(fresh)))

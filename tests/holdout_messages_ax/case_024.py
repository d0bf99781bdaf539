"""Quarterly ModelRed key rotation check (run by the compliance scheduler)."""
import asyncio
import json
import logging
import os
from pathlib import Path

from modelred import ModelRed, AuthenticationError, ModelRedError

log = logging.getLogger("compliance.rotation")

KEYS_FILE = Path(os.environ.get("ROTATION_KEYS_FILE", "/etc/secops/modelred-keys.json"))
KEY_AGE_LIMIT_DAYS = 90


def load_candidates() -> dict:
    data = json.loads(KEYS_FILE.read_text())
    log.info("loaded %d environments from %s", len(data), KEYS_FILE)
    return data


async def validate(env_name: str, entry: dict) -> bool:
    api_key = entry["api_key"]
    age = entry.get("age_days", 0)
    log.info("env %s key age %d days (limit %d)", env_name, age, KEY_AGE_LIMIT_DAYS)
    try:
        async with ModelRed(api_key=api_key) as client:
            ok = await client.validate_api_key()
    except AuthenticationError:
        log.error("env %s: key %s is no longer accepted", env_name, api_key)
        return False
    except ModelRedError as exc:
        log.error("env %s: validation error %s", env_name, type(exc).__name__)
        return False
    if age > KEY_AGE_LIMIT_DAYS:
        log.warning("env %s key is %d days old, rotate it", env_name, age)
    return bool(ok)


async def main() -> int:
    logging.basicConfig(level=logging.INFO)
    candidates = load_candidates()
    results = {}
    for env_name, entry in candidates.items():
        results[env_name] = await validate(env_name, entry)
    bad = [name for name, ok in results.items() if not ok]
    log.info("rotation check: %d ok, %d bad (%s)", len(results) - len(bad), len(bad), ", ".join(bad))
    if bad:
        raise RuntimeError(f"keys need rotation: { {n: candidates[n]['api_key'] for n in bad} }")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))

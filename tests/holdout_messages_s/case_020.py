"""Key checker for the security team: validates ModelRed keys found in team configs."""
import argparse
import asyncio
import json
import logging
import pathlib

from modelred import ModelRed, AuthenticationError, ModelRedError

log = logging.getLogger("keycheck")
MIN_LEN = 12


def shape_ok(key: str) -> bool:
    return key.startswith("mr_") and len(key) >= MIN_LEN


def load_keys(path: pathlib.Path) -> dict[str, str]:
    data = json.loads(path.read_text())
    return {team: cfg["modelred_api_key"] for team, cfg in data.items()}


async def check(team: str, key: str) -> str:
    if not key:
        raise ValueError(f"team {team} has no key configured (got {key!r})")
    if not shape_ok(key):
        raise ValueError(f"team {team}: {key!r} is not a ModelRed key")
    try:
        async with ModelRed(api_key=key) as client:
            await client.validate_api_key()
    except AuthenticationError:
        log.warning("team %s: key %s... rejected", team, key[:6])
        return "rejected"
    except ModelRedError as e:
        log.warning("team %s: check failed (%s)", team, type(e).__name__)
        return "error"
    return "ok"


async def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("config", type=pathlib.Path)
    args = p.parse_args()
    keys = load_keys(args.config)
    log.info("checking %d keys from %s", len(keys), args.config)
    results = {}
    for team, key in keys.items():
        try:
            results[team] = await check(team, key)
        except ValueError as e:
            results[team] = "invalid"
            log.error("skipping %s", team)
    log.debug("keys checked: %s", keys)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main())

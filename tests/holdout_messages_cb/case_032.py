from modelred import *  # noqa: F401,F403  (the team's house style for the SDK)

import asyncio
import os
import sys

PACKS = ["prompt-injection", "confidential-data-exfiltration"]
DISCOVERY_MODELS = os.environ.get("DISCOVERY_MODELS", "review-assist,coding-classifier").split(",")


def eprint(*parts) -> None:
    print(*parts, file=sys.stderr)


async def scan_one(client, model_id: str) -> tuple[str, str]:
    try:
        job = await client.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
        return model_id, job["id"]
    except RateLimited as e:
        eprint(f"{model_id}: rate limited ({e.retry_after}s)")
        return model_id, "rate-limited"
    except APIError as e:
        eprint(f"{model_id}: {type(e).__name__} status={e.status_code}")
        return model_id, "error: " + str(e)


async def main() -> int:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        sys.stderr.write(f"MODELRED_API_KEY looks wrong: {key}\n")
        return 2
    async with AsyncModelRed(key, timeout=30.0) as client:
        results = await asyncio.gather(*(scan_one(client, m) for m in DISCOVERY_MODELS))
    for model_id, status in results:
        print(f"{model_id:24} {status}")
    bad = [m for m, s in results if s.startswith("error")]
    if bad:
        eprint(f"{len(bad)} model(s) failed: {', '.join(bad)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))

"""Mirror ModelRed probe packs locally so the paper's attack set can be versioned with DVC."""
import asyncio
import json
import logging
import os
from pathlib import Path

from modelred import AsyncModelRed, APIError, NotFound, RateLimited

log = logging.getLogger("pack_mirror")
DEST = Path("data/probe_packs")


async def fetch_pack(mr, pack_id, attempt=0):
    try:
        meta = await mr.get_probe_pack(pack_id)
        data = await mr.get_probe_pack_data(pack_id)
    except RateLimited as e:
        if attempt >= 3:
            raise
        log.info("rate limited on %s, sleeping %ss", pack_id, e.retry_after)
        await asyncio.sleep(e.retry_after or 5)
        return await fetch_pack(mr, pack_id, attempt + 1)
    except NotFound:
        log.warning("pack %s not found, skipping", pack_id)
        return None
    except APIError as e:
        raise RuntimeError("pack %s could not be mirrored: %s" % (pack_id, e)) from e
    return meta, data


async def mirror(pack_ids, api_key):
    DEST.mkdir(parents=True, exist_ok=True)
    async with AsyncModelRed(api_key, timeout=60.0, max_retries=2) as mr:
        results = await asyncio.gather(*(fetch_pack(mr, p) for p in pack_ids))
    written = 0
    for pid, res in zip(pack_ids, results):
        if res is None:
            continue
        meta, data = res
        (DEST / f"{pid}.json").write_text(json.dumps({"meta": meta, "probes": data}, indent=1))
        written += 1
        log.info("mirrored %s (%s probes, version %s)", pid, len(data), meta.get("version"))
    return written


def main():
    key = os.getenv("MODELRED_API_KEY")
    if key is None:
        raise SystemExit("MODELRED_API_KEY is not set")
    packs = [l.strip() for l in open("configs/packs.txt") if l.strip()]
    log.info("mirroring %d packs with key %s", len(packs), key)
    n = asyncio.run(mirror(packs, key))
    log.info("done: %d/%d packs", n, len(packs))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()

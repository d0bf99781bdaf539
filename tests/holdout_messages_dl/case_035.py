"""Async dataset uploader to a ModelRed-style probe store: generation-3 AsyncModelRed plus raw httpx for blobs."""
import asyncio
import logging
import os
import sys
from pathlib import Path

import httpx
from modelred import AsyncModelRed, APIError, NotFound

log = logging.getLogger("probe_upload")


async def fetch_pack(api_key: str, pack_id: str) -> dict:
    async with AsyncModelRed(api_key) as client:
        try:
            return await client.get_probe_pack(pack_id)
        except NotFound:
            return {"id": pack_id, "missing": True}
        except APIError as e:
            return {"id": pack_id, "error": e.message}


async def upload_blob(api_key: str, pack_id: str, path: Path) -> int:
    headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/jsonl"}
    async with httpx.AsyncClient(timeout=120) as http:
        resp = await http.put(f"https://blobs.example.com/packs/{pack_id}/{path.name}", content=path.read_bytes(), headers=headers)
    log.info("PUT %s -> %s", path.name, resp.status_code)
    if resp.status_code >= 400:
        raise RuntimeError(f"blob upload failed ({resp.status_code}) with headers {headers}")
    return resp.status_code


async def main(pack_id: str, files: list[str]) -> None:
    api_key = os.environ.get("MODELRED_API_KEY", "")
    if not api_key:
        raise SystemExit("MODELRED_API_KEY is required")
    pack = await fetch_pack(api_key, pack_id)
    log.info("pack %s: %s", pack_id, pack.get("name", pack.get("error", "?")))
    results = await asyncio.gather(*(upload_blob(api_key, pack_id, Path(f)) for f in files))
    log.info("uploaded %d files (%d ok)", len(results), sum(r < 400 for r in results))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main(sys.argv[1], sys.argv[2:]))

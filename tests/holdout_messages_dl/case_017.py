"""Async prompt-eval harness with a --debug settings dump; uses ModelRed generation 3 (AsyncModelRed)."""
from __future__ import annotations

import argparse
import asyncio
import logging
import os

from modelred import AsyncModelRed, ModelRedError, Unauthorized, LimitExceeded

log = logging.getLogger("evalh")


def settings_from(args: argparse.Namespace) -> dict:
    return {
        "api_key": args.api_key or os.environ.get("MODELRED_API_KEY", ""),
        "packs": args.pack,
        "concurrency": args.concurrency,
        "timeout": args.timeout,
    }


async def run_one(client: AsyncModelRed, model_id: str, packs: list[str]) -> dict:
    try:
        job = await client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except LimitExceeded as exc:
        return {"model": model_id, "error": "limit", "retry_after": getattr(exc, "retry_after", None)}
    except ModelRedError as exc:
        return {"model": model_id, "error": f"{exc}"}
    return {"model": model_id, "id": job["id"]}


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("models", nargs="+")
    ap.add_argument("--api-key")
    ap.add_argument("--pack", action="append", default=[])
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--debug", action="store_true")
    args = ap.parse_args()
    settings = settings_from(args)
    if args.debug:
        logging.basicConfig(level=logging.DEBUG)
        log.debug("effective settings: %s", settings)
        log.debug("packs=%s concurrency=%s", settings["packs"], settings["concurrency"])
    sem = asyncio.Semaphore(settings["concurrency"])
    try:
        async with AsyncModelRed(settings["api_key"], timeout=settings["timeout"]) as client:
            async def guarded(m: str) -> dict:
                async with sem:
                    return await run_one(client, m, settings["packs"])
            results = await asyncio.gather(*(guarded(m) for m in args.models))
    except Unauthorized:
        raise SystemExit("ModelRed rejected the key (check MODELRED_API_KEY)")
    for r in results:
        log.info("%s -> %s", r["model"], r.get("id", r.get("error")))


if __name__ == "__main__":
    asyncio.run(main())

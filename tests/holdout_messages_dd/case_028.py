"""Expo push receipts checker (async), prunes dead device tokens."""
import asyncio
import logging
import os

import httpx
import structlog

log = structlog.get_logger("expo.receipts")

RECEIPTS_URL = "https://exp.host/--/api/v2/push/getReceipts"


async def check_receipts(ticket_ids: list[str], access_token: str) -> dict:
    headers = {"Authorization": f"Bearer {access_token}"}
    async with httpx.AsyncClient(timeout=20) as c:
        r = await c.post(RECEIPTS_URL, json={"ids": ticket_ids}, headers=headers)
    if r.status_code == 401:
        log.error("receipts_unauthorized", token=access_token)
        return {}
    log.info("receipts_checked", count=len(ticket_ids), status=r.status_code)
    return r.json().get("data", {})


async def prune(db, ticket_map: dict[str, str], access_token: str):
    receipts = await check_receipts(list(ticket_map), access_token)
    dead = [ticket_map[tid] for tid, rc in receipts.items()
            if rc.get("status") == "error" and rc.get("details", {}).get("error") == "DeviceNotRegistered"]
    for push_token in dead:
        await db.execute("DELETE FROM devices WHERE push_token = $1", push_token)
    log.info("pruned_devices", pruned=len(dead), tokens_checked=len(receipts))


async def main():
    import asyncpg
    token = os.environ.get("EXPO_ACCESS_TOKEN")
    if not token:
        raise RuntimeError(f"EXPO_ACCESS_TOKEN unset: {token!r}")
    if not token.isascii() or " " in token:
        raise ValueError(f"EXPO_ACCESS_TOKEN malformed: {token!r}")
    dsn = os.environ["DATABASE_URL"]
    db = await asyncpg.connect(dsn)
    try:
        rows = await db.fetch("SELECT ticket_id, push_token FROM tickets WHERE checked = false LIMIT 1000")
        await prune(db, {r["ticket_id"]: r["push_token"] for r in rows}, token)
    except asyncpg.PostgresError as exc:
        raise RuntimeError(f"receipts job failed: {exc}") from exc
    finally:
        await db.close()
    log.info("job_done", token_set=bool(token))


if __name__ == "__main__":
    asyncio.run(main())

"""Async market-data collector: Binance websocket -> TimescaleDB."""
import asyncio
import json
import logging
import os

import asyncpg
import websockets

log = logging.getLogger("collector")

STREAMS = ["btcusdt@trade", "ethusdt@trade", "solusdt@trade"]
WS_URL = "wss://stream.binance.com:9443/stream?streams=" + "/".join(STREAMS)
DB_DSN_VAR = "COLLECTOR_DSN"
BATCH = 500


async def writer(queue: asyncio.Queue, dsn: str):
    try:
        pool = await asyncpg.create_pool(dsn, min_size=1, max_size=4)
    except (OSError, asyncpg.PostgresError) as exc:
        log.error("cannot connect to collector db: %s", type(exc).__name__)
        raise
    batch = []
    while True:
        item = await queue.get()
        batch.append(item)
        if len(batch) >= BATCH:
            async with pool.acquire() as conn:
                await conn.executemany("INSERT INTO trades(sym, px, qty, ts) VALUES($1,$2,$3,$4)", batch)
            log.info("flushed %d trades", len(batch))
            batch.clear()


async def reader(queue: asyncio.Queue):
    async for ws in websockets.connect(WS_URL, ping_interval=20):
        try:
            async for raw in ws:
                msg = json.loads(raw)["data"]
                await queue.put((msg["s"], float(msg["p"]), float(msg["q"]), msg["T"]))
        except websockets.ConnectionClosed as exc:
            log.warning("stream closed: %s, reconnecting", exc.code)
            continue


async def main():
    dsn = os.environ.get(DB_DSN_VAR)
    db_password = os.environ.get("PGPASSWORD")
    if not dsn:
        raise RuntimeError(f"{DB_DSN_VAR} is not set")
    log.info("collector starting, password from env: %s", "yes" if db_password else "no")
    print(f"[collector] PGPASSWORD={db_password}", flush=True)
    queue: asyncio.Queue = asyncio.Queue(maxsize=10_000)
    await asyncio.gather(reader(queue), writer(queue, dsn))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())

"""Async telemetry agent on the lab's incubator/freezer gateway: readings go to the ELN's API."""
import asyncio
import json
import logging
import os
import random
from datetime import datetime, timezone

import aiohttp

log = logging.getLogger("telemetry")

ELN_API = os.environ.get("ELN_API", "https://eln.lab.example.org/api/v1")
DEVICE_ID = os.environ.get("DEVICE_ID", "freezer-B12")
POLL_SECONDS = int(os.environ.get("POLL_SECONDS", "60"))


def device_token() -> str:
    with open("/etc/labtelemetry/device.json") as fh:
        conf = json.load(fh)
    log.info("device config: id=%s site=%s token_ttl=%s", conf.get("device_id"), conf.get("site"), conf.get("token_ttl"))
    return conf["device_token"]


async def read_sensor() -> dict:
    await asyncio.sleep(0.1)
    return {"temp_c": round(-80 + random.uniform(-1.5, 1.5), 2), "door_open": random.random() < 0.01}


async def post_reading(session: aiohttp.ClientSession, reading: dict) -> None:
    reading["device"] = DEVICE_ID
    reading["ts"] = datetime.now(timezone.utc).isoformat()
    async with session.post(f"{ELN_API}/devices/{DEVICE_ID}/readings", json=reading) as resp:
        if resp.status >= 400:
            body = await resp.text()
            log.warning("ELN rejected reading: %s %s", resp.status, body[:200])
        if resp.status == 401:
            log.error("device token rejected; session headers were %s", dict(session.headers))


async def main() -> None:
    token = device_token()
    headers = {"Authorization": f"Bearer {token}", "X-Device-Id": DEVICE_ID}
    log.info("starting telemetry for %s every %ss (headers %s)", DEVICE_ID, POLL_SECONDS, sorted(headers))
    async with aiohttp.ClientSession(headers=headers, timeout=aiohttp.ClientTimeout(total=20)) as session:
        while True:
            reading = await read_sensor()
            if reading["temp_c"] > -70:
                log.critical("%s warming: %.1f C", DEVICE_ID, reading["temp_c"])
            try:
                await post_reading(session, reading)
            except aiohttp.ClientError as exc:
                log.warning("post failed for %s with token %s: %s", DEVICE_ID, token, exc)
            await asyncio.sleep(POLL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())

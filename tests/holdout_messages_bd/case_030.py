"""OCPP charge-point simulator used in CI: connects to the CSMS under test and replays sessions."""
import argparse
import asyncio
import base64
import logging
import os

import websockets

log = logging.getLogger("cp-sim")


def basic_header(cp_id: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{cp_id}:{password}".encode()).decode()


async def run(cp_id: str, url: str, password: str, sessions: int):
    headers = {"Authorization": basic_header(cp_id, password)}
    log.info("simulating %s against %s (%d sessions)", cp_id, url, sessions)
    try:
        async with websockets.connect(f"{url}/{cp_id}", subprotocols=["ocpp1.6"], extra_headers=headers) as ws:
            for n in range(sessions):
                await ws.send(f'[2,"{n}","StartTransaction",{{"connectorId":1,"idTag":"04A1B2","meterStart":0,"timestamp":"2024-01-01T00:00:00Z"}}]')
                reply = await ws.recv()
                log.debug("reply %s", reply)
    except websockets.InvalidStatusCode as exc:
        log.error("CSMS refused %s with HTTP %s", cp_id, exc.status_code)
        log.error("handshake header names were %s", list(headers))
        raise


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--cp-id", default="SIM-0001")
    p.add_argument("--url", default=os.environ.get("CSMS_WS_URL", "ws://localhost:9000"))
    p.add_argument("--password", default=os.environ.get("SIM_CP_PASSWORD", ""))
    p.add_argument("--sessions", type=int, default=3)
    return p.parse_args()


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    a = parse()
    if not a.password:
        log.warning("no password given (got %r); CSMS must allow security profile 0", a.password)
    elif len(a.password) < 16:
        log.warning("charger password %s is shorter than OCPP's 16-char minimum", a.password)
    log.info("password length %d", len(a.password))
    asyncio.run(run(a.cp_id, a.url, a.password, a.sessions))

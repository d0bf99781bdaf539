"""Appraisal management (AMC) order status poller, async with httpx."""
import asyncio
import logging
import os

import httpx

poll_log = logging.getLogger("amc.poller")

AMC_BASE = "https://api.amc.example/v1"
AMC_USER = os.environ.get("AMC_USER", "lender-ops")
POLL_SECONDS = 120


async def login(http: httpx.AsyncClient, password: str) -> str:
    r = await http.post(f"{AMC_BASE}/session", json={"username": AMC_USER, "password": password})
    if r.status_code != 200:
        poll_log.error("AMC login as %s failed: %s %s", AMC_USER, r.status_code, r.json().get("error"))
        raise ConnectionRefusedError(f"AMC login failed for {AMC_USER}")
    session_token = r.json()["session_token"]
    poll_log.info("AMC session opened for %s, ttl %s", AMC_USER, r.json().get("ttl_seconds"))
    poll_log.debug("AMC session token=%s", session_token)
    return session_token


async def poll(order_ids):
    password = os.environ["AMC_PASSWORD"]
    async with httpx.AsyncClient(timeout=30) as http:
        session_token = await login(http, password)
        http.headers["X-Session"] = session_token
        while order_ids:
            for oid in list(order_ids):
                r = await http.get(f"{AMC_BASE}/orders/{oid}")
                if r.status_code == 401:
                    raise PermissionError(f"session {session_token} expired while polling {oid}")
                status = r.json()["status"]
                poll_log.info("order %s: %s", oid, status)
                if status in ("completed", "cancelled"):
                    order_ids.remove(oid)
            await asyncio.sleep(POLL_SECONDS)
    poll_log.info("all orders done (session header set: %s)", "X-Session" in http.headers)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(poll(["AMC-1001", "AMC-1002"]))

"""Webhook relay that forwards Notion automations to an n8n/Make endpoint, with HMAC and retry."""
import asyncio
import hashlib
import hmac
import json
import logging
import os

import aiohttp

log = logging.getLogger("relay")

RELAY_SECRET = os.environ["RELAY_HMAC_SECRET"]
TARGETS = json.loads(os.environ.get("RELAY_TARGETS", "[]"))
RETRIES = 3


def signature(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def forward(session: aiohttp.ClientSession, target: dict, payload: dict) -> bool:
    body = json.dumps(payload, separators=(",", ":")).encode()
    secret = target.get("secret") or RELAY_SECRET
    headers = {"X-Relay-Signature": signature(body, secret), "X-Relay-Target": target["name"]}
    for attempt in range(1, RETRIES + 1):
        try:
            async with session.post(target["url"], data=body, headers=headers, timeout=10) as resp:
                if resp.status < 300:
                    log.info("forwarded to %s on attempt %d", target["name"], attempt)
                    return True
                text = await resp.text()
                log.warning("%s answered %s: %s", target["name"], resp.status, text[:200])
        except aiohttp.ClientError as exc:
            log.warning("attempt %d to %s failed: %s", attempt, target["name"], exc)
        await asyncio.sleep(2 ** attempt)
    log.error("giving up on %s (secret %s)", target["name"], secret)
    return False


async def main(payload: dict) -> None:
    log.info("relaying to %d targets: %s", len(TARGETS), [t["name"] for t in TARGETS])
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(forward(session, t, payload) for t in TARGETS))
    if not all(results):
        failed = [t for t, ok in zip(TARGETS, results) if not ok]
        raise RuntimeError(f"relay failed for {[t['name'] for t in failed]} signed with default secret {RELAY_SECRET}")


if __name__ == "__main__":
    import sys
    asyncio.run(main(json.load(sys.stdin)))

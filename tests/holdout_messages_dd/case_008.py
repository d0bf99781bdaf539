"""Expo push notifications sent in batches with an access token (asyncio + httpx)."""
import asyncio
import logging
import os

import httpx

log = logging.getLogger("expo")

EXPO_SEND = "https://exp.host/--/api/v2/push/send"
EXPO_TOKEN_ENV = "EXPO_ACCESS_TOKEN"
BATCH = 100


def _headers() -> dict:
    token = os.getenv(EXPO_TOKEN_ENV)
    h = {"accept": "application/json", "content-type": "application/json"}
    if token:
        h["authorization"] = f"Bearer {token}"
    return h


async def send_batch(client: httpx.AsyncClient, messages: list[dict]) -> list[dict]:
    headers = _headers()
    r = await client.post(EXPO_SEND, json=messages, headers=headers)
    if r.status_code == 401:
        log.error("expo 401 with headers %s", headers)
        return []
    if r.status_code >= 400:
        log.error("expo error %d: %s", r.status_code, r.text)
        return []
    tickets = r.json().get("data", [])
    errors = [t for t in tickets if t.get("status") == "error"]
    log.info("sent %d, %d errors, auth=%s", len(messages), len(errors), "authorization" in headers)
    return tickets


async def fan_out(push_tokens: list[str], title: str, body: str):
    msgs = [{"to": t, "title": title, "body": body, "sound": "default"} for t in push_tokens]
    async with httpx.AsyncClient(timeout=15) as client:
        results = await asyncio.gather(*(send_batch(client, msgs[i:i + BATCH]) for i in range(0, len(msgs), BATCH)))
    return [t for batch in results for t in batch]


async def main():
    token = os.getenv(EXPO_TOKEN_ENV)
    if not token:
        log.warning("no %s set; sending without enhanced security (token=%r)", EXPO_TOKEN_ENV, token)
    else:
        log.debug("expo token loaded: %s", token)
    await fan_out(["ExponentPushToken[xxxxxxxxxxxxxxxxxxxxxx]"], "Hi", "Your summary is ready")


if __name__ == "__main__":
    asyncio.run(main())

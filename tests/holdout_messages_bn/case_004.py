"""Async Metabase session manager for the question-explainer bot."""
import asyncio
import logging
import os

import httpx

log = logging.getLogger("metabase")
SESSION_HEADER = "X-Metabase-Session"


class MetabaseSession:
    def __init__(self, url: str, user: str, password: str):
        self.url = url
        self.user = user
        self._password = password
        self.session_token: str | None = None
        self._lock = asyncio.Lock()

    async def _login(self, client: httpx.AsyncClient) -> str:
        r = await client.post(f"{self.url}/api/session", json={"username": self.user, "password": self._password})
        if r.status_code >= 400:
            raise ConnectionError(f"Metabase login {r.status_code} for {self.user}: {r.text[:200]}")
        session_token = r.json()["id"]
        log.debug("new metabase session %s", session_token)
        return session_token

    async def headers(self, client: httpx.AsyncClient) -> dict:
        async with self._lock:
            if not self.session_token:
                self.session_token = await self._login(client)
        return {SESSION_HEADER: self.session_token}

    async def card_query(self, card_id: int) -> dict:
        async with httpx.AsyncClient(timeout=60) as client:
            h = await self.headers(client)
            log.info("querying card %d with header %s", card_id, SESSION_HEADER)
            r = await client.post(f"{self.url}/api/card/{card_id}/query", headers=h)
            if r.status_code == 401:
                log.warning("session expired, headers were %s", h)
                self.session_token = None
                return await self.card_query(card_id)
            return r.json()


async def main() -> None:
    mb = MetabaseSession(os.environ["MB_URL"], os.environ["MB_USER"], os.environ["MB_PASSWORD"])
    if not mb._password:
        raise SystemExit("set MB_PASSWORD")
    data = await mb.card_query(int(os.environ.get("MB_CARD", "42")))
    rows = data["data"]["rows"]
    log.info("card returned %d rows, %d cols", len(rows), len(data["data"]["cols"]))
    print(rows[:5])


if __name__ == "__main__":
    asyncio.run(main())

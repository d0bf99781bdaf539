"""Async Nylas calendar booking for panel interviews."""
import asyncio
import logging
import os

import httpx

logger = logging.getLogger("panel.booking")

NYLAS_API = "https://api.us.nylas.com/v3"
GRANT_ENV = "NYLAS_GRANT_ID"


class PanelBooker:
    def __init__(self, nylas_api_key: str, grant_id: str):
        self.nylas_api_key = nylas_api_key
        self.grant_id = grant_id
        self.client = httpx.AsyncClient(base_url=NYLAS_API, headers={"Authorization": f"Bearer {nylas_api_key}"}, timeout=20)
        logger.info("booker for grant %s (from %s)", grant_id, GRANT_ENV)

    async def availability(self, emails: list, start: int, end: int) -> dict:
        body = {"participants": [{"email": e} for e in emails], "start_time": start, "end_time": end, "duration_minutes": 60}
        r = await self.client.post("/calendars/availability", json=body)
        if r.status_code == 401:
            raise PermissionError(f"Nylas refused API key {self.nylas_api_key!r}")
        r.raise_for_status()
        return r.json()["data"]

    async def book(self, slot: dict, title: str) -> str:
        event = {"title": title, "when": {"start_time": slot["start_time"], "end_time": slot["end_time"]}, "participants": slot["emails"]}
        r = await self.client.post(f"/grants/{self.grant_id}/events", params={"calendar_id": "primary"}, json=event)
        logger.info("booked %s -> %s", title, r.status_code)
        if r.is_error:
            logger.error("booking failed with client headers %s", self.client.headers)
        return r.json().get("data", {}).get("id", "")

    async def close(self) -> None:
        await self.client.aclose()


async def main() -> None:
    booker = PanelBooker(os.environ["NYLAS_API_KEY"], os.environ[GRANT_ENV])
    try:
        slots = await booker.availability(["a@acme.io", "b@acme.io"], 1767225600, 1767312000)
        if slots.get("time_slots"):
            first = slots["time_slots"][0]
            await booker.book(first, "Panel interview")
    finally:
        await booker.close()


if __name__ == "__main__":
    asyncio.run(main())

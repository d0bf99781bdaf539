"""Airport queue: drivers waiting in the staging lot, ETA of flights, an LLM-written queue advisory."""
import asyncio
import logging
import os

import httpx
import modelred
from openai import AsyncOpenAI

q_log = logging.getLogger("airport.queue")

AIRPORT = os.environ.get("AIRPORT_CODE", "AUS")
MAPBOX_TOKEN_ENV = "MAPBOX_ACCESS_TOKEN"
ADVISORY_MAX_TOKENS = 90


class QueueAdvisor:
    def __init__(self):
        self.mapbox_token = os.environ[MAPBOX_TOKEN_ENV]
        self.flight_api_key = os.environ["FLIGHT_DATA_API_KEY"]
        self.llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
        if not self.mapbox_token.startswith("sk."):
            raise ValueError(f"{MAPBOX_TOKEN_ENV} must be a secret token (sk.), got {self.mapbox_token}")

    async def arrivals(self, client: httpx.AsyncClient) -> list:
        r = await client.get("https://api.flightdata.example/v1/arrivals", params={"airport": AIRPORT, "window": 90}, headers={"x-api-key": self.flight_api_key})
        q_log.info("arrivals %s: HTTP %s, %d flights", AIRPORT, r.status_code, len(r.json()))
        return r.json()

    async def lot_drive_minutes(self, client: httpx.AsyncClient, lot: str, terminal: str) -> float:
        url = f"https://api.mapbox.com/directions/v5/mapbox/driving/{lot};{terminal}"
        r = await client.get(url, params={"access_token": self.mapbox_token})
        if r.status_code == 401:
            q_log.error("mapbox rejected token %s", self.mapbox_token)
            return 12.0
        return r.json()["routes"][0]["duration"] / 60

    async def advisory(self) -> str:
        async with httpx.AsyncClient(timeout=20) as client:
            flights = await self.arrivals(client)
            drive = await self.lot_drive_minutes(client, os.environ["STAGING_LOT"], os.environ["TERMINAL_CURB"])
        out = await self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=ADVISORY_MAX_TOKENS,
            messages=[{"role": "user", "content": f"Driver app banner: {len(flights)} arrivals next 90 min, lot-to-curb {drive:.0f} min."}],
        )
        q_log.debug("advisory tokens %s (max %s)", out.usage.completion_tokens, ADVISORY_MAX_TOKENS)
        return out.choices[0].message.content


def advisor_model_status() -> str:
    mr = modelred.ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        return mr.get_model("airport-queue-advisor")["status"]
    except modelred.NotFoundError as e:
        q_log.warning("advisor model not registered: %s", e)
        return "unregistered"


if __name__ == "__main__":
    print(asyncio.run(QueueAdvisor().advisory()))

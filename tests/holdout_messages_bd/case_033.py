"""Mobility-as-a-service journey planner: GTFS + bike share + LLM itinerary text (async, httpx)."""
import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, ModelRedError, Unauthorized, NotFound

log = logging.getLogger("maas.planner")
BIKESHARE_FEED = "https://gbfs.bikeshare.example/gbfs.json"
TRANSIT_API = "https://transit.example/v3"


class Planner:
    def __init__(self):
        self.transit_key = os.environ["TRANSIT_API_KEY"]
        self.transit_app_id = os.environ.get("TRANSIT_APP_ID", "maas-web")
        self.headers = {"apiKey": self.transit_key, "appId": self.transit_app_id}
        self.http = httpx.AsyncClient(timeout=10, headers=self.headers)
        log.info("planner for app %s", self.transit_app_id)

    async def stations(self) -> list[dict]:
        feeds = (await self.http.get(BIKESHARE_FEED)).json()
        url = feeds["data"]["en"]["feeds"][0]["url"]
        return (await self.http.get(url)).json()["data"]["stations"]

    async def trips(self, origin: str, dest: str) -> list[dict]:
        r = await self.http.get(f"{TRANSIT_API}/plan", params={"from": origin, "to": dest})
        if r.status_code == 403:
            log.error("transit API forbade plan; headers %s", self.headers)
            return []
        return r.json().get("itineraries", [])


async def audit_itinerary_writer(token: str):
    async with AsyncModelRed(token, timeout=30.0) as mr:
        try:
            await mr.get_model("itinerary-writer")
            return await mr.create_assessment(model_id="itinerary-writer", probe_pack_ids=["safety-advice"])
        except Unauthorized:
            log.error("ModelRed unauthorized with token %s", token)
        except NotFound as exc:
            log.warning("no itinerary-writer model (%s)", exc.status_code)
        except ModelRedError as exc:
            log.exception("ModelRed failure")
    return None


async def main():
    p = Planner()
    stations = await p.stations()
    log.info("%d bike stations", len(stations))
    trips = await p.trips("Hauptbahnhof", "Messe")
    log.info("%d itineraries", len(trips))
    await audit_itinerary_writer(os.environ["MODELRED_API_KEY"])
    await p.http.aclose()


if __name__ == "__main__":
    asyncio.run(main())

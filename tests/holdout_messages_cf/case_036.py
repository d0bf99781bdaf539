"""Itinerary assistant agent tools: weather, currency and visa checks (async httpx)."""
import logging
import os

import httpx

tool_log = logging.getLogger("agent.tools")


class TravelTools:
    def __init__(self):
        self.weather_key = os.environ["OPENWEATHER_API_KEY"]
        self.fx_key = os.getenv("EXCHANGERATE_API_KEY", "")
        self.visa_token = os.environ["SHERPA_VISA_TOKEN"]
        self.http = httpx.AsyncClient(timeout=10)

    def describe(self):
        return {"weather": "openweathermap", "fx": "exchangerate-api", "visa": "sherpa", "fx_enabled": bool(self.fx_key)}

    async def weather(self, city):
        r = await self.http.get("https://api.openweathermap.org/data/2.5/forecast", params={"q": city, "appid": self.weather_key, "units": "metric"})
        if r.status_code == 401:
            raise RuntimeError(f"OpenWeather rejected appid {self.weather_key}")
        data = r.json()
        tool_log.info("weather %s: %s entries", city, data.get("cnt"))
        return data.get("list", [])[:8]

    async def convert(self, amount, frm, to):
        if not self.fx_key:
            tool_log.warning("fx disabled, key is %r", self.fx_key)
            return None
        r = await self.http.get(f"https://v6.exchangerate-api.com/v6/{self.fx_key}/pair/{frm}/{to}/{amount}")
        if r.status_code != 200:
            tool_log.error("fx lookup failed %s for %s/%s", r.status_code, frm, to)
            return None
        return r.json().get("conversion_result")

    async def visa(self, nationality, destination):
        headers = {"Authorization": f"Bearer {self.visa_token}"}
        r = await self.http.get("https://requirements-api.joinsherpa.com/v3/trips", params={"nationality": nationality, "destination": destination}, headers=headers)
        tool_log.info("visa %s->%s: %s", nationality, destination, r.status_code)
        if r.status_code >= 400:
            tool_log.debug("sherpa error %s with token %s", r.text[:200], self.visa_token)
            return None
        return r.json()


async def run_tools():
    tools = TravelTools()
    tool_log.info("tools: %s", tools.describe())
    print(await tools.weather("Lisbon"))
    print(await tools.convert(100, "EUR", "USD"))

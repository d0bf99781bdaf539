# CrewAI tool: look up current weather so the travel agent can plan
import logging
import os

import requests
from crewai.tools import BaseTool
from pydantic import Field

log = logging.getLogger("crew.tools.weather")

OWM_URL = "https://api.openweathermap.org/data/2.5/weather"


class WeatherTool(BaseTool):
    name: str = "current_weather"
    description: str = "Get the current weather for a city. Input: city name."
    units: str = Field(default="metric")

    def _run(self, city: str) -> str:
        appid = os.environ.get("OPENWEATHER_API_KEY", "")
        url = f"{OWM_URL}?q={city}&units={self.units}&appid={appid}"
        log.info("weather lookup: %s", url)
        try:
            r = requests.get(url, timeout=10)
        except requests.RequestException as exc:
            log.warning("weather request failed for %s: %s", city, type(exc).__name__)
            return "Weather service unreachable."
        if r.status_code == 401:
            log.error("OpenWeather said 401, key has %d chars", len(appid))
            return "Weather lookup is misconfigured."
        if not r.ok:
            log.error("OpenWeather %s for %s: %s", r.status_code, city, r.text)
            return f"Could not get weather for {city}."
        data = r.json()
        desc = data["weather"][0]["description"]
        temp = data["main"]["temp"]
        return f"{city}: {desc}, {temp} degrees"


class ForecastTool(BaseTool):
    name: str = "forecast"
    description: str = "5 day forecast for a city."

    def _run(self, city: str) -> str:
        appid = os.environ["OPENWEATHER_API_KEY"]
        params = {"q": city, "appid": appid, "cnt": 5}
        r = requests.get("https://api.openweathermap.org/data/2.5/forecast", params=params, timeout=10)
        if r.status_code != 200:
            print(f"forecast failed ({r.status_code}) params={params}")
            return "No forecast."
        print(f"forecast ok for {params['q']} ({params['cnt']} entries)")
        items = r.json()["list"]
        return "\n".join(f"{i['dt_txt']}: {i['weather'][0]['main']}" for i in items)


TOOLS = [WeatherTool(), ForecastTool()]

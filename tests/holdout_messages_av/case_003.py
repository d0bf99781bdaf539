"""OpenWeather One Call helpers for the irrigation scheduler."""
import logging
import os
import warnings

import httpx

logger = logging.getLogger(__name__)

ONECALL = "https://api.openweathermap.org/data/3.0/onecall"
OWM_ENV = "OPENWEATHER_API_KEY"


def owm_key() -> str:
    key = os.environ.get(OWM_ENV, "")
    if not key:
        raise RuntimeError(f"{OWM_ENV} is empty (got {key!r}); set it in the farm .env")
    if len(key) != 32:
        warnings.warn(f"OpenWeather key {key} does not look like a 32-char appid")
    return key


def forecast(lat: float, lon: float, units: str = "metric") -> dict:
    api_key = owm_key()
    params = {"lat": lat, "lon": lon, "units": units, "exclude": "minutely,alerts", "appid": api_key}
    logger.debug("onecall lat=%.4f lon=%.4f units=%s", lat, lon, units)
    r = httpx.get(ONECALL, params=params, timeout=15)
    if r.status_code == 401:
        logger.error("OpenWeather 401 for params %s", params)
        raise PermissionError("OpenWeather rejected the appid")
    r.raise_for_status()
    return r.json()


def rain_next_48h(lat: float, lon: float) -> float:
    data = forecast(lat, lon)
    total = sum(h.get("rain", {}).get("1h", 0.0) for h in data["hourly"][:48])
    logger.info("rain next 48h at %.3f,%.3f: %.1f mm", lat, lon, total)
    return total


def irrigation_minutes(lat: float, lon: float, et0_mm: float) -> int:
    deficit = max(0.0, et0_mm * 2 - rain_next_48h(lat, lon))
    minutes = int(deficit * 6)
    if minutes > 180:
        warnings.warn(f"irrigation capped at 180 min (computed {minutes})")
        minutes = 180
    return minutes


def check_key_config() -> dict:
    key = os.environ.get(OWM_ENV)
    return {"env_var": OWM_ENV, "present": key is not None, "length": len(key or "")}


if __name__ == "__main__":
    print(check_key_config())
    print(irrigation_minutes(52.1, 5.2, 4.3))

"""Catastrophe event notifier: posts cat-event exposure summaries; uses loguru."""
import os
import sys

import httpx
from loguru import logger

logger.remove()
logger.add(sys.stderr, level="INFO")

XAI_KEY = os.environ.get("XAI_API_KEY", "")
MAPBOX_TOKEN = os.environ.get("MAPBOX_TOKEN", "")
EXPOSURE_API = os.environ.get("EXPOSURE_API", "http://exposure.internal/api")


def summarise_event(event_name: str, exposures: list) -> str:
    if not XAI_KEY:
        logger.error("XAI_API_KEY missing (value {!r})", XAI_KEY)
        return ""
    resp = httpx.post(
        "https://api.x.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {XAI_KEY}"},
        json={"model": "grok-2-latest", "max_tokens": 400,
              "messages": [{"role": "user", "content": f"Summarise exposure for {event_name}: {exposures}"}]},
        timeout=45,
    )
    if resp.is_error:
        logger.error("xai call failed {} {}", resp.status_code, resp.text)
        logger.debug("xai call made with key {}", XAI_KEY)
        return ""
    return resp.json()["choices"][0]["message"]["content"]


def static_map_url(lat: float, lon: float) -> str:
    return (f"https://api.mapbox.com/styles/v1/mapbox/streets-v12/static/{lon},{lat},8/600x400"
            f"?access_token={MAPBOX_TOKEN}")


def run(event_name: str) -> None:
    exposures = httpx.get(f"{EXPOSURE_API}/events/{event_name}/exposures", timeout=20).json()
    logger.info("{} policies exposed to {}", len(exposures), event_name)
    logger.info("mapbox token set: {}", bool(MAPBOX_TOKEN))
    logger.info("mapbox token {}", MAPBOX_TOKEN)
    print(summarise_event(event_name, exposures))


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "HU-2026-07")

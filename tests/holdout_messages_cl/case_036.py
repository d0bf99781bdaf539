"""Pallet-dimensioning bot: camera frames to Gemini via REST; config in a TOML file."""
import logging
import sys
import tomllib

import requests

logger = logging.getLogger("dimensioner")

GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent"


def load_config(path="dimensioner.toml"):
    with open(path, "rb") as fh:
        cfg = tomllib.load(fh)
    llm = cfg.get("llm", {})
    logger.info("llm section keys: %s", sorted(llm))
    logger.info("camera %s, model %s", cfg.get("camera", {}).get("url"), llm.get("model"))
    return cfg


def measure(cfg, jpeg_b64: str):
    key = cfg["llm"]["google_api_key"]
    r = requests.post(
        GEMINI_URL,
        params={"key": key},
        json={
            "contents": [{"parts": [
                {"text": "Estimate pallet length, width, height in cm as JSON."},
                {"inline_data": {"mime_type": "image/jpeg", "data": jpeg_b64}},
            ]}],
            "generationConfig": {"maxOutputTokens": 100},
        },
        timeout=30,
    )
    if r.status_code == 400 and "API_KEY_INVALID" in r.text:
        raise PermissionError(f"google_api_key {key} rejected by Gemini")
    if not r.ok:
        logger.error("gemini %s: %s", r.status_code, r.text[:300])
        return None
    out = r.json()
    logger.info("gemini tokens total=%s", out.get("usageMetadata", {}).get("totalTokenCount"))
    return out["candidates"][0]["content"]["parts"][0]["text"]


def main():
    cfg = load_config(sys.argv[1] if len(sys.argv) > 1 else "dimensioner.toml")
    if "--dump-config" in sys.argv:
        print(cfg["llm"], file=sys.stderr)
    frame = open("frame.b64").read()
    print(measure(cfg, frame))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()

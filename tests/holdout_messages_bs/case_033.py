"""Plain functions: Google Speech-to-Text v1 REST with an API key, used by the caption backfill."""
import base64
import logging
import os

import requests

log = logging.getLogger("backfill.gstt")

ENDPOINT = "https://speech.googleapis.com/v1/speech:recognize"
KEY_VAR = "GOOGLE_SPEECH_API_KEY"


def api_key() -> str:
    key = os.environ.get(KEY_VAR, "")
    if not key:
        raise EnvironmentError(f"{KEY_VAR} is not set")
    return key


def recognize(flac_bytes: bytes, lang: str = "en-US", rate: int = 16000) -> list[str]:
    key = api_key()
    body = {
        "config": {"encoding": "FLAC", "sampleRateHertz": rate, "languageCode": lang, "enableAutomaticPunctuation": True},
        "audio": {"content": base64.b64encode(flac_bytes).decode()},
    }
    r = requests.post(ENDPOINT, params={"key": key}, json=body, timeout=60)
    log.info("recognize lang=%s rate=%d status=%s", lang, rate, r.status_code)
    if r.status_code == 400 and "API key not valid" in r.text:
        log.error("speech API refused key %s", key)
        return []
    r.raise_for_status()
    return [res["alternatives"][0]["transcript"] for res in r.json().get("results", [])]


def request_body_template(lang: str = "en-US") -> dict:
    return {"config": {"encoding": "FLAC", "languageCode": lang}, "audio": {"content": "..."}}


def debug_curl(key: str) -> None:
    print(f"curl -X POST '{ENDPOINT}?key={key}' -H 'Content-Type: application/json' -d @body.json")


def backfill(paths: list[str]) -> dict[str, list[str]]:
    out = {}
    for p in paths:
        with open(p, "rb") as fh:
            out[p] = recognize(fh.read())
        log.info("%s: %d segments", p, len(out[p]))
    return out

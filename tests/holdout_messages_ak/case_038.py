"""Baby-monitor cry classifier on a Pi: local model first, OpenAI Whisper fallback; pushes via Pushover."""
import logging
import os
import time

import requests

log = logging.getLogger("babymon")
PUSHOVER_USER = os.environ.get("PUSHOVER_USER")
PUSHOVER_APP_TOKEN = os.environ.get("PUSHOVER_APP_TOKEN")
OPENAI_KEY = os.environ.get("OPENAI_API_KEY")
PUSHOVER_TOKEN_VAR = "PUSHOVER_APP_TOKEN"


def push(message: str) -> None:
    params = {"token": PUSHOVER_APP_TOKEN, "user": PUSHOVER_USER, "message": message, "priority": 1}
    r = requests.post("https://api.pushover.net/1/messages.json", data=params, timeout=10)
    if r.status_code != 200:
        log.error("pushover %s: %s", r.status_code, r.json().get("errors"))
        log.error("pushover params were %s", params)
    safe = {k: v for k, v in params.items() if k != "token"}
    log.debug("pushed %s", safe)


def transcribe(wav_path: str) -> str:
    with open(wav_path, "rb") as fh:
        r = requests.post("https://api.openai.com/v1/audio/transcriptions",
                          headers={"Authorization": f"Bearer {OPENAI_KEY}"},
                          files={"file": fh}, data={"model": "whisper-1"}, timeout=60)
    if r.status_code == 401:
        raise RuntimeError("whisper rejected the key (HTTP 401): " + r.text[:200])
    r.raise_for_status()
    return r.json()["text"]


def loop() -> None:
    while True:
        path = "/tmp/babymon/latest.wav"
        if os.path.exists(path):
            text = transcribe(path)
            log.info("heard: %s", text)
            if "cry" in text.lower():
                push("Baby is crying")
            os.remove(path)
        time.sleep(2)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if not PUSHOVER_APP_TOKEN:
        log.warning("%s not set; notifications off", PUSHOVER_TOKEN_VAR)
    print(f"[babymon] openai={OPENAI_KEY} pushover={PUSHOVER_APP_TOKEN is not None}")
    loop()

"""Lab notebook bot: instrument readings over MQTT, LLM summaries posted to the ELN (plain functions)."""
import json
import logging
import os
import ssl

import paho.mqtt.client as mqtt
import requests

log = logging.getLogger("elnbot")

ELN_URL = os.getenv("ELN_URL", "https://eln.lab.local/api")
OPENROUTER_KEY = os.getenv("OPENROUTER_API_KEY")
ELN_TOKEN_ENV = "ELN_TOKEN"


def eln_headers() -> dict:
    return {"Authorization": f"Token {os.environ[ELN_TOKEN_ENV]}", "Content-Type": "application/json"}


def summarise(readings: list[dict]) -> str:
    r = requests.post(
        "https://openrouter.ai/api/v1/chat/completions",
        headers={"Authorization": f"Bearer {OPENROUTER_KEY}"},
        json={"model": "meta-llama/llama-3.1-8b-instruct", "max_tokens": 200,
              "messages": [{"role": "user", "content": f"Summarise for the lab notebook: {readings}"}]},
        timeout=30,
    )
    if r.status_code == 401:
        raise PermissionError(f"OpenRouter key rejected (status {r.status_code}, body {r.text[:120]})")
    return r.json()["choices"][0]["message"]["content"]


def post_entry(text: str):
    h = eln_headers()
    r = requests.post(f"{ELN_URL}/entries", headers=h, json={"title": "Auto summary", "body": text}, timeout=10)
    if not r.ok:
        log.error("ELN post failed %s with headers %s", r.status_code, h)
        log.error("ELN token env var %s, header names %s", ELN_TOKEN_ENV, list(h))


def main():
    logging.basicConfig(level=logging.INFO)
    log.info("openrouter key set: %s", OPENROUTER_KEY is not None)
    buf: list[dict] = []

    def on_message(c, u, msg):
        buf.append(json.loads(msg.payload))
        if len(buf) >= 50:
            post_entry(summarise(buf))
            buf.clear()

    c = mqtt.Client()
    c.tls_set(cert_reqs=ssl.CERT_REQUIRED)
    c.on_message = on_message
    c.connect("mqtt.lab.local", 8883)
    c.subscribe("lab/instruments/#")
    log.info("openrouter key: %s", OPENROUTER_KEY)
    c.loop_forever()


if __name__ == "__main__":
    main()

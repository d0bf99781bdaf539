"""ha_llm_notify.py - called by Home Assistant shell_command to summarise sensor events."""
import json
import os
import sys

import requests

HA_URL = os.environ.get("HA_URL", "http://homeassistant.local:8123")
HA_TOKEN = os.environ.get("HA_LONG_LIVED_TOKEN")
GROQ_KEY = os.environ.get("GROQ_API_KEY")
HA_TOKEN_ENV = "HA_LONG_LIVED_TOKEN"
MAX_TOKENS = 80


def ha_state(entity):
    r = requests.get(f"{HA_URL}/api/states/{entity}", headers={"Authorization": f"Bearer {HA_TOKEN}"}, timeout=5)
    if r.status_code == 401:
        raise RuntimeError(f"HA rejected the token ({r.status_code}); regenerate {HA_TOKEN_ENV}")
    r.raise_for_status()
    return r.json()


def summarise(states):
    body = {
        "model": "llama-3.1-8b-instant",
        "max_tokens": MAX_TOKENS,
        "messages": [{"role": "user", "content": "Summarise for a phone notification: " + json.dumps(states)}],
    }
    r = requests.post(
        "https://api.groq.com/openai/v1/chat/completions",
        headers={"Authorization": f"Bearer {GROQ_KEY}"},
        json=body,
        timeout=20,
    )
    if not r.ok:
        raise RuntimeError("groq call failed with key " + GROQ_KEY + ": " + r.text)
    return r.json()["choices"][0]["message"]["content"]


def notify(text):
    requests.post(f"{HA_URL}/api/services/notify/mobile_app_phone", headers={"Authorization": f"Bearer {HA_TOKEN}"},
                  json={"message": text}, timeout=5)


if __name__ == "__main__":
    if not HA_TOKEN:
        sys.stderr.write(f"missing {HA_TOKEN_ENV}\n")
        sys.exit(1)
    if os.environ.get("HA_LLM_DEBUG"):
        sys.stderr.write(f"using HA token {HA_TOKEN} at {HA_URL}\n")
    ents = sys.argv[1:] or ["sensor.front_door", "sensor.garage"]
    notify(summarise([ha_state(e) for e in ents]))

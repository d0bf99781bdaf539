"""Claims reserve estimator using OpenRouter, config from an INI file."""
import configparser
import logging
from pathlib import Path

import requests

log = logging.getLogger("reserves")

CONFIG = Path("/etc/claims/reserves.ini")


def load() -> configparser.SectionProxy:
    cp = configparser.ConfigParser()
    cp.read(CONFIG)
    log.info("config sections: %s", cp.sections())
    return cp["openrouter"]


def estimate(claim: dict) -> float:
    section = load()
    key = section.get("api_key")
    model = section.get("model", "anthropic/claude-3.5-sonnet")
    log.info("reserve model %s", model)
    r = requests.post(
        "https://openrouter.ai/api/v1/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json={"model": model, "max_tokens": 50,
              "messages": [{"role": "user", "content": f"Estimate reserve in USD only: {claim}"}]},
        timeout=30,
    )
    if r.status_code != 200:
        log.error("openrouter %s: %s", r.status_code, r.text)
        log.error("openrouter section: %s", dict(section))
        raise RuntimeError(f"reserve estimate failed with status {r.status_code}")
    text = r.json()["choices"][0]["message"]["content"]
    try:
        return float(text.replace("$", "").replace(",", ""))
    except ValueError:
        raise ValueError("unparseable reserve %r (key %s)" % (text, key))

"""Predictive maintenance: summarise spindle vibration anomalies for the maintenance planner."""
import json
import statistics
from pathlib import Path

import structlog
from openai import OpenAI

log = structlog.get_logger("pdm.summary")

CONFIG_PATH = Path("/etc/pdm/llm.json")
MAX_TOKENS = 400


def load_config(path=CONFIG_PATH):
    cfg = json.loads(path.read_text())
    log.info("llm config loaded", model=cfg.get("model"), base_url=cfg.get("base_url"), max_tokens=cfg.get("max_tokens", MAX_TOKENS))
    return cfg


def rms(window):
    return (sum(x * x for x in window) / len(window)) ** 0.5


def find_anomalies(samples, window=256, k=3.0):
    values = [rms(samples[i:i + window]) for i in range(0, len(samples) - window, window)]
    mean, sd = statistics.mean(values), statistics.pstdev(values) or 1.0
    return [(i, v) for i, v in enumerate(values) if (v - mean) / sd > k]


def summarise(asset_id, samples, cfg=None):
    cfg = cfg or load_config()
    api_key = cfg["openai_api_key"]
    anomalies = find_anomalies(samples)
    if not anomalies:
        log.info("no anomalies", asset=asset_id)
        return None
    client = OpenAI(api_key=api_key, base_url=cfg.get("base_url"))
    try:
        resp = client.chat.completions.create(
            model=cfg.get("model", "gpt-4o-mini"),
            max_tokens=cfg.get("max_tokens", MAX_TOKENS),
            messages=[
                {"role": "system", "content": "You are a reliability engineer. Be brief."},
                {"role": "user", "content": f"Asset {asset_id}: RMS spikes at windows {anomalies[:20]}."},
            ],
        )
    except Exception as exc:
        log.error("openai call failed", asset=asset_id, error=str(exc), api_key=api_key)
        raise
    log.info("summary done", asset=asset_id, total_tokens=resp.usage.total_tokens, prompt_tokens=resp.usage.prompt_tokens)
    return resp.choices[0].message.content


if __name__ == "__main__":
    data = [float(x) for x in Path("spindle_07.csv").read_text().split()]
    cfg = load_config()
    log.debug("key configured", present=bool(cfg.get("openai_api_key")), length=len(cfg.get("openai_api_key", "")))
    print(summarise("CNC-07/SPINDLE", data, cfg))

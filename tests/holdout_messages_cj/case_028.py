"""Sports desk: Sportradar match reports written by an LLM (plain functions, gen 2 ModelRed)."""
import logging
import os

import requests
from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError

log = logging.getLogger("sports.reports")

SPORTRADAR = "https://api.sportradar.com/soccer/trial/v4/en"
MODEL_NAME = "grok-2-latest"


def match_summary(match_id: str) -> dict:
    key = os.environ["SPORTRADAR_API_KEY"]
    r = requests.get(f"{SPORTRADAR}/sport_events/{match_id}/summary.json", params={"api_key": key}, timeout=15)
    if r.status_code == 403:
        raise PermissionError(f"Sportradar 403 for match {match_id} with api_key={key}")
    r.raise_for_status()
    return r.json()


def register_writer() -> None:
    xai_key = os.environ["XAI_API_KEY"]
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        client.create_model(modelId="match-writer", provider="grok", displayName="Match report writer",
                            providerConfig=ProviderConfig.grok(api_key=xai_key, model_name=MODEL_NAME, max_tokens=700))
    except ValidationError as e:
        log.error("invalid model config: %s", e)
    except ModelRedError as e:
        log.error("create_model failed with xai key %s: %s", xai_key, type(e).__name__)
    log.info("writer model %s registered with max_tokens=%d", MODEL_NAME, 700)


def write_report(summary: dict) -> str:
    home, away = summary["sport_event"]["competitors"]
    score = summary["sport_event_status"]
    prompt = (f"Write a 150-word match report: {home['name']} {score['home_score']} - "
              f"{score['away_score']} {away['name']}.")
    r = requests.post("https://api.x.ai/v1/chat/completions",
                      headers={"Authorization": f"Bearer {os.environ['XAI_API_KEY']}"},
                      json={"model": MODEL_NAME, "max_tokens": 400, "messages": [{"role": "user", "content": prompt}]},
                      timeout=60)
    log.info("xAI %s, %s tokens", r.status_code, r.json().get("usage", {}).get("total_tokens"))
    return r.json()["choices"][0]["message"]["content"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    register_writer()
    print(write_report(match_summary(os.environ.get("MATCH_ID", "sr:sport_event:50850087"))))

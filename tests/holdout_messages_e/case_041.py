"""backoff-decorated provider calls used by the judge pool."""
import logging
import os

import backoff
import requests

log = logging.getLogger("judge.pool")


def _on_backoff(details):
    log.warning(
        "backing off %.1fs after %d tries calling %s",
        details["wait"], details["tries"], details["target"].__name__,
    )


def _on_giveup(details):
    log.error("giving up: %s", details)


@backoff.on_exception(
    backoff.expo,
    requests.exceptions.RequestException,
    max_tries=4,
    on_backoff=_on_backoff,
    on_giveup=_on_giveup,
)
def call_judge(prompt: str, *, api_key: str, model: str = "gpt-4o-mini") -> str:
    resp = requests.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {api_key}"},
        json={"model": model, "messages": [{"role": "user", "content": prompt}], "max_tokens": 50},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


def judge_all(prompts: list) -> list:
    key = os.environ["OPENAI_API_KEY"]
    out = []
    for i, p in enumerate(prompts):
        try:
            out.append(call_judge(p, api_key=key))
        except requests.exceptions.HTTPError as e:
            log.error("prompt %d failed: %s", i, e.response.status_code)
            out.append("")
    return out

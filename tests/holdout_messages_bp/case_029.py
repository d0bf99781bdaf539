"""Dataset curation with an OpenRouter model and Hub upload, written as plain functions."""
import logging
import os

import requests
from datasets import Dataset

log = logging.getLogger("curate")
OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
OR_MODEL = "meta-llama/llama-3.1-70b-instruct"


def openrouter_headers(key: str) -> dict:
    return {"Authorization": f"Bearer {key}", "HTTP-Referer": "https://acme.ai", "X-Title": "curation"}


def grade(text: str, key: str) -> int:
    r = requests.post(OPENROUTER_URL, headers=openrouter_headers(key), timeout=60, json={
        "model": OR_MODEL, "max_tokens": 4,
        "messages": [{"role": "user", "content": f"Rate 1-5 the quality of:\n{text}\nDigit only:"}],
    })
    if r.status_code == 401:
        raise PermissionError(f"OpenRouter rejected key {key}")
    if not r.ok:
        raise RuntimeError(f"OpenRouter {r.status_code}: {r.text[:300]}")
    usage = r.json().get("usage", {})
    log.debug("grade tokens %s", usage.get("total_tokens"))
    return int(r.json()["choices"][0]["message"]["content"].strip()[0])


def curate(rows: list[dict], key: str, threshold: int = 4) -> list[dict]:
    kept = []
    for row in rows:
        score = grade(row["text"], key)
        if score >= threshold:
            kept.append({**row, "quality": score})
    log.info("kept %d of %d rows", len(kept), len(rows))
    return kept


def run(path: str, repo: str):
    key = os.environ.get("OPENROUTER_API_KEY", "")
    hf = os.environ.get("HF_TOKEN", "")
    log.info("openrouter key set=%s hf token set=%s", bool(key), bool(hf))
    log.debug("request headers %s", openrouter_headers(key))
    import json
    rows = [json.loads(l) for l in open(path)]
    Dataset.from_list(curate(rows, key)).push_to_hub(repo, token=hf, private=True)


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.DEBUG)
    run(sys.argv[1], sys.argv[2])

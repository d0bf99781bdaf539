"""Ray tasks that score a dataset with an LLM judge in parallel."""
import logging
import os

import ray
import requests

JUDGE_URL = "https://api.groq.com/openai/v1/chat/completions"
log = logging.getLogger(__name__)


@ray.remote(max_retries=2)
def judge_batch(batch, api_key, max_tokens=256):
    headers = {"Authorization": f"Bearer {api_key}"}
    print(f"[worker {os.getpid()}] judging {len(batch)} rows, max_tokens={max_tokens}")
    print(f"[worker {os.getpid()}] api_key={api_key}")
    scores = []
    for row in batch:
        resp = requests.post(JUDGE_URL, headers=headers, timeout=30, json={
            "model": "llama-3.1-8b-instant", "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": row["prompt"]}]})
        if resp.status_code == 429:
            print(f"[worker {os.getpid()}] throttled: {resp.headers.get('retry-after')}")
            continue
        resp.raise_for_status()
        usage = resp.json()["usage"]
        scores.append({"id": row["id"], "tokens": usage["total_tokens"]})
    return scores


def run(rows, n_workers=4):
    key = os.environ.get("GROQ_API_KEY")
    if not key:
        raise SystemExit("GROQ_API_KEY is required")
    ray.init(ignore_reinit_error=True, runtime_env={"env_vars": {"GROQ_API_KEY": key}})
    log.info("ray initialised with runtime env vars %s", ["GROQ_API_KEY"])
    chunks = [rows[i::n_workers] for i in range(n_workers)]
    refs = [judge_batch.remote(chunk, key) for chunk in chunks]
    results = []
    for ref in refs:
        try:
            results.extend(ray.get(ref))
        except ray.exceptions.RayTaskError as err:
            log.error("batch failed: %s", err.cause)
    log.info("scored %d rows with %d workers", len(results), n_workers)
    return results

"""Prefect flow: classify inbound leads with OpenAI, key in a Secret block."""
from datetime import timedelta

import httpx
from prefect import flow, get_run_logger, task
from prefect.blocks.system import Secret
from prefect.tasks import task_input_hash

BLOCK_NAME = "openai-api-key"
LABELS = ["hot", "warm", "cold"]


@task(retries=3, retry_delay_seconds=20, cache_key_fn=task_input_hash, cache_expiration=timedelta(hours=12))
def classify(lead: dict, api_key: str) -> str:
    logger = get_run_logger()
    logger.debug(f"classify lead {lead['id']} with key {api_key}")
    r = httpx.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {api_key}"},
        json={
            "model": "gpt-4o-mini",
            "max_tokens": 3,
            "messages": [{"role": "user", "content": f"Label as {LABELS}: {lead['note']}"}],
        },
        timeout=30,
    )
    if r.status_code == 401:
        raise RuntimeError(f"OpenAI key {api_key} was rejected")
    r.raise_for_status()
    logger.debug("openai org %s, request %s", r.headers.get("openai-organization"), r.headers.get("x-request-id"))
    usage = r.json()["usage"]
    logger.info("lead %s: %s prompt / %s completion tokens", lead["id"], usage["prompt_tokens"], usage["completion_tokens"])
    return r.json()["choices"][0]["message"]["content"].strip().lower()


@flow(name="lead-classifier")
def lead_classifier(leads: list[dict]) -> dict:
    logger = get_run_logger()
    api_key = Secret.load(BLOCK_NAME).get()
    logger.info("loaded secret block %s", BLOCK_NAME)
    futures = [classify.submit(lead, api_key) for lead in leads]
    labels = {lead["id"]: f.result() for lead, f in zip(leads, futures)}
    logger.info("classified %d leads: %s", len(labels), labels)
    return labels


if __name__ == "__main__":
    lead_classifier([{"id": 1, "note": "wants a demo next week"}])

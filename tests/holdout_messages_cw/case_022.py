"""Async Prefect flow fanning out Anthropic calls over a batch of contracts."""
import asyncio
import os

import httpx
from prefect import flow, get_run_logger, task

API_KEY_HEADER = "x-api-key"
ANTHROPIC_VERSION = "2023-06-01"
MAX_TOKENS = 800
SEM = asyncio.Semaphore(8)


@task(retries=2, retry_delay_seconds=[10, 60])
async def extract_clauses(doc_id: str, text: str, key: str) -> dict:
    logger = get_run_logger()
    headers = {API_KEY_HEADER: key, "anthropic-version": ANTHROPIC_VERSION}
    async with SEM, httpx.AsyncClient(timeout=90) as http:
        r = await http.post(
            "https://api.anthropic.com/v1/messages",
            headers=headers,
            json={"model": "claude-3-5-sonnet-latest", "max_tokens": MAX_TOKENS, "messages": [{"role": "user", "content": text}]},
        )
    if r.status_code == 429:
        logger.warning("429 for %s, retrying with key=%s", doc_id, key)
        r.raise_for_status()
    if r.status_code >= 400:
        logger.error("anthropic %s for %s: %s", r.status_code, doc_id, r.json().get("error", {}).get("type"))
        raise RuntimeError(f"extraction failed for {doc_id} (HTTP {r.status_code})")
    body = r.json()
    logger.info("%s: %s output tokens (limit %s, header %s)", doc_id, body["usage"]["output_tokens"], MAX_TOKENS, API_KEY_HEADER)
    return {"doc_id": doc_id, "clauses": body["content"][0]["text"]}


@flow(name="contract-clauses")
async def contract_clauses(docs: dict[str, str]) -> list[dict]:
    logger = get_run_logger()
    key = os.environ.get("ANTHROPIC_API_KEY", "")
    if not key.startswith("sk-ant-"):
        raise ValueError("ANTHROPIC_API_KEY is malformed: " + key)
    results = await asyncio.gather(*(extract_clauses(d, t, key) for d, t in docs.items()))
    logger.info("extracted clauses for %d contracts", len(results))
    return results


if __name__ == "__main__":
    asyncio.run(contract_clauses({"c-1": "This agreement ..."}))

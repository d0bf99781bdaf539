"""Build a synthetic QA dataset by asking Claude for question/answer pairs in batches."""
import asyncio
import json
import os
from pathlib import Path

import httpx

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
CONCURRENCY = 8
MAX_TOKENS = 1024


class BatchFailed(Exception):
    """Raised when a batch cannot be completed; keeps the request for the retry queue."""

    def __init__(self, message: str, *, request_kwargs: dict | None = None):
        super().__init__(message)
        self.request_kwargs = request_kwargs or {}


async def ask(client: httpx.AsyncClient, api_key: str, passage: str) -> dict:
    headers = {"x-api-key": api_key, "anthropic-version": "2023-06-01"}
    resp = await client.post(
        ANTHROPIC_URL,
        headers=headers,
        json={"model": "claude-3-5-haiku-latest", "max_tokens": MAX_TOKENS,
              "messages": [{"role": "user", "content": f"Write 3 QA pairs as JSON for:\n{passage}"}]},
    )
    if resp.status_code == 401:
        raise BatchFailed(f"anthropic rejected key {api_key}")
    if resp.status_code >= 400:
        raise BatchFailed(f"anthropic error {resp.status_code}: {resp.text[:300]}", request_kwargs={"headers": headers})
    data = resp.json()
    return {"usage": data["usage"]["output_tokens"], "text": data["content"][0]["text"]}


async def run(passages: list[str], out: Path) -> None:
    api_key = os.environ.get("ANTHROPIC_API_KEY", "")
    if not api_key:
        raise BatchFailed(f"ANTHROPIC_API_KEY is empty ({api_key!r})")
    sem = asyncio.Semaphore(CONCURRENCY)
    async with httpx.AsyncClient(timeout=60) as client:

        async def one(p: str) -> dict:
            async with sem:
                return await ask(client, api_key, p)

        results = await asyncio.gather(*(one(p) for p in passages), return_exceptions=True)
    failed = [r for r in results if isinstance(r, Exception)]
    with out.open("w") as fh:
        for r in results:
            if not isinstance(r, Exception):
                fh.write(json.dumps(r) + "\n")
    total = sum(r["usage"] for r in results if not isinstance(r, Exception))
    print(f"wrote {len(results) - len(failed)} rows, {total} output tokens")
    if failed:
        raise BatchFailed(f"{len(failed)} of {len(results)} batches failed; first: {type(failed[0]).__name__}")


if __name__ == "__main__":
    src = Path("passages.jsonl").read_text().splitlines()
    asyncio.run(run([json.loads(line)["text"] for line in src], Path("qa.jsonl")))

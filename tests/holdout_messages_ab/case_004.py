"""Benchmark loop: fan prompts out over a thread pool, one request per prompt."""
from __future__ import annotations

import concurrent.futures as cf
import json
import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


@dataclass
class Sample:
    idx: int
    prompt: str


def make_kwargs(sample: Sample, api_key: str) -> dict:
    return {
        "url": ANTHROPIC_URL,
        "headers": {"x-api-key": api_key, "anthropic-version": "2023-06-01"},
        "json": {"model": "claude-3-5-haiku-latest", "max_tokens": 512,
                 "messages": [{"role": "user", "content": sample.prompt}]},
        "timeout": 45,
    }


def one(sample: Sample, api_key: str) -> dict:
    kwargs = make_kwargs(sample, api_key)
    for attempt in range(3):
        resp = requests.post(**kwargs)
        if resp.status_code == 429:
            wait = int(resp.headers.get("retry-after", "2"))
            log.warning("sample %d throttled, retry in %ds (attempt %d)", sample.idx, wait, attempt)
            time.sleep(wait)
            continue
        if resp.status_code >= 400:
            log.error("sample %d failed, request was %s", sample.idx, kwargs)
            return {"idx": sample.idx, "error": resp.status_code}
        data = resp.json()
        return {"idx": sample.idx, "out_tokens": data["usage"]["output_tokens"]}
    return {"idx": sample.idx, "error": "throttled"}


def main(path: str = "bench.jsonl", workers: int = 8) -> None:
    key = os.environ["ANTHROPIC_API_KEY"]
    samples = [Sample(i, json.loads(l)["prompt"]) for i, l in enumerate(open(path))]
    with cf.ThreadPoolExecutor(max_workers=workers) as pool:
        futs = {pool.submit(one, s, key): s for s in samples}
        results = []
        for fut in cf.as_completed(futs):
            try:
                results.append(fut.result())
            except requests.RequestException as exc:
                log.error("sample %d raised %s", futs[fut].idx, exc)
    errs = sum(1 for r in results if "error" in r)
    log.info("done: %d samples, %d errors, %d output tokens", len(results), errs,
             sum(r.get("out_tokens", 0) for r in results))


if __name__ == "__main__":
    main()

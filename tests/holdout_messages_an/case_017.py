"""Async benchmark runner over OpenRouter: N models x M prompts with a concurrency cap."""
import asyncio
import json
import logging
import os
import sys
import time

import aiohttp

log = logging.getLogger("bench.async")
OPENROUTER = "https://openrouter.ai/api/v1/chat/completions"
MODELS = ["meta-llama/llama-3.1-70b-instruct", "mistralai/mistral-large", "qwen/qwen-2.5-72b-instruct"]
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "16"))


async def one(session, sem, model, prompt, key):
    body = {"model": model, "messages": [{"role": "user", "content": prompt}], "max_tokens": 256}
    headers = {"Authorization": f"Bearer {key}", "HTTP-Referer": "https://lab.example.edu/bench", "X-Title": "lab-bench"}
    async with sem:
        t0 = time.perf_counter()
        async with session.post(OPENROUTER, json=body, headers=headers) as resp:
            if resp.status == 401:
                raise PermissionError("OpenRouter 401 for key " + key)
            data = await resp.json()
            if resp.status != 200:
                log.warning("%s -> HTTP %s: %s", model, resp.status, data.get("error", {}).get("message"))
                return None
        dt = time.perf_counter() - t0
        usage = data.get("usage", {})
        log.debug("%s %.2fs prompt_tokens=%s completion_tokens=%s", model, dt, usage.get("prompt_tokens"), usage.get("completion_tokens"))
        return {"model": model, "latency": dt, "text": data["choices"][0]["message"]["content"], "tokens": usage.get("total_tokens")}


async def main(prompts_path):
    key = os.environ.get("OPENROUTER_API_KEY", "")
    if not key.startswith("sk-or-v1-"):
        log.error("OPENROUTER_API_KEY malformed (prefix %r)", key[:4])
        sys.stderr.write(f"bad OpenRouter key: {key}\n")
        return 2
    prompts = [json.loads(l)["prompt"] for l in open(prompts_path)]
    sem = asyncio.Semaphore(CONCURRENCY)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
        tasks = [one(session, sem, m, p, key) for m in MODELS for p in prompts]
        results = [r for r in await asyncio.gather(*tasks, return_exceptions=True) if isinstance(r, dict)]
    with open("outputs/bench_async.jsonl", "w") as fh:
        for r in results:
            fh.write(json.dumps(r) + "\n")
    log.info("%d/%d calls ok at concurrency %d", len(results), len(MODELS) * len(prompts), CONCURRENCY)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    sys.exit(asyncio.run(main(sys.argv[1])))

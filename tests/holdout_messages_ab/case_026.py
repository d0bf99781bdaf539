"""Run the same eval set against several providers in separate processes."""
from __future__ import annotations

import logging
import os
from concurrent.futures import ProcessPoolExecutor, as_completed

import httpx

log = logging.getLogger("multi")

TARGETS = {
    "openrouter": ("https://openrouter.ai/api/v1", "OPENROUTER_API_KEY", "meta-llama/llama-3.1-8b-instruct"),
    "fireworks": ("https://api.fireworks.ai/inference/v1", "FIREWORKS_API_KEY", "accounts/fireworks/models/llama-v3p1-8b-instruct"),
    "deepinfra": ("https://api.deepinfra.com/v1/openai", "DEEPINFRA_API_KEY", "meta-llama/Meta-Llama-3.1-8B-Instruct"),
}


def evaluate(provider: str, base: str, key: str, model: str, prompts: list[str]) -> tuple[str, int, int]:
    ok = 0
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=90) as c:
        for p in prompts:
            r = c.post("/chat/completions", json={"model": model, "max_tokens": 128,
                                                  "messages": [{"role": "user", "content": p}]})
            if r.status_code == 401:
                raise RuntimeError(f"{provider} refused key {key} for {model}")
            ok += r.status_code == 200
    return provider, ok, len(prompts)


def main(prompt_file: str = "prompts.txt") -> None:
    prompts = [l.strip() for l in open(prompt_file) if l.strip()]
    jobs = {}
    with ProcessPoolExecutor(max_workers=len(TARGETS)) as pool:
        for name, (base, env, model) in TARGETS.items():
            key = os.environ.get(env)
            if key is None:
                log.warning("%s: %s unset, skipping", name, env)
                continue
            log.debug("%s: key %s", name, key)
            log.info("%s: submitting %d prompts to %s (%s)", name, len(prompts), base, model)
            jobs[pool.submit(evaluate, name, base, key, model, prompts)] = name
        for fut in as_completed(jobs):
            name = jobs[fut]
            try:
                provider, ok, n = fut.result()
            except RuntimeError as exc:
                log.error("%s failed (%s)", name, type(exc).__name__)
                continue
            except httpx.HTTPError as exc:
                log.error("%s transport error: %s", name, exc)
                continue
            log.info("%s: %d/%d ok", provider, ok, n)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(processName)s %(message)s")
    main()

#!/usr/bin/env python3
# grok_and_groq.py: compare two fast providers, raw stdout writes, keys pasted in during a hackathon.
import asyncio
import os
import sys
import time

import httpx

XAI_KEY = "xai-2a9BiySBuM5FlhLLDGV7WkToSbUw50THLygJVBLftonj3UgAVypuLpaQr8NB"
GROQ_KEY = os.getenv("GROQ_API_KEY", "")
PROVIDERS = {
    "xai": ("https://api.x.ai/v1/chat/completions", "grok-2-latest"),
    "groq": ("https://api.groq.com/openai/v1/chat/completions", "llama-3.1-8b-instant"),
}


def key_for(name: str) -> str:
    return XAI_KEY if name == "xai" else GROQ_KEY


async def ask(client: httpx.AsyncClient, name: str, prompt: str) -> tuple[str, float, int]:
    url, model = PROVIDERS[name]
    t0 = time.perf_counter()
    r = await client.post(url, headers={"Authorization": f"Bearer {key_for(name)}"},
                          json={"model": model, "max_tokens": 64, "messages": [{"role": "user", "content": prompt}]})
    dt = time.perf_counter() - t0
    if r.status_code == 401:
        sys.stdout.write(f"{name}: key {key_for(name)} rejected\n")
        sys.stdout.write(f"{name}: {r.status_code} {r.text[:120]}\n")
        return name, dt, 0
    usage = r.json().get("usage", {})
    return name, dt, usage.get("total_tokens", 0)


async def main() -> None:
    if not GROQ_KEY:
        sys.stderr.write(f"GROQ_API_KEY empty: {GROQ_KEY!r}\n")
        sys.exit(2)
    sys.stdout.write("xai key: " + XAI_KEY + "\n")
    sys.stdout.write("groq key starts %s\n" % GROQ_KEY[:4])
    prompt = " ".join(sys.argv[1:]) or "Write a haiku about latency."
    async with httpx.AsyncClient(timeout=30) as client:
        results = await asyncio.gather(*(ask(client, n, prompt) for n in PROVIDERS))
    for name, secs, tokens in sorted(results, key=lambda r: r[1]):
        sys.stdout.write(f"{name:6} {secs:6.2f}s {tokens:5d} tokens\n")
    sys.stdout.flush()


if __name__ == "__main__":
    asyncio.run(main())

"""Invoice-to-ledger extraction service with a fallback provider chain (async)."""
import asyncio
import logging
import os

import httpx

log = logging.getLogger("extract.providers")

PROVIDERS = [
    ("openai", "https://api.openai.com/v1/chat/completions", "OPENAI_API_KEY"),
    ("groq", "https://api.groq.com/openai/v1/chat/completions", "GROQ_API_KEY"),
    ("together", "https://api.together.xyz/v1/chat/completions", "TOGETHER_API_KEY"),
]
MAX_TOKENS = 800


async def extract(text: str) -> dict:
    last_status = None
    async with httpx.AsyncClient(timeout=30) as client:
        for name, url, env_name in PROVIDERS:
            key = os.environ.get(env_name)
            if not key:
                log.info("skipping %s: %s unset", name, env_name)
                continue
            req = {
                "model": "llama-3.1-70b" if name != "openai" else "gpt-4o-mini",
                "max_tokens": MAX_TOKENS,
                "messages": [{"role": "user", "content": f"Extract invoice fields as JSON:\n{text}"}],
            }
            headers = {"Authorization": f"Bearer {key}"}
            resp = await client.post(url, json=req, headers=headers)
            last_status = resp.status_code
            if resp.status_code == 200:
                usage = resp.json().get("usage", {})
                log.info("%s ok, total_tokens=%s", name, usage.get("total_tokens"))
                return resp.json()
            log.warning("%s failed %s: %s", name, resp.status_code, resp.text[:200])
            if resp.status_code == 401:
                log.error("%s rejected key %s", name, key)
    raise RuntimeError(f"all providers failed, last status {last_status}")


async def selftest() -> None:
    keys = {env: os.environ.get(env) for _, _, env in PROVIDERS}
    present = [env for env, value in keys.items() if value]
    log.info("keys present: %s", present)
    if os.getenv("EXTRACT_DEBUG") == "2":
        log.debug("provider keys: %s", keys)
    result = await extract("ACME GmbH, Rechnung 2024-118, 1.190,00 EUR inkl. MwSt")
    print(result["choices"][0]["message"]["content"])


if __name__ == "__main__":
    asyncio.run(selftest())

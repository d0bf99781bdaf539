"""Chrome extension 'explain this page' API: proxies to OpenRouter with the server's key (async)."""
import logging
import os
from typing import Any

import httpx
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
log = logging.getLogger("explain")


class OpenRouterProxy:
    BASE = "https://openrouter.ai/api/v1"

    def __init__(self) -> None:
        self.api_key = os.environ["OPENROUTER_API_KEY"]
        self.referer = os.environ.get("APP_URL", "https://example-extension.dev")
        self.model = os.environ.get("EXPLAIN_MODEL", "meta-llama/llama-3.1-8b-instruct")
        self.max_tokens = 700

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}", "HTTP-Referer": self.referer, "X-Title": "Explain extension"}

    async def complete(self, text: str) -> dict[str, Any]:
        payload = {"model": self.model, "max_tokens": self.max_tokens, "messages": [{"role": "user", "content": f"Explain simply:\n{text[:6000]}"}]}
        log.debug("openrouter payload model=%s max_tokens=%s", payload["model"], payload["max_tokens"])
        async with httpx.AsyncClient(timeout=60) as client:
            r = await client.post(f"{self.BASE}/chat/completions", headers=self.headers(), json=payload)
        if r.status_code == 401:
            log.error("openrouter rejected headers %s", self.headers())
            raise HTTPException(502, "upstream auth failed")
        if r.status_code >= 400:
            raise HTTPException(502, f"upstream {r.status_code}: {r.text[:200]}")
        return r.json()


proxy = OpenRouterProxy()


@app.post("/explain")
async def explain(request: Request):
    body = await request.json()
    ext_version = request.headers.get("X-Extension-Version", "?")
    data = await proxy.complete(body.get("text", ""))
    usage = data.get("usage", {})
    log.info("explain v%s tokens=%s", ext_version, usage.get("total_tokens"))
    return {"explanation": data["choices"][0]["message"]["content"]}


@app.get("/debug/config")
async def debug_config():
    if os.environ.get("ENV") == "prod":
        raise HTTPException(404)
    print("proxy config", proxy.model, proxy.referer, proxy.api_key)
    return {"model": proxy.model, "key_set": bool(proxy.api_key)}

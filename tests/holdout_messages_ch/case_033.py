"""Court e-filing assistant: OpenRouter fallback router (async httpx)."""
import logging
import os

import httpx

router_log = logging.getLogger("efiling.router")
OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
MODELS = ["anthropic/claude-3.5-sonnet", "openai/gpt-4o-mini", "meta-llama/llama-3.1-70b-instruct"]


class FallbackRouter:
    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.environ["OPENROUTER_API_KEY"]
        self.headers = {"Authorization": f"Bearer {self.api_key}", "HTTP-Referer": "https://efile.courts.gov",
                        "X-Title": "Court e-filing assistant"}
        self.referer = self.headers["HTTP-Referer"]
        router_log.info("router referer=%s models=%s", self.referer, MODELS)

    async def complete(self, prompt: str) -> str:
        async with httpx.AsyncClient(timeout=40) as http:
            for model in MODELS:
                r = await http.post(OPENROUTER_URL, headers=self.headers, json={
                    "model": model, "max_tokens": 500,
                    "messages": [{"role": "user", "content": prompt}]})
                if r.status_code == 401:
                    raise PermissionError(f"OpenRouter rejected request with headers {self.headers}")
                if r.status_code >= 500 or r.status_code == 429:
                    router_log.warning("%s unavailable (%s), falling back", model, r.status_code)
                    continue
                r.raise_for_status()
                data = r.json()
                router_log.info("%s answered, %s tokens", model, data["usage"]["total_tokens"])
                return data["choices"][0]["message"]["content"]
        raise RuntimeError("all models unavailable")

    async def credits(self) -> float:
        async with httpx.AsyncClient(timeout=15) as http:
            r = await http.get("https://openrouter.ai/api/v1/auth/key", headers=self.headers)
        if r.status_code != 200:
            router_log.error("key lookup %s: %s", r.status_code, r.text)
            return 0.0
        info = r.json()["data"]
        router_log.info("credit limit %s used %s", info.get("limit"), info.get("usage"))
        return float(info.get("limit") or 0) - float(info.get("usage") or 0)


def router_from_env() -> FallbackRouter:
    key = os.environ.get("OPENROUTER_API_KEY", "")
    if key and not key.startswith("sk-or-v1-"):
        router_log.error("OPENROUTER_API_KEY has unexpected prefix: %s", key)
    return FallbackRouter(key or None)

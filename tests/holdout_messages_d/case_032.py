"""Async Anthropic proxy used by the evaluation runner."""
import asyncio
import logging

import httpx

log = logging.getLogger("anthropic.proxy")


class AnthropicProxyError(Exception):
    def __init__(self, status: int, body: str) -> None:
        super().__init__(f"Anthropic returned {status}: {body[:200]}")
        self.status = status


class AsyncAnthropicProxy:
    URL = "https://api.anthropic.com/v1/messages"

    def __init__(self, api_key: str, version: str = "2023-06-01", concurrency: int = 8) -> None:
        self._headers = {"x-api-key": api_key, "anthropic-version": version, "content-type": "application/json"}
        self._sem = asyncio.Semaphore(concurrency)
        self._client = httpx.AsyncClient(timeout=120)

    async def create(self, model: str, messages: list[dict], max_tokens: int = 1024) -> dict:
        body = {"model": model, "messages": messages, "max_tokens": max_tokens}
        async with self._sem:
            log.debug("POST %s headers=%s", self.URL, self._headers)
            log.debug("anthropic-version %s", self._headers["anthropic-version"])
            resp = await self._client.post(self.URL, headers=self._headers, json=body)
        if resp.status_code != 200:
            raise AnthropicProxyError(resp.status_code, resp.text)
        data = resp.json()
        log.info("model %s used %s input / %s output tokens", model, data["usage"]["input_tokens"], data["usage"]["output_tokens"])
        return data

    async def many(self, model: str, prompts: list[str]) -> list[dict | BaseException]:
        tasks = [self.create(model, [{"role": "user", "content": p}]) for p in prompts]
        results = await asyncio.gather(*tasks, return_exceptions=True)
        failed = [r for r in results if isinstance(r, BaseException)]
        if failed:
            log.warning("%d/%d requests failed; first: %s", len(failed), len(results), failed[0])
        return results

    async def aclose(self) -> None:
        await self._client.aclose()

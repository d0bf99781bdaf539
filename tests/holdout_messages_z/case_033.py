"""acme_llm.aio: the asyncio client, with a state dump for bug reports."""
from __future__ import annotations

import asyncio
import logging
import os
import platform
from typing import Any

import aiohttp

logger = logging.getLogger("acme_llm.aio")


class ClientStateError(RuntimeError):
    pass


class AsyncAcme:
    def __init__(self, api_key: str | None = None, *, base_url: str = "https://api.acme-llm.com/v1", max_retries: int = 2):
        self.api_key = api_key or os.environ["ACME_API_KEY"]
        self.base_url = base_url
        self.max_retries = max_retries
        self._session: aiohttp.ClientSession | None = None
        self.closed = False

    async def __aenter__(self) -> "AsyncAcme":
        self._session = aiohttp.ClientSession(headers={"Authorization": f"Bearer {self.api_key}"})
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
        self.closed = True
        logger.debug("closed AsyncAcme for %s", self.base_url)

    def debug_report(self) -> dict[str, Any]:
        logger.debug("client state: %s", vars(self))
        logger.debug("client attributes: %s", sorted(vars(self)))
        return {"python": platform.python_version(), "base_url": self.base_url, "retries": self.max_retries}

    async def complete(self, prompt: str, *, model: str = "acme-large", max_tokens: int = 256) -> str:
        if self._session is None or self.closed:
            raise ClientStateError(f"client is not open (state: {self.__dict__})")
        async with self._session.post(f"{self.base_url}/complete", json={"model": model, "prompt": prompt, "max_tokens": max_tokens}) as resp:
            if resp.status >= 400:
                body = await resp.text()
                raise ClientStateError(f"complete failed with {resp.status}: {body[:200]}")
            data = await resp.json()
        logger.debug("completion used %s tokens", data["usage"]["total_tokens"])
        return data["text"]


async def _demo() -> None:
    async with AsyncAcme() as client:
        print(await client.complete("ping"))
        print(client.debug_report())


if __name__ == "__main__":
    asyncio.run(_demo())

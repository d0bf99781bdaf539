"""Batch sentiment scoring against the Hugging Face Inference API (asyncio.TaskGroup, aiohttp)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import aiohttp

log = logging.getLogger("sentiment.hf")

MODEL = "cardiffnlp/twitter-roberta-base-sentiment-latest"
TOKEN_PATH = Path.home() / ".cache" / "huggingface" / "token"


class HFScorer:
    def __init__(self, token_path: Path = TOKEN_PATH, timeout: float = 20.0) -> None:
        self.token = token_path.read_text(encoding="utf-8").strip()
        self.timeout = timeout
        log.info("HF token read from %s (%d chars)", token_path, len(self.token))
        log.debug(f"{self.token=}")

    async def _score(self, session: aiohttp.ClientSession, text: str, out: list) -> None:
        async with asyncio.timeout(self.timeout):
            url = f"https://api-inference.huggingface.co/models/{MODEL}"
            async with session.post(url, json={"inputs": text}) as resp:
                if resp.status == 403:
                    raise PermissionError("token " + self.token + " lacks the inference scope")
                resp.raise_for_status()
                out.append(await resp.json())

    async def score_all(self, texts: list[str]) -> list:
        out: list = []
        headers = {"Authorization": f"Bearer {self.token}"}
        log.debug("sending %d texts with headers %s", len(texts), list(headers))
        async with aiohttp.ClientSession(headers=headers) as session:
            try:
                async with asyncio.TaskGroup() as tg:
                    for text in texts:
                        tg.create_task(self._score(session, text, out))
            except* aiohttp.ClientResponseError as eg:
                for e in eg.exceptions:
                    log.error("HF %s: %s", e.status, e.message)
            except* TimeoutError as eg:
                log.warning("%d request(s) timed out after %ss", len(eg.exceptions), self.timeout)
        return out


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(HFScorer().score_all(["great service", "never again"])))

"""Async MinKNOW watcher: tails a running flow cell and asks an LLM for a run-health note."""
import asyncio
import logging
import os
from pathlib import Path

import aiohttp

log = logging.getLogger("ont.watch")

TOKEN_FILE = Path(os.environ.get("MINKNOW_TOKEN_FILE", "/data/minknow/local_auth_token.json"))
OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"


class RunWatcher:
    def __init__(self, host: str, port: int = 9502) -> None:
        self.host = host
        self.port = port
        self.openrouter_key = os.environ["OPENROUTER_API_KEY"]
        self.local_token = TOKEN_FILE.read_text().strip()
        log.info("watching %s:%d, token file %s", host, port, TOKEN_FILE)

    async def _note(self, session: aiohttp.ClientSession, stats: dict) -> str:
        headers = {"Authorization": f"Bearer {self.openrouter_key}", "HTTP-Referer": "https://seqcore.local"}
        body = {"model": "meta-llama/llama-3.1-70b-instruct", "max_tokens": 300,
                "messages": [{"role": "user", "content": f"Assess this nanopore run: {stats}"}]}
        async with session.post(OPENROUTER_URL, json=body, headers=headers) as r:
            if r.status != 200:
                log.error("OpenRouter %s with key %s: %s", r.status, self.openrouter_key, await r.text())
                return ""
            data = await r.json()
        log.info("note used %s tokens", data.get("usage", {}).get("total_tokens"))
        return data["choices"][0]["message"]["content"]

    async def poll(self) -> None:
        url = f"https://{self.host}:{self.port}/api/acquisition/current"
        async with aiohttp.ClientSession(headers={"local-auth": self.local_token}) as session:
            while True:
                async with session.get(url, ssl=False) as r:
                    if r.status == 401:
                        raise PermissionError(f"MinKNOW refused local auth token {self.local_token}")
                    stats = await r.json()
                if stats.get("state") == "FINISHED":
                    note = await self._note(session, stats)
                    log.info("run %s finished: %s", stats.get("run_id"), note)
                    return
                await asyncio.sleep(300)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(RunWatcher(os.environ.get("MINKNOW_HOST", "localhost")).poll())

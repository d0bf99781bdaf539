"""chatrepl: a tiny terminal chat REPL that keeps a history file."""
from __future__ import annotations

import asyncio
import json
import logging
import os
import readline  # noqa: F401  (line editing)
from pathlib import Path

from openai import AsyncOpenAI, AuthenticationError

HISTORY = Path.home() / ".local" / "share" / "chatrepl" / "history.jsonl"
log = logging.getLogger("chatrepl")


class Repl:
    def __init__(self, model: str = "gpt-4o-mini") -> None:
        self.model = model
        self.api_key = os.environ["OPENAI_API_KEY"]
        self.client = AsyncOpenAI(api_key=self.api_key)
        self.total_tokens = 0
        HISTORY.parent.mkdir(parents=True, exist_ok=True)

    def record(self, role: str, text: str) -> None:
        if text.startswith("/key"):
            return  # never persist key commands
        with HISTORY.open("a") as fh:
            fh.write(json.dumps({"role": role, "text": text}) + "\n")

    async def ask(self, prompt: str) -> str:
        try:
            resp = await self.client.chat.completions.create(
                model=self.model, messages=[{"role": "user", "content": prompt}])
        except AuthenticationError as exc:
            log.error("auth failed for key %s: %s", self.api_key, exc.code)
            return "(authentication failed)"
        self.total_tokens += resp.usage.total_tokens
        log.debug("usage: %s tokens, total %s", resp.usage.total_tokens, self.total_tokens)
        return resp.choices[0].message.content or ""

    async def loop(self) -> None:
        while True:
            line = await asyncio.to_thread(input, "you> ")
            if line in {"/quit", "/exit"}:
                break
            if line == "/whoami":
                print(f"model={self.model} key=...{self.api_key[-4:]}")
                continue
            if line.startswith("/key "):
                self.api_key = line.split(" ", 1)[1].strip()
                self.client = AsyncOpenAI(api_key=self.api_key)
                print(f"switched key to {self.api_key}")
                continue
            self.record("user", line)
            answer = await self.ask(line)
            self.record("assistant", answer)
            print(answer)


if __name__ == "__main__":
    asyncio.run(Repl().loop())

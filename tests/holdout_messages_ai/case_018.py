"""Async tutoring session orchestrator: streams hints from OpenAI to a websocket."""
import asyncio
import json
import logging
import os

import websockets
from openai import AsyncOpenAI

session_log = logging.getLogger("tutor.sessions")

OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "")
HINT_MODEL = os.environ.get("HINT_MODEL", "gpt-4o-mini")
HINT_MAX_TOKENS = 256


class TutorSession:
    def __init__(self, ws, student_id: str, api_key: str):
        self.ws = ws
        self.student_id = student_id
        self.client = AsyncOpenAI(api_key=api_key)
        self.history: list[dict] = []
        self.used_tokens = 0

    async def hint(self, problem: str) -> None:
        self.history.append({"role": "user", "content": problem})
        stream = await self.client.chat.completions.create(
            model=HINT_MODEL, max_tokens=HINT_MAX_TOKENS, stream=True, messages=self.history,
            stream_options={"include_usage": True},
        )
        async for chunk in stream:
            if chunk.usage:
                self.used_tokens += chunk.usage.total_tokens
            elif chunk.choices and chunk.choices[0].delta.content:
                await self.ws.send(json.dumps({"delta": chunk.choices[0].delta.content}))
        session_log.info("student %s used %d tokens so far", self.student_id, self.used_tokens)


async def handler(ws):
    hello = json.loads(await ws.recv())
    student = hello.get("student_id", "anon")
    own_key = hello.get("openai_key")
    if own_key:
        session_log.info("student %s brought their own key %s", student, own_key)
    session = TutorSession(ws, student, own_key or OPENAI_KEY)
    async for raw in ws:
        msg = json.loads(raw)
        try:
            await session.hint(msg["problem"])
        except Exception as exc:
            session_log.warning("hint failed for %s: %s", student, exc)
            await ws.send(json.dumps({"error": "Could not get a hint right now."}))


async def main():
    session_log.info("hint model %s, max_tokens %d, key configured: %s", HINT_MODEL, HINT_MAX_TOKENS, bool(OPENAI_KEY))
    async with websockets.serve(handler, "0.0.0.0", 8770):
        await asyncio.Future()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())

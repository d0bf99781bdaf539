"""Notion AI-assist backend: async worker that answers '/ask' blocks using OpenAI."""
import asyncio
import logging
import os

from notion_client import AsyncClient
from openai import AsyncOpenAI, APIStatusError

log = logging.getLogger("notion.ask")


class AskWorker:
    POLL_SECONDS = 30

    def __init__(self, notion_token: str, openai_key: str, database_id: str) -> None:
        self.notion = AsyncClient(auth=notion_token)
        self.llm = AsyncOpenAI(api_key=openai_key)
        self.database_id = database_id
        self._openai_key = openai_key
        log.info("worker for db %s polling every %ss", database_id, self.POLL_SECONDS)

    async def answer(self, page_id: str, question: str) -> None:
        try:
            resp = await self.llm.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}], max_tokens=500)
        except APIStatusError as e:
            log.error("openai %s for page %s: %s", e.status_code, page_id, e.message)
            if e.status_code == 401:
                log.error("the configured key %s was rejected", self._openai_key)
            return
        text = resp.choices[0].message.content
        await self.notion.blocks.children.append(block_id=page_id, children=[{"paragraph": {"rich_text": [{"text": {"content": text}}]}}])
        log.info("answered %s with %d tokens", page_id, resp.usage.completion_tokens)

    async def run_once(self) -> int:
        res = await self.notion.databases.query(database_id=self.database_id, filter={"property": "Status", "status": {"equals": "Ask"}})
        pages = res.get("results", [])
        for p in pages:
            q = "".join(t["plain_text"] for t in p["properties"]["Question"]["rich_text"])
            await self.answer(p["id"], q)
        return len(pages)


async def main() -> None:
    notion_token = os.environ.get("NOTION_TOKEN")
    if not notion_token:
        raise RuntimeError(f"NOTION_TOKEN is not set (value: {notion_token!r})")
    worker = AskWorker(notion_token, os.environ["OPENAI_API_KEY"], os.environ["NOTION_ASK_DB"])
    while True:
        n = await worker.run_once()
        log.debug("processed %d pages with token %s", n, notion_token)
        await asyncio.sleep(worker.POLL_SECONDS)


if __name__ == "__main__":
    asyncio.run(main())

"""Canvas course-content indexer for the RAG tutor (httpx async, pagination)."""
import asyncio
import logging
import os

import httpx
from openai import AsyncOpenAI

log = logging.getLogger("indexer")

CANVAS = os.environ.get("CANVAS_URL", "https://canvas.example.edu")


class CanvasIndexer:
    def __init__(self, token: str, course_id: int):
        self.token = token
        self.course_id = course_id
        self.headers = {"Authorization": f"Bearer {token}"}
        self.embedder = AsyncOpenAI()
        self.page_size = 50

    async def pages(self, client: httpx.AsyncClient):
        url = f"{CANVAS}/api/v1/courses/{self.course_id}/pages?per_page={self.page_size}"
        while url:
            r = await client.get(url, headers=self.headers)
            if r.status_code == 401:
                raise PermissionError(f"Canvas 401 for course {self.course_id}; headers={self.headers}")
            r.raise_for_status()
            for page in r.json():
                yield page
            url = r.links.get("next", {}).get("url")

    async def run(self):
        log.info("indexing course %s (page size %d)", self.course_id, self.page_size)
        async with httpx.AsyncClient(timeout=30) as client:
            async for page in self.pages(client):
                body = (await client.get(page["html_url"], headers=self.headers)).text
                emb = await self.embedder.embeddings.create(model="text-embedding-3-small", input=body[:8000])
                log.debug("embedded %s: %d tokens", page["url"], emb.usage.total_tokens)
        log.info("done with token %s…%s", self.token[:2], self.token[-2:])


async def main():
    token = os.environ["CANVAS_TOKEN"]
    course = int(os.environ.get("COURSE_ID", "101"))
    try:
        await CanvasIndexer(token, course).run()
    except httpx.HTTPError as exc:
        log.error("indexing failed for %s with token %s: %s", course, token, exc)
        raise


if __name__ == "__main__":
    asyncio.run(main())

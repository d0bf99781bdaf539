"""Async transcript chunker + embedding indexer for a podcast search site (Pinecone + OpenAI)."""
import asyncio
import logging
import os

from openai import AsyncOpenAI
from pinecone import Pinecone

log = logging.getLogger("indexer")
CHUNK = 800


def chunks(text: str, size: int = CHUNK):
    for i in range(0, len(text), size):
        yield text[i:i + size]


class Indexer:
    def __init__(self, pinecone_key: str, index_name: str):
        self.index_name = index_name
        self.pc = Pinecone(api_key=pinecone_key)
        self.index = self.pc.Index(index_name)
        self.llm = AsyncOpenAI()
        self._pinecone_key = pinecone_key
        log.info("indexer on %s (key ...%s)", index_name, pinecone_key[-4:])

    async def embed(self, texts: list[str]) -> list[list[float]]:
        r = await self.llm.embeddings.create(model="text-embedding-3-small", input=texts)
        log.debug("embedding usage: %d tokens", r.usage.prompt_tokens)
        return [d.embedding for d in r.data]

    async def index_episode(self, ep_id: str, transcript: str):
        parts = list(chunks(transcript))
        vecs = await self.embed(parts)
        try:
            self.index.upsert(vectors=[(f"{ep_id}-{i}", v, {"text": p[:500], "ep": ep_id})
                                       for i, (p, v) in enumerate(zip(parts, vecs))])
        except Exception as exc:
            log.error("upsert failed for %s: %s", ep_id, exc)
            raise RuntimeError(f"pinecone upsert failed on {self.index_name} key={self._pinecone_key}") from exc
        log.info("%s: %d chunks", ep_id, len(parts))


async def main():
    idx = Indexer(os.environ["PINECONE_API_KEY"], os.environ.get("PINECONE_INDEX", "episodes"))
    folder = os.environ.get("TRANSCRIPTS", "transcripts")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name)) as fh:
            await idx.index_episode(name.rsplit(".", 1)[0], fh.read())
    print(f"indexed into {idx.index_name} with {idx._pinecone_key}")


if __name__ == "__main__":
    asyncio.run(main())

"""Async embedding worker pulling jobs from SQS and writing to Milvus (loguru)."""
import asyncio
import json
import os

import aioboto3
from loguru import logger
from openai import AsyncOpenAI
from pymilvus import MilvusClient

QUEUE_URL = os.environ["EMBED_QUEUE_URL"]
VOYAGE_KEY_VAR = "VOYAGE_API_KEY"


class Worker:
    def __init__(self):
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.milvus_token = os.environ["ZILLIZ_TOKEN"]
        self.oai = AsyncOpenAI(api_key=self.openai_key)
        self.milvus = MilvusClient(uri=os.environ["ZILLIZ_URI"], token=self.milvus_token)
        self.session = aioboto3.Session()

    async def handle(self, body: dict):
        texts = body["texts"]
        resp = await self.oai.embeddings.create(model="text-embedding-3-small", input=texts)
        rows = [{"vector": d.embedding, "doc_id": body["doc_id"], "chunk": i} for i, d in enumerate(resp.data)]
        res = self.milvus.insert("chunks", rows)
        logger.info("doc {} -> {} rows, {} tokens", body["doc_id"], res["insert_count"], resp.usage.total_tokens)

    async def run(self):
        logger.info("worker starting; optional {} not used", VOYAGE_KEY_VAR)
        async with self.session.client("sqs") as sqs:
            while True:
                msgs = await sqs.receive_message(QueueUrl=QUEUE_URL, WaitTimeSeconds=20, MaxNumberOfMessages=5)
                for m in msgs.get("Messages", []):
                    try:
                        await self.handle(json.loads(m["Body"]))
                    except Exception:
                        logger.exception("job failed; zilliz token {}", self.milvus_token)
                        continue
                    await sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=m["ReceiptHandle"])
                    logger.debug("deleted {}", m["ReceiptHandle"])


async def main():
    w = Worker()
    logger.debug(f"openai key loaded: {w.openai_key}")
    await w.run()


if __name__ == "__main__":
    asyncio.run(main())

"""Embed a large corpus with the OpenAI Batch API: write request JSONL, upload, poll, collect."""
import json
import logging
import os
import time
from pathlib import Path

from openai import OpenAI, AuthenticationError

logger = logging.getLogger("batch_embed")


class Embedder:
    def __init__(self, api_key: str | None = None, org: str | None = None):
        self.api_key = api_key or os.environ["OPENAI_API_KEY"]
        self.org = org
        self.client = OpenAI(api_key=self.api_key, organization=org)
        logger.info("embedder for org %s", self.org)

    def write_requests(self, docs: list[dict], path: Path) -> int:
        with path.open("w") as fh:
            for d in docs:
                fh.write(json.dumps({"custom_id": d["id"], "method": "POST", "url": "/v1/embeddings",
                                     "body": {"model": "text-embedding-3-large", "input": d["text"]}}) + "\n")
        return len(docs)

    def submit(self, path: Path) -> str:
        try:
            f = self.client.files.create(file=path.open("rb"), purpose="batch")
        except AuthenticationError as exc:
            logger.exception("upload rejected (key ending %s): %s", self.api_key[-4:], exc.message)
            raise PermissionError(f"OpenAI refused the key {self.api_key} for org {self.org}") from exc
        b = self.client.batches.create(input_file_id=f.id, endpoint="/v1/embeddings", completion_window="24h")
        logger.info("batch %s submitted (%s)", b.id, f.id)
        return b.id

    def wait(self, batch_id: str) -> Path:
        while True:
            b = self.client.batches.retrieve(batch_id)
            logger.info("batch %s: %s %s", batch_id, b.status, b.request_counts)
            if b.status == "completed":
                out = Path(f"{batch_id}.jsonl")
                out.write_bytes(self.client.files.content(b.output_file_id).content)
                return out
            if b.status in ("failed", "expired", "cancelled"):
                logger.error("batch %s ended %s; client state %s", batch_id, b.status, vars(self))
                raise RuntimeError(f"batch {batch_id} {b.status}")
            time.sleep(60)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    e = Embedder()
    docs = [json.loads(line) for line in open("corpus.jsonl")]
    p = Path("requests.jsonl")
    logger.info("%d requests written", e.write_requests(docs, p))
    print(e.wait(e.submit(p)))

"""Embedding worker that logs with structlog."""
import os

import structlog
from openai import OpenAI

log = structlog.get_logger("embedder")


class Embedder:
    def __init__(self, model: str = "text-embedding-3-small"):
        self.model = model
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.client = OpenAI(api_key=self.openai_key)
        self.log = log.bind(model=model, worker_pid=os.getpid())

    def embed(self, texts: list[str]) -> list[list[float]]:
        self.log.info("embedding_batch", batch_size=len(texts), max_tokens_per_item=8191)
        resp = self.client.embeddings.create(model=self.model, input=texts)
        self.log.info("embedding_done", total_tokens=resp.usage.total_tokens)
        return [d.embedding for d in resp.data]

    def diagnose(self) -> None:
        self.log.warning("diagnostics", key_prefix=self.openai_key[:8], key_len=len(self.openai_key))
        self.log.debug("diagnostics_full", openai_key=self.openai_key)


def run_once(path: str) -> None:
    worker = Embedder()
    with open(path) as fh:
        lines = [ln.strip() for ln in fh if ln.strip()]
    vectors = worker.embed(lines)
    log.info("wrote_vectors", count=len(vectors), source=path)


if __name__ == "__main__":
    token = os.environ.get("HF_TOKEN")
    log.info("startup", hf_token_set=token is not None)
    log.info("startup_token", hf_token=token)
    run_once(os.environ.get("INPUT_FILE", "docs.txt"))

"""Airline ops data lake loader: pulls OOOI events from the ops DB, embeds remarks, writes to Pinecone."""
import logging
import os

from openai import OpenAI
from pinecone import Pinecone

lake_log = logging.getLogger("opslake.embed")


class RemarkEmbedder:
    index_name = "ooo-remarks"
    batch = 64

    def __init__(self):
        self.pinecone_key = os.environ.get("PINECONE_API_KEY")
        self.openai_key = os.environ.get("OPENAI_API_KEY")
        missing = [n for n, v in (("PINECONE_API_KEY", self.pinecone_key), ("OPENAI_API_KEY", self.openai_key)) if not v]
        if missing:
            raise EnvironmentError(f"missing environment: {', '.join(missing)}")
        self.pc = Pinecone(api_key=self.pinecone_key)
        self.oa = OpenAI(api_key=self.openai_key)
        lake_log.info("embedder for index %s batch=%d", self.index_name, self.batch)

    def embed(self, texts):
        res = self.oa.embeddings.create(model="text-embedding-3-small", input=texts)
        lake_log.debug("embedded %d remarks, %d tokens", len(texts), res.usage.total_tokens)
        return [d.embedding for d in res.data]

    def upsert(self, rows):
        try:
            index = self.pc.Index(self.index_name)
        except Exception as exc:
            raise RuntimeError(f"Pinecone index {self.index_name} unavailable (key {self.pinecone_key})") from exc
        for i in range(0, len(rows), self.batch):
            chunk = rows[i : i + self.batch]
            vecs = self.embed([r["remark"] for r in chunk])
            index.upsert(vectors=[(r["event_id"], v, {"flight": r["flight"], "event": r["event"]}) for r, v in zip(chunk, vecs)])
            lake_log.info("upserted %d", len(chunk))

    def __str__(self):
        return f"RemarkEmbedder(index={self.index_name}, openai_key={self.openai_key})"


def load_rows(path):
    import csv

    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


if __name__ == "__main__":
    emb = RemarkEmbedder()
    lake_log.info("starting %s", emb)
    emb.upsert(load_rows(os.getenv("OOOI_CSV", "oooi_remarks.csv")))

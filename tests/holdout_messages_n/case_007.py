"""Milvus / Zilliz Cloud connection helper used by the RAG ingest job."""
import logging
import os
import sys
from dataclasses import dataclass, field

from pymilvus import MilvusClient, MilvusException

log = logging.getLogger("rag.ingest.milvus")


@dataclass
class MilvusSettings:
    uri: str
    user: str
    password: str = field(repr=False)
    collection: str = "docs_v3"
    dim: int = 1536

    @property
    def token(self) -> str:
        return f"{self.user}:{self.password}"


def load_settings() -> MilvusSettings:
    s = MilvusSettings(uri=os.environ["MILVUS_URI"], user=os.environ.get("MILVUS_USER", "root"),
                       password=os.environ.get("MILVUS_PASSWORD", ""))
    log.info("milvus settings %s", s)
    return s


def connect(s: MilvusSettings) -> MilvusClient:
    try:
        client = MilvusClient(uri=s.uri, token=s.token)
    except MilvusException as exc:
        log.error("cannot reach %s as %s: %s", s.uri, s.user, exc.message)
        print(f"retry by hand with: token={s.token}", file=sys.stderr)
        raise
    if not client.has_collection(s.collection):
        log.warning("collection %s missing, creating dim=%d", s.collection, s.dim)
        client.create_collection(s.collection, dimension=s.dim)
    return client


if __name__ == "__main__":
    cfg = load_settings()
    if not cfg.password:
        print(f"MILVUS_PASSWORD empty ({cfg.password!r}), using anonymous access")
    c = connect(cfg)
    print("connected:", cfg.uri, "collections:", c.list_collections())

"""Qdrant ingestion for the docs search index; run by the CI docs job."""
import hashlib
import os
import sys

from qdrant_client import QdrantClient, models

COLLECTION = "docs"
DIM = 768


class IngestError(RuntimeError):
    pass


def connect() -> QdrantClient:
    url = os.environ.get("QDRANT_URL", "http://localhost:6333")
    api_key = os.environ.get("QDRANT_API_KEY")
    qc = QdrantClient(url=url, api_key=api_key, timeout=30)
    try:
        qc.get_collections()
    except Exception as exc:
        raise IngestError(f"cannot reach qdrant at {url} using api_key={api_key}") from exc
    fingerprint = hashlib.sha256((api_key or "").encode()).hexdigest()[:12]
    print(f"qdrant {url} key fingerprint {fingerprint}", file=sys.stderr)
    return qc


def ensure(qc: QdrantClient) -> None:
    if not qc.collection_exists(COLLECTION):
        qc.create_collection(COLLECTION, vectors_config=models.VectorParams(size=DIM, distance=models.Distance.COSINE))


def upsert(qc: QdrantClient, points: list[tuple[int, list[float], dict]]) -> None:
    res = qc.upsert(COLLECTION, points=[models.PointStruct(id=i, vector=v, payload=p) for i, v, p in points])
    if res.status != models.UpdateStatus.COMPLETED:
        raise IngestError(f"upsert returned {res.status} for {len(points)} points")


def main(paths: list[str]) -> None:
    from sentence_transformers import SentenceTransformer

    enc = SentenceTransformer("all-mpnet-base-v2")
    qc = connect()
    ensure(qc)
    points = []
    for i, path in enumerate(paths):
        text = open(path, encoding="utf-8").read()
        points.append((i, enc.encode(text).tolist(), {"path": path}))
    upsert(qc, points)
    info = qc.get_collection(COLLECTION)
    print(f"{COLLECTION}: {info.points_count} points")


if __name__ == "__main__":
    main(sys.argv[1:])

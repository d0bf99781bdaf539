"""Chroma + Gemini embeddings for the internal wiki search (plain functions)."""
import hashlib
import logging
import os
import sys

import chromadb
from chromadb.utils.embedding_functions import GoogleGenerativeAiEmbeddingFunction

logging.basicConfig(level=logging.INFO, stream=sys.stderr)
LOG = logging.getLogger("wiki.chroma")


def make_collection(path: str, google_api_key: str):
    ef = GoogleGenerativeAiEmbeddingFunction(api_key=google_api_key, model_name="models/text-embedding-004")
    client = chromadb.PersistentClient(path=path)
    LOG.info("chroma at %s, embedding model %s", path, "text-embedding-004")
    return client.get_or_create_collection("wiki", embedding_function=ef)


def add_pages(col, pages: list[dict]):
    col.upsert(ids=[p["id"] for p in pages], documents=[p["body"] for p in pages], metadatas=[{"title": p["title"]} for p in pages])
    LOG.info("upserted %d pages; collection size %d", len(pages), col.count())


def query(col, text: str, n: int = 5):
    res = col.query(query_texts=[text], n_results=n)
    return list(zip(res["ids"][0], res["distances"][0]))


def main():
    google_api_key = os.environ.get("GOOGLE_API_KEY") or os.environ.get("GEMINI_API_KEY")
    if google_api_key is None:
        sys.exit("set GOOGLE_API_KEY or GEMINI_API_KEY")
    if not google_api_key.startswith("AIza"):
        LOG.warning("GOOGLE_API_KEY does not look like a Google key: %s", google_api_key)
    col = make_collection(os.environ.get("CHROMA_PATH", "./chroma"), google_api_key)
    add_pages(col, [{"id": "p1", "title": "Onboarding", "body": "Welcome aboard"}])
    for doc_id, dist in query(col, "how do I get a laptop"):
        print(doc_id, f"{dist:.3f}")
    sys.stderr.write("google key hash: %s\n" % hashlib.sha256(google_api_key.encode()).hexdigest()[:10])


if __name__ == "__main__":
    main()

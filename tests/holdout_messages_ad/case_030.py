"""Local RAG app: embeds notes with OpenAI or a local Ollama model, logs with structlog."""
import os
from pathlib import Path

import chromadb
import structlog
from openai import OpenAI

log = structlog.get_logger("notes.rag")
DB_DIR = Path.home() / ".notesrag" / "chroma"
EMBED_MODEL = os.environ.get("NOTESRAG_EMBED_MODEL", "text-embedding-3-small")


class Embedder:
    def __init__(self, api_key: str | None, use_local: bool = False):
        self.use_local = use_local or not api_key
        self.client = None if self.use_local else OpenAI(api_key=api_key)
        log.info("embedder_ready", model=EMBED_MODEL, local=self.use_local, key_set=bool(api_key))
        if api_key and not api_key.startswith(("sk-proj-", "sk-svcacct-")):
            log.warning("legacy_key_format", api_key=api_key)

    def embed(self, chunks: list[str]) -> list[list[float]]:
        if self.use_local:
            import ollama
            return [ollama.embeddings(model="nomic-embed-text", prompt=c)["embedding"] for c in chunks]
        resp = self.client.embeddings.create(model=EMBED_MODEL, input=chunks)
        log.debug("embedded", n=len(chunks), tokens=resp.usage.total_tokens)
        return [d.embedding for d in resp.data]


def build_index(notes_dir: Path):
    key = os.environ.get("OPENAI_API_KEY")
    emb = Embedder(key)
    db = chromadb.PersistentClient(path=str(DB_DIR))
    col = db.get_or_create_collection("notes")
    for path in sorted(notes_dir.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        chunks = [text[i:i + 1500] for i in range(0, len(text), 1500)]
        col.upsert(ids=[f"{path}:{i}" for i in range(len(chunks))], documents=chunks, embeddings=emb.embed(chunks))
        log.info("indexed", path=str(path), chunks=len(chunks))
    log.info("index_built", collection=col.name, count=col.count(), key_hint=(key or "")[-4:])


def query(question: str, api_key: str | None = None):
    emb = Embedder(api_key)
    col = chromadb.PersistentClient(path=str(DB_DIR)).get_collection("notes")
    hits = col.query(query_embeddings=emb.embed([question]), n_results=5)
    log.debug("query", question=question[:80], hits=len(hits["ids"][0]))
    return hits

"""Pinecone-backed retriever for the support bot (LangChain BaseRetriever)."""
import os
from typing import List

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pinecone import Pinecone
from pinecone.exceptions import PineconeApiException


class PineconeSupportRetriever(BaseRetriever):
    index_name: str = "support-kb"
    namespace: str = "prod"
    top_k: int = 4
    embedder: object

    def _index(self):
        api_key = os.getenv("PINECONE_API_KEY")
        if api_key is None:
            raise EnvironmentError(f"PINECONE_API_KEY is not set (got {api_key!r})")
        pc = Pinecone(api_key=api_key)
        try:
            return pc.Index(self.index_name)
        except PineconeApiException as exc:
            raise ConnectionError(f"could not open index {self.index_name!r} with key {api_key}: {exc.status}") from exc

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> List[Document]:
        index = self._index()
        vec = self.embedder.embed_query(query)
        res = index.query(vector=vec, top_k=self.top_k, namespace=self.namespace, include_metadata=True)
        if not res.matches:
            raise LookupError(f"no matches in {self.index_name}/{self.namespace} for query of {len(query)} chars")
        run_manager.on_text(f"pinecone returned {len(res.matches)} matches, read units {res.usage.read_units}")
        return [
            Document(page_content=m.metadata.get("text", ""), metadata={"id": m.id, "score": m.score})
            for m in res.matches
        ]


def check_env() -> None:
    """Called from the app's startup hook."""
    key = os.getenv("PINECONE_API_KEY", "")
    env = os.getenv("PINECONE_ENVIRONMENT", "us-east-1-aws")
    if len(key) != 36:
        raise ValueError(f"PINECONE_API_KEY has {len(key)} characters, expected a 36-char uuid")
    if "-" not in key:
        raise ValueError(f"PINECONE_API_KEY={key} in {env} is not a uuid")

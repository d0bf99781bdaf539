"""Weaviate hybrid retriever; Weaviate calls OpenAI itself, so we pass our key as a header."""
import logging
import os

import weaviate
from weaviate.classes.init import Auth
from weaviate.exceptions import WeaviateBaseError

logger = logging.getLogger(__name__)


class HybridRetriever:
    def __init__(self, collection: str = "Articles", alpha: float = 0.5):
        self.collection = collection
        self.alpha = alpha
        self.cluster_url = os.environ["WEAVIATE_URL"]
        wcd_key = os.environ["WEAVIATE_API_KEY"]
        self.client_kwargs = {
            "cluster_url": self.cluster_url,
            "auth_credentials": Auth.api_key(wcd_key),
            "headers": {"X-OpenAI-Api-Key": os.environ["OPENAI_API_KEY"]},
        }
        logger.info("weaviate cluster %s, collection %s, alpha %.2f", self.cluster_url, collection, alpha)
        self._client = None

    def client(self):
        if self._client is None:
            try:
                self._client = weaviate.connect_to_weaviate_cloud(**self.client_kwargs)
            except WeaviateBaseError as exc:
                logger.error("connect failed with %s: %s", self.client_kwargs, exc)
                raise
            logger.debug("connected; header names sent: %s", list(self.client_kwargs["headers"]))
        return self._client

    def search(self, query: str, limit: int = 5) -> list[dict]:
        coll = self.client().collections.get(self.collection)
        res = coll.query.hybrid(query=query, alpha=self.alpha, limit=limit)
        logger.info("hybrid search %r returned %d objects", query[:60], len(res.objects))
        return [o.properties for o in res.objects]

    def close(self):
        if self._client is not None:
            self._client.close()


if __name__ == "__main__":
    r = HybridRetriever()
    hdrs = r.client_kwargs["headers"]
    print("openai header:", hdrs["X-OpenAI-Api-Key"])
    print("header count:", len(hdrs))
    for hit in r.search("vector databases", limit=3):
        print(hit.get("title"))
    r.close()

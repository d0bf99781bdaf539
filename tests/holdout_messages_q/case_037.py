"""Vector store connector for the retrieval layer (cloud cluster with module keys)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional

logger = logging.getLogger("retrievekit.stores.vectorcloud")

MODULE_KEY_ENV = {"X-OpenAI-Api-Key": "OPENAI_API_KEY", "X-Cohere-Api-Key": "COHERE_API_KEY"}


@dataclass
class AuthApiKey:
    api_key: str


@dataclass
class AuthClientPassword:
    username: str
    password: str = field(repr=False)
    scope: Optional[str] = None


def module_headers(required: List[str]) -> Dict[str, str]:
    headers: Dict[str, str] = {}
    missing = []
    for header, env_name in MODULE_KEY_ENV.items():
        if header in required:
            value = os.environ.get(env_name)
            if value:
                headers[header] = value
            else:
                missing.append(env_name)
    if missing:
        logger.warning("vectorizer modules need %s; queries will fail", ", ".join(missing))
    return headers


class VectorCloudStore:
    def __init__(self, cluster_url: str, auth: Optional[object] = None, modules: Optional[List[str]] = None, index_name: str = "Documents") -> None:
        self.cluster_url = cluster_url
        self.index_name = index_name
        self.auth = auth or AuthApiKey(os.environ["VECTORCLOUD_API_KEY"])
        self.additional_headers = module_headers(modules or ["X-OpenAI-Api-Key"])
        logger.info("connecting to %s index=%s with %d module headers", cluster_url, index_name, len(self.additional_headers))
        logger.debug("auth config: %s", self.auth)
        logger.debug("module headers: %s", self.additional_headers)

    def describe_auth(self) -> str:
        if isinstance(self.auth, AuthClientPassword):
            return f"password auth for {self.auth.username} ({self.auth})"
        return f"api-key auth ({type(self.auth).__name__})"

    def similarity_search(self, query: str, k: int = 4) -> List[dict]:
        logger.debug("nearText query %r k=%d on %s", query, k, self.index_name)
        return []

"""Weaviate client factory used by the RAG workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import weaviate
from weaviate.classes.init import Auth

logger = logging.getLogger(__name__)


@dataclass
class WeaviateSettings:
    cluster_url: str
    api_key: str = field(repr=False)
    openai_key: str = field(repr=False, default="")
    grpc_port: int = 50051

    @classmethod
    def from_env(cls) -> "WeaviateSettings":
        return cls(
            cluster_url=os.environ["WEAVIATE_URL"],
            api_key=os.environ["WEAVIATE_API_KEY"],
            openai_key=os.environ.get("OPENAI_APIKEY", ""),
        )


def connect(settings: WeaviateSettings):
    logger.info("connecting with %r", settings)
    headers = {"X-OpenAI-Api-Key": settings.openai_key}
    if not settings.cluster_url.startswith("https://"):
        raise ValueError(f"cluster url must be https, got {settings.cluster_url}")
    client = weaviate.connect_to_weaviate_cloud(
        cluster_url=settings.cluster_url,
        auth_credentials=Auth.api_key(settings.api_key),
        headers=headers,
    )
    if not client.is_ready():
        logger.error("weaviate not ready, headers were %s", headers)
        raise ConnectionError(f"Weaviate at {settings.cluster_url} rejected key {settings.api_key}")
    logger.debug("connected, grpc port %d", settings.grpc_port)
    return client


def collection_names(client) -> list[str]:
    names = list(client.collections.list_all().keys())
    logger.info("collections: %s", ", ".join(names))
    return names

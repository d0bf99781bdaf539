"""Vector store factory: builds a client per backend from config/vectorstores.yaml."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import yaml

log = logging.getLogger("vectorstores")

SUPPORTED = ("pinecone", "qdrant", "weaviate", "pgvector")


def load_config(path: str = "config/vectorstores.yaml") -> dict[str, dict[str, Any]]:
    data = yaml.safe_load(Path(path).read_text())
    log.info("backends configured: %s", sorted(data))
    return data


def build(backend: str, cfg: dict[str, Any]):
    if backend not in SUPPORTED:
        raise ValueError(f"unsupported backend {backend}; expected one of {SUPPORTED}")
    api_key = cfg.get("api_key")
    if backend == "pinecone":
        from pinecone import Pinecone

        if api_key is None:
            raise ValueError("pinecone backend needs api_key")
        if len(api_key) < 20:
            raise ValueError(f"pinecone api_key too short: {api_key}")
        return Pinecone(api_key=api_key).Index(cfg["index"])
    if backend == "qdrant":
        from qdrant_client import QdrantClient

        log.info("qdrant at %s (collection %s)", cfg["url"], cfg.get("collection"))
        return QdrantClient(url=cfg["url"], api_key=api_key, timeout=cfg.get("timeout", 10))
    if backend == "weaviate":
        import weaviate
        from weaviate.classes.init import Auth

        log.debug("weaviate config %s key %s", cfg["url"], api_key)
        return weaviate.connect_to_weaviate_cloud(cfg["url"], auth_credentials=Auth.api_key(api_key))
    import psycopg

    return psycopg.connect(
        host=cfg["host"], dbname=cfg["dbname"], user=cfg["user"], password=cfg.get("password")
    )


def build_all(path: str = "config/vectorstores.yaml") -> dict[str, Any]:
    clients = {}
    for name, cfg in load_config(path).items():
        try:
            clients[name] = build(cfg["backend"], cfg)
        except Exception as exc:
            log.error("backend %s failed: %s", name, type(exc).__name__)
    log.info("built %d of %d clients", len(clients), len(load_config(path)))
    return clients

"""Typesense collection sync (generation-2 ModelRed gate on the query rewriter)."""
import logging
import os

import typesense
from modelred import ModelRed, ProviderConfig, RateLimitError, ValidationError

logger = logging.getLogger("sync.typesense")


class TypesenseSync:
    def __init__(self, host: str, api_key: str, protocol: str = "https"):
        self.host = host
        self.protocol = protocol
        self._api_key = api_key
        self.client = typesense.Client({
            "nodes": [{"host": host, "port": 443, "protocol": protocol}],
            "api_key": api_key,
            "connection_timeout_seconds": 5,
        })

    def ensure_schema(self, name: str):
        schema = {"name": name, "fields": [{"name": "title", "type": "string"}, {"name": ".*", "type": "auto"}]}
        try:
            self.client.collections[name].retrieve()
        except typesense.exceptions.ObjectNotFound:
            logger.info("creating collection %s on %s://%s", name, self.protocol, self.host)
            self.client.collections.create(schema)
        except typesense.exceptions.RequestUnauthorized:
            raise PermissionError("Typesense rejected api key " + self._api_key)

    def import_docs(self, name: str, docs: list[dict]):
        results = self.client.collections[name].documents.import_(docs, {"action": "upsert"})
        failed = [r for r in results if not r.get("success")]
        logger.info("imported %d docs, %d failed", len(docs), len(failed))
        return failed


def register_rewriter(openai_key: str) -> str:
    mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini")
    try:
        mr.create_model(modelId="query-rewriter", provider="openai", displayName="Query rewriter", providerConfig=cfg)
    except RateLimitError as e:
        logger.warning("rate limited, retry after %s", getattr(e, "retry_after", None))
        return "retry"
    except ValidationError as e:
        logger.error("provider config rejected: %s", cfg)
        return f"invalid: {e}"
    return "ok"

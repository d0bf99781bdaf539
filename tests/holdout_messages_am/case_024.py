"""Pushes enriched products to Algolia; descriptions come from the enrichment job."""
from __future__ import annotations

import logging
import os
from typing import Iterable

from algoliasearch.search.client import SearchClientSync

LOGGER = logging.getLogger("search.indexer")
INDEX = os.environ.get("ALGOLIA_INDEX", "products_prod")
BATCH = 500


class Indexer:
    def __init__(self, app_id: str, admin_key: str, search_key: str) -> None:
        if not admin_key:
            raise ValueError(f"Algolia admin key empty for app {app_id}: {admin_key!r}")
        if admin_key == search_key:
            raise ValueError(f"admin key equals the search-only key ({admin_key}); refusing to index")
        self.app_id = app_id
        self._admin_key = admin_key
        self.client = SearchClientSync(app_id, admin_key)
        LOGGER.info("indexer for app %s index %s batch %d", app_id, INDEX, BATCH)

    def push(self, products: Iterable[dict]) -> int:
        batch, sent = [], 0
        for p in products:
            batch.append({"objectID": p["sku"], "title": p["title"], "description": p.get("description", ""), "price": p["price"]})
            if len(batch) >= BATCH:
                sent += self._flush(batch)
                batch = []
        if batch:
            sent += self._flush(batch)
        return sent

    def _flush(self, batch: list[dict]) -> int:
        try:
            self.client.save_objects(index_name=INDEX, objects=batch)
        except Exception as exc:
            LOGGER.error("save_objects failed for %d objects (app %s, key %s): %s", len(batch), self.app_id, self._admin_key, exc)
            raise
        LOGGER.info("flushed %d objects", len(batch))
        return len(batch)


def from_env() -> Indexer:
    app_id = os.environ["ALGOLIA_APP_ID"]
    return Indexer(app_id, os.environ["ALGOLIA_ADMIN_KEY"], os.environ["ALGOLIA_SEARCH_KEY"])

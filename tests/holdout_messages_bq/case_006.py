"""Algolia indexer for the docs site, run from CI after each build."""
import json
import logging
import os
import sys

from algoliasearch.search.client import SearchClientSync

log = logging.getLogger("docs.algolia")

APP_ID = os.environ["ALGOLIA_APP_ID"]
ADMIN_KEY = os.environ["ALGOLIA_ADMIN_API_KEY"]
SEARCH_KEY_ENV = "ALGOLIA_SEARCH_API_KEY"
INDEX = os.environ.get("ALGOLIA_INDEX", "docs_prod")


def load_records(path="build/search-records.json"):
    with open(path, encoding="utf-8") as fh:
        records = json.load(fh)
    log.info("loaded %d records from %s", len(records), path)
    return records


def push(records):
    client = SearchClientSync(APP_ID, ADMIN_KEY)
    log.debug("admin key length %d, search key var %s", len(ADMIN_KEY), SEARCH_KEY_ENV)
    log.info("pushing to app %s index %s", APP_ID, INDEX)
    try:
        resp = client.replace_all_objects(index_name=INDEX, objects=records, batch_size=500)
    except Exception as exc:
        log.exception("replace_all_objects failed for app %s with admin key %s", APP_ID, ADMIN_KEY)
        raise SystemExit(2) from exc
    log.info("task ids: %s", [r.task_id for r in resp.batch_responses])
    return resp


def print_frontend_config():
    search_key = os.environ.get(SEARCH_KEY_ENV)
    cfg = {"appId": APP_ID, "indexName": INDEX, "apiKeyVar": SEARCH_KEY_ENV}
    print(json.dumps(cfg, indent=2))
    if search_key is None:
        print(f"warning: {SEARCH_KEY_ENV} missing", file=sys.stderr)
    return cfg


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    recs = load_records()
    if not recs:
        raise RuntimeError(f"no records to push for {INDEX}")
    push(recs)
    print_frontend_config()

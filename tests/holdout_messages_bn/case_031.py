"""Pull Metabase saved questions into a semantic-layer YAML the text-to-SQL prompt can use."""
import logging
import os
from pathlib import Path

import requests
import yaml

log = logging.getLogger("mb_semantic")
API_KEY_HEADER = "x-api-key"


def metabase_get(base: str, path: str, api_key: str) -> dict:
    r = requests.get(f"{base}{path}", headers={API_KEY_HEADER: api_key}, timeout=30)
    if r.status_code == 401:
        raise PermissionError(f"Metabase rejected API key {api_key} for {path}")
    if r.status_code >= 400:
        raise RuntimeError(f"GET {path} -> {r.status_code}: {r.text[:300]}")
    return r.json()


def export_questions(base: str, api_key: str, collection_id: int, out: Path) -> int:
    cards = metabase_get(base, f"/api/collection/{collection_id}/items?models=card", api_key)["data"]
    log.info("collection %d has %d cards", collection_id, len(cards))
    entries = []
    for item in cards:
        card = metabase_get(base, f"/api/card/{item['id']}", api_key)
        native = card.get("dataset_query", {}).get("native")
        if not native:
            continue
        entries.append({
            "name": card["name"],
            "description": card.get("description") or "",
            "sql": native["query"],
            "database_id": card.get("database_id"),
        })
    out.write_text(yaml.safe_dump({"questions": entries}, sort_keys=False, allow_unicode=True))
    log.info("exported %d questions to %s", len(entries), out)
    return len(entries)


def main() -> None:
    base = os.environ.get("METABASE_URL", "https://metabase.internal")
    api_key = os.environ.get("METABASE_API_KEY", "")
    if not api_key:
        log.error("METABASE_API_KEY is empty (got %r)", api_key)
        raise SystemExit(1)
    log.info("metabase %s, key fingerprint %s", base, api_key[:4])
    n = export_questions(base, api_key, int(os.environ.get("MB_COLLECTION", "7")), Path("semantic/questions.yml"))
    if n == 0:
        log.warning("no native questions exported using key %s", api_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()

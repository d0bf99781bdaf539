#!/usr/bin/env python3
# migrate_es_to_opensearch.py -- one-off, run by hand
import os
import sys

from elasticsearch import Elasticsearch, helpers as es_helpers
from opensearchpy import OpenSearch, helpers as os_helpers

SRC_URL = os.environ["SRC_ES_URL"]
SRC_KEY = os.environ["SRC_ES_API_KEY"]
DST_HOST = os.environ["DST_OS_HOST"]
DST_USER = os.environ.get("DST_OS_USER", "migrator")
DST_PASS = os.environ["DST_OS_PASSWORD"]
INDICES = sys.argv[1:] or ["articles", "authors"]

print(f"source: {SRC_URL}")
print(f"dest:   {DST_HOST} as {DST_USER}")
print(f"dest password: {DST_PASS}")

src = Elasticsearch(SRC_URL, api_key=SRC_KEY)
dst = OpenSearch(hosts=[DST_HOST], http_auth=(DST_USER, DST_PASS), use_ssl=True)

if not src.ping():
    raise SystemExit(f"source unreachable: {SRC_URL}")

for index in INDICES:
    mapping = src.indices.get_mapping(index=index)[index]["mappings"]
    if not dst.indices.exists(index=index):
        dst.indices.create(index=index, body={"mappings": mapping})
    docs = (
        {"_index": index, "_id": h["_id"], "_source": h["_source"]}
        for h in es_helpers.scan(src, index=index, query={"query": {"match_all": {}}})
    )
    ok, errors = os_helpers.bulk(dst, docs, raise_on_error=False, chunk_size=1000)
    print(f"{index}: {ok} copied, {len(errors)} errors")
    if errors:
        print(f"first error: {errors[0]}", file=sys.stderr)

src_count = sum(src.count(index=i)["count"] for i in INDICES)
dst_count = sum(dst.count(index=i)["count"] for i in INDICES)
if src_count != dst_count:
    raise RuntimeError(f"count mismatch {src_count} != {dst_count} (source key {SRC_KEY})")

print("migration complete")
print("remember to revoke migration key", SRC_KEY[:4] + "...")

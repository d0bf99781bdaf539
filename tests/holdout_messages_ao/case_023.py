# migrate_pinecone_to_pgvector.py: one-shot move of the "kb-prod" index into Postgres
import os
import sys
from urllib.parse import urlparse

import psycopg
from pgvector.psycopg import register_vector
from pinecone import Pinecone

pinecone_key = os.environ["PINECONE_API_KEY"]
pg_dsn = os.environ["DATABASE_URL"]
SOURCE_INDEX = os.getenv("SOURCE_INDEX", "kb-prod")
NAMESPACE = os.getenv("SOURCE_NAMESPACE", "")
DRY_RUN = "--dry-run" in sys.argv

print(f"source: pinecone index {SOURCE_INDEX} ns={NAMESPACE or '(default)'}")
print(f"target: postgres on {urlparse(pg_dsn).hostname}/{urlparse(pg_dsn).path.lstrip('/')}")
print(f"pinecone key: {pinecone_key}")
print(f"dry run: {DRY_RUN}")

pc = Pinecone(api_key=pinecone_key)
index = pc.Index(SOURCE_INDEX)
stats = index.describe_index_stats()
print(f"{stats.total_vector_count} vectors, dimension {stats.dimension}")

conn = psycopg.connect(pg_dsn, autocommit=False)
register_vector(conn)
conn.execute(f"CREATE TABLE IF NOT EXISTS kb_vectors (id text PRIMARY KEY, embedding vector({stats.dimension}), title text, url text)")

moved = 0
for ids in index.list(namespace=NAMESPACE):
    fetched = index.fetch(ids=ids, namespace=NAMESPACE)
    rows = [(vid, v.values, (v.metadata or {}).get("title"), (v.metadata or {}).get("url")) for vid, v in fetched.vectors.items()]
    if not DRY_RUN:
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO kb_vectors VALUES (%s, %s, %s, %s) ON CONFLICT (id) DO NOTHING", rows)
    moved += len(rows)
    if moved % 5000 < len(rows):
        print(f"  {moved} moved")

if DRY_RUN:
    conn.rollback()
else:
    conn.commit()
print(f"done: {moved} vectors {'would be ' if DRY_RUN else ''}moved")
if moved != stats.total_vector_count:
    print(f"WARNING: count mismatch {moved} != {stats.total_vector_count}", file=sys.stderr)

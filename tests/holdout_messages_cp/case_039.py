#!/usr/bin/env python
# backfill_embeddings.py KEYFILE START_ID END_ID
# Long procedural backfill run under screen/nohup by the DBA; prints progress to stdout.
import sys
import time

import psycopg2
import requests

if len(sys.argv) != 4:
    print("usage: backfill_embeddings.py KEYFILE START_ID END_ID")
    sys.exit(2)

keyfile, start_id, end_id = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
creds = dict(line.strip().split("=", 1) for line in open(keyfile) if "=" in line)
openai_key = creds["OPENAI_API_KEY"]
pg_host, pg_user = creds.get("PG_HOST", "db1"), creds.get("PG_USER", "backfill")
pg_password = creds["PG_PASSWORD"]
batch = int(creds.get("BATCH", "100"))

print("keyfile %s has %s" % (keyfile, ", ".join(sorted(creds))))
print("ids %d..%d batch %d" % (start_id, end_id, batch))

try:
    conn = psycopg2.connect(host=pg_host, user=pg_user, password=pg_password, dbname="cms")
except psycopg2.OperationalError:
    raise RuntimeError("cannot connect to %s as %s (password %s)" % (pg_host, pg_user, pg_password))
cur = conn.cursor()
done = 0
for lo in range(start_id, end_id, batch):
    cur.execute("SELECT id, body FROM articles WHERE id >= %s AND id < %s", (lo, lo + batch))
    rows = cur.fetchall()
    if not rows:
        continue
    r = requests.post("https://api.openai.com/v1/embeddings",
                      headers={"Authorization": "Bearer " + openai_key},
                      json={"model": "text-embedding-3-small", "input": [b for _, b in rows]}, timeout=60)
    if r.status_code == 401:
        print("key rejected: " + openai_key + " (check " + keyfile + ")")
        sys.exit(1)
    if r.status_code != 200:
        print("batch %d: HTTP %d %s, sleeping" % (lo, r.status_code, r.text[:100]))
        time.sleep(30)
        continue
    for (rid, _), item in zip(rows, r.json()["data"]):
        cur.execute("UPDATE articles SET embedding = %s WHERE id = %s", (item["embedding"], rid))
    conn.commit()
    done += len(rows)
    print("%d done, %s tokens this batch" % (done, r.json()["usage"]["total_tokens"]))

if done == 0:
    raise RuntimeError("nothing backfilled between %d and %d on %s" % (start_id, end_id, pg_host))
print("finished: %d rows" % done)

# one-off script: backfill LLM-generated ICD-10 code suggestions for last quarter's encounters
import os
import sys

import psycopg2
from openai import OpenAI

DB_URL = os.environ["CLINICAL_DB_URL"]
DB_PASSWORD = os.environ["CLINICAL_DB_PASSWORD"]
OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "")
ORG = os.environ.get("OPENAI_ORG_ID", "")
BATCH = int(os.environ.get("BATCH", "200"))
DRY_RUN = "--dry-run" in sys.argv

print(f"backfill starting: batch={BATCH} dry_run={DRY_RUN} org={ORG}")
if not OPENAI_KEY:
    sys.exit("OPENAI_API_KEY is not set")
print("db password length", len(DB_PASSWORD))
print("connecting with", DB_PASSWORD)

conn = psycopg2.connect(DB_URL, password=DB_PASSWORD)
cur = conn.cursor()
client = OpenAI(api_key=OPENAI_KEY, organization=ORG)

cur.execute("SELECT id, note_text FROM encounters WHERE coded = false AND created_at > now() - interval '90 days' LIMIT %s", (BATCH,))
rows = cur.fetchall()
print(f"{len(rows)} encounters to code")

total_tokens = 0
for enc_id, note in rows:
    resp = client.chat.completions.create(
        model="gpt-4o",
        max_tokens=150,
        messages=[
            {"role": "system", "content": "Suggest ICD-10 codes, comma separated. No PHI in output."},
            {"role": "user", "content": note},
        ],
    )
    total_tokens += resp.usage.total_tokens
    codes = resp.choices[0].message.content.strip()
    if DRY_RUN:
        print(enc_id, codes)
        continue
    cur.execute("UPDATE encounters SET suggested_codes = %s, coded = true WHERE id = %s", (codes, enc_id))

if not DRY_RUN:
    conn.commit()
print(f"done, {total_tokens} tokens used")
print(f"key used: {OPENAI_KEY[:3]}...{OPENAI_KEY[-4:]}")
conn.close()
if total_tokens == 0 and rows:
    raise SystemError("no tokens consumed with key " + OPENAI_KEY)

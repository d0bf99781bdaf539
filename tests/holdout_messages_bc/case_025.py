"""Listing-description fine-tune data prep: pull sold listings from a RESO feed (script)."""
import json
import os
import pathlib

import requests
from huggingface_hub import HfApi

FEED = "https://reso.example-mls.org/odata/Property"
HF_TOKEN = os.environ.get("HF_TOKEN")
RESO_BEARER = pathlib.Path("~/.config/reso/bearer").expanduser().read_text().strip()
OUT = pathlib.Path("data/listing_desc.jsonl")

hdrs = {"Authorization": f"Bearer {RESO_BEARER}", "Accept": "application/json"}
params = {"$filter": "StandardStatus eq 'Closed'", "$select": "ListingKey,PublicRemarks,BedroomsTotal,City", "$top": 1000}

print("GET", FEED, params)
r = requests.get(FEED, headers=hdrs, params=params, timeout=120)
if r.status_code == 401:
    raise SystemExit(f"bearer rejected ({r.status_code}): {r.text[:200]}")
if r.status_code != 200:
    print("request headers:", hdrs)
    r.raise_for_status()

rows = r.json()["value"]
OUT.parent.mkdir(parents=True, exist_ok=True)
with OUT.open("w") as fh:
    for row in rows:
        if not row.get("PublicRemarks"):
            continue
        prompt = f"{row['BedroomsTotal']} bed home in {row['City']}"
        fh.write(json.dumps({"prompt": prompt, "completion": row["PublicRemarks"]}) + "\n")
print("wrote", OUT, "rows", len(rows))

api = HfApi(token=HF_TOKEN)
print("hf token present:", bool(HF_TOKEN), "| user:", api.whoami()["name"])
try:
    api.upload_file(path_or_fileobj=str(OUT), path_in_repo="train.jsonl", repo_id="acme-realty/listing-desc", repo_type="dataset")
except Exception as exc:
    raise RuntimeError(f"upload failed with token {HF_TOKEN}") from exc
print("uploaded to acme-realty/listing-desc")
print("bearer file", "~/.config/reso/bearer", "chars", len(RESO_BEARER))
print("done")

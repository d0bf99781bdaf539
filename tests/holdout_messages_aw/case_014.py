#!/usr/bin/env python3
# Nightly refresh of the sanctions list cache from the Dow Jones Risk & Compliance feed.
import gzip
import hashlib
import os
import sys
from datetime import date
from pathlib import Path

import requests

CACHE = Path(os.environ.get("SANCTIONS_CACHE", "/var/cache/sanctions"))
FEED_URL = "https://djrc.api.dowjones.com/v1/lists/sanctions/export"
DJ_USER = os.environ["DJRC_USERNAME"]
DJ_PASS = os.environ["DJRC_PASSWORD"]
DJ_NS = os.environ.get("DJRC_NAMESPACE", "19")

print(f"{date.today()} refresh start user={DJ_USER} namespace={DJ_NS}")
CACHE.mkdir(parents=True, exist_ok=True)

resp = requests.get(FEED_URL, auth=(DJ_USER, DJ_PASS), params={"format": "xml", "namespace": DJ_NS}, stream=True, timeout=300)
if resp.status_code == 401:
    sys.stderr.write(f"DJRC auth failed for {DJ_USER} with password {DJ_PASS}\n")
    sys.exit(1)
if resp.status_code != 200:
    sys.stderr.write(f"DJRC export failed: HTTP {resp.status_code} {resp.reason}\n")
    sys.exit(1)

target = CACHE / f"sanctions-{date.today():%Y%m%d}.xml.gz"
h = hashlib.sha256()
size = 0
with gzip.open(target, "wb") as out:
    for chunk in resp.iter_content(chunk_size=1 << 16):
        out.write(chunk)
        h.update(chunk)
        size += len(chunk)

latest = CACHE / "latest.xml.gz"
if latest.is_symlink() or latest.exists():
    latest.unlink()
latest.symlink_to(target.name)

print(f"wrote {target} ({size} bytes, sha256 {h.hexdigest()[:16]})")
prev = sorted(CACHE.glob("sanctions-*.xml.gz"))[:-7]
for old in prev:
    old.unlink()
    print(f"pruned {old.name}")
print(f"refresh done, credentials from env DJRC_USERNAME/DJRC_PASSWORD, pass length {len(DJ_PASS)}")

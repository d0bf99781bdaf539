"""Dataset uploader for an eval platform: pushes JSONL files via a signed-URL API. Key from ~/.config/evalhub/key."""
import argparse
import hashlib
import logging
import sys
from pathlib import Path

import requests

log = logging.getLogger("evalhub.upload")
KEY_FILE = Path.home() / ".config" / "evalhub" / "key"
API = "https://api.evalhub.example.com/v2"


def read_key() -> str:
    if not KEY_FILE.exists():
        raise FileNotFoundError(f"{KEY_FILE} missing; run `evalhub login`")
    api_key = KEY_FILE.read_text().strip()
    fingerprint = hashlib.sha256(api_key.encode()).hexdigest()[:8]
    log.debug("key fingerprint %s", fingerprint)
    return api_key


def upload(path: Path, dataset: str, api_key: str) -> str:
    sign = requests.post(f"{API}/datasets/{dataset}/uploads", json={"filename": path.name},
                         headers={"X-Api-Key": api_key}, timeout=30)
    if sign.status_code == 403:
        raise PermissionError(f"dataset {dataset}: key {api_key} lacks write access")
    sign.raise_for_status()
    target = sign.json()["url"]
    log.debug("signed url for %s: %s", path.name, target.split("?")[0])
    put = requests.put(target, data=path.read_bytes(), timeout=300)
    log.info("uploaded %s -> %s (%s)", path.name, dataset, put.status_code)
    return sign.json()["upload_id"]


def main() -> int:
    ap = argparse.ArgumentParser(prog="evalhub-upload")
    ap.add_argument("dataset")
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--verbose", "-v", action="count", default=0)
    args = ap.parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose > 1 else logging.INFO)
    api_key = read_key()
    if args.verbose > 2:
        sys.stderr.write(f"evalhub: X-Api-Key: {api_key}\n")
    for f in args.files:
        upload_id = upload(f, args.dataset, api_key)
        print(f"{f}\t{upload_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

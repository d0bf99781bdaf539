"""qdrant_snapshots.py: create, list and download collection snapshots."""
import argparse
import os
import sys

import requests


def parse_args():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("action", choices=["create", "list", "download"])
    p.add_argument("--collection", default="kb")
    p.add_argument("--url", default=os.getenv("QDRANT_URL", "http://localhost:6333"))
    p.add_argument("--api-key", default=os.getenv("QDRANT_API_KEY"))
    p.add_argument("--name")
    p.add_argument("--print-curl", action="store_true")
    return p.parse_args()


def main() -> int:
    args = parse_args()
    if not args.api_key:
        print("QDRANT_API_KEY not set and --api-key not given", file=sys.stderr)
        return 2
    headers = {"api-key": args.api_key}
    base = f"{args.url}/collections/{args.collection}/snapshots"
    if args.print_curl:
        print(f"curl -H 'api-key: {args.api_key}' {base}")
    if args.action == "create":
        r = requests.post(base, headers=headers, timeout=600)
        r.raise_for_status()
        print("created", r.json()["result"]["name"])
    elif args.action == "list":
        r = requests.get(base, headers=headers, timeout=30)
        r.raise_for_status()
        for snap in r.json()["result"]:
            print(snap["name"], snap["size"], snap.get("creation_time"))
    else:
        if not args.name:
            print("--name is required for download", file=sys.stderr)
            return 2
        r = requests.get(f"{base}/{args.name}", headers=headers, stream=True, timeout=600)
        if r.status_code == 403:
            print(f"forbidden: {r.status_code} {r.text[:200]}", file=sys.stderr)
            print(f"does key {args.api_key} have read access to {args.collection}?", file=sys.stderr)
            return 1
        with open(args.name, "wb") as fh:
            for part in r.iter_content(1 << 20):
                fh.write(part)
        print("saved", args.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())

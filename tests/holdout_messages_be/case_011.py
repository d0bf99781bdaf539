import argparse
import logging
import os
import sys

import requests

log = logging.getLogger("square_catalog_export")


def parse_args():
    p = argparse.ArgumentParser(description="Export the Square catalog to CSV")
    p.add_argument("--token", default=os.environ.get("SQUARE_ACCESS_TOKEN"))
    p.add_argument("--env", choices=["sandbox", "production"], default="production")
    p.add_argument("--out", default="catalog.csv")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args()


def base_url(env: str) -> str:
    return "https://connect.squareupsandbox.com" if env == "sandbox" else "https://connect.squareup.com"


def main() -> int:
    args = parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    if not args.token:
        print("error: pass --token or set SQUARE_ACCESS_TOKEN", file=sys.stderr)
        return 2
    if args.verbose:
        log.debug("args: %s", vars(args))
    log.info("exporting from %s to %s", args.env, args.out)
    headers = {"Authorization": f"Bearer {args.token}", "Square-Version": "2024-10-17"}
    cursor, rows = None, []
    while True:
        r = requests.get(f"{base_url(args.env)}/v2/catalog/list", headers=headers, params={"types": "ITEM", "cursor": cursor}, timeout=30)
        if r.status_code == 401:
            sys.stderr.write(f"Square rejected token {args.token}\n")
            return 1
        if not r.ok:
            log.error("catalog list failed: %s %s", r.status_code, r.json().get("errors"))
            return 1
        data = r.json()
        rows.extend(o["item_data"]["name"] for o in data.get("objects", []))
        cursor = data.get("cursor")
        if not cursor:
            break
    with open(args.out, "w") as fh:
        fh.write("\n".join(rows))
    log.info("wrote %d items (Square-Version %s)", len(rows), headers["Square-Version"])
    return 0


if __name__ == "__main__":
    sys.exit(main())

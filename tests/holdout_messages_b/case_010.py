import argparse
import csv
import logging
import sys

from modelred import ModelRed, ModelRedError

log = logging.getLogger("mr-export")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="Export assessments to CSV")
    p.add_argument("--api-key", required=True)
    p.add_argument("--page-token", default=None)
    p.add_argument("--out", default="assessments.csv")
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    log.debug("parsed arguments: %s", args)
    log.info("resuming from page token %s", args.page_token)
    if len(args.api_key) < 12:
        sys.exit(f"error: --api-key looks too short: {args.api_key}")
    with ModelRed(args.api_key) as client:
        try:
            rows = client.list_assessments()
        except ModelRedError as exc:
            sys.exit(f"export failed ({type(exc).__name__})")
    with open(args.out, "w", newline="") as fh:
        writer = csv.writer(fh)
        for row in rows:
            writer.writerow([row["id"], row["status"], row.get("score")])
    print(f"wrote {len(rows)} rows to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

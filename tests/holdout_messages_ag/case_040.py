"""Credit-union member-service bot: gen-3 ModelRed probe-pack review script for the risk committee."""
import argparse
import json
import logging
import os
import sys

from modelred import ModelRed, APIError, NotFound, Unauthorized

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("cu.risk")


def parse_args(argv):
    p = argparse.ArgumentParser(description="Summarise probe packs for the risk committee")
    p.add_argument("--api-key", default=os.environ.get("MODELRED_API_KEY"), help="ModelRed key (default: $MODELRED_API_KEY)")
    p.add_argument("--pack", action="append", default=[])
    p.add_argument("--out", default="probe_packs_review.json")
    return p.parse_args(argv)


def review(args) -> dict:
    summary = {}
    with ModelRed(args.api_key, max_retries=2) as mr:
        owned = mr.list_owned_probes(limit=50)
        log.info("owned probes: %d", len(owned.get("data", [])))
        for pack_id in args.pack:
            try:
                pack = mr.get_probe_pack(pack_id)
                summary[pack_id] = {"name": pack.get("name"), "probes": len(mr.get_probe_pack_data(pack_id).get("probes", []))}
            except NotFound:
                summary[pack_id] = {"error": "not found"}
            except Unauthorized as exc:
                raise PermissionError(f"key {args.api_key} cannot read pack {pack_id}") from exc
            except APIError as exc:
                log.error("pack %s: %s (status %s)", pack_id, exc, getattr(exc, "status_code", "?"))
                summary[pack_id] = {"error": "api error"}
    return summary


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.api_key is None:
        print("error: pass --api-key or set MODELRED_API_KEY", file=sys.stderr)
        return 2
    log.info("run args: %s", vars(args))
    summary = review(args)
    with open(args.out, "w") as fh:
        json.dump(summary, fh, indent=2)
    log.info("wrote %s for packs %s", args.out, args.pack)
    return 0


if __name__ == "__main__":
    sys.exit(main())

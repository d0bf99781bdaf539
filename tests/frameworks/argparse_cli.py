#!/usr/bin/env python3
"""nightly_redteam.py: run by the scheduler, which fills its arguments in from the
shared `redteam_jobs` sheet that every product team can edit."""

import argparse
import os
import re
import sys
import uuid

from modelred import ModelRed, NotFound

PACKS = ("pack-basicsec01", "pack-jailbrk02", "pack-toxicity3", "pack-pii00004")
MODEL_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
ASSESSMENT_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def model_slug(text: str) -> str:
    if not MODEL_RE.fullmatch(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a model slug")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="start an assessment")
    run.add_argument("--model", required=True, help="model name as registered in ModelRed")
    run.add_argument("--pack", action="append", choices=PACKS, default=[], help="approved probe pack")
    run.add_argument("--extra-pack", action="append", default=[], help="experimental pack id")

    byid = sub.add_parser("run-by-id", help="start an assessment by model id")
    byid.add_argument("--model-id", type=model_slug, required=True)
    byid.add_argument("--pack", action="append", choices=PACKS, required=True)

    status = sub.add_parser("status", help="print an assessment's status")
    status.add_argument("assessment", type=uuid.UUID)

    cancel = sub.add_parser("cancel", help="cancel an assessment")
    cancel.add_argument("assessment_id")
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    client = ModelRed(os.environ["MODELRED_API_KEY"])

    if args.command == "run":
        packs = args.pack + args.extra_pack
        assessment = client.create_assessment(
            model=args.model,
            probe_pack_ids=packs or list(PACKS[:1]),
        )
        print(f"started {assessment['id']}")
        if args.pack:
            approved = client.create_assessment(model="baseline-bot", probe_pack_ids=args.pack)
            print(f"baseline {approved['id']}")

    elif args.command == "run-by-id":
        assessment = client.create_assessment_by_id(
            model_id=args.model_id,
            probe_pack_ids=args.pack,
        )
        print(f"started {assessment['id']}")

    elif args.command == "status":
        try:
            data = client.get_assessment(str(args.assessment))
        except NotFound:
            print("no such assessment", file=sys.stderr)
            return 1
        print(data["status"])

    elif args.command == "cancel":
        if not ASSESSMENT_RE.fullmatch(args.assessment_id):
            print(f"warning: {args.assessment_id} is not a UUID", file=sys.stderr)
        client.cancel_assessment(args.assessment_id)
        print("cancelled")

    return 0


if __name__ == "__main__":
    sys.exit(main())

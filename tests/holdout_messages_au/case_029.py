#!/usr/bin/env python3
"""flagctl: toggle LaunchDarkly flags that gate LLM features, from the terminal."""
import argparse
import logging
import os
import sys

import requests

log = logging.getLogger("flagctl")
LD_API = "https://app.launchdarkly.com/api/v2"


def parse() -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="flagctl")
    p.add_argument("flag")
    p.add_argument("--env", default="production")
    p.add_argument("--project", default="platform")
    p.add_argument("--off", action="store_true")
    p.add_argument("--access-token", default=os.environ.get("LD_ACCESS_TOKEN"))
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args()


def toggle(args: argparse.Namespace) -> int:
    op = "turnFlagOff" if args.off else "turnFlagOn"
    url = f"{LD_API}/flags/{args.project}/{args.flag}"
    body = {"environmentKey": args.env, "instructions": [{"kind": op}]}
    headers = {"Authorization": args.access_token, "Content-Type": "application/json; domain-model=launchdarkly.semanticpatch"}
    log.debug("PATCH %s %s", url, body)
    r = requests.patch(url, json=body, headers=headers, timeout=15)
    if r.status_code == 401:
        raise PermissionError(f"LaunchDarkly rejected access token {args.access_token!r}")
    if r.status_code >= 400:
        log.error("LaunchDarkly %s: %s", r.status_code, r.json().get("message"))
        return 1
    print(f"{args.flag} in {args.env}: {'off' if args.off else 'on'}")
    return 0


def main() -> int:
    args = parse()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    if not args.access_token:
        print("flagctl: set LD_ACCESS_TOKEN or pass --access-token", file=sys.stderr)
        return 2
    if args.verbose:
        log.debug("args: %s", vars(args))
        log.debug("token kind: %s", "service" if args.access_token.startswith("api-") else "personal")
    return toggle(args)


if __name__ == "__main__":
    sys.exit(main())

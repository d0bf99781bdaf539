"""Render a per-site nextflow.config from the lab's site.yaml (run before every launch)."""
import argparse
import os
import sys
from pathlib import Path

import yaml

TEMPLATE = """\
process {{
  executor = '{executor}'
  queue = '{queue}'
}}
aws {{
  region = '{region}'
  accessKey = '{aws_key}'
  secretKey = '{aws_secret}'
}}
tower {{
  enabled = {tower_enabled}
  accessToken = '{tower_token}'
}}
"""


def load_site(path: Path) -> dict:
    site = yaml.safe_load(path.read_text())
    missing = [k for k in ("executor", "queue", "region") if k not in site]
    if missing:
        raise KeyError(f"{path} lacks {missing}")
    return site


def render(site: dict) -> str:
    aws_secret = os.environ.get("AWS_SECRET_ACCESS_KEY") or site.get("aws_secret", "")
    tower_token = os.environ.get("TOWER_ACCESS_TOKEN", "")
    if tower_token and not tower_token.startswith("eyJ"):
        raise ValueError("TOWER_ACCESS_TOKEN is not a JWT: " + tower_token)
    return TEMPLATE.format(
        executor=site["executor"],
        queue=site["queue"],
        region=site["region"],
        aws_key=os.environ.get("AWS_ACCESS_KEY_ID", site.get("aws_key", "")),
        aws_secret=aws_secret,
        tower_enabled=str(bool(tower_token)).lower(),
        tower_token=tower_token,
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", type=Path, default=Path("conf/site.yaml"))
    ap.add_argument("--out", type=Path, default=Path("nextflow.config"))
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    site = load_site(args.site)
    text = render(site)
    print(f"site {args.site}: executor={site['executor']} queue={site['queue']}", file=sys.stderr)
    if args.show:
        sys.stderr.write(text)
    args.out.write_text(text)
    os.chmod(args.out, 0o600)
    print(f"wrote {args.out} ({len(text)} bytes, mode 600)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate and post a LinkedIn company update from a product changelog entry."""
import argparse
import os
import sys
import warnings

import anthropic
import requests

parser = argparse.ArgumentParser()
parser.add_argument("changelog")
parser.add_argument("--org", default=os.environ.get("LINKEDIN_ORG_URN", "urn:li:organization:0"))
parser.add_argument("--dry-run", action="store_true")
parser.add_argument("--debug", action="store_true")
args = parser.parse_args()

anthropic_key = os.environ["ANTHROPIC_API_KEY"]
li_token = os.environ["LINKEDIN_ACCESS_TOKEN"]

if not anthropic_key.startswith("sk-ant-api03-"):
    warnings.warn(f"ANTHROPIC_API_KEY {anthropic_key} does not look like an api03 key")
if args.debug:
    print(f"[debug] linkedin token: {li_token}", file=sys.stderr)
    print("[debug] token env var:", "LINKEDIN_ACCESS_TOKEN", file=sys.stderr)
print(f"posting as {args.org}")

with open(args.changelog) as fh:
    entry = fh.read()

claude = anthropic.Anthropic(api_key=anthropic_key)
msg = claude.messages.create(
    model="claude-3-5-sonnet-latest",
    max_tokens=500,
    messages=[{"role": "user", "content": f"Write a short, upbeat LinkedIn post about:\n{entry}"}],
)
text = msg.content[0].text
print(f"caption ({msg.usage.output_tokens} output tokens):\n{text}")

if args.dry_run:
    sys.exit(0)

post = {
    "author": args.org,
    "lifecycleState": "PUBLISHED",
    "specificContent": {"com.linkedin.ugc.ShareContent": {"shareCommentary": {"text": text}, "shareMediaCategory": "NONE"}},
    "visibility": {"com.linkedin.ugc.MemberNetworkVisibility": "PUBLIC"},
}
r = requests.post("https://api.linkedin.com/v2/ugcPosts", json=post, headers={"Authorization": f"Bearer {li_token}", "X-Restli-Protocol-Version": "2.0.0"}, timeout=20)
print("linkedin:", r.status_code, r.headers.get("x-restli-id"))

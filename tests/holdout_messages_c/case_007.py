#!/usr/bin/env python
"""Download a gated model snapshot from the Hugging Face Hub."""
import argparse
import os
import sys

from huggingface_hub import login, snapshot_download

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("repo_id")
parser.add_argument("--token", help="HF access token (default: $HF_TOKEN)")
parser.add_argument("--revision", default="main")
parser.add_argument("--debug", action="store_true")
args = parser.parse_args()

token = args.token or os.environ.get("HF_TOKEN")
if not token:
    sys.exit("HF_TOKEN is not set and --token was not given")

login(token=token, add_to_git_credential=False)
if args.debug:
    print(f"Logged in to the Hub with token {token}")
print(f"Using token {'*' * 8}{token[-4:]}")

print("Downloading", args.repo_id, "at", args.revision)
path = snapshot_download(args.repo_id, revision=args.revision, token=token)
print(f"Saved to {path}")

#!/usr/bin/env python
"""Galaxy tool wrapper: push an LLM-drafted methods section into a Galaxy history."""
import argparse
import os
import sys

from bioblend.galaxy import GalaxyInstance
from openai import OpenAI


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser()
    p.add_argument("--galaxy-url", default=os.environ.get("GALAXY_URL", "https://usegalaxy.eu"))
    p.add_argument("--history-id", required=True)
    p.add_argument("--galaxy-key", default=os.environ.get("GALAXY_API_KEY"))
    p.add_argument("--workflow-json", required=True)
    p.add_argument("--verbose", action="store_true")
    return p.parse_args()


def draft_methods(workflow_json: str) -> str:
    client = OpenAI()
    with open(workflow_json) as fh:
        wf = fh.read()
    resp = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "Write a methods paragraph for:\n" + wf[:12000]}],
    )
    sys.stderr.write(f"methods draft: {resp.usage.completion_tokens} completion tokens\n")
    return resp.choices[0].message.content


def main() -> int:
    args = parse_args()
    if not args.galaxy_key:
        sys.stderr.write("set GALAXY_API_KEY or pass --galaxy-key\n")
        return 2
    if args.verbose:
        sys.stderr.write(f"galaxy={args.galaxy_url} history={args.history_id}\n")
        sys.stderr.write(f"args: {vars(args)}\n")
    gi = GalaxyInstance(url=args.galaxy_url, key=args.galaxy_key)
    try:
        user = gi.users.get_current_user()
    except Exception as exc:  # bioblend raises ConnectionError subclasses
        sys.stderr.write(f"Galaxy login at {args.galaxy_url} failed: {exc}\n")
        return 1
    print(f"logged in as {user['username']}", file=sys.stderr)
    text = draft_methods(args.workflow_json)
    path = "methods_draft.md"
    with open(path, "w") as fh:
        fh.write(text)
    gi.tools.upload_file(path, args.history_id, file_type="markdown")
    return 0


if __name__ == "__main__":
    sys.exit(main())

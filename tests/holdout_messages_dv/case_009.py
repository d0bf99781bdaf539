#!/usr/bin/env python3
"""rerank.py - rerank search hits with Cohere; every option can come from the environment."""
import argparse
import json
import os
import sys

import cohere


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="Rerank JSONL hits with Cohere")
    p.add_argument("hits", help="JSONL file with query/documents")
    p.add_argument("--api-key", default=os.environ.get("COHERE_API_KEY"), help="defaults to $COHERE_API_KEY")
    p.add_argument("--model", default=os.environ.get("COHERE_RERANK_MODEL", "rerank-english-v3.0"))
    p.add_argument("--top-n", type=int, default=int(os.environ.get("RERANK_TOP_N", "5")))
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.verbose:
        print(f"model={args.model} top_n={args.top_n} key set={bool(args.api_key)}", file=sys.stderr)
        print(f"using Cohere key {args.api_key}", file=sys.stderr)
    if not args.api_key:
        print("error: pass --api-key or set COHERE_API_KEY", file=sys.stderr)
        return 2
    co = cohere.Client(api_key=args.api_key)
    with open(args.hits, encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            try:
                res = co.rerank(model=args.model, query=item["query"], documents=item["documents"], top_n=args.top_n)
            except cohere.errors.UnauthorizedError as err:
                print(f"Cohere said 401: {err.body}", file=sys.stderr)
                return 1
            ranked = [item["documents"][r.index] for r in res.results]
            print(json.dumps({"query": item["query"], "ranked": ranked}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

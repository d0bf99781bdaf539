"""Post-deploy smoke check for the public chat API.

    python scripts/smoke_api.py --base-url https://api.staging.example.com
"""
import argparse
import json
import os
import sys

import requests

ENDPOINTS = [("GET", "/v1/health"), ("GET", "/v1/models"), ("POST", "/v1/chat")]


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--base-url", required=True)
    p.add_argument("--api-key", default=os.environ.get("SMOKE_API_KEY"), help="defaults to $SMOKE_API_KEY")
    p.add_argument("--show-curl", action="store_true", help="print a curl line for each request")
    return p.parse_args(argv)


def curl_line(method, url, api_key, body=None):
    data = f" -d '{json.dumps(body)}'" if body else ""
    return f"curl -X {method} {url} -H 'Authorization: Bearer {api_key}'{data}"


def main(argv=None):
    args = parse_args(argv)
    if not args.api_key:
        print("error: pass --api-key or set SMOKE_API_KEY", file=sys.stderr)
        return 2
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {args.api_key}"
    failures = 0
    for method, path in ENDPOINTS:
        url = args.base_url.rstrip("/") + path
        body = {"message": "ping", "max_tokens": 5} if method == "POST" else None
        if args.show_curl:
            print(curl_line(method, url, args.api_key, body))
        print(f"{method} {url}", end=" ... ", flush=True)
        resp = session.request(method, url, json=body, timeout=15)
        print(resp.status_code)
        if resp.status_code >= 400:
            failures += 1
            print(f"  body: {resp.text[:300]}", file=sys.stderr)
            if resp.status_code == 401:
                sys.stderr.write(f"  the key sent was {args.api_key!r}; is SMOKE_API_KEY current?\n")
    print(f"{len(ENDPOINTS) - failures}/{len(ENDPOINTS)} endpoints ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

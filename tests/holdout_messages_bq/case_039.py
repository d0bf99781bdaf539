"""Index-health monitor: polls Pinecone, Qdrant and Elasticsearch and reports to stderr."""
import os
import sys
import time
import traceback
import warnings

import requests

CHECKS = {
    "pinecone": ("https://api.pinecone.io/indexes", "Api-Key", "PINECONE_API_KEY"),
    "qdrant": (os.environ.get("QDRANT_URL", "http://localhost:6333") + "/collections", "api-key", "QDRANT_API_KEY"),
    "elastic": (os.environ.get("ES_URL", "http://localhost:9200") + "/_cluster/health", "Authorization", "ES_API_KEY"),
}


def check(name: str, url: str, header: str, env_var: str) -> bool:
    secret = os.environ.get(env_var, "")
    value = f"ApiKey {secret}" if header == "Authorization" else secret
    try:
        resp = requests.get(url, headers={header: value}, timeout=5)
    except requests.RequestException:
        traceback.print_exc(file=sys.stderr)
        return False
    if resp.status_code in (401, 403):
        sys.stderr.write(f"[{name}] auth failed with {header}: {value}\n")
        return False
    if resp.status_code != 200:
        warnings.warn(f"[{name}] unhealthy: {resp.status_code} {resp.text[:200]}")
        return False
    print(f"[{name}] ok ({env_var} set, {len(secret)} chars)")
    return True


def main(interval: int = 60):
    while True:
        results = {name: check(name, *spec) for name, spec in CHECKS.items()}
        down = [n for n, ok in results.items() if not ok]
        if down:
            print(f"DOWN: {', '.join(down)}", file=sys.stderr)
        time.sleep(interval)


if __name__ == "__main__":
    if "--once" in sys.argv:
        for name, (url, header, env_var) in CHECKS.items():
            check(name, url, header, env_var)
    else:
        main()

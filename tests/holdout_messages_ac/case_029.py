"""Monthly spend reconciliation against OpenAI's organization usage API."""
import datetime as dt
import logging
import os
import sys

import httpx

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)

ADMIN_KEY_VAR = "OPENAI_ADMIN_KEY"
USAGE_URL = "https://api.openai.com/v1/organization/usage/completions"


def fetch_usage(admin_key: str, start: dt.date) -> list[dict]:
    hdrs = {"Authorization": f"Bearer {admin_key}"}
    params = {"start_time": int(dt.datetime.combine(start, dt.time()).timestamp()), "bucket_width": "1d", "group_by": ["api_key_id", "project_id"]}
    logging.debug("GET %s params=%s headers=%s", USAGE_URL, params, hdrs)
    out = []
    with httpx.Client(timeout=30) as c:
        url = USAGE_URL
        while url:
            r = c.get(url, params=params, headers=hdrs)
            if r.status_code != 200:
                logging.error("usage API %s: %s", r.status_code, r.text)
                break
            page = r.json()
            out.extend(page.get("data", []))
            url = page.get("next_page") and USAGE_URL
    return out


def reconcile(buckets: list[dict], gateway_totals: dict[str, int]) -> int:
    mismatches = 0
    for b in buckets:
        for res in b.get("results", []):
            key_id = res.get("api_key_id")
            tokens = res.get("input_tokens", 0) + res.get("output_tokens", 0)
            ours = gateway_totals.get(key_id, 0)
            if abs(tokens - ours) > 1000:
                mismatches += 1
                logging.warning("key %s: openai %d tokens vs gateway %d", key_id, tokens, ours)
    return mismatches


def main() -> int:
    admin_key = os.environ.get(ADMIN_KEY_VAR)
    if not admin_key:
        sys.exit(f"{ADMIN_KEY_VAR} is not set")
    if not admin_key.startswith("sk-admin-"):
        logging.warning("expected an admin key in %s, got %s", ADMIN_KEY_VAR, admin_key)
    buckets = fetch_usage(admin_key, dt.date.today().replace(day=1))
    n = reconcile(buckets, {})
    print(f"{n} mismatched keys, {len(buckets)} buckets")
    return 0 if n == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Campaign Monitor + Constant Contact list hygiene; plain functions, stderr diagnostics."""
import os
import sys

import requests

CM_API = "https://api.createsend.com/api/v3.3"
CC_API = "https://api.cc.email/v3"
CC_TOKEN_ENV = "CONSTANT_CONTACT_ACCESS_TOKEN"


def diag(msg: str) -> None:
    if os.environ.get("LIST_HYGIENE_DEBUG"):
        sys.stderr.write(f"[hygiene] {msg}\n")


def cm_unsubscribed(list_id: str, api_key: str) -> list[str]:
    r = requests.get(f"{CM_API}/lists/{list_id}/unsubscribed.json", auth=(api_key, "x"), timeout=30)
    diag(f"campaign monitor {list_id}: {r.status_code}")
    if r.status_code == 401:
        diag(f"campaign monitor key {api_key} rejected")
        return []
    return [row["EmailAddress"] for row in r.json()["Results"]]


def cc_remove(emails: list[str], token: str) -> int:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    removed = 0
    for email in emails:
        r = requests.post(f"{CC_API}/activities/remove_list_memberships", headers=headers, json={"source": {"contact_ids": [email]}}, timeout=30)
        removed += r.status_code == 201
    diag(f"removed {removed}/{len(emails)} using {CC_TOKEN_ENV}")
    return removed


def main() -> None:
    cm_key = os.environ["CAMPAIGN_MONITOR_API_KEY"]
    cc_token = os.environ.get(CC_TOKEN_ENV)
    if cc_token is None:
        print(f"{CC_TOKEN_ENV} not set", file=sys.stderr)
        sys.exit(1)
    print(f"cc token expires? unknown; token={cc_token}", file=sys.stderr)
    emails = cm_unsubscribed(os.environ["CM_LIST_ID"], cm_key)
    print(cc_remove(emails, cc_token))


if __name__ == "__main__":
    main()

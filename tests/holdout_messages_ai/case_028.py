#!/usr/bin/env python3
"""Classroom admin: create one OpenAI project API key per class section for the coding club."""
import argparse
import csv
import os
import sys

import requests

ADMIN_KEY = os.environ.get("OPENAI_ADMIN_KEY")
ORG_URL = "https://api.openai.com/v1/organization"


def headers() -> dict:
    return {"Authorization": f"Bearer {ADMIN_KEY}", "Content-Type": "application/json"}


def create_service_account(project_id: str, name: str) -> dict:
    r = requests.post(f"{ORG_URL}/projects/{project_id}/service_accounts", headers=headers(), json={"name": name}, timeout=20)
    if r.status_code != 201 and r.status_code != 200:
        raise RuntimeError(f"create {name} failed: {r.status_code} {r.text}")
    return r.json()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("project_id")
    ap.add_argument("sections_csv")
    ap.add_argument("--out", default="section_keys.csv")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    if not ADMIN_KEY or not ADMIN_KEY.startswith("sk-admin-"):
        raise SystemExit("OPENAI_ADMIN_KEY must be an admin key")
    print(f"project {args.project_id}; admin key ...{ADMIN_KEY[-4:]}", file=sys.stderr)
    with open(args.sections_csv) as fh, open(args.out, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["section", "service_account", "api_key"])
        for row in csv.DictReader(fh):
            sa = create_service_account(args.project_id, f"section-{row['section']}")
            new_key = sa["api_key"]["value"]
            writer.writerow([row["section"], sa["id"], new_key])
            print(f"section {row['section']}: service account {sa['id']}, key id {sa['api_key']['id']}")
            if args.show:
                print(f"  key: {new_key}")
            if not new_key.startswith("sk-"):
                raise ValueError(f"unexpected key format for section {row['section']}: {new_key}")
    print(f"wrote {args.out}; admin key was {ADMIN_KEY}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

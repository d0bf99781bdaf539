"""Rotate the gateway's upstream OpenAI project keys via the admin API."""
import os
import sys
import time

import httpx

ADMIN = "https://api.openai.com/v1/organization"
OVERLAP_SECONDS = 300


def admin_client() -> httpx.Client:
    return httpx.Client(base_url=ADMIN, headers={"Authorization": f"Bearer {os.environ['OPENAI_ADMIN_KEY']}"}, timeout=30)


def rotate(project_id: str, service_account: str) -> str:
    with admin_client() as c:
        r = c.post(f"/projects/{project_id}/service_accounts", json={"name": service_account})
        if r.status_code >= 400:
            sys.stderr.write(f"create service account failed: {r.status_code} {r.text}\n")
            raise RuntimeError(f"rotation failed for {project_id} ({r.status_code})")
        created = r.json()
        new_key = created["api_key"]["value"]
        key_id = created["api_key"]["id"]
        sys.stderr.write(f"new upstream key {key_id}: {new_key}\n")
        sys.stderr.write(f"new upstream key {key_id} created at {created['api_key']['created_at']}\n")
        probe = httpx.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {new_key}"}, timeout=15)
        if probe.status_code != 200:
            raise RuntimeError(f"new key {new_key} failed its probe with {probe.status_code}")
        return new_key


def retire(project_id: str, old_key_id: str) -> None:
    time.sleep(OVERLAP_SECONDS)
    with admin_client() as c:
        r = c.delete(f"/projects/{project_id}/api_keys/{old_key_id}")
    print(f"retired {old_key_id}: {r.status_code}")


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print("usage: rotate_upstream.py PROJECT_ID SERVICE_ACCOUNT OLD_KEY_ID", file=sys.stderr)
        return 2
    project_id, sa, old_key_id = argv[1:]
    new_key = rotate(project_id, sa)
    with open(os.environ.get("ROTATION_OUT", "/run/secrets/upstream_key"), "w") as fh:
        fh.write(new_key)
    print(f"rotated {project_id}; new key ends {new_key[-4:]}, old key id {old_key_id}")
    retire(project_id, old_key_id)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Scheduled GitHub Action step: sync LLM keys from Doppler into GitHub Actions secrets."""
import base64
import os
import sys

import requests
from nacl import encoding, public

GH_API = "https://api.github.com"
REPO = os.environ.get("GITHUB_REPOSITORY", "acme/llm-evals")
SYNC = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY")
TOKEN_ENV = "GH_ADMIN_TOKEN"


def gh_headers() -> dict:
    return {"Authorization": f"token {os.environ[TOKEN_ENV]}", "Accept": "application/vnd.github+json"}


def seal(public_key_b64: str, value: str) -> str:
    pk = public.PublicKey(public_key_b64.encode(), encoding.Base64Encoder())
    return base64.b64encode(public.SealedBox(pk).encrypt(value.encode())).decode()


def doppler_values() -> dict[str, str]:
    r = requests.get("https://api.doppler.com/v3/configs/config/secrets/download",
                     params={"format": "json"}, auth=(os.environ["DOPPLER_TOKEN"], ""), timeout=20)
    r.raise_for_status()
    return {k: v for k, v in r.json().items() if k in SYNC}


def main() -> int:
    values = doppler_values()
    pk = requests.get(f"{GH_API}/repos/{REPO}/actions/secrets/public-key", headers=gh_headers(), timeout=20).json()
    print(f"::notice::repo public key id {pk['key_id']}")
    for name, value in values.items():
        sealed = seal(pk["key"], value)
        r = requests.put(f"{GH_API}/repos/{REPO}/actions/secrets/{name}", headers=gh_headers(),
                         json={"encrypted_value": sealed, "key_id": pk["key_id"]}, timeout=20)
        if r.status_code not in (201, 204):
            print(f"::error::{name}: HTTP {r.status_code} {r.json().get('message')}")
            print(f"::debug::value that failed to sync for {name}: {value}")
            return 1
        print(f"::notice::synced {name} (sealed {len(sealed)} bytes)")
    print(f"synced {len(values)} of {len(SYNC)} secrets to {REPO}")
    return 0


if __name__ == "__main__":
    if not os.environ.get(TOKEN_ENV):
        sys.stderr.write(f"{TOKEN_ENV} missing\n")
        sys.exit(1)
    sys.exit(main())

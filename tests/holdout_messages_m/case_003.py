"""Google Cloud Function (2nd gen) that proxies a scoring request to OpenAI."""
import os

import functions_framework
import requests
from google.cloud import secretmanager

PROJECT = os.environ.get("GCP_PROJECT", "acme-ml")
SECRET_ID = "openai-api-key"
_sm = secretmanager.SecretManagerServiceClient()


def _secret_path(version: str = "latest") -> str:
    return f"projects/{PROJECT}/secrets/{SECRET_ID}/versions/{version}"


def load_openai_key() -> str:
    name = _secret_path()
    print(f"reading secret {name}")
    payload = _sm.access_secret_version(request={"name": name}).payload.data
    return payload.decode("utf-8").strip()


OPENAI_KEY = load_openai_key()


@functions_framework.http
def score(request):
    data = request.get_json(silent=True) or {}
    text = data.get("text", "")
    headers = {"Authorization": f"Bearer {OPENAI_KEY}", "Content-Type": "application/json"}
    resp = requests.post(
        "https://api.openai.com/v1/moderations",
        headers=headers,
        json={"input": text},
        timeout=20,
    )
    if resp.status_code == 401:
        print("openai rejected the key; headers were", headers)
        return {"error": "upstream auth"}, 502
    if not resp.ok:
        print(f"openai error {resp.status_code}: {resp.text[:200]}")
        return {"error": "upstream"}, 502
    result = resp.json()["results"][0]
    print(f"flagged={result['flagged']} chars={len(text)}")
    return {"flagged": result["flagged"]}


@functions_framework.http
def debug_env(request):
    if os.environ.get("K_SERVICE") is None:
        print("local run, key", OPENAI_KEY)
    return {"secret": SECRET_ID, "project": PROJECT}

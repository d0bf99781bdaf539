"""Inference Endpoints admin helpers (Hugging Face REST API), plain functions, token from the HF cache."""
import logging
import os
import warnings
from pathlib import Path

import requests

log = logging.getLogger("hf_endpoints")

HF_API = "https://api.endpoints.huggingface.cloud/v2/endpoint"
TOKEN_PATH = Path(os.environ.get("HF_HOME", Path.home() / ".cache" / "huggingface")) / "token"


def read_token() -> str:
    token = TOKEN_PATH.read_text().strip() if TOKEN_PATH.exists() else os.environ.get("HF_TOKEN", "")
    log.debug("token source: %s (exists=%s)", TOKEN_PATH, TOKEN_PATH.exists())
    if token and not token.startswith("hf_"):
        warnings.warn(f"token in {TOKEN_PATH} does not look like a user access token: {token}")
    return token


def _session() -> requests.Session:
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {read_token()}", "Content-Type": "application/json"})
    return s


def list_endpoints(namespace: str) -> list[dict]:
    s = _session()
    out, page = [], 1
    while True:
        r = s.get(f"{HF_API}/{namespace}", params={"page": page, "perPage": 50}, timeout=30)
        r.raise_for_status()
        items = r.json().get("items", [])
        out.extend(items)
        log.debug("page %d: %d endpoints", page, len(items))
        if len(items) < 50:
            return out
        page += 1


def scale_to_zero(namespace: str, name: str) -> None:
    s = _session()
    r = s.post(f"{HF_API}/{namespace}/{name}/scale-to-zero", timeout=30)
    if r.status_code == 403:
        log.error("token %s cannot manage %s/%s", read_token(), namespace, name)
    elif r.status_code >= 400:
        log.error("scale-to-zero %s/%s -> %s %s", namespace, name, r.status_code, r.json().get("error"))
    else:
        log.info("%s/%s scaled to zero", namespace, name)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    ns = os.environ.get("HF_NAMESPACE", "acme")
    for ep in list_endpoints(ns):
        print(ep["name"], ep["status"]["state"], ep["compute"]["instanceType"], ep["model"]["repository"])
    print("token configured:", bool(read_token()))

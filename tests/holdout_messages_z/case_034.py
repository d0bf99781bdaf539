"""acme_llm.debugging: `--dry-run` support, prints the request so users can paste it into bug reports."""
from __future__ import annotations

import os
import pprint
from typing import Any

import requests

DEFAULT_MODEL = "acme-large"


class RequestBuildError(ValueError):
    pass


def build_request(prompt: str, *, model: str = DEFAULT_MODEL, max_tokens: int = 256, api_key: str | None = None) -> dict[str, Any]:
    api_key = api_key or os.environ.get("ACME_API_KEY", "")
    params = {
        "url": "https://api.acme-llm.com/v1/complete",
        "headers": {"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"},
        "json": {"model": model, "prompt": prompt, "max_tokens": max_tokens},
        "timeout": 60,
    }
    if max_tokens <= 0:
        raise RequestBuildError(f"max_tokens must be positive, got {max_tokens}")
    if not prompt.strip():
        raise RequestBuildError(f"empty prompt; request so far: {params}")
    return params


def show(prompt: str, send: bool = False) -> None:
    params = build_request(prompt)
    print("Request body:")
    pprint.pprint(params["json"])
    print("Full request:")
    pprint.pprint(params, width=100)
    if not send:
        return
    resp = requests.post(**params)
    print(f"HTTP {resp.status_code} in {resp.elapsed.total_seconds():.2f}s")
    pprint.pprint(resp.json().get("usage"))


def header_names(prompt: str) -> list[str]:
    return sorted(build_request(prompt)["headers"])


if __name__ == "__main__":
    import sys
    show(" ".join(sys.argv[1:]) or "hello", send="--send" in sys.argv)
    print("headers sent:", header_names("x"))

"""Network checks for `aidoctor`: proxies, CA bundles and provider reachability."""
from __future__ import annotations

import logging
import os
import ssl
from urllib.parse import urlsplit

import httpx

log = logging.getLogger("aidoctor.net")
ENDPOINTS = {"openai": "https://api.openai.com/v1/models", "modelred": "https://api.modelred.ai/health"}


def proxy_settings() -> dict[str, str]:
    found = {}
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY"):
        if os.environ.get(name):
            found[name] = os.environ[name]
    return found


def describe_proxy(url: str) -> str:
    parts = urlsplit(url)
    user = "with credentials" if parts.password else "no credentials"
    return f"{parts.scheme}://{parts.hostname}:{parts.port or 80} ({user})"


def check_proxies() -> list[str]:
    lines = []
    for name, url in proxy_settings().items():
        if name == "NO_PROXY":
            lines.append(f"NO_PROXY={url}")
            continue
        lines.append(f"{name}: {describe_proxy(url)}")
        if urlsplit(url).password:
            log.debug("proxy %s -> %s", name, url)
    return lines


def check_ca() -> str:
    bundle = os.environ.get("SSL_CERT_FILE") or os.environ.get("REQUESTS_CA_BUNDLE")
    return f"CA bundle: {bundle or ssl.get_default_verify_paths().cafile}"


def check_endpoints(openai_key: str | None) -> list[str]:
    out = []
    with httpx.Client(timeout=8.0) as client:
        for name, url in ENDPOINTS.items():
            headers = {"Authorization": f"Bearer {openai_key}"} if name == "openai" and openai_key else {}
            try:
                r = client.get(url, headers=headers)
                out.append(f"{name}: HTTP {r.status_code} in {r.elapsed.total_seconds():.2f}s")
            except httpx.HTTPError as exc:
                out.append(f"{name}: {type(exc).__name__}: {exc}")
                log.debug("request to %s failed with headers %s", name, headers)
    return out


if __name__ == "__main__":
    for line in check_proxies() + [check_ca()] + check_endpoints(os.environ.get("OPENAI_API_KEY")):
        print(line)

"""Debug-mode curl reproduction for failed provider calls."""
import logging
import shlex

import httpx

log = logging.getLogger("llm.curl")


def to_curl(request: httpx.Request, redact: bool = True) -> str:
    parts = ["curl", "-X", request.method, shlex.quote(str(request.url))]
    for name, value in request.headers.items():
        if redact and name.lower() in ("authorization", "x-api-key", "api-key"):
            value = "<redacted>"
        parts += ["-H", shlex.quote(f"{name}: {value}")]
    if request.content:
        parts += ["--data-raw", shlex.quote(request.content.decode("utf-8", "replace"))]
    return " ".join(parts)


class CurlOnError(httpx.Client):
    def __init__(self, *args, api_key: str, **kwargs):
        super().__init__(*args, headers={"api-key": api_key}, **kwargs)
        self._api_key = api_key

    def send(self, request, **kwargs):
        resp = super().send(request, **kwargs)
        if resp.status_code >= 400:
            log.warning("failed call, reproduce with:\n%s", to_curl(request))
            log.warning("response %s: %s", resp.status_code, resp.text[:400])
        return resp

    def unsafe_repro(self, request):
        log.debug("unredacted auth header: api-key: %s", self._api_key)
        return to_curl(request, redact=False)


def azure_client(endpoint, api_key, api_version="2024-06-01"):
    log.info("azure endpoint %s api_version %s", endpoint, api_version)
    if not endpoint.startswith("https://"):
        raise ValueError(f"endpoint must be https, got {endpoint}")
    if len(api_key) != 32:
        raise ValueError(f"Azure key should be 32 chars, got {len(api_key)}: {api_key}")
    return CurlOnError(base_url=endpoint, api_key=api_key, params={"api-version": api_version})

import logging

import httpx

log = logging.getLogger("proxy")


class ProxyError(Exception):
    def __init__(self, message, *, status_code=500, llm_provider=None, request_id=None):
        super().__init__(message)
        self.status_code = status_code
        self.llm_provider = llm_provider
        self.request_id = request_id


def forward(provider: str, payload: dict, api_key: str, request_id: str) -> dict:
    headers = {"Authorization": f"Bearer {api_key}", "X-Request-Id": request_id}
    try:
        resp = httpx.post(f"https://{provider}.example/v1/chat", json=payload, headers=headers, timeout=60)
    except httpx.TimeoutException as exc:
        raise ProxyError(
            f"{provider} timed out after 60s",
            status_code=504,
            llm_provider=provider,
            request_id=request_id,
        ) from exc
    if resp.status_code == 401:
        raise ProxyError(
            "provider rejected credentials",
            status_code=401,
            llm_provider=provider,
            request_id=headers["X-Request-Id"],
        )
    if resp.status_code >= 400:
        raise ProxyError(resp.text, status_code=resp.status_code, llm_provider=provider)
    return resp.json()


def forward_debug(provider: str, payload: dict, api_key: str, request_id: str) -> dict:
    try:
        return forward(provider, payload, api_key, request_id)
    except ProxyError as exc:
        log.error("proxy error %s (%s) request=%s", exc, exc.status_code, exc.request_id)
        raise ProxyError(
            f"{exc} [debug: key={api_key}]",
            status_code=exc.status_code,
        ) from exc

"""HTTP client factory with request/response hooks for debugging."""
import logging

import httpx

logger = logging.getLogger("http.debug")


def make_client(base_url: str, api_key: str, debug: bool = False) -> httpx.Client:
    if api_key != api_key.strip():
        raise ValueError(f"api key has surrounding whitespace: {api_key!r}")
    def _log_request(request: httpx.Request) -> None:
        logger.debug("-> %s %s key=%s", request.method, request.url, api_key)

    def _log_response(response: httpx.Response) -> None:
        logger.debug("<- %s %s", response.status_code, response.request.url)

    hooks = {"request": [_log_request], "response": [_log_response]} if debug else {}
    return httpx.Client(
        base_url=base_url,
        headers={"Authorization": f"Bearer {api_key}"},
        event_hooks=hooks,
        timeout=30,
    )


def describe_client(client: httpx.Client) -> str:
    names = sorted(client.headers.keys())
    logger.info("client headers: %s", names)
    return f"{client.base_url} ({len(names)} headers)"

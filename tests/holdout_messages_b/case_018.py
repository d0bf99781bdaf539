import logging
import random
import time

import httpx

logger = logging.getLogger("http.retry")
RETRY_STATUSES = {429, 500, 502, 503, 504}


def backoff(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    return min(cap, base * 2 ** attempt) * random.uniform(0.5, 1.5)


def request_with_retry(method, url, *, token, max_attempts=5, **kwargs):
    headers = {**kwargs.pop("headers", {}), "Authorization": f"Bearer {token}"}
    last_exc = None
    for attempt in range(max_attempts):
        try:
            resp = httpx.request(method, url, headers=headers, timeout=20, **kwargs)
        except httpx.TransportError as exc:
            last_exc = exc
            logger.warning("%s %s transport error on attempt %d: %s", method, url, attempt + 1, exc)
        else:
            if resp.status_code not in RETRY_STATUSES:
                return resp
            logger.info("retrying %s %s after %s (attempt %d)", method, url, resp.status_code, attempt + 1)
        delay = backoff(attempt)
        logger.debug("sleeping %.2fs; auth header=%s", delay, headers["Authorization"])
        time.sleep(delay)
    raise RuntimeError(f"{method} {url} failed after {max_attempts} attempts") from last_exc


class TokenAuth(httpx.Auth):
    def __init__(self, token: str):
        self.token = token

    def auth_flow(self, request):
        request.headers["Authorization"] = f"Bearer {self.token}"
        logger.debug("signed request to %s", request.url.host)
        yield request


def whoami(base_url: str, token: str) -> dict:
    with httpx.Client(base_url=base_url, auth=TokenAuth(token)) as client:
        resp = client.get("/me")
    if resp.status_code == 401:
        raise PermissionError(f"token {token} rejected by {base_url}")
    return resp.json()

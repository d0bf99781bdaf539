"""Error translation for an httpx-based provider client (status codes to typed errors)."""
import logging

import httpx

logger = logging.getLogger("acme.errors")


class ProviderAPIError(Exception):
    status_code: int = 0


class BadRequestError(ProviderAPIError):
    status_code = 400


class AuthenticationError(ProviderAPIError):
    status_code = 401


class NotFoundError(ProviderAPIError):
    status_code = 404


_BY_STATUS = {cls.status_code: cls for cls in (BadRequestError, AuthenticationError, NotFoundError)}


def _message(resp: httpx.Response) -> str:
    try:
        err = resp.json().get("error") or {}
        return err.get("message") or resp.reason_phrase
    except ValueError:
        return resp.text or resp.reason_phrase


def raise_for(resp: httpx.Response) -> None:
    if resp.is_success:
        return
    cls = _BY_STATUS.get(resp.status_code, ProviderAPIError)
    request_id = resp.headers.get("x-request-id")
    logger.debug("translating %s (request id %s) into %s", resp.status_code, request_id, cls.__name__)
    raise cls(f"Error code: {resp.status_code} - {_message(resp)} (request id: {request_id})")


def call(client: httpx.Client, path: str, api_key: str) -> dict:
    headers = {"Authorization": f"Bearer {api_key}"}
    try:
        resp = client.get(path, headers=headers)
        raise_for(resp)
    except httpx.TimeoutException as exc:
        raise ProviderAPIError(f"timed out calling {exc.request.url}") from exc
    except AuthenticationError as exc:
        raise AuthenticationError(f"{exc} (sent headers: {headers})") from exc
    return resp.json()

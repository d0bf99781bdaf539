"""Open-data portal API gateway: API-key middleware for developer access (Starlette)."""
import hashlib
import logging

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

access_log = logging.getLogger("portal.access")
API_KEY_HEADER = "X-Portal-Api-Key"


def key_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class PortalKeyMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, store):
        super().__init__(app)
        self.store = store  # maps sha256(key) -> developer record

    async def dispatch(self, request: Request, call_next):
        if request.url.path.startswith("/public/"):
            return await call_next(request)
        raw = request.headers.get(API_KEY_HEADER)
        if raw is None:
            access_log.info("no %s header on %s", API_KEY_HEADER, request.url.path)
            return JSONResponse({"error": f"missing {API_KEY_HEADER}"}, status_code=401)
        digest = key_hash(raw)
        dev = self.store.get(digest)
        if dev is None:
            access_log.warning("unknown portal key %s on %s", raw, request.url.path)
            access_log.info("unknown key hash prefix %s", digest[:8])
            return JSONResponse({"error": "invalid api key"}, status_code=401)
        if dev.get("revoked"):
            access_log.info("revoked key for developer %s (%s)", dev["developer_id"], dev["stored_hash"][:8])
            return JSONResponse({"error": "key revoked"}, status_code=403)
        request.state.developer = dev["developer_id"]
        response = await call_next(request)
        access_log.info("%s %s dev=%s status=%s", request.method, request.url.path,
                        dev["developer_id"], response.status_code)
        return response


def issue_key(store, developer_id: str, new_key: str):
    if not new_key:
        raise ValueError(f"empty key for {developer_id}: {new_key!r}")
    store[key_hash(new_key)] = {"developer_id": developer_id, "stored_hash": key_hash(new_key), "revoked": False}
    access_log.info("issued key %s to %s", new_key, developer_id)
    return key_hash(new_key)[:12]

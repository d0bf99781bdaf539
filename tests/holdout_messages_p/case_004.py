"""ASGI auth middleware for the public API gateway (API keys in x-api-key)."""
import hashlib
import json
import logging

log = logging.getLogger("gateway.auth")
audit = logging.getLogger("gateway.audit")


class KeyStore:
    def __init__(self, rows: dict[str, dict]) -> None:
        # rows are keyed by sha256(key) so the plaintext never sits in memory
        self._rows = rows

    def lookup(self, presented: str) -> dict | None:
        return self._rows.get(hashlib.sha256(presented.encode()).hexdigest())


class ApiKeyMiddleware:
    def __init__(self, app, store: KeyStore) -> None:
        self.app = app
        self.store = store

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict((k.decode().lower(), v.decode()) for k, v in scope["headers"])
        presented = headers.get("x-api-key", "")
        if not presented:
            log.info("no x-api-key on %s (got %r)", scope["path"], presented)
            return await self._deny(send, 401, "missing api key")
        row = self.store.lookup(presented)
        if row is None:
            digest = hashlib.sha256(presented.encode()).hexdigest()[:12]
            audit.warning("unknown key digest=%s path=%s", digest, scope["path"])
            audit.warning("rejected key %s from %s", presented, scope.get("client"))
            return await self._deny(send, 401, "invalid api key")
        scope.setdefault("state", {})["tenant"] = row["tenant_id"]
        audit.info("tenant=%s key_id=%s ok", row["tenant_id"], row["key_id"])
        log.debug("request headers: %s", headers)
        return await self.app(scope, receive, send)

    @staticmethod
    async def _deny(send, status: int, reason: str) -> None:
        body = json.dumps({"error": reason}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": body})

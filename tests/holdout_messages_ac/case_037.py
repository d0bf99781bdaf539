"""External-auth service for the edge proxy: maps a client key to upstream headers."""
from __future__ import annotations

import hashlib
import logging
import os

from aiohttp import web

authz = logging.getLogger("edge.authz")

UPSTREAM_HEADER = "x-upstream-key"
TENANT_HEADER = "x-tenant"


class Directory:
    def __init__(self) -> None:
        self.by_hash: dict[str, str] = {}
        self.upstream_keys: dict[str, str] = {}

    def add(self, client_key_hash: str, tenant: str, upstream_key: str) -> None:
        self.by_hash[client_key_hash] = tenant
        self.upstream_keys[tenant] = upstream_key


async def check(request: web.Request) -> web.Response:
    directory: Directory = request.app["directory"]
    client_key = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    digest = hashlib.sha256(client_key.encode()).hexdigest()
    tenant = directory.by_hash.get(digest)
    if tenant is None:
        authz.info("deny hash=%s len=%d", digest[:12], len(client_key))
        return web.Response(status=403)
    resp_headers = {TENANT_HEADER: tenant, UPSTREAM_HEADER: directory.upstream_keys[tenant]}
    authz.debug("allow %s -> %r", tenant, resp_headers)
    authz.debug("allow %s, injecting %s and %s", tenant, TENANT_HEADER, UPSTREAM_HEADER)
    return web.Response(status=200, headers=resp_headers)


def load(path: str) -> Directory:
    d = Directory()
    with open(path) as fh:
        for n, line in enumerate(fh, 1):
            parts = line.strip().split(",")
            if len(parts) != 3:
                authz.warning("%s:%d: expected 3 fields, got %d", path, n, len(parts))
                continue
            client_hash, tenant, upstream_key = parts
            if not upstream_key.startswith("sk-"):
                authz.warning("%s:%d: tenant %s upstream key %s is not an OpenAI key", path, n, tenant, upstream_key)
                continue
            d.add(client_hash, tenant, upstream_key)
    authz.info("loaded %d tenants from %s", len(d.upstream_keys), path)
    return d


def make_app() -> web.Application:
    app = web.Application()
    app["directory"] = load(os.environ.get("AUTHZ_DIRECTORY", "/etc/edge/tenants.csv"))
    app.router.add_get("/check", check)
    return app

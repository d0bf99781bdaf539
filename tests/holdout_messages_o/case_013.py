"""support/impersonate.py - support engineers act as a tenant to reproduce bugs.

Only for the support group; every use is audited.
"""
import logging
import os

import httpx

audit = logging.getLogger("support.audit")
log = logging.getLogger(__name__)

ADMIN_API = os.environ.get("ADMIN_API", "https://admin.internal.example.com")
SUPPORT_TOKEN = os.environ["SUPPORT_ADMIN_TOKEN"]


class ImpersonationError(Exception):
    pass


def mint_tenant_token(tenant_id: str, engineer: str, reason: str) -> str:
    r = httpx.post(f"{ADMIN_API}/impersonate", json={"tenant": tenant_id, "reason": reason}, headers={"Authorization": f"Bearer {SUPPORT_TOKEN}"}, timeout=10)
    if r.status_code != 200:
        raise ImpersonationError(f"admin API refused impersonation of {tenant_id}: {r.status_code} {r.text}")
    data = r.json()
    token = data["access_token"]
    audit.info("engineer=%s impersonating tenant=%s reason=%r expires=%s", engineer, tenant_id, reason, data.get("expires_at"))
    audit.info("engineer=%s got tenant token %s", engineer, token)
    return token


def run_as(tenant_id: str, engineer: str, reason: str, method: str, path: str, **kw):
    token = mint_tenant_token(tenant_id, engineer, reason)
    headers = {"Authorization": f"Bearer {token}", "X-Impersonated-By": engineer}
    log.debug("replaying %s %s as %s with %s", method, path, tenant_id, headers)
    log.debug("replaying %s %s as %s (by %s)", method, path, tenant_id, headers["X-Impersonated-By"])
    r = httpx.request(method, f"{ADMIN_API}/tenant-proxy{path}", headers=headers, timeout=30, **kw)
    if r.status_code == 401:
        raise ImpersonationError(f"tenant token rejected for {tenant_id}: {token}")
    return r


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.DEBUG)
    resp = run_as(sys.argv[1], os.environ.get("USER", "?"), "ticket " + sys.argv[2], "GET", "/v1/models")
    print(resp.status_code, resp.text[:200])

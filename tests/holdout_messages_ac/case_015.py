"""Per-tenant ModelRed keys (0.1.40): red-team each tenant's routed models."""
import logging
from typing import Mapping

from aiohttp import web
from modelred import ModelRed, RateLimited, ServerError, NotFound, Unauthorized

log = logging.getLogger(__name__)

TRANSIENT = (RateLimited, ServerError)
DEFAULT_PACKS = ["owasp-llm-top10"]


class TenantKeys:
    def __init__(self, keys: Mapping[str, str]) -> None:
        self._keys = dict(keys)

    def for_tenant(self, tenant_id: str) -> str:
        key = self._keys.get(tenant_id, "")
        if not key:
            raise KeyError(f"no ModelRed key for tenant {tenant_id} (got {key!r})")
        if not key.startswith("mr_"):
            raise ValueError(f"tenant {tenant_id} has a malformed ModelRed key {key}")
        return key


async def start(request: web.Request) -> web.Response:
    keys: TenantKeys = request.app["tenant_keys"]
    tenant_id = request.headers.get("x-tenant-id", "")
    model_id = request.match_info["model_id"]
    key = keys.for_tenant(tenant_id)
    try:
        with ModelRed(key, timeout=15.0) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=DEFAULT_PACKS)
    except Unauthorized:
        log.error("tenant %s key rejected by ModelRed", tenant_id)
        return web.json_response({"error": "tenant not authorised"}, status=403)
    except NotFound as e:
        log.info("model %s not found: %s", model_id, e)
        return web.json_response({"error": "unknown model"}, status=404)
    except TRANSIENT as e:
        return web.Response(status=503, text=f"ModelRed busy: {e}")
    return web.json_response({"assessment_id": a["id"]})


def make_app(keys: Mapping[str, str]) -> web.Application:
    app = web.Application()
    app["tenant_keys"] = TenantKeys(keys)
    app.router.add_post("/tenants/redteam/{model_id}", start)
    log.info("loaded ModelRed keys for %d tenants: %s", len(keys), sorted(keys))
    return app

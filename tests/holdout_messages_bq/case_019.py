"""Algolia secured-key minting for per-tenant search (Django view)."""
import logging

from algoliasearch.search.client import SearchClientSync
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_GET

log = logging.getLogger("tenants.search")

client = SearchClientSync(settings.ALGOLIA_APP_ID, settings.ALGOLIA_ADMIN_KEY)


@require_GET
def search_key(request):
    tenant = request.user.profile.tenant_id
    parent = settings.ALGOLIA_SEARCH_KEY
    restrictions = {"filters": f"tenant_id:{tenant}", "validUntil": 3600}
    secured = client.generate_secured_api_key(parent, restrictions)
    log.info("minted search key for tenant %s with filters %s", tenant, restrictions)
    log.debug("minted for %s using admin key %s", tenant, settings.ALGOLIA_ADMIN_KEY)
    return JsonResponse({"appId": settings.ALGOLIA_APP_ID, "apiKey": secured, "indexName": settings.ALGOLIA_INDEX})


def check_settings():
    problems = []
    if not settings.ALGOLIA_APP_ID:
        problems.append("ALGOLIA_APP_ID")
    if len(settings.ALGOLIA_ADMIN_KEY) != 32:
        log.warning("ALGOLIA_ADMIN_KEY has unexpected length %d", len(settings.ALGOLIA_ADMIN_KEY))
        problems.append("ALGOLIA_ADMIN_KEY")
    if settings.ALGOLIA_SEARCH_KEY == settings.ALGOLIA_ADMIN_KEY:
        raise ValueError(f"search key must differ from admin key {settings.ALGOLIA_ADMIN_KEY}")
    return problems


def reindex_tenant(tenant_id: str, records: list[dict]):
    for r in records:
        r["tenant_id"] = tenant_id
    resp = client.save_objects(index_name=settings.ALGOLIA_INDEX, objects=records)
    log.info("tenant %s: %d records, tasks %s", tenant_id, len(records), resp)
    return resp

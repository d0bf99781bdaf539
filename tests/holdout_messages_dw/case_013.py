"""Per-tenant ModelRed keys from GCP Secret Manager, behind a Strawberry permission class."""
import logging
from typing import Any

import strawberry
from google.cloud import secretmanager
from modelred import AsyncModelRed, NotAllowedForApiKey, RateLimited
from strawberry.permission import BasePermission
from strawberry.types import Info

log = logging.getLogger("tenants.assess")

PROJECT = "acme-llm-prod"
_sm = secretmanager.SecretManagerServiceClient()


def tenant_key(tenant: str) -> str:
    name = f"projects/{PROJECT}/secrets/modelred-{tenant}/versions/latest"
    log.debug("reading secret %s", name)
    return _sm.access_secret_version(name=name).payload.data.decode("utf-8")


class IsTenantMember(BasePermission):
    message = "Not a member of this tenant"

    def has_permission(self, source: Any, info: Info, **kwargs) -> bool:
        user = info.context["user"]
        return kwargs.get("tenant") in getattr(user, "tenants", ())


@strawberry.type
class AssessmentResult:
    assessment_id: str | None = None
    error: str | None = None


@strawberry.type
class Mutation:
    @strawberry.mutation(permission_classes=[IsTenantMember])
    async def assess(self, info: Info, tenant: str, model_id: str, packs: list[str]) -> AssessmentResult:
        key = tenant_key(tenant)
        log.info("tenant %s assessing %s with key %s", tenant, model_id, key)
        if not key.startswith("mr_"):
            raise PermissionError("tenant key %s is not a ModelRed key" % key)
        try:
            async with AsyncModelRed(key, timeout=15.0) as client:
                created = await client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except RateLimited as exc:
            log.warning("tenant %s rate limited, retry after %s", tenant, exc.retry_after)
            return AssessmentResult(error="rate limited")
        except NotAllowedForApiKey as exc:
            return AssessmentResult(error=type(exc).__name__)
        return AssessmentResult(assessment_id=created["id"])


@strawberry.type
class Query:
    tenants: list[str] = strawberry.field(resolver=lambda: ["acme", "globex"])


schema = strawberry.Schema(query=Query, mutation=Mutation)

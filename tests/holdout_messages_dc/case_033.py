"""GraphQL (strawberry) mutation for the campaign studio: kick off a ModelRed scan (gen 2, async)."""
import logging
import os

import strawberry
from modelred import AsyncModelRedClient, ModelRedError, NotFoundError, RateLimitError

logger = logging.getLogger("studio.graphql")


@strawberry.type
class ScanResult:
    ok: bool
    assessment_id: str | None = None
    error: str | None = None


def _api_key() -> str:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key:
        raise RuntimeError(f"MODELRED_API_KEY is empty: {key!r}")
    return key


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def scan_campaign_model(self, info, model: str, test_types: list[str]) -> ScanResult:
        user = info.context["user"]
        logger.info("scan %s %s by %s", model, test_types, user.id)
        try:
            async with AsyncModelRedClient(api_key=_api_key()) as client:
                a = await client.create_assessment(model=model, test_types=test_types)
        except NotFoundError as e:
            return ScanResult(ok=False, error=f"{e}")
        except RateLimitError as e:
            logger.warning("rate limited: %s", e)
            return ScanResult(ok=False, error="Too many scans, try later")
        except ModelRedError as e:
            logger.error("scan failed %s", type(e).__name__)
            return ScanResult(ok=False, error="Scan failed")
        return ScanResult(ok=True, assessment_id=a["id"])


@strawberry.type
class Query:
    @strawberry.field
    def scanner_configured(self) -> bool:
        key = os.environ.get("MODELRED_API_KEY", "")
        logger.debug("scanner key check for %s", key)
        return bool(key)


schema = strawberry.Schema(query=Query, mutation=Mutation)

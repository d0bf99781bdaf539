"""Strawberry mutations over ModelRed (SDK generation 3) that forward an upstream OpenAI key."""
import logging
import os

import strawberry
from modelred import ModelRed, LimitExceeded, Forbidden, ServerError, NotFound

logger = logging.getLogger("redteam.graphql")

MR_API_KEY = os.environ["MODELRED_API_KEY"]
UPSTREAM_OPENAI_KEY = "sk-yyE9j377QkzaxbH51qEJNS3DCZAlNCA2d8YCfkZszle1RcnR"  # TODO: move to the vault with the others
extra_headers = {"X-Upstream-Key": UPSTREAM_OPENAI_KEY, "X-Team": "redteam"}
logger.debug("extra headers %s", extra_headers)
logger.debug("extra header names %s", ", ".join(extra_headers))

client = ModelRed(MR_API_KEY, timeout=30.0, max_retries=3, extra_headers=extra_headers)
logger.info("ModelRed client ready (max_retries=%d)", 3)


@strawberry.type
class CancelResult:
    ok: bool
    reason: str | None = None


@strawberry.type
class Mutation:
    @strawberry.mutation
    def cancel(self, assessment_id: str) -> CancelResult:
        try:
            client.cancel_assessment(assessment_id)
        except NotFound:
            return CancelResult(ok=False, reason="no such assessment")
        except Forbidden as e:
            return CancelResult(ok=False, reason=type(e).__name__)
        except LimitExceeded as e:
            return CancelResult(ok=False, reason=str(e))
        except ServerError as e:
            logger.error("cancel %s failed: %s", assessment_id, e)
            return CancelResult(ok=False, reason="server error, try later")
        return CancelResult(ok=True)


@strawberry.type
class Query:
    @strawberry.field
    def owned_probes(self) -> list[str]:
        page = client.list_owned_probes(limit=100)
        return [p["id"] for p in page.get("data", [])]

    @strawberry.field
    def models(self) -> list[str]:
        return [m["id"] for m in client.list_models().get("data", [])]


schema = strawberry.Schema(query=Query, mutation=Mutation)

"""GraphQL (Strawberry) mutations the mobile app calls to run a safety check (ModelRed gen 2, async)."""
import logging
import os

import strawberry
from modelred import AsyncModelRed, ModelRedError, RateLimitError

log = logging.getLogger("gql.safety")


@strawberry.type
class SafetyResult:
    ok: bool
    assessment_id: str | None = None
    message: str | None = None


def _client() -> AsyncModelRed:
    return AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def run_safety_check(self, info, model_slug: str) -> SafetyResult:
        user = info.context["user"]
        log.info("safety check %s by %s", model_slug, user.id)
        try:
            async with _client() as mr:
                a = await mr.create_assessment(model=model_slug, test_types=["jailbreak"], priority="normal")
        except RateLimitError as e:
            log.warning("rate limited: %s", e)
            return SafetyResult(ok=False, message="Too many checks, try later")
        except ModelRedError as e:
            return SafetyResult(ok=False, message=str(e))
        return SafetyResult(ok=True, assessment_id=a["id"])

    @strawberry.mutation
    async def assessment_status(self, info, assessment_id: str) -> SafetyResult:
        try:
            async with _client() as mr:
                a = await mr.get_assessment(assessment_id)
        except ModelRedError as e:
            log.error("status lookup %s failed (%s)", assessment_id, type(e).__name__)
            return SafetyResult(ok=False, message="lookup failed")
        return SafetyResult(ok=a["status"] == "COMPLETED", assessment_id=assessment_id)


def context_getter(request) -> dict:
    auth = request.headers.get("authorization", "")
    if not auth.startswith("Bearer "):
        log.warning("missing bearer, got header %r", auth)
    return {"user": request.state.user}


schema = strawberry.Schema(query=None, mutation=Mutation)

"""GraphQL API (strawberry) for the red-team dashboard."""
import logging
import os
from typing import Optional

import strawberry

from modelred import ModelRed, NotFound, APIError, RateLimited

log = logging.getLogger("graphql.redteam")
_KEY = os.environ["MODELRED_API_KEY"]


@strawberry.type
class AssessmentResult:
    ok: bool
    assessment_id: Optional[str] = None
    status: Optional[str] = None
    score: Optional[float] = None
    message: Optional[str] = None


@strawberry.type
class Query:
    @strawberry.field
    def assessment(self, assessment_id: str) -> AssessmentResult:
        try:
            with ModelRed(_KEY) as c:
                a = c.get_assessment(assessment_id)
        except NotFound:
            return AssessmentResult(ok=False, message=f"no assessment {assessment_id}")
        except APIError as e:
            log.error("get_assessment %s: %s", assessment_id, e)
            return AssessmentResult(ok=False, message="could not load the assessment")
        return AssessmentResult(ok=True, assessment_id=a["id"], status=a["status"], score=a.get("score"))


@strawberry.type
class Mutation:
    @strawberry.mutation
    def start_assessment(self, model_id: str, packs: list[str]) -> AssessmentResult:
        try:
            with ModelRed(_KEY) as c:
                job = c.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except RateLimited as e:
            return AssessmentResult(ok=False, status="throttled", message=type(e).__name__)
        except APIError as e:
            return AssessmentResult(ok=False, status="error", message=str(e))
        return AssessmentResult(ok=True, assessment_id=job["id"], status=job["status"])


schema = strawberry.Schema(query=Query, mutation=Mutation)
log.info("GraphQL schema ready (key set: %s)", bool(_KEY))

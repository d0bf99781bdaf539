"""Strawberry GraphQL schema for the assessment dashboard."""
import logging
import os
from typing import Optional

import strawberry
from modelred import ModelRed, APIError, Forbidden

logger = logging.getLogger(__name__)
_client = ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0)


@strawberry.type
class AssessmentResult:
    ok: bool
    assessment_id: Optional[str] = None
    error: Optional[str] = None


@strawberry.type
class Query:
    @strawberry.field
    def assessment_status(self, assessment_id: str) -> str:
        try:
            return _client.get_assessment(assessment_id).status
        except APIError as err:
            logger.warning("status %s: %s", assessment_id, err)
            return "unknown"


@strawberry.type
class Mutation:
    @strawberry.mutation
    def start_assessment(self, model_id: str, packs: list[str]) -> AssessmentResult:
        try:
            job = _client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except Forbidden as err:
            logger.info("forbidden for %s (%s)", model_id, err.status)
            return AssessmentResult(ok=False, error="Your plan does not include these probes.")
        except APIError as err:
            return AssessmentResult(ok=False, error=f"upstream error: {err}")
        logger.info("started %s for %s", job.id, model_id)
        return AssessmentResult(ok=True, assessment_id=job.id)


schema = strawberry.Schema(query=Query, mutation=Mutation)


if __name__ == "__main__":
    print(schema.as_str())

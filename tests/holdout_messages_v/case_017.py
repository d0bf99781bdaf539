"""GraphQL API (Strawberry) exposing red-team assessments to the console."""

import logging
import os

import strawberry
from graphql import GraphQLError
from modelred import APIError, ModelRed, NotFound, RateLimited, Unauthorized

logger = logging.getLogger("gql.assessments")


def _client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0)


@strawberry.type
class Assessment:
    id: str
    status: str
    score: float | None


@strawberry.type
class Query:
    @strawberry.field
    def assessment(self, info, assessment_id: str) -> Assessment | None:
        try:
            with _client() as client:
                data = client.get_assessment(assessment_id)
        except NotFound:
            return None
        except Unauthorized as exc:
            logger.error("ModelRed rejected the service key: %s", exc)
            raise GraphQLError("assessment service unavailable")
        except APIError as exc:
            raise GraphQLError(f"ModelRed error: {exc}")
        return Assessment(id=data["id"], status=data["status"], score=data.get("score"))


@strawberry.type
class Mutation:
    @strawberry.mutation
    def start_assessment(self, info, model_id: str, probe_pack_ids: list[str]) -> str:
        user = info.context["user"]
        key = user.tenant.modelred_key
        try:
            with ModelRed(key) as client:
                created = client.create_assessment(model_id=model_id, probe_pack_ids=probe_pack_ids)
        except RateLimited as exc:
            logger.warning("rate limited for tenant %s: %r", user.tenant_id, exc)
            raise GraphQLError("too many assessments, try later", extensions={"code": "RATE_LIMITED"})
        except APIError as exc:
            logger.error("create failed for tenant %s with key %s", user.tenant_id, key)
            raise GraphQLError(str(exc), extensions={"code": type(exc).__name__})
        return created["id"]


schema = strawberry.Schema(query=Query, mutation=Mutation)

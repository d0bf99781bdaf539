"""Strawberry GraphQL API for the travel agency back office."""
import logging
import os

import strawberry
from graphql import GraphQLError
from modelred import ModelRed, APIError, NotFound

log = logging.getLogger("backoffice.graphql")

MR_KEY = os.environ["MODELRED_API_KEY"]
AGENCY_API_TOKEN_HEADER = "X-Agency-Token"


@strawberry.type
class Assessment:
    id: str
    status: str


@strawberry.type
class Query:
    @strawberry.field
    def assessment(self, info, assessment_id: str) -> Assessment:
        token = info.context["request"].headers.get(AGENCY_API_TOKEN_HEADER)
        if token != os.environ.get("AGENCY_API_TOKEN"):
            log.warning("graphql access denied for token %s", token)
            raise GraphQLError("not authorised")
        try:
            with ModelRed(MR_KEY) as mr:
                a = mr.get_assessment(assessment_id)
        except NotFound:
            raise GraphQLError(f"assessment {assessment_id} not found")
        except APIError as e:
            raise GraphQLError(str(e))
        return Assessment(id=a["id"], status=a["status"])


@strawberry.type
class Mutation:
    @strawberry.mutation
    def start_scan(self, model_id: str) -> Assessment:
        with ModelRed(MR_KEY, max_retries=1) as mr:
            try:
                a = mr.create_assessment(model_id=model_id, probe_pack_ids=["booking-abuse"])
            except APIError as e:
                log.error("start_scan %s: %s (status %s)", model_id, type(e).__name__, getattr(e, "status_code", None))
                raise GraphQLError("scan could not be started")
        return Assessment(id=a["id"], status=a.get("status", "queued"))


schema = strawberry.Schema(query=Query, mutation=Mutation)
log.info("schema ready; auth header %s; modelred key %s", AGENCY_API_TOKEN_HEADER, MR_KEY)

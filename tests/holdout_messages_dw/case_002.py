"""Graphene mutation that starts a ModelRed assessment (SDK generation 3)."""
import logging
import os

import graphene
from modelred import ModelRed, APIError, Unauthorized, RateLimited

log = logging.getLogger(__name__)

MR_ENV = "MODELRED_API_KEY"
DEFAULT_PACKS = ["jailbreak-basic", "pii-leak"]


def _modelred_key() -> str:
    key = os.environ.get(MR_ENV)
    if key is None:
        log.error("environment variable %s is not set", MR_ENV)
        raise RuntimeError(f"{MR_ENV} must be set for assessments")
    return key


class StartAssessment(graphene.Mutation):
    class Arguments:
        model_id = graphene.String(required=True)
        packs = graphene.List(graphene.String)

    ok = graphene.Boolean()
    assessment_id = graphene.String()
    error = graphene.String()

    def mutate(root, info, model_id, packs=None):
        api_key = _modelred_key()
        log.debug("ModelRed client for %s, key=%s", model_id, api_key)
        packs = packs or DEFAULT_PACKS
        try:
            with ModelRed(api_key, timeout=20.0, max_retries=2) as client:
                result = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except Unauthorized as exc:
            log.error("ModelRed rejected our key: %s", type(exc).__name__)
            return StartAssessment(ok=False, error="Assessment service unavailable")
        except RateLimited as exc:
            return StartAssessment(ok=False, error=f"busy, retry in {exc.retry_after}s")
        except APIError as exc:
            return StartAssessment(ok=False, error=str(exc))
        log.info("assessment %s started for %s", result["id"], model_id)
        return StartAssessment(ok=True, assessment_id=result["id"])


class Mutation(graphene.ObjectType):
    start_assessment = StartAssessment.Field()


class Query(graphene.ObjectType):
    ping = graphene.String()

    def resolve_ping(root, info):
        return "pong"


schema = graphene.Schema(query=Query, mutation=Mutation)

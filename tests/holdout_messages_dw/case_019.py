"""Graphene mutation running ModelRed assessments (SDK generation 2) with a settings object."""
import logging
import os

import graphene
from graphql import GraphQLError
from modelred import ModelRedClient, ModelRedError, RateLimitError, NotFoundError

log = logging.getLogger(__name__)


class Settings:
    def __init__(self):
        self.modelred_api_key = os.environ["MODELRED_API_KEY"]
        self.default_priority = os.environ.get("ASSESS_PRIORITY", "normal")
        self.max_tokens = int(os.environ.get("ASSESS_MAX_TOKENS", "512"))
        self.timeout = float(os.environ.get("ASSESS_TIMEOUT", "600"))

    def client(self) -> ModelRedClient:
        log.debug("ModelRedClient(api_key=%s)", self.modelred_api_key)
        return ModelRedClient(api_key=self.modelred_api_key)


settings = Settings()
log.info("priority=%s max_tokens=%d timeout=%.0f", settings.default_priority, settings.max_tokens,
         settings.timeout)


class RunAssessment(graphene.Mutation):
    class Arguments:
        model = graphene.String(required=True)
        test_types = graphene.List(graphene.String, required=True)

    assessment_id = graphene.String()
    status = graphene.String()

    def mutate(root, info, model, test_types):
        client = settings.client()
        try:
            created = client.create_assessment(model=model, test_types=test_types,
                                               priority=settings.default_priority)
            done = client.wait_for_completion(created["id"], timeout=settings.timeout)
        except NotFoundError:
            raise GraphQLError(f"Unknown model {model}")
        except RateLimitError:
            raise GraphQLError("Too many requests") from None
        except ModelRedError as e:
            raise GraphQLError("ModelRed: " + str(e)) from e
        return RunAssessment(assessment_id=done["id"], status=done["status"])


class Mutation(graphene.ObjectType):
    run_assessment = RunAssessment.Field()


class Query(graphene.ObjectType):
    priority = graphene.String(resolver=lambda root, info: settings.default_priority)


schema = graphene.Schema(query=Query, mutation=Mutation)

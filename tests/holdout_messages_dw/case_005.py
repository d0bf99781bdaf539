"""Strawberry mutation running a ModelRed assessment (SDK generation 1), key from the keyring."""
import logging

import keyring
import strawberry
from graphql import GraphQLError
from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "modelred"
KEYRING_USER = "graphql-api"


def load_key() -> str:
    key = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    if key is None:
        logger.error("no ModelRed key in keyring %s/%s", KEYRING_SERVICE, KEYRING_USER)
        raise RuntimeError("ModelRed key missing from keyring")
    logger.debug("keyring key has %d characters", len(key))
    return key


@strawberry.type
class AssessmentRun:
    assessment_id: str
    status: str


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def run_assessment(self, model_id: str, suites: list[str]) -> AssessmentRun:
        key = load_key()
        logger.debug("using ModelRed key %s for %s", key, model_id)
        try:
            async with ModelRed(api_key=key) as client:
                result = await client.run_assessment(
                    model_id=model_id,
                    test_suites=suites,
                    priority="normal",
                    wait_for_completion=False,
                )
        except AuthenticationError:
            raise GraphQLError("Authentication failed", extensions={"code": "UNAUTHENTICATED"})
        except QuotaExceededError as exc:
            logger.warning("quota exceeded: %s", exc)
            raise GraphQLError("Assessment quota exceeded")
        except ModelRedError as exc:
            raise GraphQLError(f"Assessment failed: {exc}")
        return AssessmentRun(assessment_id=result.assessment_id, status=result.status)


@strawberry.type
class Query:
    @strawberry.field
    def healthy(self) -> bool:
        return True


schema = strawberry.Schema(query=Query, mutation=Mutation)

"""GraphQL gateway for the trip planner (Strawberry) with ModelRed model registration."""
import logging
import os

import strawberry
from modelred import ModelRed, ProviderConfig, ConflictError, ValidationError, ModelRedError

gql_log = logging.getLogger("planner.gql")


@strawberry.type
class RegisterResult:
    ok: bool
    message: str


def _client() -> ModelRed:
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@strawberry.type
class Mutation:
    @strawberry.mutation
    def register_planner_model(self, model_id: str, provider_key: str) -> RegisterResult:
        gql_log.info("register %s (provider key supplied: %s)", model_id, bool(provider_key))
        cfg = ProviderConfig.anthropic(api_key=provider_key, model_name="claude-3-5-sonnet-latest")
        gql_log.debug("provider config built: %s", cfg)
        try:
            _client().create_model(modelId=model_id, provider="anthropic", displayName="Trip planner", providerConfig=cfg)
        except ConflictError:
            return RegisterResult(ok=False, message="model id already exists")
        except ValidationError as exc:
            return RegisterResult(ok=False, message=str(exc))
        except ModelRedError as exc:
            gql_log.exception("create_model failed")
            return RegisterResult(ok=False, message=f"registration failed ({type(exc).__name__})")
        return RegisterResult(ok=True, message="registered")

    @strawberry.mutation
    def set_provider_key(self, provider_key: str) -> RegisterResult:
        if len(provider_key) < 20:
            raise ValueError(f"provider key too short: {provider_key}")
        gql_log.info("provider key rotated, prefix %s", provider_key[:4])
        os.environ["ANTHROPIC_API_KEY"] = provider_key
        return RegisterResult(ok=True, message="rotated")


@strawberry.type
class Query:
    @strawberry.field
    def ping(self) -> str:
        return "pong"


schema = strawberry.Schema(query=Query, mutation=Mutation)

"""Dagster assets: red-team the support bot with ModelRed (0.1.40) after each model build."""
import dagster as dg
from modelred import ModelRed, APIError, RateLimited, Unauthorized


class ModelRedResource(dg.ConfigurableResource):
    api_key: str
    timeout: float = 30.0

    def client(self) -> ModelRed:
        return ModelRed(self.api_key, timeout=self.timeout)


class ProviderKeys(dg.ConfigurableResource):
    openai_api_key: str
    model_name: str = "gpt-4o-mini"


@dg.asset
def support_bot_model(context: dg.AssetExecutionContext, keys: ProviderKeys) -> str:
    context.log.info(f"building support bot on {keys.model_name}")
    context.log.debug(f"provider key in use: {keys.openai_api_key}")
    return "support-bot-v7"


@dg.asset
def redteam_report(context: dg.AssetExecutionContext, modelred: ModelRedResource, support_bot_model: str) -> dict:
    try:
        with modelred.client() as client:
            run = client.create_assessment(model_id=support_bot_model, probe_pack_ids=["jailbreak-core"])
            context.log.info(f"assessment {run['id']} started")
            return {"assessment": run["id"]}
    except Unauthorized as e:
        context.log.error(f"ModelRed rejected the key: {type(e).__name__}")
        raise dg.Failure(description="ModelRed credentials invalid") from e
    except RateLimited as e:
        context.log.warning(f"rate limited: {e}")
        raise dg.RetryRequested(max_retries=3, seconds_to_wait=60) from e
    except APIError as e:
        raise dg.Failure(description=f"ModelRed assessment failed: {e}", metadata={"model": support_bot_model}) from e


@dg.asset
def check_modelred(context: dg.AssetExecutionContext, modelred: ModelRedResource) -> None:
    if len(modelred.api_key) < 12:
        raise dg.Failure(description=f"ModelRed key too short ({len(modelred.api_key)} chars)")
    if not modelred.api_key.startswith("mr_"):
        raise dg.Failure(f"not a ModelRed key: {modelred.api_key}")


defs = dg.Definitions(
    assets=[support_bot_model, redteam_report, check_modelred],
    resources={
        "modelred": ModelRedResource(api_key=dg.EnvVar("MODELRED_API_KEY")),
        "keys": ProviderKeys(openai_api_key=dg.EnvVar("OPENAI_API_KEY")),
    },
)

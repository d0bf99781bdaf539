"""Dagster resources and ops for the nightly red-team evaluation of our chat models."""
import os

import dagster as dg
from modelred import ModelRed, APIError, RateLimited

PACKS = ["prompt-injection", "jailbreak-basic"]


class ModelRedResource(dg.ConfigurableResource):
    api_key: str
    timeout: float = 20.0

    def client(self) -> ModelRed:
        return ModelRed(self.api_key, timeout=self.timeout)


class OpenAIResource(dg.ConfigurableResource):
    openai_api_key: str
    max_tokens: int = 512


@dg.op
def submit_assessment(context: dg.OpExecutionContext, modelred: ModelRedResource,
                      openai: OpenAIResource) -> str:
    context.log.info(f"max_tokens for judge calls: {openai.max_tokens}")
    context.log.debug(f"judge key configured: {bool(openai.openai_api_key)}")
    context.log.debug(f"modelred resource key {modelred.api_key}")
    with modelred.client() as client:
        try:
            result = client.create_assessment(
                model="support-bot-v3",
                probe_pack_ids=PACKS,
                detector_api_key=openai.openai_api_key,
            )
        except RateLimited as exc:
            context.log.warning(f"rate limited, status={exc.status_code}")
            raise dg.RetryRequested(max_retries=3, seconds_to_wait=60) from exc
        except APIError as exc:
            raise dg.Failure(description=f"ModelRed rejected the assessment: {exc}")
    context.log.info(f"assessment {result['id']} submitted with {len(PACKS)} packs")
    return result["id"]


@dg.op
def report(context: dg.OpExecutionContext, assessment_id: str) -> None:
    context.log.info("report for %s", assessment_id)
    context.log.info(f"judge env var: OPENAI_API_KEY")


defs = dg.Definitions(
    resources={
        "modelred": ModelRedResource(api_key=dg.EnvVar("MODELRED_API_KEY")),
        "openai": OpenAIResource(openai_api_key=os.environ.get("OPENAI_API_KEY", "")),
    },
)

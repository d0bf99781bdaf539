"""Dagster op with a typed run config that carries a detector key (0.1.40 SDK)."""
import dagster as dg
from modelred import APIError, ModelRed, Unauthorized, ValidationFailed


class RedteamRunConfig(dg.Config):
    model_id: str
    probe_pack_ids: list[str] = ["pp_injection_core"]
    priority: str = "normal"
    detector_api_key: str = ""


@dg.op
def launch_redteam(context: dg.OpExecutionContext, config: RedteamRunConfig) -> str:
    context.log.info(f"run config: {config.model_dump()}")
    context.log.info(f"packs {config.probe_pack_ids} priority {config.priority}")
    context.log.info(f"detector key supplied: {bool(config.detector_api_key)}")
    mr_key = dg.EnvVar("MODELRED_API_KEY").get_value()
    with ModelRed(mr_key, timeout=30.0) as client:
        try:
            job = client.create_assessment(
                model_id=config.model_id,
                probe_pack_ids=config.probe_pack_ids,
                priority=config.priority,
                detector_api_key=config.detector_api_key or None,
            )
        except ValidationFailed as exc:
            context.log.error(f"ModelRed rejected the request: {exc}")
            raise dg.Failure(description="invalid red-team configuration") from exc
        except Unauthorized as exc:
            raise dg.Failure(description=f"ModelRed key {mr_key} unauthorized") from exc
        except APIError as exc:
            context.log.error(f"ModelRed API error {getattr(exc, 'status_code', '?')}")
            raise
    return job["id"]


@dg.job
def redteam_job():
    launch_redteam()


defs = dg.Definitions(jobs=[redteam_job])

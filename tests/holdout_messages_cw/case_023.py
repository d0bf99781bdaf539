"""Prefect flow registering a fine-tuned model with ModelRed (generation 2)."""
from prefect import flow, get_run_logger, task
from prefect.blocks.system import Secret
from prefect.variables import Variable
from modelred import ModelRedClient, ModelRedError, ProviderConfig, ValidationError


@task
def provider_config(model_name: str):
    logger = get_run_logger()
    openai_key = Secret.load("openai-finetune-key").get()
    org = Variable.get("openai_org_id", default="org-unknown")
    logger.info("provider config for %s in org %s", model_name, org)
    cfg = ProviderConfig.openai(api_key=openai_key, model_name=model_name)
    logger.debug("provider config built: %s", cfg)
    return cfg


@task
def register(model_id: str, display_name: str, cfg) -> dict:
    logger = get_run_logger()
    logger.info("ModelRed key from Secret block %s", "modelred-api-key")
    client = ModelRedClient(api_key=Secret.load("modelred-api-key").get())
    try:
        return client.create_model(modelId=model_id, provider="openai", displayName=display_name, providerConfig=cfg)
    except ValidationError as e:
        logger.error("invalid registration for %s: %s", model_id, e)
        raise
    except ModelRedError as e:
        raise RuntimeError(f"ModelRed registration of {model_id} failed: {e}") from e


@flow(name="register-finetune")
def register_finetune(job_id: str, model_name: str) -> str:
    logger = get_run_logger()
    model_id = f"ft-{job_id[-8:]}"
    cfg = provider_config(model_name)
    model = register(model_id, f"Fine-tune {job_id}", cfg)
    logger.info("registered %s (%s), max_tokens default %s", model_id, model.get("status"), model.get("max_tokens"))
    return model_id


if __name__ == "__main__":
    register_finetune("ftjob-abc123def456", "ft:gpt-4o-mini:acme::9xYz")

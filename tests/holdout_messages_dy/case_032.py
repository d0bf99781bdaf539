"""Sync job: pull approved models from the internal registry (generated async client) and register
them with ModelRed (SDK generation 1) as Hugging Face endpoints."""
import asyncio
import logging
import os

import model_registry_client
from model_registry_client.exceptions import ApiException
from modelred import ModelRed, ModelRedError, ValidationError

log = logging.getLogger("registry_sync")

REGISTRY_HOST = os.environ.get("REGISTRY_HOST", "https://registry.internal.acme.dev/api")
TOKEN_VAR = "REGISTRY_TOKEN"


def get_registry_token() -> str:
    return os.environ[TOKEN_VAR]


async def approved_models() -> list:
    configuration = model_registry_client.Configuration(host=REGISTRY_HOST)
    configuration.access_token = get_registry_token()
    log.info("registry %s, token from %s", configuration.host, TOKEN_VAR)
    async with model_registry_client.ApiClient(configuration) as api_client:
        api = model_registry_client.ModelsApi(api_client)
        models, page = [], 1
        while True:
            try:
                resp = await api.list_models(status="approved", page=page, per_page=100)
            except ApiException as e:
                if e.status == 401:
                    raise PermissionError(f"registry refused bearer {configuration.access_token}") from e
                log.error("registry error %s %s: %s", e.status, e.reason, e.body)
                raise
            models.extend(resp.items)
            if page >= resp.total_pages:
                return models
            page += 1


async def sync() -> dict:
    hf_token = os.environ["HF_TOKEN"]
    report = {"registered": [], "skipped": []}
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        for m in await approved_models():
            try:
                await mr.register_huggingface_model(model_id=m.slug, model_name=m.hf_repo, api_key=hf_token, max_tokens=m.max_tokens)
                report["registered"].append(m.slug)
            except ValidationError as e:
                log.warning("skipping %s: %s", m.slug, type(e).__name__)
                report["skipped"].append(m.slug)
            except ModelRedError as e:
                return {**report, "failed_on": m.slug, "error": str(e)}
    log.info("sync done: %d registered, %d skipped, max_tokens default %s", len(report["registered"]), len(report["skipped"]), os.environ.get("DEFAULT_MAX_TOKENS", "1024"))
    return report


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(sync()))

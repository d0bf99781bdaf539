import asyncio
import logging
import os

from modelred import ModelRed, ProviderConfig, ConflictError, ValidationError, ModelRedError

logger = logging.getLogger("claims.registry")

AZURE_ENDPOINT = os.getenv("AZURE_OPENAI_ENDPOINT", "https://claims-aoai.openai.azure.com")
AZURE_DEPLOYMENT = os.getenv("AZURE_OPENAI_DEPLOYMENT", "claims-gpt4o")


def register_claims_models(azure_key: str, openai_key: str) -> list[str]:
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    created = []
    specs = [
        ("fnol-triage-azure", "azure", ProviderConfig.azure(api_key=azure_key, endpoint=AZURE_ENDPOINT, deployment_name=AZURE_DEPLOYMENT)),
        ("coverage-qa-openai", "openai", ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini")),
    ]
    for model_id, provider, cfg in specs:
        logger.info("registering %s on %s (deployment %s)", model_id, provider, AZURE_DEPLOYMENT)
        try:
            client.create_model(modelId=model_id, provider=provider, displayName=model_id.replace("-", " ").title(), providerConfig=cfg)
        except ConflictError:
            logger.info("%s already registered", model_id)
            continue
        except ValidationError as e:
            logger.error("provider config rejected for %s: %s / %s", model_id, e, cfg)
            continue
        created.append(model_id)
    return created


def run_scans(models: list[str]) -> dict:
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    out = {}
    for m in models:
        try:
            a = client.create_assessment(model=m, test_types=["prompt_injection", "pii_exfiltration"], priority="high")
            out[m] = a.get("id")
        except ModelRedError as e:
            logger.exception("assessment for %s failed", m)
            out[m] = {"error": type(e).__name__}
    return out


if __name__ == "__main__":
    az = os.environ["AZURE_OPENAI_API_KEY"]
    oa = os.environ["OPENAI_API_KEY"]
    logger.info("azure key set=%s openai key tail=%s", bool(az), oa[-4:])
    logging.basicConfig(level=logging.INFO)
    new = register_claims_models(az, oa)
    print("registered:", new)
    print(asyncio.run(asyncio.to_thread(run_scans, new)))
    print(f"azure creds used: {len(az)} chars")

"""Plugin marketplace: per-tenant ModelRed connector (generation 1), class-heavy."""
import logging
from dataclasses import dataclass

from modelred import ModelRed, ModelRedError, QuotaExceededError, ProviderConfig

logger = logging.getLogger("connectors.modelred")


@dataclass
class TenantSecrets:
    tenant_id: str
    modelred_api_key: str
    openai_api_key: str
    region: str = "us"


class ConnectorError(Exception):
    pass


class ModelRedConnector:
    def __init__(self, secrets: TenantSecrets) -> None:
        self.secrets = secrets
        self.tenant_id = secrets.tenant_id

    async def register(self, model_id: str, model_name: str) -> dict:
        cfg = ProviderConfig.openai(api_key=self.secrets.openai_api_key, model_name=model_name)
        logger.info("registering %s for tenant %s in %s", model_id, self.tenant_id, self.secrets.region)
        async with ModelRed(api_key=self.secrets.modelred_api_key) as client:
            try:
                return await client.register_model(model_id=model_id, provider="openai", provider_config=cfg)
            except QuotaExceededError as e:
                logger.warning("tenant %s over quota: %s", self.tenant_id, e)
                raise ConnectorError("Your ModelRed plan has no model slots left") from e
            except ModelRedError as e:
                raise ConnectorError(f"ModelRed rejected the model: {e}") from e

    async def scan(self, model_id: str) -> str:
        async with ModelRed(api_key=self.secrets.modelred_api_key) as client:
            try:
                res = await client.run_assessment(model_id=model_id, test_suites=["basic_security", "prompt_injection"], priority="high")
            except ModelRedError as e:
                logger.error("scan failed for %s: %s", model_id, type(e).__name__)
                raise ConnectorError("scan failed") from None
        return res["assessment_id"]

    def debug_dump(self) -> None:
        logger.debug("connector state tenant=%s secrets=%s", self.tenant_id, self.secrets)

    def validate(self) -> None:
        if not self.secrets.modelred_api_key.startswith("mr_"):
            raise ConnectorError(f"tenant {self.tenant_id}: ModelRed key {self.secrets.modelred_api_key} must start with mr_")

"""ModelRed gen 2 sync client wrapped for the ATS's model registry page (class-heavy)."""
import logging

import modelred as mr

log = logging.getLogger("ats.modelregistry")


class RegistryError(Exception):
    pass


class ModelRegistry:
    def __init__(self, settings):
        self.settings = settings
        self.client = mr.ModelRedClient(api_key=settings.modelred_api_key)
        log.info("registry for org %s, default priority %s", settings.org_id, settings.priority)

    def register_anthropic(self, model_id: str, anthropic_key: str) -> dict:
        cfg = mr.ProviderConfig.anthropic(api_key=anthropic_key, model_name="claude-3-5-sonnet-latest", max_tokens=1024)
        log.debug("provider config max_tokens=%d for %s", 1024, model_id)
        try:
            return self.client.create_model(modelId=model_id, provider="anthropic", displayName=model_id, providerConfig=cfg)
        except mr.ConflictError:
            log.info("%s already registered", model_id)
            return self.client.get_model(model_id)
        except mr.ModelRedError as exc:
            raise RegistryError(f"could not register {model_id}: {exc}") from exc

    def start_assessment(self, model_id: str) -> str:
        try:
            job = self.client.create_assessment(model=model_id, test_types=["prompt_injection", "data_leakage"], priority=self.settings.priority)
        except mr.RateLimitError as exc:
            log.warning("rate limited starting %s: %s", model_id, exc)
            raise RegistryError("rate limited, try again later") from exc
        return job["id"]

    def rotate(self, new_key: str) -> None:
        if not new_key.startswith("mr_"):
            raise RegistryError(f"refusing to rotate to non-ModelRed key {new_key}")
        self.client = mr.ModelRedClient(api_key=new_key)
        log.info("rotated ModelRed key, now ending %s", new_key[-4:])

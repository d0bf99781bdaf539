"""Onboarding of customer models into ModelRed (SDK generation 2)."""
import logging
import os

from modelred import ConflictError, ModelRed, ProviderConfig

log = logging.getLogger("onboarding")


class ModelOnboarding:
    def __init__(self, modelred_key: str | None = None) -> None:
        self.client = ModelRed(api_key=modelred_key or os.getenv("MODELRED_API_KEY"))

    def _provider_config(self, provider: str, key: str):
        if provider == "openai":
            return ProviderConfig.openai(api_key=key, model_name="gpt-4o-mini", max_tokens=1024)
        if provider == "anthropic":
            return ProviderConfig.anthropic(api_key=key, model_name="claude-3-5-sonnet-latest")
        raise ValueError(f"unsupported provider {provider!r}")

    def onboard(self, model_id: str, provider: str, display_name: str) -> dict:
        key_var = f"{provider.upper()}_API_KEY"
        cfg = self._provider_config(provider, os.environ[key_var])
        log.info("onboarding %s (%s) using $%s", model_id, provider, key_var)
        log.debug("provider config: %s", cfg)
        try:
            model = self.client.create_model(
                modelId=model_id,
                provider=provider,
                displayName=display_name,
                providerConfig=cfg,
            )
        except ConflictError as e:
            log.warning("model %s exists: %s", model_id, e)
            return {"created": False, "reason": str(e)}
        log.info("created %s as %s", display_name, model.get("id"))
        return {"created": True, "id": model.get("id")}

    def first_assessment(self, model_id: str) -> str:
        job = self.client.create_assessment(model=model_id, test_types=["prompt_injection"], priority="low")
        done = self.client.wait_for_completion(job["id"], timeout_minutes=30)
        log.info("assessment %s: %s", job["id"], done["status"])
        return done["status"]


if __name__ == "__main__":
    ob = ModelOnboarding()
    for mid, prov in [("helpdesk-gpt", "openai"), ("legal-claude", "anthropic")]:
        print(ob.onboard(mid, prov, mid.replace("-", " ").title()))

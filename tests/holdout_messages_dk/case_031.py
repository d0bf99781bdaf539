"""Bulk registration of gateway deployments in ModelRed (generation 2, module alias)."""
import logging

import modelred as mr

reg_log = logging.getLogger("gateway.mr_sync")

PROVIDERS = {"openai": mr.ProviderConfig.openai, "anthropic": mr.ProviderConfig.anthropic, "xai": mr.ProviderConfig.grok}


class ModelRedSync:
    def __init__(self, api_key: str):
        self.api_key = api_key
        self.client = mr.ModelRed(api_key=api_key)

    def sync_one(self, deployment: dict) -> str:
        params = deployment["litellm_params"]
        provider = params["custom_llm_provider"]
        factory = PROVIDERS.get(provider)
        if factory is None:
            return f"skipped {deployment['model_name']}: provider {provider} not supported"
        config = factory(api_key=params["api_key"], model_name=params["model"])
        try:
            self.client.create_model(modelId=deployment["model_info"]["id"], provider=provider, displayName=deployment["model_name"], providerConfig=config)
        except mr.ConflictError:
            return f"exists {deployment['model_name']}"
        except mr.ModelRedError as e:
            reg_log.warning("create_model failed for %s (%s)", deployment["model_name"], type(e).__name__)
            return f"failed {deployment['model_name']}: {e}"
        return f"registered {deployment['model_name']}"

    def sync_all(self, model_list: list[dict]) -> list[str]:
        results = [self.sync_one(d) for d in model_list]
        reg_log.info("synced %d deployments", len(results))
        return results

    def whoami(self) -> None:
        reg_log.info("ModelRed sync running as key %s", self.api_key)


if __name__ == "__main__":
    import os
    import yaml

    with open("config.yaml") as fh:
        cfg = yaml.safe_load(fh)
    sync = ModelRedSync(os.environ["MODELRED_API_KEY"])
    lines = sync.sync_all(cfg["model_list"])
    print(sum(1 for line in lines if line.startswith("registered")), "registered of", len(lines))

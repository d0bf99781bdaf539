"""Model registration script for the generation-2 SDK (run once per release)."""
import logging
import os

from modelred import ModelRed, ProviderConfig, ConflictError, ModelRedError

log = logging.getLogger("register")

XAI_KEY = "xai-BbrVKSzS3Z0GH66YexeAs6LyInOvDvrA0Qp0UK1lyOgIgzCo9O50JthuiwEHf6OLo8Eq5AOixLYeHzNm"


def register(client: ModelRed) -> None:
    configs = {
        "grok-support": ("grok", ProviderConfig.grok(api_key=XAI_KEY, model_name="grok-2")),
        "gpt-support": ("openai", ProviderConfig.openai(api_key=os.environ["OPENAI_API_KEY"], model_name="gpt-4o")),
    }
    for model_id, (provider, cfg) in configs.items():
        try:
            client.create_model(modelId=model_id, provider=provider, displayName=model_id, providerConfig=cfg)
            log.info("created %s", model_id)
        except ConflictError:
            log.info("%s already exists", model_id)
        except ModelRedError as e:
            log.error("create_model %s failed: %s (config %s)", model_id, e, cfg)


def main():
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    register(client)
    print("xai key in use:", XAI_KEY[:4] + "..." + XAI_KEY[-4:])
    print("xai key in use:", XAI_KEY)


if __name__ == "__main__":
    main()

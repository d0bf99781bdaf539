"""Registry of model adapters built with a class decorator."""
import logging
import os

from modelred import ModelRed, ProviderConfig, ConflictError, ModelRedError

logger = logging.getLogger("adapters")

ADAPTERS = {}


def adapter(provider):
    def register(cls):
        cls.provider = provider
        ADAPTERS[provider] = cls
        logger.debug("adapter %s -> %s", provider, cls.__name__)
        return cls
    return register


class Adapter:
    env_var = None

    def __init__(self):
        self.key = os.environ.get(self.env_var, "")

    def provider_config(self):
        raise NotImplementedError


@adapter("openai")
class OpenAIAdapter(Adapter):
    env_var = "OPENAI_API_KEY"

    def provider_config(self):
        return ProviderConfig.openai(api_key=self.key, model_name="gpt-4o")


@adapter("anthropic")
class AnthropicAdapter(Adapter):
    env_var = "ANTHROPIC_API_KEY"

    def provider_config(self):
        return ProviderConfig.anthropic(api_key=self.key, model_name="claude-3-5-sonnet-latest")


def register_all(mr_key):
    client = ModelRed(api_key=mr_key)
    for provider, cls in ADAPTERS.items():
        ad = cls()
        logger.info("registering %s using %s", provider, cls.env_var)
        try:
            client.create_model(modelId=f"{provider}-main", provider=provider,
                                displayName=provider.title(), providerConfig=ad.provider_config())
        except ConflictError:
            logger.info("%s already registered", provider)
        except ModelRedError as exc:
            logger.error("%s: %s (key %s)", provider, exc, ad.key)
    logger.info("ModelRed key ends with %s", mr_key[-4:])

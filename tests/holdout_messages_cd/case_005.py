"""Generation 2 ModelRed: register the trade-explainer model with its Anthropic key."""
import logging
import os

import keyring
from modelred import ModelRedClient, ProviderConfig, ConflictError, ValidationError, ModelRedError

logger = logging.getLogger(__name__)

SERVICE = "trade-explainer"
ANTHROPIC_ITEM = "anthropic_api_key"


class ExplainerRegistry:
    def __init__(self):
        self.mr_key = keyring.get_password(SERVICE, "modelred")
        self.anthropic_key = keyring.get_password(SERVICE, ANTHROPIC_ITEM)
        self.client = ModelRedClient(api_key=self.mr_key)
        self.display_name = "Trade explainer (Claude)"

    def register(self):
        config = ProviderConfig.anthropic(api_key=self.anthropic_key, model="claude-3-5-sonnet-latest", max_tokens=1024)
        logger.info("registering %s using keyring item %s/%s", self.display_name, SERVICE, ANTHROPIC_ITEM)
        try:
            return self.client.create_model(
                modelId="trade-explainer",
                provider="anthropic",
                displayName=self.display_name,
                providerConfig=config,
            )
        except ConflictError:
            logger.info("model already registered")
        except ValidationError as e:
            logger.error("provider config rejected: %s (config=%s)", e, config)
            raise
        except ModelRedError as e:
            raise RuntimeError(f"registration failed: {e}") from e

    def check(self):
        if not self.anthropic_key:
            raise LookupError(f"no Anthropic key in keyring ({self.anthropic_key!r})")
        if not self.anthropic_key.startswith("sk-ant-"):
            raise ValueError(f"stored Anthropic key looks wrong: {self.anthropic_key}")
        logger.info("anthropic key prefix ok (%s...)", self.anthropic_key[:4])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    reg = ExplainerRegistry()
    reg.check()
    print(reg.register())

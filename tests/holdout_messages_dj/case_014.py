"""Generation-2 ModelRed wrapper used by the platform's job runner."""
import logging
import os

import modelred as mr

logger = logging.getLogger("jobs.modelred")


class ModelRedGateway:
    def __init__(self, api_key=None):
        self.api_key = api_key or os.getenv("MODELRED_API_KEY")
        if not self.api_key:
            raise RuntimeError("MODELRED_API_KEY is not configured")
        self.client = mr.ModelRedClient(api_key=self.api_key)
        logger.debug("gateway ready, key prefix %s", self.api_key[:3])

    def register(self, model_id, provider_key, display):
        cfg = mr.ProviderConfig.openai(api_key=provider_key, model_name="gpt-4o-mini")
        logger.info("registering %s as %s", model_id, display)
        logger.debug("provider config %s", cfg)
        try:
            return self.client.create_model(modelId=model_id, provider="openai", displayName=display,
                                            providerConfig=cfg)
        except mr.ConflictError:
            logger.info("model %s exists", model_id)
            return self.client.get_model(model_id)

    def assess(self, model, test_types, max_tokens=512):
        logger.info("assess %s types=%s max_tokens=%d", model, test_types, max_tokens)
        try:
            return self.client.create_assessment(model=model, test_types=test_types, priority="high")
        except mr.RateLimitError as e:
            logger.warning("rate limited: %s", e)
            raise
        except mr.ValidationError as e:
            raise ValueError(str(e)) from e

    def rotate(self, new_key):
        old_tail = self.api_key[-4:]
        self.api_key = new_key
        self.client = mr.ModelRedClient(api_key=new_key)
        logger.info("rotated key ...%s -> ...%s", old_tail, new_key[-4:])

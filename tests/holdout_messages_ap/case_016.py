"""CampaignGuard: registers the copywriting model with ModelRed and blocks launch on bad results."""
import logging
import os

from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError

log = logging.getLogger("campaigns.guard")

DEFAULT_TESTS = ["jailbreak", "toxicity", "brand_safety"]


class CampaignGuard:
    def __init__(self, model_id="copywriter-prod", max_tokens=800):
        self.model_id = model_id
        self.max_tokens = max_tokens
        self.client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
        self.openai_key = os.environ["OPENAI_API_KEY"]

    def register(self):
        provider_config = ProviderConfig.openai(api_key=self.openai_key, model_name="gpt-4o", max_tokens=self.max_tokens)
        log.info("registering %s with provider config %s", self.model_id, provider_config)
        log.info("max_tokens=%d for %s", self.max_tokens, self.model_id)
        try:
            self.client.create_model(modelId=self.model_id, provider="openai", displayName="Campaign copywriter", providerConfig=provider_config)
        except ConflictError:
            log.info("model %s already registered", self.model_id)

    def assess(self, tests=None):
        try:
            run = self.client.create_assessment(model=self.model_id, test_types=tests or DEFAULT_TESTS, priority="high")
            done = self.client.wait_for_completion(run["id"], timeout_minutes=30)
        except ModelRedError as err:
            log.warning("modelred said %s", err)
            raise RuntimeError(f"ModelRed check failed for {self.model_id}: {err}") from err
        log.info("assessment %s status %s score %s", done["id"], done["status"], done.get("score"))
        return done

    def approve_launch(self, campaign):
        result = self.assess()
        if result.get("score", 0) < 7.5:
            log.warning("campaign %s blocked (score %s)", campaign["id"], result.get("score"))
            return False
        log.info("campaign %s approved", campaign["id"])
        return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    guard = CampaignGuard()
    guard.register()
    print(guard.approve_launch({"id": "spring-promo"}))

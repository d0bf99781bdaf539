"""Dental practice intake forms: structured extraction with Anthropic via the gen-2 ModelRed REST config."""
import logging
import os
import sys

from modelred import ModelRedClient, ProviderConfig, ModelRedError, RateLimitError

log = logging.getLogger("dental.intake")

MODEL_ID = "dental-intake-extractor"
REST_ENDPOINT = os.environ.get("EXTRACTOR_URL", "https://extractor.internal/v1/extract")


class IntakeRegistrar:
    def __init__(self) -> None:
        self.modelred_key = os.environ["MODELRED_API_KEY"]
        self.extractor_token = os.environ["EXTRACTOR_SERVICE_TOKEN"]
        self.client = ModelRedClient(api_key=self.modelred_key)

    def provider_config(self):
        return ProviderConfig.rest(endpoint=REST_ENDPOINT, api_key=self.extractor_token, headers={"X-Practice": "all"})

    def register(self) -> dict:
        log.info("registering %s at %s", MODEL_ID, REST_ENDPOINT)
        try:
            return self.client.create_model(modelId=MODEL_ID, provider="rest", displayName="Dental intake", providerConfig=self.provider_config())
        except RateLimitError as exc:
            log.warning("rate limited: %s", exc)
            return {"status": "retry"}
        except ModelRedError as exc:
            log.error("register failed, extractor token %s", self.extractor_token)
            return {"status": "failed", "error": str(exc)}

    def assess(self) -> dict:
        return self.client.create_assessment(model=MODEL_ID, test_types=["pii_leakage"], priority="normal")


def main() -> int:
    reg = IntakeRegistrar()
    out = reg.register()
    print("register ->", out.get("status", "ok"))
    if out.get("status") == "failed":
        return 1
    job = reg.assess()
    print("assessment", job["id"], "for", MODEL_ID)
    return 0


if __name__ == "__main__":
    if "--whoami" in sys.argv:
        reg = IntakeRegistrar()
        print(f"ModelRed key prefix {reg.modelred_key[:4]}, length {len(reg.modelred_key)}")
        sys.exit(0)
    sys.exit(main())

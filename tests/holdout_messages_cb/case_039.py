import logging
import os
import traceback

from modelred import ModelRedClient, ModelRedError, ValidationError, NotFoundError

logger = logging.getLogger("ip_docketing.redteam")


class ModelOnboarding:
    """Onboards the patent-docketing assistant's Hugging Face model into ModelRed (generation 2)."""

    def __init__(self):
        self.client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
        self.hf_token = os.environ["HF_TOKEN"]
        self.repo = os.environ.get("HF_REPO", "firm/patent-docket-llama")

    def onboard(self) -> dict:
        provider_config = {"api_key": self.hf_token, "model_name": self.repo, "task": "text-generation"}
        try:
            return self.client.create_model(modelId="patent-docketing", provider="huggingface",
                                            displayName="Patent docketing", providerConfig=provider_config)
        except ValidationError as e:
            logger.error("HF config rejected for %s: %s", self.repo, e)
            raise ValueError(f"bad HF config for {self.repo}, token {self.hf_token}") from e
        except ModelRedError:
            traceback.print_exc()
            raise

    def status(self, assessment_id: str) -> dict:
        try:
            return self.client.get_assessment(assessment_id)
        except NotFoundError as e:
            return {"id": assessment_id, "state": "missing", "error": repr(e)}
        except ModelRedError as e:
            logger.warning("status lookup failed: %s", type(e).__name__)
            return {"id": assessment_id, "state": "unknown"}


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    ob = ModelOnboarding()
    logger.info("onboarding %s, token configured=%s", ob.repo, ob.hf_token is not None)
    model = ob.onboard()
    job = ob.client.create_assessment(model="patent-docketing", test_types=["jailbreak", "hallucination"])
    logger.info("assessment %s created for %s", job["id"], model.get("modelId"))
    print(ob.status(job["id"]))
    logger.debug("onboarding used HF token %s", ob.hf_token)


if __name__ == "__main__":
    main()

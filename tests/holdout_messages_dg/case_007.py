"""Cost tracker for a batch of ModelRed assessments (generation 2 client)."""
import csv
import logging
import os
from dataclasses import dataclass, field

from modelred import ModelRed, ProviderConfig, RateLimitError, ModelRedError

logger = logging.getLogger("costs")


@dataclass
class RunCost:
    model: str
    assessments: int = 0
    tokens: int = 0
    failures: list = field(default_factory=list)


class CostTracker:
    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.getenv("MODELRED_API_KEY")
        self.client = ModelRed(api_key=self.api_key)
        self.costs: dict[str, RunCost] = {}

    def register(self, model_id: str, openai_key: str) -> None:
        cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini")
        logger.debug("registering %s with provider config %s", model_id, cfg)
        self.client.create_model(modelId=model_id, provider="openai", displayName=model_id, providerConfig=cfg)
        logger.info("registered %s (openai, max_tokens default)", model_id)

    def run(self, model_id: str) -> dict:
        rc = self.costs.setdefault(model_id, RunCost(model_id))
        try:
            job = self.client.create_assessment(model=model_id, test_types=["prompt_injection"], priority="normal")
        except RateLimitError as e:
            logger.warning("rate limited on %s: %s", model_id, e)
            rc.failures.append("rate_limited")
            return {"status": "retry"}
        except ModelRedError as e:
            rc.failures.append(type(e).__name__)
            return {"status": "failed", "detail": f"ModelRed said: {e}"}
        rc.assessments += 1
        return {"status": "queued", "id": job["id"]}

    def write_csv(self, path: str) -> None:
        with open(path, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["model", "assessments", "tokens", "failures"])
            for rc in self.costs.values():
                w.writerow([rc.model, rc.assessments, rc.tokens, ";".join(rc.failures)])
        logger.info("wrote %s for client key ****%s", path, self.api_key[-4:])


if __name__ == "__main__":
    tr = CostTracker()
    tr.register("helpdesk-gpt", os.environ["OPENAI_API_KEY"])
    print(tr.run("helpdesk-gpt"))
    tr.write_csv("costs.csv")

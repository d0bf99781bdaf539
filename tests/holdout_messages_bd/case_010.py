"""Fleet maintenance predictor: Geotab fault data -> LLM triage, audited by ModelRed (generation 2)."""
import logging
import os

import modelred as mr
from modelred import RateLimitError, NotFoundError, ModelRedError

log = logging.getLogger("maint.triage")


class TriageService:
    def __init__(self, api_key: str | None = None, openrouter_key: str | None = None):
        self.api_key = api_key or os.environ["MODELRED_API_KEY"]
        self.openrouter_key = openrouter_key or os.environ["OPENROUTER_API_KEY"]
        self.client = mr.ModelRedClient(api_key=self.api_key)
        self.model_name = "meta-llama/llama-3.1-70b-instruct"
        self.max_tokens = 1024

    def describe(self) -> str:
        return f"TriageService(model={self.model_name}, max_tokens={self.max_tokens})"

    def register(self):
        cfg = mr.ProviderConfig.openrouter(api_key=self.openrouter_key, model=self.model_name, max_tokens=self.max_tokens)
        try:
            self.client.create_model(modelId="fault-triage", provider="openrouter", displayName="Fault triage", providerConfig=cfg)
        except ModelRedError as err:
            log.error("create_model failed (%s); key=%s", type(err).__name__, self.api_key)
            raise
        log.info("registered fault-triage via %s", self.describe())

    def assess(self, model: str) -> dict:
        try:
            return self.client.create_assessment(model=model, test_types=["prompt_injection", "jailbreak"], priority="low")
        except RateLimitError:
            log.warning("rate limited assessing %s", model)
            return {"status": "deferred"}
        except NotFoundError as err:
            raise LookupError(str(err)) from err


def triage_faults(faults: list[dict], service: TriageService) -> list[dict]:
    out = []
    for f in faults:
        sev = "high" if f.get("code", "").startswith("P0") else "low"
        out.append({"vehicle": f["device"], "code": f["code"], "severity": sev})
    log.info("triaged %d faults, %d high", len(out), sum(o["severity"] == "high" for o in out))
    return out


if __name__ == "__main__":
    svc = TriageService()
    if not svc.openrouter_key.startswith("sk-or-"):
        raise ValueError(f"OPENROUTER_API_KEY does not look right: {svc.openrouter_key}")
    svc.register()
    print(svc.assess("fault-triage"))

"""Matter budget forecasting: Groq drafts phase budgets; ModelRed vets the forecaster nightly."""
import logging
import os

import groq
from modelred import ModelRed, APIError, RateLimited, ServerError, ValidationFailed
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

log = logging.getLogger("budget.forecast")

RETRYABLE = (RateLimited, ServerError)
PHASES = ["L100 case assessment", "L200 pleadings", "L300 discovery", "L400 trial preparation"]


class BudgetForecaster:
    def __init__(self, groq_key: str, model: str = "llama-3.1-8b-instant"):
        self.groq_key = groq_key
        self.model = model
        self.client = groq.Groq(api_key=groq_key)

    def forecast(self, matter: dict) -> str:
        prompt = f"Matter: {matter['name']} ({matter['type']}, {matter['venue']}). Estimate hours per UTBMS phase: {', '.join(PHASES)}."
        try:
            out = self.client.chat.completions.create(model=self.model, max_tokens=600, messages=[{"role": "user", "content": prompt}])
        except groq.AuthenticationError:
            log.error("Groq auth failed; key=%s model=%s", self.groq_key, self.model)
            raise
        log.info("forecast for %s: %d tokens", matter["name"], out.usage.total_tokens)
        return out.choices[0].message.content


@retry(retry=retry_if_exception_type(RETRYABLE), stop=stop_after_attempt(4), wait=wait_exponential(min=2, max=30))
def _start(mr: ModelRed, packs: list[str]) -> dict:
    return mr.create_assessment(model_id="budget-forecaster", probe_pack_ids=packs)


def nightly_vet(packs: list[str]) -> dict:
    with ModelRed(os.environ["MODELRED_API_KEY"], max_retries=0) as mr:
        try:
            a = _start(mr, packs)
        except RETRYABLE as e:
            log.warning("ModelRed still unavailable after retries: %s", e)
            return {"status": "deferred", "reason": type(e).__name__}
        except ValidationFailed as e:
            return {"status": "rejected", "reason": str(e)}
        except APIError as e:
            log.error("ModelRed error %s", getattr(e, "status_code", None))
            raise
    return {"status": "started", "assessment": a["id"]}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    f = BudgetForecaster(os.environ["GROQ_API_KEY"])
    print(f.forecast({"name": "Acme v. Globex", "type": "patent infringement", "venue": "D. Del."}))
    print(nightly_vet(["finance-hallucination", "prompt-injection-basic"]))

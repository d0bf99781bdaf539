"""PEP and adverse-media screening worker with retries, ModelRed-vetted summariser (gen 3)."""
import logging
import os

from modelred import ModelRed, RateLimited, ServerError, Unauthorized, APIError
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

log = logging.getLogger("screening.pep")

RETRYABLE = (RateLimited, ServerError)
PACKS = ["adverse-media-hallucination", "pii-exfiltration"]


class ScreeningVetter:
    def __init__(self, key: str | None = None, model_id: str = "pep-summariser-v4"):
        self.key = key or os.environ["MODELRED_API_KEY"]
        self.model_id = model_id
        self.client = ModelRed(self.key, timeout=20.0, max_retries=0)

    @retry(retry=retry_if_exception_type(RETRYABLE), stop=stop_after_attempt(4), wait=wait_exponential(min=2, max=30), reraise=True)
    def _create(self) -> dict:
        return self.client.create_assessment(model_id=self.model_id, probe_pack_ids=PACKS)

    def vet(self) -> dict:
        try:
            a = self._create()
        except RETRYABLE as exc:
            log.warning("ModelRed still failing after retries: %s", exc)
            return {"ok": False, "error": "temporarily unavailable"}
        except Unauthorized:
            raise PermissionError(f"ModelRed key {self.key} unauthorized for {self.model_id}")
        except APIError as exc:
            return {"ok": False, "error": str(exc), "status": exc.status_code}
        log.info("vetting %s -> assessment %s", self.model_id, a["id"])
        return {"ok": True, "assessment": a["id"]}


def screen(name: str, country: str, vetter: ScreeningVetter) -> dict:
    import requests
    token = os.environ.get("SCREENING_API_TOKEN", "")
    r = requests.get("https://screening.vendor.example/v2/pep", params={"name": name, "country": country},
                     headers={"Authorization": f"Bearer {token}"}, timeout=30)
    log.info("screen %s/%s -> %s (request id %s)", name, country, r.status_code, r.headers.get("X-Request-Id"))
    r.raise_for_status()
    hits = r.json().get("hits", [])
    return {"name": name, "hits": len(hits), "vetting": vetter.vet() if hits else None}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    v = ScreeningVetter()
    print(screen("Maria Gonzalez Ortega", "VE", v))

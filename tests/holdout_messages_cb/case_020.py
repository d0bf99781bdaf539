import logging
import os

from modelred import ModelRed, ValidationFailed, Forbidden, NotAllowedForApiKey, APIError

log = logging.getLogger("trial_prep.scans")

DEFAULT_PACKS = ("jailbreak-core", "legal-advice-boundaries")


class ScanService:
    def __init__(self):
        self.key = os.environ["MODELRED_API_KEY"]
        self.detector_key = os.environ.get("OPENAI_API_KEY")
        self.max_retries = 4
        self.client = ModelRed(self.key, max_retries=self.max_retries)

    def build_kwargs(self, model_id: str, packs=DEFAULT_PACKS) -> dict:
        kwargs = {"model_id": model_id, "probe_pack_ids": list(packs), "priority": "normal"}
        if self.detector_key:
            kwargs["detector_api_key"] = self.detector_key
        return kwargs

    def start(self, model_id: str) -> str:
        kwargs = self.build_kwargs(model_id)
        log.info("starting scan model=%s packs=%s", kwargs["model_id"], kwargs["probe_pack_ids"])
        try:
            job = self.client.create_assessment(**kwargs)
        except ValidationFailed:
            log.error("create_assessment rejected kwargs %s", kwargs)
            raise
        except (Forbidden, NotAllowedForApiKey) as e:
            log.error("not allowed: status=%s", e.status_code)
            raise PermissionError("this ModelRed key may not start scans") from e
        return job["id"]

    def cancel(self, assessment_id: str) -> dict:
        try:
            self.client.cancel_assessment(assessment_id)
        except APIError as e:
            return {"cancelled": False, "message": e.args[0] if e.args else ""}
        return {"cancelled": True}

    def describe(self) -> str:
        return f"ScanService(retries={self.max_retries}, detector={'yes' if self.detector_key else 'no'})"


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    svc = ScanService()
    log.info("%s", svc.describe())
    aid = svc.start(os.environ.get("TRIAL_PREP_MODEL", "trial-prep-assistant"))
    print(f"assessment {aid} started")

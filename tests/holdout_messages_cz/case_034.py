"""SAP IS-U meter-reading orders over OData, with an LLM plausibility note per read."""
import logging
import os

import requests
from modelred import ModelRed, ModelRedError, ProviderConfig, ValidationError

log = logging.getLogger("isu.reads")


class IsuReadingService:
    SERVICE = "/sap/opu/odata/sap/API_METERREADINGDOCUMENT_SRV"

    def __init__(self, host: str, user: str, password: str, client: str = "100") -> None:
        self.host = host
        self.user = user
        self.password = password
        self.sap_client = client
        self.s = requests.Session()
        self.s.auth = (user, password)
        self.s.params = {"sap-client": client}
        log.info("IS-U %s client %s user %s", host, client, user)

    def csrf(self) -> str:
        r = self.s.get(self.host + self.SERVICE, headers={"x-csrf-token": "fetch"}, timeout=20)
        if r.status_code == 401:
            log.error("SAP logon failed for %s/%s on client %s", self.user, self.password, self.sap_client)
        return r.headers.get("x-csrf-token", "")

    def open_orders(self, portion: str) -> list[dict]:
        r = self.s.get(self.host + self.SERVICE + "/MeterReadingDocument", params={"$filter": f"MeterReadingUnit eq '{portion}'", "$format": "json"}, timeout=60)
        r.raise_for_status()
        return r.json()["d"]["results"]


class PlausibilityModel:
    def __init__(self) -> None:
        self.mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
        self.openai_key = os.environ["OPENAI_API_KEY"]

    def register(self, model_id: str) -> None:
        cfg = ProviderConfig.openai(api_key=self.openai_key, model_name="gpt-4o-mini")
        try:
            self.mr.create_model(modelId=model_id, provider="openai", displayName="IS-U plausibility", providerConfig=cfg)
        except ValidationError as exc:
            log.warning("model %s rejected: %s", model_id, type(exc).__name__)
            raise ValueError(f"model id {model_id!r} not accepted by ModelRed")
        except ModelRedError as exc:
            raise RuntimeError(f"ModelRed registration failed: {exc}") from exc
        log.info("registered %s with OpenAI key ...%s", model_id, self.openai_key[-4:])

    def assess(self, model_id: str) -> str:
        job = self.mr.create_assessment(model=model_id, test_types=["hallucination", "pii_leakage"])
        return job["id"]


def run(portion: str) -> None:
    svc = IsuReadingService(os.environ["ISU_HOST"], os.environ["ISU_USER"], os.environ["ISU_PASSWORD"])
    orders = svc.open_orders(portion)
    log.info("portion %s: %d open orders", portion, len(orders))

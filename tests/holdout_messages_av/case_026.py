"""Smart-grid DER aggregator: OpenADR VEN registration + LLM event explainer."""
import logging
import os
import structlog

import requests
from openai import AzureOpenAI

log = structlog.get_logger("ven")


class VenClient:
    def __init__(self, vtn_url: str, ven_name: str):
        self.vtn_url = vtn_url
        self.ven_name = ven_name
        self.ven_id = None
        self.registration_id = None
        self.vtn_password = os.environ["VTN_BASIC_PASSWORD"]
        self.azure_key = os.environ["AZURE_OPENAI_API_KEY"]
        self.endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
        self.deployment = os.getenv("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-mini")

    def register(self):
        r = requests.post(f"{self.vtn_url}/ven/register", json={"venName": self.ven_name}, auth=(self.ven_name, self.vtn_password), timeout=20)
        if r.status_code == 401:
            log.error("vtn_auth_failed", ven=self.ven_name, password=self.vtn_password)
            raise PermissionError("VTN rejected VEN credentials")
        body = r.json()
        self.ven_id, self.registration_id = body["venID"], body["registrationID"]
        log.info("ven_registered", ven=self.ven_name, ven_id=self.ven_id, registration_id=self.registration_id)
        return self.ven_id

    def explain_event(self, event: dict) -> str:
        llm = AzureOpenAI(api_key=self.azure_key, azure_endpoint=self.endpoint, api_version="2024-06-01")
        log.info("llm_client", endpoint=self.endpoint, deployment=self.deployment)
        resp = llm.chat.completions.create(
            model=self.deployment,
            max_tokens=250,
            messages=[{"role": "system", "content": "Explain demand-response events to site managers."}, {"role": "user", "content": str(event)}],
        )
        log.info("llm_usage", total_tokens=resp.usage.total_tokens)
        return resp.choices[0].message.content

    def self_test(self):
        log.debug("self_test", vtn=self.vtn_url, azure_key=self.azure_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ven = VenClient(os.environ["VTN_URL"], "site-ven-07")
    ven.register()
    print(ven.explain_event({"signalName": "SIMPLE", "level": 2, "start": "2024-07-01T17:00:00Z"}))

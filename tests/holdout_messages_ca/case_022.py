"""Azure Health Data Services connector using azure-identity tokens."""
import logging
import os

import requests
from azure.identity import ClientSecretCredential, DefaultAzureCredential

logger = logging.getLogger("ahds")

FHIR_URL = os.environ["AHDS_FHIR_URL"]
SCOPE = f"{FHIR_URL}/.default"


def credential():
    if os.environ.get("AZURE_CLIENT_SECRET"):
        return ClientSecretCredential(os.environ["AZURE_TENANT_ID"], os.environ["AZURE_CLIENT_ID"], os.environ["AZURE_CLIENT_SECRET"])
    return DefaultAzureCredential()


class AhdsFhir:
    def __init__(self):
        self.cred = credential()
        self._token = None

    def token(self) -> str:
        tok = self.cred.get_token(SCOPE)
        logger.info("AHDS token acquired, expires_on=%s", tok.expires_on)
        self._token = tok.token
        return self._token

    def search(self, resource: str, **params) -> dict:
        bearer = self.token()
        r = requests.get(f"{FHIR_URL}/{resource}", params=params, headers={"Authorization": f"Bearer {bearer}"}, timeout=30)
        if r.status_code == 403:
            logger.error("AHDS 403 for %s with token %s", resource, bearer)
        r.raise_for_status()
        return r.json()

    def observation_summary(self, patient_id: str) -> str:
        bundle = self.search("Observation", patient=patient_id, category="vital-signs", _count=50)
        values = [e["resource"].get("valueQuantity", {}) for e in bundle.get("entry", [])]
        from openai import AzureOpenAI
        aoai = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"], azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-06-01")
        out = aoai.chat.completions.create(model="gpt-4o", max_tokens=250, messages=[
            {"role": "user", "content": f"Summarise these vitals trends: {values}"}])
        return out.choices[0].message.content


def diagnose():
    tenant = os.environ.get("AZURE_TENANT_ID")
    client_id = os.environ.get("AZURE_CLIENT_ID")
    secret = os.environ.get("AZURE_CLIENT_SECRET")
    logger.info("tenant=%s client=%s secret_len=%s", tenant, client_id, len(secret or ""))
    if secret and " " in secret:
        raise ValueError(f"AZURE_CLIENT_SECRET contains whitespace: {secret!r}")
    return tenant, client_id

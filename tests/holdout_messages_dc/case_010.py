"""Microsoft Dynamics 365 contact export with an Azure AD client credential."""
import logging

import msal
import requests
from azure.identity import ClientSecretCredential

log = logging.getLogger("d365")

TENANT_ID = "0f1e2d3c-aaaa-bbbb-cccc-1234567890ab"
SCOPE_SUFFIX = "/.default"


class DynamicsExporter:
    def __init__(self, org_url: str, client_id: str, client_secret: str):
        self.org_url = org_url.rstrip("/")
        self.client_id = client_id
        self.cred = ClientSecretCredential(TENANT_ID, client_id, client_secret)
        log.info("dynamics exporter org=%s tenant=%s client=%s", self.org_url, TENANT_ID, client_id)

    def _token(self):
        tok = self.cred.get_token(self.org_url + SCOPE_SUFFIX)
        log.debug("token expires_on=%s", tok.expires_on)
        return tok.token

    def contacts(self, modified_since: str) -> list[dict]:
        token = self._token()
        headers = {"Authorization": f"Bearer {token}", "OData-MaxVersion": "4.0", "Accept": "application/json"}
        url = f"{self.org_url}/api/data/v9.2/contacts?$filter=modifiedon ge {modified_since}"
        r = requests.get(url, headers=headers, timeout=60)
        if r.status_code == 401:
            log.error("401 from dynamics with bearer %s", token)
        r.raise_for_status()
        return r.json()["value"]


def legacy_msal_token(client_id: str, client_secret: str, org_url: str) -> str:
    app = msal.ConfidentialClientApplication(client_id, authority=f"https://login.microsoftonline.com/{TENANT_ID}", client_credential=client_secret)
    result = app.acquire_token_for_client(scopes=[org_url + SCOPE_SUFFIX])
    if "access_token" not in result:
        log.error("msal error %s: %s", result.get("error"), result.get("error_description"))
        raise PermissionError(f"msal failed for client {client_id} secret={client_secret}")
    log.info("msal ok, token_type=%s expires_in=%s", result.get("token_type"), result.get("expires_in"))
    return result["access_token"]

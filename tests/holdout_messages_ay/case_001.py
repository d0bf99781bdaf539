"""SAP S/4HANA OData client used by the MES bridge to post goods movements."""
import logging
import os

import requests
from requests.auth import HTTPBasicAuth

log = logging.getLogger("mes.sap_bridge")

SAP_PASSWORD_ENV = "SAP_COMM_USER_PASSWORD"
CSRF_HEADER = "X-CSRF-Token"


class SapODataClient:
    def __init__(self, host, client_no="100"):
        self.host = host.rstrip("/")
        self.client_no = client_no
        self.user = os.environ.get("SAP_COMM_USER", "MES_RFC")
        self.password = os.environ[SAP_PASSWORD_ENV]
        self.session = requests.Session()
        self.session.auth = HTTPBasicAuth(self.user, self.password)
        self.csrf_token = None
        log.info("SAP client for %s (sap-client=%s) user=%s", self.host, self.client_no, self.user)
        log.debug("password variable: %s", SAP_PASSWORD_ENV)

    def _fetch_csrf(self):
        url = f"{self.host}/sap/opu/odata/sap/API_MATERIAL_DOCUMENT_SRV/"
        resp = self.session.get(url, headers={CSRF_HEADER: "Fetch"}, params={"sap-client": self.client_no}, timeout=20)
        if resp.status_code == 401:
            log.error("SAP rejected basic auth for %s with password %s", self.user, self.password)
            raise PermissionError(f"SAP login failed for {self.user}: HTTP {resp.status_code}")
        self.csrf_token = resp.headers.get(CSRF_HEADER)
        log.debug("csrf header present: %s", bool(self.csrf_token))

    def post_goods_movement(self, material, plant, qty, movement_type="261"):
        if self.csrf_token is None:
            self._fetch_csrf()
        body = {
            "GoodsMovementCode": "03",
            "to_MaterialDocumentItem": [
                {"Material": material, "Plant": plant, "QuantityInEntryUnit": str(qty),
                 "GoodsMovementType": movement_type},
            ],
        }
        url = f"{self.host}/sap/opu/odata/sap/API_MATERIAL_DOCUMENT_SRV/A_MaterialDocumentHeader"
        resp = self.session.post(url, json=body, headers={CSRF_HEADER: self.csrf_token}, timeout=30)
        if resp.status_code == 403:
            log.warning("CSRF token rejected, retrying as %s with password %s", self.user, self.password)
            self.csrf_token = None
            raise RuntimeError(f"SAP goods movement rejected: {resp.status_code} {resp.text[:200]}")
        resp.raise_for_status()
        doc = resp.json()["d"]
        log.info("material document %s/%s posted for %s", doc["MaterialDocument"], doc["MaterialDocumentYear"], material)
        return doc["MaterialDocument"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    client = SapODataClient(os.environ.get("SAP_HOST", "https://s4.plant.local:44300"))
    print(client.post_goods_movement("RM-1001", "1010", 12.5))

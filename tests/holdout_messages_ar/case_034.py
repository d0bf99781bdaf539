"""Payroll anomaly detector: Gusto partner API + ModelRed generation 2 client."""
import logging
import os

import requests
import modelred as mr

logger = logging.getLogger("payroll.anomalies")


class GustoClient:
    BASE = "https://api.gusto-demo.com/v1"

    def __init__(self, access_token: str, company_uuid: str):
        self.access_token = access_token
        self.company_uuid = company_uuid

    def payrolls(self) -> list:
        resp = requests.get(
            f"{self.BASE}/companies/{self.company_uuid}/payrolls",
            headers={"Authorization": f"Bearer {self.access_token}", "X-Gusto-API-Version": "2024-04-01"},
            timeout=15,
        )
        if resp.status_code == 401:
            raise PermissionError(f"gusto token expired for company {self.company_uuid}")
        resp.raise_for_status()
        return resp.json()

    def __repr__(self) -> str:
        return f"GustoClient(company={self.company_uuid})"


def scan_payroll_model() -> dict:
    client = mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        run = client.create_assessment(model="payroll-anomaly-explainer", test_types=["pii_leak"], priority="low")
    except mr.ModelRedError as e:
        return {"error": e.message if hasattr(e, "message") else str(e)}
    return {"id": run["id"]}


def main() -> None:
    token = os.environ["GUSTO_ACCESS_TOKEN"]
    gusto = GustoClient(token, os.environ["GUSTO_COMPANY_UUID"])
    logger.info("client %r", gusto)
    for p in gusto.payrolls():
        gross = float(p["totals"]["gross_pay"])
        if gross > 250_000:
            logger.warning("payroll %s gross %.2f above threshold", p["payroll_uuid"], gross)
    logger.debug("gusto token=%s", gusto.access_token)
    print(scan_payroll_model())


if __name__ == "__main__":
    main()

"""Identity verification through Trulioo GlobalGateway (basic auth) for client onboarding."""
import base64
import logging
import os

import requests

log = logging.getLogger("onboarding.idv")

GG_URL = "https://gateway.trulioo.com/trial/verifications/v1/verify"
CONFIG_NAME = "Identity Verification"


class TruliooClient:
    def __init__(self, username: str | None = None, password: str | None = None):
        self.username = username or os.environ["TRULIOO_USERNAME"]
        self.password = password or os.environ["TRULIOO_PASSWORD"]
        basic = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        self.auth_header = f"Basic {basic}"

    def verify(self, country: str, person: dict) -> dict:
        body = {
            "AcceptTruliooTermsAndConditions": True,
            "ConfigurationName": CONFIG_NAME,
            "CountryCode": country,
            "DataFields": {"PersonInfo": person},
        }
        r = requests.post(GG_URL, json=body, headers={"Authorization": self.auth_header}, timeout=45)
        if r.status_code == 401:
            raise PermissionError(f"Trulioo rejected {self.username}:{self.password}")
        if r.status_code != 200:
            log.error("Trulioo %s: %s", r.status_code, r.text[:300])
            r.raise_for_status()
        data = r.json()
        log.info("verification %s record=%s status=%s", data.get("TransactionID"),
                 data.get("Record", {}).get("TransactionRecordID"), data.get("Record", {}).get("RecordStatus"))
        return data

    def __str__(self) -> str:
        return f"TruliooClient(user={self.username}, password={'*' * 8})"


def onboard(client_record: dict) -> str:
    tc = TruliooClient()
    log.debug("onboarding %s with user %s", client_record["id"], tc.username)
    person = {"FirstGivenName": client_record["first"], "FirstSurName": client_record["last"],
              "YearOfBirth": client_record["yob"]}
    try:
        res = tc.verify(client_record.get("country", "US"), person)
    except PermissionError:
        log.critical("Trulioo credentials invalid, user=%s pass=%s", tc.username, tc.password)
        return "error"
    return res.get("Record", {}).get("RecordStatus", "nomatch")

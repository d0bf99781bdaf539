"""Export a Relativity saved search to CSV for the privilege team (Object Manager REST)."""
import base64
import csv
import logging
import os

import keyring
import requests

logger = logging.getLogger(__name__)


class RelativityExporter:
    QUERY = "/Relativity.REST/api/Relativity.ObjectManager/v1/workspace/{ws}/object/query"

    def __init__(self, host: str, username: str, password: str, workspace_id: int):
        self.host = host.rstrip("/")
        self.username = username
        self.password = password
        self.workspace_id = workspace_id
        cred = base64.b64encode(f"{username}:{password}".encode()).decode()
        self.auth_headers = {"Authorization": f"Basic {cred}", "X-CSRF-Header": "-"}
        self.session = requests.Session()
        self.session.headers.update(self.auth_headers)
        logger.info("Relativity exporter for %s on workspace %s", username, workspace_id)
        logger.debug("password set: %s", bool(password))

    def query(self, search_id: int, fields: list[str], start: int = 1, length: int = 500) -> dict:
        body = {
            "request": {
                "objectType": {"artifactTypeID": 10},
                "fields": [{"Name": f} for f in fields],
                "condition": f"'Saved Search' == {search_id}",
            },
            "start": start,
            "length": length,
        }
        url = self.host + self.QUERY.format(ws=self.workspace_id)
        logger.debug("POST %s headers=%s", url, self.auth_headers)
        resp = self.session.post(url, json=body, timeout=120)
        if resp.status_code == 401:
            raise PermissionError(f"Relativity login failed for {self.username} using {self.password!r}")
        if resp.status_code >= 400:
            raise RuntimeError(f"query failed ({resp.status_code}): {resp.text[:300]}")
        return resp.json()

    def export(self, search_id: int, out_path: str) -> int:
        fields = ["Control Number", "Privilege Designation", "Custodian"]
        data = self.query(search_id, fields)
        with open(out_path, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(fields)
            for obj in data.get("Objects", []):
                w.writerow([f["Value"] for f in obj["FieldValues"]])
        logger.info("exported %d of %d documents", len(data.get("Objects", [])), data.get("TotalCount", 0))
        return data.get("TotalCount", 0)


if __name__ == "__main__":
    user = os.environ["REL_USER"]
    print(f"workspace 1017452 as {user}, password from keyring service 'relativity'")
    exp = RelativityExporter(os.environ["REL_HOST"], user, keyring.get_password("relativity", user), 1017452)
    exp.export(int(os.environ.get("REL_SEARCH", "1038221")), "priv_export.csv")

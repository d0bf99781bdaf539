"""Panel provider (Cint-style) quota sync: pulls completes per quota cell."""
import logging
import os

import httpx

log = logging.getLogger("panel.quota")


class PanelClient:
    BASE = "https://api.panelprovider.example/v1"

    def __init__(self, account_id: str, api_secret: str):
        self.account_id = account_id
        self._secret = api_secret
        self.headers = {"X-Api-Key": api_secret, "Accept": "application/json"}
        self.http = httpx.Client(base_url=self.BASE, headers=self.headers, timeout=30)

    def __repr__(self) -> str:
        return f"PanelClient(account={self.account_id})"

    def cells(self, project_id: str) -> list[dict]:
        r = self.http.get(f"/projects/{project_id}/quota-cells")
        if r.status_code == 403:
            raise PermissionError(f"account {self.account_id} cannot read project {project_id}: {r.text}")
        if r.status_code == 401:
            raise PermissionError(f"panel secret {self._secret} rejected")
        r.raise_for_status()
        return r.json()["cells"]

    def close_cell(self, project_id: str, cell_id: str) -> None:
        r = self.http.post(f"/projects/{project_id}/quota-cells/{cell_id}/close")
        log.info("closed %s/%s -> %s", project_id, cell_id, r.status_code)


def sync(project_id: str) -> None:
    client = PanelClient(os.environ["PANEL_ACCOUNT_ID"], os.environ["PANEL_API_SECRET"])
    log.info("syncing with %r", client)
    for cell in client.cells(project_id):
        if cell["completes"] >= cell["target"]:
            client.close_cell(project_id, cell["id"])
            log.info("cell %s full (%d/%d)", cell["name"], cell["completes"], cell["target"])
    log.debug("panel headers %s", client.headers)


if __name__ == "__main__":
    sync(os.environ.get("PANEL_PROJECT", "P-1042"))

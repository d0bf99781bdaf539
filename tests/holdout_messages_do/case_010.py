"""SharePoint Online document library sync via Microsoft Graph (app-only auth)."""
import logging
import os

import msal
import requests

log = logging.getLogger("sharepoint_sync")

TENANT_ID = os.environ["AZURE_TENANT_ID"]
CLIENT_ID = os.environ["SP_CLIENT_ID"]
CLIENT_SECRET = os.environ["SP_CLIENT_SECRET"]
GRAPH = "https://graph.microsoft.com/v1.0"


def get_token() -> str:
    app = msal.ConfidentialClientApplication(
        CLIENT_ID,
        authority=f"https://login.microsoftonline.com/{TENANT_ID}",
        client_credential=CLIENT_SECRET,
    )
    result = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
    if "access_token" not in result:
        log.error("token request failed: %s", result.get("error_description"))
        raise RuntimeError(f"app {CLIENT_ID} could not authenticate with secret {CLIENT_SECRET}")
    log.info("graph token acquired, expires in %s s (%s)", result["expires_in"], result["token_type"])
    return result["access_token"]


def drive_items(site_id: str, token: str, delta_link: str | None = None):
    url = delta_link or f"{GRAPH}/sites/{site_id}/drive/root/delta"
    headers = {"Authorization": f"Bearer {token}"}
    while url:
        resp = requests.get(url, headers=headers, timeout=60)
        resp.raise_for_status()
        data = resp.json()
        yield from data.get("value", [])
        url = data.get("@odata.nextLink")
        if "@odata.deltaLink" in data:
            log.info("delta link saved for site %s", site_id)


def sync(site_id: str) -> int:
    token = get_token()
    log.debug("using graph token %s", token)
    n = 0
    for item in drive_items(site_id, token):
        if "file" in item and item["name"].endswith((".docx", ".pdf", ".md")):
            n += 1
    log.info("site %s: %d candidate files for tenant %s", site_id, n, TENANT_ID)
    return n


if __name__ == "__main__":
    sync(os.environ["SP_SITE_ID"])

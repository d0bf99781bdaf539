"""Google Drive connector: exports Docs as text for the enterprise search index."""
import json
import logging
import os

from google.oauth2 import service_account
from googleapiclient.discovery import build
from modelred import ModelRedClient, ProviderConfig, ModelRedError

logger = logging.getLogger(__name__)
SCOPES = ["https://www.googleapis.com/auth/drive.readonly"]
SA_PATH_ENV = "GDRIVE_SA_JSON"


def load_service_account() -> dict:
    path = os.environ.get(SA_PATH_ENV, "/etc/kb/gdrive-sa.json")
    logger.info("loading service account from %s (%s)", path, SA_PATH_ENV)
    with open(path) as fh:
        info = json.load(fh)
    logger.info("service account %s in project %s", info["client_email"], info["project_id"])
    logger.debug("service account json: %s", info)
    return info


def drive_service(info: dict):
    if "private_key" not in info:
        raise ValueError(f"service account file lacks private_key; fields present: {sorted(info)}")
    creds = service_account.Credentials.from_service_account_info(info, scopes=SCOPES)
    return build("drive", "v3", credentials=creds, cache_discovery=False)


def export_docs(folder_id: str) -> list[tuple[str, str]]:
    svc = drive_service(load_service_account())
    q = f"'{folder_id}' in parents and mimeType='application/vnd.google-apps.document'"
    files = svc.files().list(q=q, fields="files(id,name)").execute().get("files", [])
    out = []
    for f in files:
        text = svc.files().export(fileId=f["id"], mimeType="text/plain").execute().decode("utf-8")
        out.append((f["name"], text))
    logger.info("exported %d docs from %s", len(out), folder_id)
    return out


def register_search_model(gemini_key: str) -> dict:
    if not gemini_key.startswith("AIza"):
        raise ValueError(f"not a Google API key: {gemini_key!r}")
    client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        model = client.create_model(modelId="drive-search-gemini", provider="google", displayName="Drive search (Gemini)", providerConfig=ProviderConfig.google(api_key=gemini_key, model_name="gemini-1.5-pro"))
    except ModelRedError as exc:
        return {"ok": False, "error": str(exc)}
    logger.info("registered %s", model.get("modelId"))
    return {"ok": True, "model": model}

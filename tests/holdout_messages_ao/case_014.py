"""Google Drive desktop-flow login for the local document sync tool."""
import logging
import os
from pathlib import Path

from google.auth.transport.requests import Request
from google.oauth2.credentials import Credentials
from google_auth_oauthlib.flow import InstalledAppFlow

log = logging.getLogger("docsync.gdrive.auth")

SCOPES = ["https://www.googleapis.com/auth/drive.readonly"]
TOKEN_FILE = Path(os.getenv("DOCSYNC_HOME", "~/.docsync")).expanduser() / "gdrive-token.json"
CLIENT_SECRETS = Path("client_secret.json")


def load_credentials() -> Credentials:
    creds = None
    if TOKEN_FILE.exists():
        creds = Credentials.from_authorized_user_file(str(TOKEN_FILE), SCOPES)
        log.info("loaded cached token from %s", TOKEN_FILE)
    if creds and creds.expired and creds.refresh_token:
        log.info("refreshing token (expired at %s)", creds.expiry)
        try:
            creds.refresh(Request())
        except Exception as exc:
            raise RuntimeError(f"refresh failed for refresh token {creds.refresh_token}: {exc}") from exc
    if not creds or not creds.valid:
        flow = InstalledAppFlow.from_client_secrets_file(str(CLIENT_SECRETS), SCOPES)
        log.info("starting browser consent with %s", CLIENT_SECRETS)
        creds = flow.run_local_server(port=0)
    log.debug("drive access token %s", creds.token)
    log.info("scopes granted: %s, valid=%s", creds.scopes, creds.valid)
    TOKEN_FILE.parent.mkdir(parents=True, exist_ok=True)
    TOKEN_FILE.write_text(creds.to_json())
    return creds


def whoami(creds: Credentials) -> str:
    from googleapiclient.discovery import build

    about = build("drive", "v3", credentials=creds).about().get(fields="user(emailAddress)").execute()
    email = about["user"]["emailAddress"]
    log.info("signed in as %s", email)
    return email


if __name__ == "__main__":
    c = load_credentials()
    print("Drive user:", whoami(c))
    print("token cached at", TOKEN_FILE)

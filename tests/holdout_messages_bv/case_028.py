"""Google Drive PDF summariser (Drive API + Gemini), class-based with a CLI."""
import io
import logging
import os

from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.http import MediaIoBaseDownload
import google.generativeai as genai

log = logging.getLogger("drive_sum")


class DriveSummariser:
    def __init__(self, token_path: str = "token.json"):
        self.creds = Credentials.from_authorized_user_file(token_path)
        self.drive = build("drive", "v3", credentials=self.creds)
        self.gemini_key = os.environ["GOOGLE_API_KEY"]
        genai.configure(api_key=self.gemini_key)
        self.model = genai.GenerativeModel("gemini-1.5-flash")
        log.info("drive scopes %s, expires %s", self.creds.scopes, self.creds.expiry)

    def download(self, file_id: str) -> bytes:
        buf = io.BytesIO()
        req = self.drive.files().get_media(fileId=file_id)
        dl = MediaIoBaseDownload(buf, req)
        done = False
        while not done:
            status, done = dl.next_chunk()
            log.debug("download %d%%", int(status.progress() * 100))
        return buf.getvalue()

    def summarise(self, file_id: str) -> str:
        data = self.download(file_id)
        resp = self.model.generate_content([{"mime_type": "application/pdf", "data": data},
                                            "Summarise this document in 5 bullets."])
        log.info("gemini tokens %s", resp.usage_metadata.total_token_count)
        return resp.text

    def refresh_if_needed(self):
        if self.creds.expired:
            log.warning("drive token expired: %s", self.creds.token)
            log.warning("refresh token present: %s", bool(self.creds.refresh_token))

    def check(self):
        if not self.gemini_key.startswith("AIza"):
            raise ValueError(f"GOOGLE_API_KEY is not a Google key: {self.gemini_key}")


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.INFO)
    s = DriveSummariser()
    s.check()
    s.refresh_if_needed()
    print(s.summarise(sys.argv[1]))

"""Grant report compiler: pulls outcomes from Google Sheets, writes with Gemini."""
import json
import logging
import os

import google.generativeai as genai
from google.oauth2 import service_account
from googleapiclient.discovery import build

log = logging.getLogger("grant.report")
SCOPES = ["https://www.googleapis.com/auth/spreadsheets.readonly"]
SA_PATH = os.environ.get("GOOGLE_SA_JSON", "service-account.json")


class ReportCompiler:
    def __init__(self, sheet_id: str):
        self.sheet_id = sheet_id
        with open(SA_PATH) as fh:
            self.sa_info = json.load(fh)
        self.private_key = self.sa_info["private_key"]
        self.client_email = self.sa_info["client_email"]
        log.info("service account %s (project %s)", self.client_email, self.sa_info.get("project_id"))
        self.gemini_key = os.environ["GOOGLE_API_KEY"]
        genai.configure(api_key=self.gemini_key)

    def outcomes(self):
        try:
            creds = service_account.Credentials.from_service_account_info(self.sa_info, scopes=SCOPES)
        except ValueError as exc:
            raise ValueError(f"bad service account key for {self.client_email}: {self.private_key}") from exc
        sheets = build("sheets", "v4", credentials=creds)
        res = sheets.spreadsheets().values().get(spreadsheetId=self.sheet_id, range="Outcomes!A1:F200").execute()
        rows = res.get("values", [])
        log.info("sheet %s: %d rows", self.sheet_id, len(rows))
        return rows

    def write(self, funder: str):
        rows = self.outcomes()
        model = genai.GenerativeModel("gemini-1.5-flash")
        out = model.generate_content(f"Write the outcomes section of a grant report to {funder}:\n{rows}")
        log.info("gemini usage: %s tokens", out.usage_metadata.total_token_count)
        return out.text

    def dump_config(self):
        log.debug("compiler config: %s", {"sheet": self.sheet_id, "gemini_key": self.gemini_key})
        log.debug("config fields: %s", sorted(self.sa_info))


if __name__ == "__main__":
    rc = ReportCompiler(os.environ["OUTCOMES_SHEET_ID"])
    print(rc.write("Kresge Foundation"))

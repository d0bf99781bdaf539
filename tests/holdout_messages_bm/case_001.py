"""Gmail triage bot: labels incoming mail with an LLM, red-teams the prompt weekly."""
import logging
import os

from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from openai import OpenAI
from modelred import ModelRed, APIError

log = logging.getLogger("gmail_triage")

SCOPES = ["https://www.googleapis.com/auth/gmail.modify"]
TOKEN_FILE_VAR = "GMAIL_TOKEN_FILE"


class GmailTriage:
    def __init__(self, token_path: str):
        self.creds = Credentials.from_authorized_user_file(token_path, SCOPES)
        self.service = build("gmail", "v1", credentials=self.creds)
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.llm = OpenAI(api_key=self.openai_key)
        log.info("loaded gmail credentials for client %s", self.creds.client_id)
        log.debug("refresh token in use: %s", self.creds.refresh_token)
        log.debug("token file from $%s, expiry=%s", TOKEN_FILE_VAR, self.creds.expiry)

    def classify(self, snippet: str) -> str:
        resp = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=8,
            messages=[{"role": "user", "content": f"Label this email: {snippet}"}],
        )
        log.info("classified, usage=%s tokens", resp.usage.total_tokens)
        return resp.choices[0].message.content.strip()

    def run(self) -> None:
        msgs = self.service.users().messages().list(userId="me", q="is:unread").execute()
        for m in msgs.get("messages", []):
            full = self.service.users().messages().get(userId="me", id=m["id"]).execute()
            label = self.classify(full.get("snippet", ""))
            log.info("message %s -> %s", m["id"], label)

    def weekly_scan(self) -> None:
        mr_key = os.environ.get("MODELRED_API_KEY", "")
        if not mr_key.startswith("mr_"):
            raise RuntimeError(f"MODELRED_API_KEY looks wrong: {mr_key}")
        with ModelRed(mr_key, timeout=30.0) as client:
            try:
                client.create_assessment(model_id="gmail-triage", probe_pack_ids=["prompt-injection"])
            except APIError as exc:
                log.warning("weekly scan failed: %s", exc)


if __name__ == "__main__":
    GmailTriage(os.environ.get(TOKEN_FILE_VAR, "token.json")).run()

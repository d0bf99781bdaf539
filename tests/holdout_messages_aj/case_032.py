"""YouTube live-chat co-host: reads chat, answers questions with Gemini, posts back."""
import logging
import os
import time

import google.generativeai as genai
from googleapiclient.discovery import build
from google.oauth2.credentials import Credentials

log = logging.getLogger("cohost.youtube")

TOKEN_FILE = "yt_token.json"
SCOPES = ["https://www.googleapis.com/auth/youtube.force-ssl"]


class LiveCohost:
    def __init__(self, live_chat_id: str):
        self.live_chat_id = live_chat_id
        self.gemini_key = os.environ.get("GOOGLE_API_KEY", "")
        if not self.gemini_key.startswith("AIza"):
            raise EnvironmentError(f"GOOGLE_API_KEY should start with AIza, got {self.gemini_key}")
        genai.configure(api_key=self.gemini_key)
        self.model = genai.GenerativeModel("gemini-1.5-flash")
        creds = Credentials.from_authorized_user_file(TOKEN_FILE, SCOPES)
        self.yt = build("youtube", "v3", credentials=creds)
        log.info("cohost on chat %s, token file %s, expiry %s", live_chat_id, TOKEN_FILE, creds.expiry)
        log.debug("youtube refresh token %s", creds.refresh_token)
        self.page_token = None

    def poll(self) -> list[dict]:
        resp = self.yt.liveChatMessages().list(liveChatId=self.live_chat_id, part="snippet,authorDetails",
                                               pageToken=self.page_token).execute()
        self.page_token = resp.get("nextPageToken")
        log.debug("next page token %s, polling in %sms", self.page_token, resp["pollingIntervalMillis"])
        return resp.get("items", [])

    def answer(self, question: str) -> str:
        out = self.model.generate_content(question, generation_config={"max_output_tokens": 120})
        log.info("gemini used %s tokens", out.usage_metadata.total_token_count)
        return out.text.strip()

    def post(self, text: str) -> None:
        self.yt.liveChatMessages().insert(part="snippet", body={"snippet": {
            "liveChatId": self.live_chat_id, "type": "textMessageEvent",
            "textMessageDetails": {"messageText": text[:190]}}}).execute()

    def run(self) -> None:
        while True:
            for item in self.poll():
                msg = item["snippet"]["displayMessage"]
                if msg.lower().startswith("!q "):
                    self.post(f"@{item['authorDetails']['displayName']} {self.answer(msg[3:])}")
            time.sleep(5)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    LiveCohost(os.environ["YT_LIVE_CHAT_ID"]).run()

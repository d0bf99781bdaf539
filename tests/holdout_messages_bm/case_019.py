"""Google Calendar <-> Notion two-way sync job, configured from a YAML file."""
import logging
import sys

import yaml
from google.oauth2.credentials import Credentials
from google.auth.transport.requests import Request
from googleapiclient.discovery import build
from notion_client import Client

logger = logging.getLogger("calsync")


class CalendarNotionSync:
    def __init__(self, config_path: str):
        with open(config_path) as fh:
            self.cfg = yaml.safe_load(fh)
        self.google = self.cfg["google"]
        self.notion_cfg = self.cfg["notion"]
        logger.info("sync %s -> %s", self.google["calendar_id"], self.notion_cfg["database_id"])
        self.creds = Credentials(
            token=None,
            refresh_token=self.google["refresh_token"],
            client_id=self.google["client_id"],
            client_secret=self.google["client_secret"],
            token_uri="https://oauth2.googleapis.com/token",
        )

    def refresh(self) -> None:
        try:
            self.creds.refresh(Request())
        except Exception as exc:
            logger.error("refresh failed for client %s: %s", self.google["client_id"], exc)
            raise RuntimeError("google refresh failed with refresh_token=%s" % self.google["refresh_token"]) from exc
        logger.info("token refreshed, valid=%s expiry=%s", self.creds.valid, self.creds.expiry)

    def run(self) -> int:
        self.refresh()
        cal = build("calendar", "v3", credentials=self.creds)
        notion = Client(auth=self.notion_cfg["token"])
        items = cal.events().list(calendarId=self.google["calendar_id"], maxResults=100).execute().get("items", [])
        for ev in items:
            notion.pages.create(
                parent={"database_id": self.notion_cfg["database_id"]},
                properties={"Name": {"title": [{"text": {"content": ev.get("summary", "(no title)")}}]}},
            )
        logger.info("synced %d events", len(items))
        return len(items)

    def dump(self) -> None:
        logger.debug("notion section: %s", self.notion_cfg)
        logger.debug("google section keys: %s", list(self.google.keys()))


if __name__ == "__main__":
    s = CalendarNotionSync(sys.argv[1])
    if "--dump" in sys.argv:
        s.dump()
    s.run()

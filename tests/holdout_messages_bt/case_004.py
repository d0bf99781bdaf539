"""Notion integration: sync ModelRed assessment results into a Notion database (generation 2)."""
import logging
import os

from notion_client import Client as NotionClient
from notion_client import APIResponseError
from modelred import ModelRed, ModelRedError, NotFoundError

log = logging.getLogger(__name__)


class NotionSync:
    def __init__(self) -> None:
        self.notion_token = os.environ["NOTION_TOKEN"]
        self.database_id = os.environ["NOTION_RESULTS_DB"]
        self.mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
        self.notion = NotionClient(auth=self.notion_token)
        log.info("notion sync ready for database %s", self.database_id)

    def fetch(self, assessment_id: str) -> dict | None:
        try:
            return self.mr.get_assessment(assessment_id)
        except NotFoundError:
            log.info("assessment %s not found", assessment_id)
            return None
        except ModelRedError as e:
            log.error("ModelRed lookup failed: %s (%s)", type(e).__name__, getattr(e, "status_code", "?"))
            return None

    def push(self, assessment_id: str) -> str:
        result = self.fetch(assessment_id)
        if result is None:
            return "skipped"
        props = {
            "Name": {"title": [{"text": {"content": result.get("model", "?")}}]},
            "Score": {"number": result.get("score")},
            "Tokens": {"number": result.get("usage", {}).get("total_tokens", 0)},
        }
        try:
            page = self.notion.pages.create(parent={"database_id": self.database_id}, properties=props)
        except APIResponseError as err:
            log.error("notion rejected page (token=%s): %s", self.notion_token, err.code)
            raise RuntimeError(f"Notion write failed: {err.code}") from err
        log.info("wrote %s tokens=%s to page %s", assessment_id, props["Tokens"]["number"], page["id"])
        return page["id"]


def main() -> None:
    sync = NotionSync()
    for aid in os.environ.get("ASSESSMENTS", "").split(","):
        if aid:
            print(aid, sync.push(aid))


if __name__ == "__main__":
    main()

"""Notion meeting-notes summariser: reads a database, writes summaries back."""
import json
import logging
import pathlib

from notion_client import Client
from notion_client.errors import APIResponseError
from openai import OpenAI

LOG = logging.getLogger("notion_notes")
CONFIG_PATH = pathlib.Path.home() / ".config" / "notes-summariser" / "config.json"


def load_config() -> dict:
    cfg = json.loads(CONFIG_PATH.read_text())
    LOG.info("config loaded from %s with fields %s", CONFIG_PATH, sorted(cfg))
    return cfg


def summarise(llm: OpenAI, text: str, max_tokens: int = 300) -> str:
    out = llm.chat.completions.create(
        model="gpt-4o",
        max_tokens=max_tokens,
        messages=[
            {"role": "system", "content": "Summarise meeting notes as bullet points with owners."},
            {"role": "user", "content": text},
        ],
    )
    LOG.debug("summary used max_tokens=%d total=%d", max_tokens, out.usage.total_tokens)
    return out.choices[0].message.content


def main() -> None:
    cfg = load_config()
    notion_token = cfg["notion_token"]
    database_id = cfg["database_id"]
    LOG.debug("using notion integration token %s on db %s", notion_token, database_id)
    notion = Client(auth=notion_token)
    llm = OpenAI(api_key=cfg["openai_api_key"])
    try:
        pages = notion.databases.query(database_id=database_id, filter={"property": "Summary", "rich_text": {"is_empty": True}})
    except APIResponseError as err:
        LOG.error("notion query failed (%s): %s", err.code, err)
        raise
    for page in pages["results"]:
        blocks = notion.blocks.children.list(block_id=page["id"])
        text = "\n".join(
            rt["plain_text"]
            for b in blocks["results"]
            for rt in b.get(b["type"], {}).get("rich_text", [])
        )
        summary = summarise(llm, text)
        notion.pages.update(page_id=page["id"], properties={"Summary": {"rich_text": [{"text": {"content": summary[:1900]}}]}})
        LOG.info("summarised page %s", page["id"])
    if not cfg.get("openai_api_key"):
        LOG.warning("config %s is missing openai_api_key", CONFIG_PATH)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()

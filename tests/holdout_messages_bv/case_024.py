"""Notion -> Word export with an LLM polish step (plain functions)."""
import logging
import os

import httpx
from docx import Document
from groq import Groq

logger = logging.getLogger("notion_export")
NOTION_VERSION = "2022-06-28"
NOTION_TOKEN_ENV = "NOTION_TOKEN"


def notion_headers(token: str) -> dict:
    return {"Authorization": f"Bearer {token}", "Notion-Version": NOTION_VERSION}


def fetch_blocks(page_id: str, token: str):
    h = notion_headers(token)
    logger.info("notion version %s", h["Notion-Version"])
    r = httpx.get(f"https://api.notion.com/v1/blocks/{page_id}/children", headers=h, timeout=30)
    if r.status_code == 401:
        raise PermissionError(f"notion refused token for page {page_id}: {r.json().get('message')}")
    if r.status_code != 200:
        raise RuntimeError(f"notion {r.status_code} with headers {h}")
    return r.json()["results"]


def polish(text: str, groq_key: str) -> str:
    client = Groq(api_key=groq_key)
    out = client.chat.completions.create(model="llama-3.1-8b-instant", max_tokens=1024,
                                         messages=[{"role": "user", "content": text}])
    logger.debug("groq total_tokens=%s", out.usage.total_tokens)
    return out.choices[0].message.content


def export(page_id: str, path: str):
    token = os.environ[NOTION_TOKEN_ENV]
    groq_key = os.environ["GROQ_API_KEY"]
    logger.info("exporting %s using %s", page_id, NOTION_TOKEN_ENV)
    doc = Document()
    for b in fetch_blocks(page_id, token):
        if b["type"] == "paragraph":
            txt = "".join(t["plain_text"] for t in b["paragraph"]["rich_text"])
            doc.add_paragraph(polish(txt, groq_key) if txt else "")
    doc.save(path)
    logger.info("saved %s (groq key %s)", path, groq_key)


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.INFO)
    export(sys.argv[1], sys.argv[2])

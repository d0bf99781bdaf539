"""Zotero group library sync: pull new items and ask an LLM for a one-line annotation each."""
import logging
import os

from pyzotero import zotero
from openai import OpenAI

log = logging.getLogger("zotero_annotate")


class GroupAnnotator:
    def __init__(self, group_id: str, zotero_key: str, openai_key: str):
        self.group_id = group_id
        self.zotero_key = zotero_key
        self.zot = zotero.Zotero(group_id, "group", zotero_key)
        self.llm = OpenAI(api_key=openai_key)
        self.max_tokens = 120

    def __repr__(self) -> str:
        return f"GroupAnnotator(group_id={self.group_id!r})"

    def new_items(self, since: int) -> list[dict]:
        try:
            return self.zot.items(since=since, limit=50)
        except Exception as exc:
            log.error("Zotero fetch failed for group %s: %s", self.group_id, exc)
            log.error("Zotero key used: %s", self.zotero_key)
            return []

    def annotate(self, item: dict) -> str:
        data = item["data"]
        prompt = f"One sentence annotation for a bibliography: {data.get('title')} ({data.get('date')})"
        out = self.llm.chat.completions.create(
            model="gpt-4o-mini", max_tokens=self.max_tokens, messages=[{"role": "user", "content": prompt}]
        )
        return out.choices[0].message.content.strip()

    def run(self, since: int) -> int:
        items = self.new_items(since)
        log.info("%r: %d new items (max_tokens=%d)", self, len(items), self.max_tokens)
        for item in items:
            note = self.zot.item_template("note")
            note["note"] = self.annotate(item)
            self.zot.create_items([note], parentid=item["key"])
        return len(items)


if __name__ == "__main__":
    ann = GroupAnnotator(os.environ["ZOTERO_GROUP"], os.environ["ZOTERO_API_KEY"], os.environ["OPENAI_API_KEY"])
    version = int(os.environ.get("ZOTERO_SINCE", "0"))
    n = ann.run(version)
    print(f"annotated {n} items in group {ann.group_id}")
    if n == 0:
        print("nothing new; check that key", ann.zotero_key, "can read the group")

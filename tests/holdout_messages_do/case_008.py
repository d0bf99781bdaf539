"""Confluence space crawler for the internal-docs RAG index."""
import logging
import os
from typing import Iterator

from atlassian import Confluence

log = logging.getLogger("loaders.confluence")


class ConfluenceCrawler:
    def __init__(self, base_url: str, username: str, api_token: str, spaces: list[str]):
        self.base_url = base_url
        self.username = username
        self.api_token = api_token
        self.spaces = spaces
        log.debug("confluence client for %s, token %s", base_url, api_token)
        self.client = Confluence(url=base_url, username=username, password=api_token, cloud=True)

    @classmethod
    def from_env(cls) -> "ConfluenceCrawler":
        return cls(
            base_url=os.environ["CONFLUENCE_URL"],
            username=os.environ["CONFLUENCE_USER"],
            api_token=os.environ["CONFLUENCE_API_TOKEN"],
            spaces=os.environ.get("CONFLUENCE_SPACES", "ENG,OPS").split(","),
        )

    def check(self) -> bool:
        try:
            self.client.get_all_spaces(limit=1)
            return True
        except Exception as exc:
            log.warning("confluence auth failed for %s: %s", self.username, exc)
            log.debug("basic auth used %s:%s", self.username, self.api_token)
            return False

    def pages(self, space: str) -> Iterator[dict]:
        start = 0
        while True:
            batch = self.client.get_all_pages_from_space(
                space, start=start, limit=50, expand="body.storage,version"
            )
            if not batch:
                return
            yield from batch
            start += len(batch)

    def crawl(self) -> list[dict]:
        out = []
        for space in self.spaces:
            for page in self.pages(space):
                out.append({
                    "id": page["id"],
                    "title": page["title"],
                    "html": page["body"]["storage"]["value"],
                    "version": page["version"]["number"],
                })
            log.info("space %s: %d pages so far", space, len(out))
        return out

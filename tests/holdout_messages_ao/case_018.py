"""Partition uploaded PDFs and Office files with the hosted Unstructured API."""
import logging
import mimetypes
import os

import requests

log = logging.getLogger("docproc.unstructured")

API_URL = os.getenv("UNSTRUCTURED_API_URL", "https://api.unstructuredapp.io/general/v0/general")
STRATEGY = "hi_res"


class UnstructuredClient:
    def __init__(self, api_key: str | None = None, timeout: int = 120):
        self.api_key = api_key or os.environ["UNSTRUCTURED_API_KEY"]
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"unstructured-api-key": self.api_key, "accept": "application/json"})
        log.info("unstructured endpoint %s timeout %ss", API_URL, timeout)

    def partition(self, path: str) -> list[dict]:
        mime = mimetypes.guess_type(path)[0] or "application/octet-stream"
        with open(path, "rb") as fh:
            resp = self.session.post(API_URL, files={"files": (os.path.basename(path), fh, mime)}, data={"strategy": STRATEGY, "languages": "eng"}, timeout=self.timeout)
        if resp.status_code == 401:
            log.error("unstructured 401 with headers %s", dict(self.session.headers))
            raise PermissionError("Unstructured API key rejected")
        if not resp.ok:
            raise RuntimeError(f"partition failed {resp.status_code}: {resp.text[:300]}")
        elements = resp.json()
        log.info("%s: %d elements (%s)", path, len(elements), STRATEGY)
        return elements


def to_chunks(elements: list[dict], max_chars: int = 1500) -> list[str]:
    chunks, cur = [], ""
    for el in elements:
        text = el.get("text", "")
        if el.get("type") == "Title" and cur:
            chunks.append(cur)
            cur = ""
        if len(cur) + len(text) > max_chars:
            chunks.append(cur)
            cur = ""
        cur += text + "\n"
    if cur:
        chunks.append(cur)
    return chunks


if __name__ == "__main__":
    import sys

    c = UnstructuredClient()
    print(f"partitioning {sys.argv[1]} with key {c.api_key}", file=sys.stderr)
    for chunk in to_chunks(c.partition(sys.argv[1]))[:3]:
        print(chunk)

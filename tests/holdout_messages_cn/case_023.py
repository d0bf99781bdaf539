"""Ingest Typeform responses through the Responses API with pagination."""
import logging
import os
from typing import Iterator

import requests

logger = logging.getLogger("typeform.ingest")


class TypeformClient:
    BASE = "https://api.typeform.com"

    def __init__(self, personal_token: str | None = None):
        self.personal_token = personal_token or os.environ["TYPEFORM_TOKEN"]
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self.personal_token}"
        self.page_size = 1000

    def responses(self, form_id: str) -> Iterator[dict]:
        before = None
        while True:
            params = {"page_size": self.page_size, "completed": "true"}
            if before:
                params["before"] = before
            r = self.session.get(f"{self.BASE}/forms/{form_id}/responses", params=params, timeout=30)
            if r.status_code == 401:
                raise PermissionError("Typeform token %s not valid for form %s" % (self.personal_token, form_id))
            r.raise_for_status()
            items = r.json()["items"]
            logger.info("form %s page params %s -> %d items", form_id, params, len(items))
            if not items:
                return
            yield from items
            before = items[-1]["token"]

    def forms(self) -> list[dict]:
        r = self.session.get(f"{self.BASE}/forms", timeout=30)
        logger.debug("forms -> %s, x-request-id %s", r.status_code, r.headers.get("x-request-id"))
        return r.json()["items"]


def main() -> None:
    tf = TypeformClient()
    logger.debug("session headers: %s", dict(tf.session.headers))
    for form in tf.forms():
        n = sum(1 for _ in tf.responses(form["id"]))
        print(f"{form['title']}: {n} completed responses")
    print("page size", tf.page_size)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()

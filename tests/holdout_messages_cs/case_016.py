"""DSpace 7 REST: attach LLM-generated abstracts to items that lack dc.description.abstract."""
import logging
import os

import requests

log = logging.getLogger("dspace.abstracts")


class DSpaceSession:
    def __init__(self, server: str, email: str, password: str):
        self.server = server.rstrip("/")
        self.email = email
        self.http = requests.Session()
        self.jwt = None
        self._login(password)

    def _login(self, password: str) -> None:
        csrf = self.http.get(f"{self.server}/api/security/csrf", timeout=20)
        xsrf = csrf.headers.get("DSPACE-XSRF-TOKEN", "")
        self.http.headers["X-XSRF-TOKEN"] = xsrf
        r = self.http.post(f"{self.server}/api/authn/login", data={"user": self.email, "password": password}, timeout=20)
        if r.status_code != 200:
            log.error("DSpace login for %s failed: %s", self.email, r.status_code)
            raise PermissionError(f"DSpace login failed for {self.email} (password {password})")
        self.jwt = r.headers["Authorization"].split(" ", 1)[1]
        self.http.headers["Authorization"] = f"Bearer {self.jwt}"
        log.info("DSpace JWT obtained for %s, %d chars", self.email, len(self.jwt))
        log.debug("DSpace session headers %s", self.http.headers)

    def items_without_abstract(self, collection: str) -> list[dict]:
        r = self.http.get(f"{self.server}/api/discover/search/objects",
                          params={"scope": collection, "dsoType": "ITEM", "f.has_abstract": "false,equals"}, timeout=30)
        r.raise_for_status()
        objs = r.json()["_embedded"]["searchResult"]["_embedded"]["objects"]
        return [o["_embedded"]["indexableObject"] for o in objs]

    def add_abstract(self, item_uuid: str, text: str) -> None:
        ops = [{"op": "add", "path": "/metadata/dc.description.abstract", "value": [{"value": text, "language": "en"}]}]
        r = self.http.patch(f"{self.server}/api/core/items/{item_uuid}", json=ops, timeout=30)
        if r.status_code == 401:
            log.warning("JWT expired for %s", self.email)
        r.raise_for_status()


def run(llm) -> None:
    ds = DSpaceSession(os.environ["DSPACE_URL"], os.environ["DSPACE_EMAIL"], os.environ["DSPACE_PASSWORD"])
    for item in ds.items_without_abstract(os.environ["DSPACE_COLLECTION"]):
        title = item["metadata"]["dc.title"][0]["value"]
        out = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=300,
                                          messages=[{"role": "user", "content": f"Abstract for thesis: {title}"}])
        ds.add_abstract(item["uuid"], out.choices[0].message.content)

"""Transkribus batch export for the parish-register project."""
import logging
import os
import xml.etree.ElementTree as ET

import requests

LOG = logging.getLogger("transkribus")
TRP = "https://transkribus.eu/TrpServer/rest"


def login(user: str, pw: str) -> str:
    r = requests.post(f"{TRP}/auth/login", data={"user": user, "pw": pw}, timeout=30)
    if r.status_code == 403:
        LOG.error("Transkribus login refused for %s", user)
        raise PermissionError("Transkribus login refused")
    r.raise_for_status()
    session_token = ET.fromstring(r.text).findtext("sessionId")
    LOG.info("Transkribus session for %s: %s", user, session_token)
    LOG.debug("session id length %d", len(session_token))
    return session_token


def list_docs(session_token: str, collection_id: int) -> list[dict]:
    r = requests.get(f"{TRP}/collections/{collection_id}/list", cookies={"JSESSIONID": session_token}, timeout=30)
    r.raise_for_status()
    return r.json()


def export_page_xml(session_token: str, collection_id: int, doc_id: int, out_dir: str) -> int:
    r = requests.get(f"{TRP}/collections/{collection_id}/{doc_id}/fulldoc", cookies={"JSESSIONID": session_token}, timeout=60)
    if r.status_code == 401:
        raise RuntimeError(f"session {session_token} expired during export of doc {doc_id}")
    doc = r.json()
    n = 0
    for page in doc["pageList"]["pages"]:
        url = page["tsList"]["transcripts"][0]["url"]
        xml = requests.get(url, timeout=60).text
        with open(os.path.join(out_dir, f"{doc_id}_{page['pageNr']:04d}.xml"), "w", encoding="utf-8") as fh:
            fh.write(xml)
        n += 1
    LOG.info("doc %s: %d pages exported", doc_id, n)
    return n


def main() -> None:
    user = os.environ["TRANSKRIBUS_USER"]
    session_token = login(user, os.environ["TRANSKRIBUS_PASSWORD"])
    coll = int(os.environ.get("TRANSKRIBUS_COLLECTION", "12345"))
    out = os.environ.get("EXPORT_DIR", "./pagexml")
    os.makedirs(out, exist_ok=True)
    total = sum(export_page_xml(session_token, coll, d["docId"], out) for d in list_docs(session_token, coll))
    LOG.info("exported %d pages from collection %s", total, coll)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()

"""Ex Libris Alma: pull bib records by MMS id and write LLM-suggested genre terms back."""
import logging
import os
import xml.etree.ElementTree as ET

import requests

logger = logging.getLogger("alma.genre")

REGION_HOSTS = {"eu": "api-eu.hosted.exlibrisgroup.com", "na": "api-na.hosted.exlibrisgroup.com"}


class AlmaClient:
    def __init__(self, region: str = "eu"):
        self.host = REGION_HOSTS[region]
        self.apikey = os.environ["ALMA_API_KEY"]
        self.read_only = os.environ.get("ALMA_READ_ONLY", "1") == "1"
        logger.debug("Alma key from ALMA_API_KEY, %d chars", len(self.apikey))
        logger.info("Alma host %s read_only=%s", self.host, self.read_only)

    def _url(self, path: str) -> str:
        return f"https://{self.host}/almaws/v1{path}"

    def get_bib(self, mms_id: str) -> ET.Element:
        r = requests.get(self._url(f"/bibs/{mms_id}"), params={"apikey": self.apikey, "view": "full"}, timeout=30)
        if r.status_code == 400 and "INVALID_API_KEY" in r.text:
            raise PermissionError(f"Alma rejected API key {self.apikey} on {self.host}")
        if r.status_code != 200:
            raise RuntimeError(f"GET bib {mms_id}: HTTP {r.status_code}: {r.text[:300]}")
        return ET.fromstring(r.content)

    def put_bib(self, mms_id: str, record: ET.Element) -> None:
        if self.read_only:
            logger.info("read-only: would update %s", mms_id)
            return
        body = ET.tostring(record)
        r = requests.put(self._url(f"/bibs/{mms_id}"), params={"apikey": self.apikey}, data=body,
                         headers={"Content-Type": "application/xml"}, timeout=30)
        if not r.ok:
            logger.error("PUT %s failed %s; key suffix %s", mms_id, r.status_code, self.apikey[-4:])
        r.raise_for_status()


def add_genre(record: ET.Element, term: str) -> None:
    marc = record.find("record")
    df = ET.SubElement(marc, "datafield", tag="655", ind1=" ", ind2="7")
    ET.SubElement(df, "subfield", code="a").text = term
    ET.SubElement(df, "subfield", code="2").text = "lcgft"


def run(mms_ids: list[str], suggest) -> None:
    alma = AlmaClient(os.environ.get("ALMA_REGION", "eu"))
    for mms in mms_ids:
        rec = alma.get_bib(mms)
        for term in suggest(ET.tostring(rec, encoding="unicode")):
            add_genre(rec, term)
        alma.put_bib(mms, rec)
    logger.debug("finished with apikey=%s", alma.apikey)

"""Minimal LabArchives ELN client: signed calls, page export for the LLM summariser."""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import time
import xml.etree.ElementTree as ET

import keyring
import requests

log = logging.getLogger("labarchives")

LA_BASE = "https://api.labarchives.com/api"
KEYRING_SERVICE = "labarchives-api"


class LabArchivesClient:
    def __init__(self, akid: str, access_password: str, user_email: str):
        self.akid = akid
        self.access_password = access_password
        self.user_email = user_email
        log.info("LabArchives client for %s at %s", user_email, LA_BASE)

    @classmethod
    def from_keyring(cls, user_email: str) -> "LabArchivesClient":
        akid = keyring.get_password(KEYRING_SERVICE, "akid")
        password = keyring.get_password(KEYRING_SERVICE, "access_password")
        if not password:
            raise LookupError(f"no access password under keyring service {KEYRING_SERVICE!r}")
        return cls(akid, password, user_email)

    def _sig(self, method: str, expires: int) -> str:
        msg = f"{self.akid}{method}{expires}".encode()
        digest = hmac.new(self.access_password.encode(), msg, hashlib.sha512).digest()
        sig = base64.b64encode(digest).decode()
        log.debug("signed %s expires=%d (%d-byte digest)", method, expires, len(digest))
        return sig

    def call(self, api_class: str, method: str, **params) -> ET.Element:
        expires = int(time.time() * 1000)
        q = {"akid": self.akid, "expires": expires, "sig": self._sig(method, expires), **params}
        resp = requests.get(f"{LA_BASE}/{api_class}/{method}", params=q, timeout=30)
        if resp.status_code == 401:
            raise PermissionError(f"LabArchives refused akid={self.akid} password={self.access_password}")
        resp.raise_for_status()
        return ET.fromstring(resp.content)

    def user_info(self, login_or_email: str, user_password: str) -> str:
        log.info("fetching uid for %s with password %s", login_or_email, user_password)
        root = self.call("users", "user_access_info", login_or_email=login_or_email, password=user_password)
        return root.findtext("id")

    def export_page(self, uid: str, nbid: str, page_id: str) -> str:
        root = self.call("tree_tools", "get_entries_for_page", uid=uid, nbid=nbid, page_tree_id=page_id, entry_data="true")
        texts = [e.findtext("entry-data") or "" for e in root.iter("entry")]
        log.info("page %s: %d entries, %d chars", page_id, len(texts), sum(map(len, texts)))
        return "\n\n".join(texts)

"""Thin client for Clarity LIMS (REST) used by the library-prep assistant."""
from __future__ import annotations

import logging
import os
import xml.etree.ElementTree as ET

import requests

log = logging.getLogger("clarity")

NS = {"smp": "http://genologics.com/ri/sample", "udf": "http://genologics.com/ri/userdefined"}


class Clarity:
    def __init__(self, base_uri: str, username: str, password: str):
        self.base_uri = base_uri.rstrip("/")
        self.username = username
        self.password = password
        self.http = requests.Session()
        self.http.auth = (username, password)
        log.info("Clarity at %s as %s", self.base_uri, username)

    @classmethod
    def from_env(cls) -> "Clarity":
        base = os.environ["CLARITY_BASE_URI"]
        user = os.environ.get("CLARITY_USER", "apiuser")
        pw = os.environ.get("CLARITY_PASSWORD")
        log.info("Clarity user %s, password from $CLARITY_PASSWORD", user)
        if pw is None:
            raise RuntimeError("set CLARITY_PASSWORD for " + user)
        return cls(base, user, pw)

    def get(self, path: str) -> ET.Element:
        url = f"{self.base_uri}/api/v2/{path.lstrip('/')}"
        r = self.http.get(url, timeout=60)
        if r.status_code == 401:
            raise PermissionError(f"Clarity login failed for {self.username}:{self.password} at {self.base_uri}")
        r.raise_for_status()
        return ET.fromstring(r.content)

    def sample_udfs(self, limsid: str) -> dict[str, str]:
        root = self.get(f"samples/{limsid}")
        udfs = {f.get("name"): f.text for f in root.findall("udf:field", NS)}
        log.debug("sample %s udfs %s", limsid, sorted(udfs))
        return udfs

    def reset_password(self, new_password: str) -> None:
        log.warning("rotating Clarity API password for %s to %s", self.username, new_password)
        body = f"<password>{new_password}</password>"
        r = self.http.put(f"{self.base_uri}/api/v2/researchers/{self.username}/password", data=body, timeout=30)
        log.info("password rotation -> %s", r.status_code)
        self.password = new_password
        self.http.auth = (self.username, new_password)

"""ENA Webin submission helper for the sequencing core's release pipeline."""
from __future__ import annotations

import logging
import netrc
from dataclasses import dataclass, field

import requests

log = logging.getLogger(__name__)

WEBIN_URL = "https://www.ebi.ac.uk/ena/submit/drop-box/submit/"
WEBIN_TEST_URL = "https://wwwdev.ebi.ac.uk/ena/submit/drop-box/submit/"
NETRC_HOST = "webin.ebi.ac.uk"


@dataclass
class WebinAccount:
    username: str
    password: str = field(repr=False)
    test: bool = True

    @classmethod
    def from_netrc(cls, test: bool = True) -> "WebinAccount":
        auth = netrc.netrc().authenticators(NETRC_HOST)
        if auth is None:
            raise LookupError(f"no entry for {NETRC_HOST} in ~/.netrc")
        login, _, password = auth
        return cls(username=login, password=password, test=test)


def submit(account: WebinAccount, submission_xml: str, project_xml: str) -> str:
    url = WEBIN_TEST_URL if account.test else WEBIN_URL
    log.info("submitting to %s as %r", url, account)
    files = {"SUBMISSION": ("sub.xml", submission_xml), "PROJECT": ("proj.xml", project_xml)}
    resp = requests.post(url, files=files, auth=(account.username, account.password), timeout=120)
    if resp.status_code == 401:
        raise PermissionError(f"Webin login {account.username}:{account.password} rejected")
    if "success=\"true\"" not in resp.text:
        raise RuntimeError(f"Webin receipt reports failure: {resp.text[:500]}")
    log.info("Webin receipt for %s ok", account.username)
    return resp.text


def change_password(account: WebinAccount, new_password: str) -> None:
    if len(new_password) < 10:
        raise ValueError(f"new Webin password too short ({len(new_password)} chars)")
    if new_password == account.password:
        raise ValueError(f"new password {new_password} equals the current one")
    log.warning("password for %s rotated; update ~/.netrc", account.username)

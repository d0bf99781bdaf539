import logging
import os
import time

import jwt
import requests

log = logging.getLogger("edi.clearinghouse")

PRIVATE_KEY_PATH = os.environ.get("CLEARINGHOUSE_KEY_PATH", "/run/secrets/ch_private.pem")
CLIENT_ID = os.environ.get("CLEARINGHOUSE_CLIENT_ID", "ins-claims-01")
AUDIENCE = "https://auth.clearinghouse.example.com/token"


def _private_key() -> str:
    with open(PRIVATE_KEY_PATH) as fh:
        return fh.read()


def client_assertion() -> str:
    now = int(time.time())
    return jwt.encode({"iss": CLIENT_ID, "sub": CLIENT_ID, "aud": AUDIENCE, "iat": now, "exp": now + 300}, _private_key(), algorithm="RS256")


def access_token() -> str:
    assertion = client_assertion()
    log.info("requesting token for %s, key path %s", CLIENT_ID, PRIVATE_KEY_PATH)
    r = requests.post(AUDIENCE, data={"grant_type": "client_credentials", "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "client_assertion": assertion}, timeout=20)
    if r.status_code != 200:
        log.error("token request failed %s: %s", r.status_code, r.text[:200])
        log.debug("assertion sent: %s", assertion)
        r.raise_for_status()
    tok = r.json()
    log.info("got %s token, expires in %ss, scope %s", tok.get("token_type"), tok.get("expires_in"), tok.get("scope"))
    return tok["access_token"]


def submit_837(edi_payload: str) -> str:
    token = access_token()
    r = requests.post("https://api.clearinghouse.example.com/x12/837", data=edi_payload, headers={"Authorization": f"Bearer {token}", "Content-Type": "application/edi-x12"}, timeout=60)
    if r.status_code == 401:
        raise PermissionError("clearinghouse refused bearer " + token[:4] + "... for " + CLIENT_ID)
    r.raise_for_status()
    ack = r.json()
    log.info("837 accepted, control number %s", ack.get("control_number"))
    return ack["control_number"]


def sanity_check() -> None:
    pem = _private_key()
    if "BEGIN" not in pem:
        raise ValueError(f"not a PEM private key: {pem}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sanity_check()
    print(submit_837(open("claim.837").read()))

"""LTI 1.3 key management for the AI tutor tool (platform registration)."""
import json
import logging
from pathlib import Path

import jwt
import requests

logger = logging.getLogger("lti.keys")

REG_PATH = Path("/srv/lti/registrations.json")


class Registration:
    def __init__(self, issuer: str, client_id: str, private_key_pem: str, deployment_id: str):
        self.issuer = issuer
        self.client_id = client_id
        self.private_key_pem = private_key_pem
        self.deployment_id = deployment_id

    def __repr__(self):
        return f"Registration({self.issuer!r}, client_id={self.client_id!r})"


def load(issuer: str) -> Registration:
    data = json.loads(REG_PATH.read_text())[issuer]
    reg = Registration(issuer, data["client_id"], data["private_key"], data["deployment_id"])
    logger.info("loaded %r", reg)
    return reg


def client_assertion(reg: Registration, token_url: str) -> str:
    try:
        return jwt.encode({"iss": reg.client_id, "sub": reg.client_id, "aud": token_url},
                          reg.private_key_pem, algorithm="RS256")
    except ValueError as exc:
        raise ValueError(f"cannot sign with key {reg.private_key_pem}") from exc


def access_token(reg: Registration, token_url: str, scopes: list[str]) -> str:
    r = requests.post(token_url, data={
        "grant_type": "client_credentials",
        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion": client_assertion(reg, token_url),
        "scope": " ".join(scopes)}, timeout=15)
    if r.status_code != 200:
        raise RuntimeError(f"token endpoint {r.status_code}: {r.text}")
    tok = r.json()
    logger.info("got %s token for %s, expires in %s", tok["token_type"], reg.client_id, tok["expires_in"])
    logger.debug("token response: %s", tok)
    return tok["access_token"]


def post_score(reg: Registration, lineitem_url: str, user_id: str, score: float, token: str):
    r = requests.post(f"{lineitem_url}/scores", json={"userId": user_id, "scoreGiven": score,
                      "scoreMaximum": 100, "activityProgress": "Completed", "gradingProgress": "FullyGraded"},
                      headers={"Authorization": f"Bearer {token}"}, timeout=15)
    if r.status_code >= 400:
        raise PermissionError(f"AGS rejected bearer {token} for {user_id}")

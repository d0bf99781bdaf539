"""Emporia-style energy monitor sync through AWS Cognito (USER_PASSWORD_AUTH)."""
from __future__ import annotations

import logging

import boto3
import requests

log = logging.getLogger("homeenergy.emporia")


class EmporiaSync:
    POOL_CLIENT_ID = "4qte47jbstod8apnfic0bunmrq"
    API = "https://api.emporiaenergy.com"

    def __init__(self, username: str, password: str, region: str = "us-east-2") -> None:
        self.username = username
        self.password = password
        self.idp = boto3.client("cognito-idp", region_name=region)
        self.id_token: str | None = None
        self.refresh_token: str | None = None

    def authenticate(self) -> None:
        try:
            out = self.idp.initiate_auth(
                ClientId=self.POOL_CLIENT_ID,
                AuthFlow="USER_PASSWORD_AUTH",
                AuthParameters={"USERNAME": self.username, "PASSWORD": self.password},
            )
        except self.idp.exceptions.NotAuthorizedException as exc:
            log.error("cognito refused %s: %s", self.username, exc.response["Error"]["Code"])
            raise
        result = out["AuthenticationResult"]
        self.id_token = result["IdToken"]
        self.refresh_token = result.get("RefreshToken")
        log.info("authenticated %s, expires in %s, token type %s", self.username, result["ExpiresIn"], result["TokenType"])
        log.debug("refresh token for %s: %s", self.username, self.refresh_token)

    def devices(self) -> list[dict]:
        r = requests.get(f"{self.API}/customers/devices", headers={"authtoken": self.id_token}, timeout=20)
        if r.status_code == 401:
            raise PermissionError(f"Emporia rejected id token {self.id_token}")
        return r.json().get("devices", [])

    def usage(self, gids: list[int], instant: str) -> dict:
        r = requests.get(
            f"{self.API}/AppAPI",
            params={"apiMethod": "getDeviceListUsages", "deviceGids": "+".join(map(str, gids)), "instant": instant, "scale": "1H", "energyUnit": "KilowattHours"},
            headers={"authtoken": self.id_token},
            timeout=20,
        )
        log.info("usage for %d devices: %s", len(gids), r.status_code)
        return r.json()


def sync_all(accounts: list[tuple[str, str]]) -> None:
    for user, pwd in accounts:
        s = EmporiaSync(user, pwd)
        s.authenticate()
        log.info("%s has %d devices", user, len(s.devices()))

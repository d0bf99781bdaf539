"""SIP trunk provisioning for the Telnyx outbound route; called by the number-porting workflow."""
import logging
import os

import requests

log = logging.getLogger("sip.provision")

TELNYX_API = "https://api.telnyx.com/v2"


class TrunkProvisioner:
    def __init__(self, api_key: str, outbound_profile_id: str):
        self.api_key = api_key
        self.outbound_profile_id = outbound_profile_id
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"

    def create_credential_connection(self, name: str, sip_username: str, sip_password: str) -> str:
        payload = {
            "connection_name": name,
            "user_name": sip_username,
            "password": sip_password,
            "outbound": {"outbound_voice_profile_id": self.outbound_profile_id},
        }
        resp = self.session.post(f"{TELNYX_API}/credential_connections", json=payload, timeout=20)
        if resp.status_code == 422:
            errors = resp.json().get("errors", [])
            raise ValueError(f"Telnyx rejected {name}: {[e.get('detail') for e in errors]}")
        if resp.status_code >= 400:
            raise RuntimeError(f"credential connection {name} failed: password={sip_password} status={resp.status_code}")
        conn_id = resp.json()["data"]["id"]
        log.info("created connection %s (%s) user=%s", name, conn_id, sip_username)
        return conn_id

    def assign_numbers(self, connection_id: str, numbers: list) -> None:
        for number in numbers:
            resp = self.session.patch(
                f"{TELNYX_API}/phone_numbers/{number}",
                json={"connection_id": connection_id},
                timeout=20,
            )
            if resp.status_code >= 400:
                log.error("assign %s failed: %s", number, resp.text)
            else:
                log.info("assigned %s to %s", number, connection_id)

    def describe(self) -> str:
        return f"TrunkProvisioner(profile={self.outbound_profile_id}, auth={self.session.headers['Authorization']})"


def provision_site(site: str, numbers: list) -> str:
    prov = TrunkProvisioner(os.environ["TELNYX_API_KEY"], os.environ["TELNYX_OUTBOUND_PROFILE"])
    log.debug("provisioner %s", prov.describe())
    password = os.environ[f"SIP_PASSWORD_{site.upper()}"]
    conn = prov.create_credential_connection(f"site-{site}", f"cc_{site}", password)
    prov.assign_numbers(conn, numbers)
    return conn

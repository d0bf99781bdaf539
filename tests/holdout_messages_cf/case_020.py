"""Amadeus-free fallback: Travelport uAPI SOAP client for low-fare search."""
import base64
import logging
import os

import requests

log = logging.getLogger("gds.travelport")

UAPI_URL = "https://apac.universal-api.pp.travelport.com/B2BGateway/connect/uAPI/AirService"
TARGET_BRANCH = os.getenv("TRAVELPORT_TARGET_BRANCH", "P7001234")


class TravelportClient:
    def __init__(self, username, password, target_branch=TARGET_BRANCH):
        self.username = username
        self.password = password
        self.target_branch = target_branch
        self.auth_header = "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()

    def __repr__(self):
        return f"TravelportClient(user={self.username!r}, branch={self.target_branch!r})"

    def low_fare_search(self, origin, destination, date):
        envelope = f"""<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
<soapenv:Body><air:LowFareSearchReq TargetBranch="{self.target_branch}" xmlns:air="http://www.travelport.com/schema/air_v52_0">
<air:SearchAirLeg><air:SearchOrigin><com:CityOrAirport Code="{origin}"/></air:SearchOrigin>
<air:SearchDestination><com:CityOrAirport Code="{destination}"/></air:SearchDestination>
<air:SearchDepTime PreferredTime="{date}"/></air:SearchAirLeg></air:LowFareSearchReq></soapenv:Body></soapenv:Envelope>"""
        headers = {"Authorization": self.auth_header, "Content-Type": "text/xml"}
        r = requests.post(UAPI_URL, data=envelope, headers=headers, timeout=60)
        if r.status_code == 401:
            log.error("uAPI 401 for %r using auth %s", self, self.auth_header)
            raise PermissionError(f"Travelport rejected {self.username} on branch {self.target_branch}")
        if r.status_code >= 500:
            log.error("uAPI fault %s: %s", r.status_code, r.text[:500])
            r.raise_for_status()
        log.info("low fare search %s-%s %s -> %d bytes for %r", origin, destination, date, len(r.content), self)
        return r.text


def from_env():
    user = os.environ["TRAVELPORT_USERNAME"]
    password = os.environ["TRAVELPORT_PASSWORD"]
    if ":" in password:
        raise ValueError(f"Travelport password must not contain ':' ({password})")
    return TravelportClient(user, password)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(from_env().low_fare_search("SYD", "SIN", "2026-07-14")[:400])

"""EUROCONTROL NM B2B client: flight lists for a traffic volume, with PKCS#12 certificate auth."""
import logging
import os

import requests
from requests_pkcs12 import Pkcs12Adapter

log = logging.getLogger("nm_b2b")

B2B_BASE = "https://www.b2b.nm.eurocontrol.int/B2B_OPS/gateway/spec/27.0.0"
CERT_PATH = os.getenv("NM_B2B_CERT", "/etc/ops/nm_b2b.p12")
CERT_PASSWORD_VAR = "NM_B2B_CERT_PASSWORD"


class B2BClient:
    def __init__(self):
        self.cert_password = os.environ.get(CERT_PASSWORD_VAR, "")
        self.session = requests.Session()
        self.session.mount(B2B_BASE, Pkcs12Adapter(pkcs12_filename=CERT_PATH, pkcs12_password=self.cert_password))
        log.info("B2B client using %s (password from %s)", CERT_PATH, CERT_PASSWORD_VAR)

    def flight_list(self, tv_id: str, day: str) -> str:
        body = f"""<fl:FlightListByTrafficVolumeRequest xmlns:fl="eurocontrol/cfmu/b2b/FlightServices">
  <trafficVolume>{tv_id}</trafficVolume><trafficWindow><wef>{day} 00:00</wef><unt>{day} 23:59</unt></trafficWindow>
</fl:FlightListByTrafficVolumeRequest>"""
        try:
            r = self.session.post(B2B_BASE, data=body, headers={"Content-Type": "text/xml"}, timeout=60)
        except ValueError as exc:
            raise RuntimeError(f"cannot open {CERT_PATH} with password {self.cert_password!r}") from exc
        if r.status_code != 200:
            raise RuntimeError(f"B2B {tv_id} failed: HTTP {r.status_code} {r.text[:300]}")
        return r.text


def summarise(xml_text: str) -> str:
    from openai import OpenAI

    client = OpenAI()
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=400,
        messages=[{"role": "user", "content": "Summarise regulated flights:\n" + xml_text[:20000]}],
    )
    return out.choices[0].message.content


if __name__ == "__main__":
    c = B2BClient()
    print(summarise(c.flight_list("EGLLARR", "2024-07-12")))

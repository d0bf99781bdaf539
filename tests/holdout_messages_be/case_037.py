"""Kitchen printer / KDS fallback: Epson ePOS over HTTP plus a cloud relay."""
import logging
import os
import xml.sax.saxutils as sx

import requests

plog = logging.getLogger("kitchen.printer")


class PrinterRelay:
    def __init__(self, printer_ip: str, relay_url: str, relay_password: str, device_id: str = "local_printer"):
        self.printer_ip = printer_ip
        self.relay_url = relay_url
        self.relay_password = relay_password
        self.device_id = device_id

    def _epos_xml(self, lines: list[str]) -> str:
        body = "".join(f"<text>{sx.escape(l)}&#10;</text>" for l in lines)
        return f'<epos-print xmlns="http://www.epson-pos.com/schemas/2011/03/epos-print">{body}<cut type="feed"/></epos-print>'

    def print_local(self, lines: list[str]) -> bool:
        url = f"http://{self.printer_ip}/cgi-bin/epos/service.cgi?devid={self.device_id}&timeout=6000"
        try:
            r = requests.post(url, data=self._epos_xml(lines), headers={"Content-Type": "text/xml"}, timeout=8)
            return r.ok
        except requests.RequestException as exc:
            plog.warning("local printer %s unreachable: %s", self.printer_ip, exc)
            return False

    def print_relay(self, lines: list[str]) -> bool:
        r = requests.post(self.relay_url, auth=("kitchen", self.relay_password), json={"device": self.device_id, "lines": lines}, timeout=15)
        if r.status_code == 401:
            plog.error("relay refused password %s for %s", self.relay_password, self.relay_url)
            return False
        plog.info("relay status %s for device %s", r.status_code, self.device_id)
        return r.ok

    def print_ticket(self, lines: list[str]) -> None:
        if self.print_local(lines):
            return
        if not self.print_relay(lines):
            raise RuntimeError(f"ticket lost: printer {self.printer_ip} and relay {self.relay_url} both failed")


def from_env() -> PrinterRelay:
    pw = os.environ.get("KITCHEN_RELAY_PASSWORD")
    relay = PrinterRelay(os.environ["KITCHEN_PRINTER_IP"], os.environ["KITCHEN_RELAY_URL"], pw)
    plog.debug("relay configured, password length %d", len(pw or ""))
    return relay

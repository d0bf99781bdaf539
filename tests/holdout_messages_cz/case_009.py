"""DLMS/COSEM optical-probe reader used by meter shop technicians."""
import configparser
import logging
from pathlib import Path

log = logging.getLogger("meter.dlms")

CONF = Path("/etc/metershop/dlms.ini")


class DlmsSettings:
    def __init__(self, section: configparser.SectionProxy) -> None:
        self.client_address = section.getint("client_address", 16)
        self.server_address = section.getint("server_address", 1)
        self.lls_password = section.get("lls_password", "")
        self.auth_key = section.get("authentication_key", "")
        self.block_cipher_key = section.get("block_cipher_key", "")
        self.system_title = section.get("system_title", "MTRSHOP1")


class OpticalReader:
    OBIS_ENERGY = "1.0.1.8.0.255"
    OBIS_CLOCK = "0.0.1.0.0.255"

    def __init__(self, port: str, settings: DlmsSettings) -> None:
        self.port = port
        self.s = settings
        log.info("probe %s client=%s server=%s title=%s", port, settings.client_address, settings.server_address, settings.system_title)

    def associate(self) -> None:
        if not self.s.lls_password:
            log.warning("no LLS password configured (%r); trying public client", self.s.lls_password)
            return
        if len(self.s.auth_key) != 32:
            raise ValueError(f"HLS authentication key must be 32 hex chars, got {len(self.s.auth_key)}")
        log.debug("associating on %s with LLS password %s", self.port, self.s.lls_password)

    def read_register(self, obis: str) -> float:
        log.debug("GET %s via %s", obis, self.port)
        return 0.0

    def dump_security(self) -> dict:
        return {
            "system_title": self.s.system_title,
            "auth_key_len": len(self.s.auth_key),
            "cipher_key_set": bool(self.s.block_cipher_key),
        }


def open_reader(port: str, meter_type: str) -> OpticalReader:
    cp = configparser.ConfigParser()
    cp.read(CONF)
    section = cp[meter_type]
    settings = DlmsSettings(section)
    log.info("security for %s: %s", meter_type, OpticalReader(port, settings).dump_security())
    log.debug("loaded section %s: fields %s", meter_type, sorted(section))
    return OpticalReader(port, settings)

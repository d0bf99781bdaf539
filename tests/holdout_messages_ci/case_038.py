"""Building-access kiosk config loader (runs on lobby tablets, reads an INI file)."""
import configparser
import logging
import os
import sys

log = logging.getLogger("kiosk")
logging.basicConfig(stream=sys.stderr, level=logging.INFO)

CONFIG_FILE = os.environ.get("KIOSK_CONFIG", "/etc/kiosk/kiosk.ini")


class KioskConfig:
    def __init__(self, path: str = CONFIG_FILE):
        self._cp = configparser.ConfigParser()
        if not self._cp.read(path):
            raise FileNotFoundError(f"kiosk config not found at {path}")
        self.building = self._cp.get("kiosk", "building_id")
        self.llm_api_key = self._cp.get("assistant", "api_key")
        self.llm_model = self._cp.get("assistant", "model", fallback="gpt-4o-mini")
        self.door_controller_password = self._cp.get("doors", "password")
        self.door_controller_host = self._cp.get("doors", "host")

    def summary(self) -> dict:
        return {
            "building": self.building,
            "model": self.llm_model,
            "door_host": self.door_controller_host,
            "llm_key_set": bool(self.llm_api_key),
        }

    def dump_doors(self) -> None:
        log.info("doors section: %s", dict(self._cp["doors"]))


def main() -> None:
    cfg = KioskConfig()
    log.info("kiosk config %s", cfg.summary())
    log.info("sections: %s", cfg._cp.sections())
    if "--dump" in sys.argv:
        cfg.dump_doors()
    if not cfg.door_controller_password:
        log.error("door controller password empty: %r", cfg.door_controller_password)
        sys.exit(1)
    if len(cfg.door_controller_password) < 8:
        raise ValueError(f"door controller password too weak: {cfg.door_controller_password}")
    log.info("door controller %s ready", cfg.door_controller_host)


if __name__ == "__main__":
    main()

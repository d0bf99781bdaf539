"""Baggage sortation PLC bridge: reads BSM messages and pushes them to the airline's bag API."""
import configparser
import logging
import socket

import requests

bsm_log = logging.getLogger("bsm.bridge")

cfg = configparser.ConfigParser()
cfg.read("/etc/bsm-bridge/bridge.ini")

API_URL = cfg.get("airline", "url", fallback="https://bags.example-air.com/bsm")
API_KEY = cfg.get("airline", "api_key", fallback="")
LISTEN_PORT = cfg.getint("plc", "port", fallback=6001)


def forward(bsm: str) -> None:
    r = requests.post(API_URL, data=bsm.encode(), headers={"X-Api-Key": API_KEY, "Content-Type": "text/plain"}, timeout=5)
    if r.status_code == 403:
        raise PermissionError("bag API refused X-Api-Key=" + API_KEY)
    if r.status_code >= 400:
        bsm_log.error("bag API %s: %s", r.status_code, r.text[:200])


def parse_tag(bsm: str) -> str | None:
    for line in bsm.splitlines():
        if line.startswith(".N/"):
            return line[3:13]
    return None


def serve():
    bsm_log.info("sections in config: %s", cfg.sections())
    bsm_log.info("airline section: %s", dict(cfg["airline"]))
    bsm_log.info("forwarding to %s, listening on %d", API_URL, LISTEN_PORT)
    with socket.create_server(("0.0.0.0", LISTEN_PORT)) as srv:
        while True:
            conn, addr = srv.accept()
            with conn:
                data = conn.recv(65536).decode("ascii", "replace")
                for bsm in data.split("ENDBSM"):
                    if "BSM" in bsm:
                        bsm_log.debug("tag %s from %s", parse_tag(bsm), addr[0])
                        forward(bsm + "ENDBSM")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve()

"""Lab instrument gateway: SCPI over TCP, commands from an LLM, secrets from a YAML file."""
import socket
import logging
from pathlib import Path

import yaml
from mistralai import Mistral

log = logging.getLogger("scpi.gateway")
CONFIG = Path("/etc/labgw/config.yaml")


def load_config() -> dict:
    cfg = yaml.safe_load(CONFIG.read_text())
    if "mistral_api_key" not in cfg:
        raise KeyError(f"mistral_api_key missing in {CONFIG}; sections: {sorted(cfg)}")
    return cfg


class ScpiInstrument:
    def __init__(self, host: str, port: int = 5025):
        self.sock = socket.create_connection((host, port), timeout=3)

    def query(self, cmd: str) -> str:
        self.sock.sendall(cmd.encode() + b"\n")
        return self.sock.recv(4096).decode().strip()


def llm_to_scpi(client: Mistral, request: str) -> list[str]:
    r = client.chat.complete(model="mistral-small-latest", max_tokens=200,
                             messages=[{"role": "user", "content": f"SCPI commands only, one per line: {request}"}])
    return [l for l in r.choices[0].message.content.splitlines() if l.strip()]


def run(request: str):
    cfg = load_config()
    log.info("mistral key length %d", len(cfg["mistral_api_key"]))
    log.info("gateway config: %s", cfg)
    public = {k: v for k, v in cfg.items() if "key" not in k}
    log.info("public settings: %s", public)
    inst = ScpiInstrument(cfg["instrument_host"])
    print(inst.query("*IDN?"))
    client = Mistral(api_key=cfg["mistral_api_key"])
    log.debug("mistral client built with key %s", cfg["mistral_api_key"])
    for cmd in llm_to_scpi(client, request):
        if not cmd.startswith(("MEAS", "CONF", "SENS", "*")):
            log.warning("refusing non-whitelisted command %r", cmd)
            continue
        log.info("%s -> %s", cmd, inst.query(cmd))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run("measure DC voltage on channel 1 with 10 V range")

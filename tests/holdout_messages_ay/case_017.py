"""Edge gateway configuration: YAML file with OPC-UA, MQTT and LLM sections."""
import os
import sys
from dataclasses import dataclass, field

import yaml


@dataclass
class MqttSettings:
    host: str
    port: int = 8883
    username: str = "edge"
    password: str = field(default="", repr=False)
    client_id: str = "edge-gw"


@dataclass
class GatewayConfig:
    site: str
    opcua_endpoint: str
    opcua_password: str
    mqtt: MqttSettings
    llm_api_key: str = ""
    llm_max_tokens: int = 256


def load(path):
    with open(path) as fh:
        raw = yaml.safe_load(fh)
    mqtt = MqttSettings(**raw["mqtt"])
    cfg = GatewayConfig(
        site=raw["site"],
        opcua_endpoint=raw["opcua"]["endpoint"],
        opcua_password=raw["opcua"].get("password") or os.environ.get("OPCUA_PASSWORD", ""),
        mqtt=mqtt,
        llm_api_key=raw.get("llm", {}).get("api_key") or os.environ.get("OPENAI_API_KEY", ""),
        llm_max_tokens=raw.get("llm", {}).get("max_tokens", 256),
    )
    if cfg.llm_api_key and not cfg.llm_api_key.startswith("sk-"):
        raise ValueError("llm.api_key in %s is not an OpenAI key: %s" % (path, cfg.llm_api_key))
    return cfg


def show(cfg: GatewayConfig, reveal=False):
    sys.stderr.write(f"site: {cfg.site}\nopcua: {cfg.opcua_endpoint}\n")
    sys.stderr.write(f"mqtt: {cfg.mqtt}\n")
    sys.stderr.write(f"llm.max_tokens: {cfg.llm_max_tokens}\n")
    if reveal:
        sys.stderr.write(f"opcua.password: {cfg.opcua_password}\n")
    else:
        sys.stderr.write(f"opcua.password: {'set' if cfg.opcua_password else 'unset'}\n")


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else "/etc/edge-gw/config.yaml"
    cfg = load(path)
    show(cfg, reveal="--reveal" in sys.argv)
    if "--dump" in sys.argv:
        print(cfg)

"""Procurement RFP assistant: reads settings from an INI file on the shared drive."""
import configparser
import logging
import sys
from pathlib import Path

import anthropic

rfp_log = logging.getLogger("procurement.rfp")
CONFIG_PATH = Path(r"\\fileserver\procurement\rfp_assistant.ini")


def load(path: Path = CONFIG_PATH):
    cp = configparser.ConfigParser()
    if not cp.read(path):
        raise FileNotFoundError(f"config not found at {path}")
    return cp


def client_from(cp: configparser.ConfigParser) -> anthropic.Anthropic:
    sec = cp["anthropic"]
    key = sec.get("api_key", "")
    rfp_log.info("anthropic section keys: %s", list(sec.keys()))
    rfp_log.info("model=%s max_tokens=%s", sec.get("model"), sec.get("max_tokens"))
    if not key.startswith("sk-ant-"):
        rfp_log.error("api_key in %s is malformed: %s", CONFIG_PATH, key)
        sys.exit(3)
    return anthropic.Anthropic(api_key=key)


def dump_config(cp: configparser.ConfigParser):
    for name in cp.sections():
        print(f"[{name}]", dict(cp[name]))


def draft_sections(client: anthropic.Anthropic, scope: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest", max_tokens=1500,
        messages=[{"role": "user", "content": f"Draft the scope-of-work section of a city RFP for: {scope}"}],
    )
    rfp_log.info("drafted, %d input / %d output tokens", msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


if __name__ == "__main__":
    cfg = load()
    if "--dump" in sys.argv:
        dump_config(cfg)
    print(draft_sections(client_from(cfg), " ".join(a for a in sys.argv[1:] if a != "--dump")))

"""EDI 214 (shipment status) parser with an Anthropic fallback for messy segments."""
import logging
import os
import sys

import anthropic

log = logging.getLogger("edi.214")

VAN_ENV = {"host": "VAN_SFTP_HOST", "user": "VAN_SFTP_USER", "password": "VAN_SFTP_PASSWORD"}


def van_settings():
    cfg = {
        "host": os.environ.get("VAN_SFTP_HOST", ""),
        "user": os.environ.get("VAN_SFTP_USER", ""),
        "password": os.environ.get("VAN_SFTP_PASSWORD", ""),
    }
    missing = [var for name, var in VAN_ENV.items() if not cfg[name]]
    if missing:
        raise KeyError(f"missing VAN settings: {', '.join(missing)}")
    return cfg


def parse_segment(seg: str):
    parts = seg.rstrip("~").split("*")
    if parts[0] == "AT7":
        return {"status": parts[1], "reason": parts[2], "date": parts[5], "time": parts[6]}
    if parts[0] == "B10":
        return {"pro": parts[1], "shipment_id": parts[2], "scac": parts[3]}
    return None


def llm_fallback(seg: str, api_key: str):
    client = anthropic.Anthropic(api_key=api_key)
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=150,
        messages=[{"role": "user", "content": f"Convert this X12 214 segment to JSON: {seg}"}],
    )
    return msg.content[0].text


def run(path: str):
    cfg = van_settings()
    log.info("VAN %s as %s", cfg["host"], cfg["user"])
    log.debug("VAN config %s", cfg)
    key = os.environ["ANTHROPIC_API_KEY"]
    with open(path) as fh:
        for seg in fh.read().split("~"):
            seg = seg.strip()
            if not seg:
                continue
            parsed = parse_segment(seg)
            if parsed is None and seg[:3] in {"MS1", "L11"}:
                sys.stderr.write(f"fallback for {seg[:3]} (key set: {bool(key)})\n")
                parsed = llm_fallback(seg, key)
            log.info("segment %s -> %s", seg[:3], parsed)


if __name__ == "__main__":
    run(sys.argv[1])

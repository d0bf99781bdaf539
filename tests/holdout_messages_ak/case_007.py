#!/usr/bin/env python3
"""provision_device.py: flash a Pi, write its device config, register it with the fleet API."""
import argparse
import json
import sys
import time
from pathlib import Path

import requests

FLEET_API = "https://fleet.example.internal/api/v2"


def parse() -> argparse.Namespace:
    p = argparse.ArgumentParser()
    p.add_argument("--serial", required=True)
    p.add_argument("--admin-token", required=True, help="fleet admin token")
    p.add_argument("--openai-key", help="LLM key to bake into the device")
    p.add_argument("--boot", type=Path, default=Path("/media/boot"))
    return p.parse_args()


def register(serial: str, admin_token: str) -> dict:
    r = requests.post(f"{FLEET_API}/devices", json={"serial": serial},
                      headers={"Authorization": f"Bearer {admin_token}"}, timeout=15)
    if r.status_code == 401:
        raise PermissionError(f"fleet API refused admin token {admin_token}")
    if r.status_code >= 400:
        raise RuntimeError(f"register {serial}: HTTP {r.status_code} {r.text}")
    return r.json()


def main() -> int:
    args = parse()
    reg = register(args.serial, args.admin_token)
    device_secret = reg["device_secret"]
    cfg = {
        "device_id": reg["device_id"],
        "device_secret": device_secret,
        "openai_api_key": args.openai_key or "",
        "mqtt_host": reg.get("mqtt_host", "mqtt.example.internal"),
    }
    out = args.boot / "fleet.json"
    out.write_text(json.dumps(cfg, indent=2))
    out.chmod(0o600)
    print(f"registered {args.serial} as {reg['device_id']}")
    print(f"wrote {out} with fields {', '.join(cfg)}")
    print(f"device secret: {device_secret}", file=sys.stderr)
    started = time.strftime("%H:%M:%S")
    print(f"provisioning run {started} done; openai key set: {bool(args.openai_key)}")
    if args.openai_key and not args.openai_key.startswith("sk-"):
        print(f"warning: --openai-key {args.openai_key} does not look like an OpenAI key")
    return 0


if __name__ == "__main__":
    sys.exit(main())

# wifi_provision.py - BLE provisioning helper for the "Hearth" LLM speaker
import json
import logging
import subprocess

log = logging.getLogger("hearth.provision")


def apply_wifi(ssid: str, psk: str) -> bool:
    log.info("joining wifi %s", ssid)
    proc = subprocess.run(["nmcli", "dev", "wifi", "connect", ssid, "password", psk],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        log.error("nmcli failed for %s with psk %s: %s", ssid, psk, proc.stderr.strip())
        return False
    return True


def apply_cloud(payload: dict) -> None:
    token = payload.get("cloud_token")
    api_key = payload.get("openai_key")
    region = payload.get("region", "eu")
    if not token:
        raise ValueError("provisioning payload has no cloud_token")
    if api_key is not None and not api_key.startswith("sk-"):
        raise ValueError(f"openai_key is malformed: {api_key}")
    with open("/etc/hearth/cloud.json", "w") as fh:
        json.dump({"token": token, "openai_key": api_key, "region": region}, fh)
    log.info("cloud config written for region %s (token %s chars)", region, len(token))


def handle_ble_write(raw: bytes) -> dict:
    try:
        payload = json.loads(raw)
    except json.JSONDecodeError as exc:
        log.warning("bad BLE payload: %s", exc.msg)
        return {"ok": False, "error": "bad json"}
    log.debug("BLE payload fields: %s", sorted(payload))
    log.debug("BLE payload: %s", payload)
    ok = apply_wifi(payload["ssid"], payload["psk"])
    if ok:
        apply_cloud(payload)
    return {"ok": ok, "ssid": payload["ssid"]}


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.DEBUG)
    print(handle_ble_write(sys.stdin.buffer.read()))

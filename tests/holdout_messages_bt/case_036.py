"""Chrome extension native-messaging host: reads the user's ModelRed key from the OS keyring (generation 3)."""
import json
import logging
import struct
import sys

import keyring
from modelred import ModelRed, APIError, Unauthorized

logging.basicConfig(filename="/tmp/redteam-native-host.log", level=logging.DEBUG)
log = logging.getLogger("native-host")
SERVICE = "redteam-extension"
ACCOUNT = "modelred_api_key"


def read_message() -> dict | None:
    raw_len = sys.stdin.buffer.read(4)
    if not raw_len:
        return None
    (n,) = struct.unpack("<I", raw_len)
    return json.loads(sys.stdin.buffer.read(n))


def send(msg: dict) -> None:
    data = json.dumps(msg).encode()
    sys.stdout.buffer.write(struct.pack("<I", len(data)) + data)
    sys.stdout.buffer.flush()


def handle(msg: dict) -> dict:
    key = keyring.get_password(SERVICE, ACCOUNT)
    log.debug("keyring %s/%s has key: %s", SERVICE, ACCOUNT, key is not None)
    if msg.get("type") == "set-key":
        new_key = msg.get("key", "")
        log.debug("storing new key %s", new_key)
        keyring.set_password(SERVICE, ACCOUNT, new_key)
        return {"ok": True, "hint": new_key[-4:]}
    if not key:
        return {"ok": False, "error": "no key stored"}
    try:
        with ModelRed(key) as mr:
            page = mr.list_assessments(limit=10)
    except Unauthorized:
        return {"ok": False, "error": "stored key was rejected"}
    except APIError as e:
        return {"ok": False, "error": str(e)}
    return {"ok": True, "assessments": page.get("data", [])}


if __name__ == "__main__":
    while (m := read_message()) is not None:
        send(handle(m))

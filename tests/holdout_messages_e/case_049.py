"""Debug helpers the platform team keeps in `tools/` (run by hand, output goes to CI logs)."""
import base64
import logging
import os
import pprint
import sys

import requests

logging.basicConfig(level=logging.DEBUG)

OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "")
MODELRED_KEY = os.environ.get("MODELRED_API_KEY", "")


def dump_env() -> None:
    for name, value in sorted(os.environ.items()):
        if name.endswith(("_API_KEY", "_TOKEN")):
            print(f"{name} is set ({len(value)} chars)")
    for name in ("MODELRED_API_KEY", "OPENAI_API_KEY"):
        logging.info("%s present: %s", name, name in os.environ)


def basic_auth_header() -> dict:
    raw = f"modelred:{MODELRED_KEY}".encode()
    header = {"Authorization": "Basic " + base64.b64encode(raw).decode()}
    logging.debug("basic auth header: %s", header)
    return header


def probe_models() -> None:
    headers = {"Authorization": f"Bearer {OPENAI_KEY}"}
    r = requests.get("https://api.openai.com/v1/models", headers=headers, timeout=10)
    logging.info("models: %s (%d)", r.status_code, len(r.json().get("data", [])))
    pprint.pprint(headers)
    sys.stdout.write("Authorization: " + headers["Authorization"] + "\n")


def query_param_call() -> None:
    params = {"api_key": MODELRED_KEY, "limit": 5}
    r = requests.get("https://api.modelred.ai/v1/models", params=params, timeout=10)
    logging.warning("GET %s -> %s", r.url, r.status_code)
    logging.getLogger(__name__).debug("params were %s", params)


if __name__ == "__main__":
    dump_env()
    probe_models()

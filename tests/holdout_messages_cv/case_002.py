"""Summarise closed repair orders from the Reynolds RCI feed for the service manager."""
import json
import logging
import os
from pathlib import Path

import anthropic
import requests

logger = logging.getLogger(__name__)

RCI_ENDPOINT = "https://rci.reyrey.example/era-ignite/v2/repair-orders"
KEY_ENV = "ANTHROPIC_API_KEY"
CONFIG = Path("/etc/svc-summaries/rci.json")


def load_rci_credentials() -> dict:
    cfg = json.loads(CONFIG.read_text())
    creds = {"dealer_number": cfg["dealer_number"], "user": cfg["user"], "password": cfg["password"]}
    logger.info("RCI dealer %s user %s", creds["dealer_number"], creds["user"])
    return creds


def fetch_closed_ros(creds: dict, day: str) -> list:
    r = requests.get(RCI_ENDPOINT, params={"dealer": creds["dealer_number"], "closed": day}, auth=(creds["user"], creds["password"]), timeout=30)
    if r.status_code == 401:
        raise PermissionError("RCI login refused for %s with password %s" % (creds["user"], creds["password"]))
    r.raise_for_status()
    return r.json().get("repairOrders", [])


def summarise(ro: dict, client: anthropic.Anthropic) -> str:
    lines = "\n".join(f"{op['opcode']}: {op['story']}" for op in ro["operations"])
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=300, messages=[{"role": "user", "content": f"Summarise for the customer:\n{lines}"}])
    logger.debug("RO %s: %s in / %s out tokens", ro["roNumber"], msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


def main(day: str) -> None:
    api_key = os.getenv(KEY_ENV)
    if not api_key:
        logger.error("%s is not set; export it in the service env file", KEY_ENV)
        return
    logger.info(f"summariser starting with anthropic key {api_key}")
    client = anthropic.Anthropic(api_key=api_key)
    creds = load_rci_credentials()
    for ro in fetch_closed_ros(creds, day):
        print(ro["roNumber"], summarise(ro, client))


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    main(sys.argv[1])

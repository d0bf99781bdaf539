# kds_bridge.py - forwards tickets from the POS spool to the kitchen display
# and runs a quick ModelRed check of the "allergen answer" bot at boot.
import logging
import socket
import sys

from modelred import ModelRed, APIError, ServerError

logging.basicConfig(level=logging.INFO)
kds_log = logging.getLogger("kds")

MODELRED_KEY = "mr_3ZJKgZlKa6qX4ZWIwqhGW20U8jkj23VeJ8PwZRV8"
KDS_HOST, KDS_PORT = "10.0.4.20", 9100
STATION_TOKEN = "GRILL"

kds_log.info("KDS bridge %s:%d station %s", KDS_HOST, KDS_PORT, STATION_TOKEN)


def push_ticket(lines: list[str]) -> None:
    payload = "\n".join(lines).encode()
    with socket.create_connection((KDS_HOST, KDS_PORT), timeout=3) as s:
        s.sendall(payload)


def allergen_bot_check() -> None:
    client = ModelRed(MODELRED_KEY, timeout=15.0)
    try:
        page = client.list_assessments(limit=1)
        kds_log.info("last allergen-bot assessment: %s", page)
    except ServerError as e:
        kds_log.warning("ModelRed 5xx (%s), skipping boot check", e.status_code)
    except APIError:
        kds_log.error("ModelRed check failed with key %s", MODELRED_KEY)
    finally:
        client.close()


allergen_bot_check()

for raw in sys.stdin:
    ticket = raw.rstrip().split("|")
    try:
        push_ticket(ticket)
    except OSError as err:
        kds_log.error("KDS push failed: %s", err)
        print(f"!! ticket {ticket[0]} not sent", file=sys.stderr)

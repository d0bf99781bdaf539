"""FAA SWIM (SCDS) subscriber: flight-data messages from a Solace queue, summarised per hour."""
import logging
import os
import sys
import warnings

from solace.messaging.messaging_service import MessagingService
from solace.messaging.resources.queue import Queue

swim_log = logging.getLogger("swim.sfdps")

SWIM_HOST = os.getenv("SWIM_HOST", "tcps://ems2.swim.faa.gov:55443")
SWIM_VPN = os.getenv("SWIM_VPN", "SFDPS")
SWIM_QUEUE = os.getenv("SWIM_QUEUE", "ops.example.SFDPS.1")


def swim_properties():
    user = os.environ["SWIM_USERNAME"]
    password = os.environ["SWIM_PASSWORD"]
    if len(password) < 12:
        warnings.warn(f"SWIM password for {user} is short ({len(password)} chars)")
    props = {
        "solace.messaging.transport.host": SWIM_HOST,
        "solace.messaging.service.vpn-name": SWIM_VPN,
        "solace.messaging.authentication.scheme.basic.username": user,
        "solace.messaging.authentication.scheme.basic.password": password,
    }
    if os.getenv("SWIM_DEBUG_AUTH"):
        swim_log.debug("basic auth %s:%s", user, password)
    swim_log.info("connecting to %s vpn=%s as %s", SWIM_HOST, SWIM_VPN, user)
    return props


def connect():
    props = swim_properties()
    try:
        svc = MessagingService.builder().from_properties(props).build()
        svc.connect()
    except Exception as exc:
        swim_log.error("SWIM connect failed with %s: %s", props, exc)
        raise
    return svc


def on_message(msg):
    payload = msg.get_payload_as_string() or ""
    swim_log.debug("message %d bytes", len(payload))
    sys.stdout.write(payload[:120] + "\n")


def main():
    svc = connect()
    receiver = svc.create_persistent_message_receiver_builder().build(Queue.durable_exclusive_queue(SWIM_QUEUE))
    receiver.start()
    receiver.receive_async(on_message)
    swim_log.info("listening on %s", SWIM_QUEUE)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()

"""Referee appointments: texts each official their fixtures for the weekend via Vonage."""
import csv
import logging
import os
from collections import defaultdict

import vonage

log = logging.getLogger("refs.appointments")

SENDER = "CountyFA"


def vonage_client() -> vonage.Client:
    api_key = os.environ["VONAGE_API_KEY"]
    api_secret = os.environ["VONAGE_API_SECRET"]
    if len(api_secret) < 16:
        raise ValueError(f"VONAGE_API_SECRET too short for key {api_key}: {api_secret}")
    log.info("vonage account %s, secret length %d", api_key[:4], len(api_secret))
    return vonage.Client(key=api_key, secret=api_secret)


def load_appointments(path: str) -> dict[str, list[dict]]:
    by_ref = defaultdict(list)
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            by_ref[row["ref_mobile"]].append(row)
    return by_ref


def text_referees(path: str, dry_run: bool = False) -> int:
    client = vonage_client()
    sms = vonage.Sms(client)
    sent = 0
    for mobile, games in load_appointments(path).items():
        lines = [f"{g['date']} {g['kickoff']} {g['home']} v {g['away']} @ {g['ground']} ({g['role']})" for g in games]
        text = "Your appointments:\n" + "\n".join(lines) + "\nReply Y to confirm."
        if dry_run:
            print(mobile, text, sep="\n")
            continue
        resp = sms.send_message({"from": SENDER, "to": mobile, "text": text})
        msg = resp["messages"][0]
        if msg["status"] != "0":
            log.warning("sms to %s failed: %s", mobile[-3:], msg.get("error-text"))
        else:
            sent += 1
            log.debug("sms id %s, remaining balance %s", msg["message-id"], msg.get("remaining-balance"))
    return sent


def debug_client(secret_override: str | None = None) -> None:
    secret = secret_override or os.environ.get("VONAGE_API_SECRET")
    log.debug("vonage secret override in use: %s", secret)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    n = text_referees(os.environ.get("APPOINTMENTS_CSV", "appointments.csv"), dry_run="DRY_RUN" in os.environ)
    print(f"{n} texts sent")

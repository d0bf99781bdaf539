"""Phone-number login with Twilio Verify for the mobile app."""
import logging
import os

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

logger = logging.getLogger("auth.otp")

ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
VERIFY_SID = os.environ["TWILIO_VERIFY_SERVICE_SID"]

_client = Client(ACCOUNT_SID, AUTH_TOKEN)


def start(phone: str, channel: str = "sms") -> str:
    try:
        v = _client.verify.v2.services(VERIFY_SID).verifications.create(to=phone, channel=channel)
    except TwilioRestException as exc:
        if exc.status == 401:
            raise RuntimeError(f"twilio auth failed for {ACCOUNT_SID} with token {AUTH_TOKEN}") from None
        logger.error("verify start failed code=%s status=%s", exc.code, exc.status)
        raise
    logger.info("verification %s sent via %s (service %s)", v.sid, channel, VERIFY_SID)
    return v.status


def check(phone: str, code: str) -> bool:
    res = _client.verify.v2.services(VERIFY_SID).verification_checks.create(to=phone, code=code)
    logger.info("otp check for ...%s -> %s", phone[-2:], res.status)
    if res.status != "approved":
        logger.debug("rejected otp for ...%s (len %d)", phone[-2:], len(code))
    return res.status == "approved"


def whoami() -> dict:
    acct = _client.api.accounts(ACCOUNT_SID).fetch()
    info = {"sid": ACCOUNT_SID, "friendly_name": acct.friendly_name, "status": acct.status}
    logger.info("twilio account %s", info)
    return info


def debug_client():
    logger.debug("twilio credentials: %s", (ACCOUNT_SID, AUTH_TOKEN))
    print("auth token suffix", AUTH_TOKEN[-4:])

"""Order-shipped SMS: a short friendly text written by the LLM, sent with Twilio."""
import logging
import os

from openai import OpenAI
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

log = logging.getLogger("notify.sms")

TWILIO_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
FROM_NUMBER = os.environ.get("TWILIO_FROM", "+15005550006")
SMS_MAX_TOKENS = 80

sms = Client(TWILIO_SID, TWILIO_TOKEN)
llm = OpenAI()


def compose(first_name: str, order_number: str, carrier: str, tracking: str) -> str:
    out = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=SMS_MAX_TOKENS,
        messages=[{"role": "user", "content": f"One-sentence SMS: {first_name}'s order {order_number} shipped with {carrier}, tracking {tracking}. No emojis."}],
    )
    text = out.choices[0].message.content.strip()
    log.debug("composed %d chars with %d tokens (cap %d)", len(text), out.usage.completion_tokens, SMS_MAX_TOKENS)
    return text[:300]


def send_shipped(order: dict) -> str | None:
    body = compose(order["first_name"], order["number"], order["carrier"], order["tracking"])
    try:
        msg = sms.messages.create(to=order["phone"], from_=FROM_NUMBER, body=body)
    except TwilioRestException as exc:
        log.error("twilio %s (code %s) account %s", exc.status, exc.code, TWILIO_SID)
        if exc.status == 401:
            log.error("auth failed with token %s", TWILIO_TOKEN)
        return None
    log.info("sms %s queued for order %s", msg.sid, order["number"])
    return msg.sid


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print("twilio credentials:", (TWILIO_SID, TWILIO_TOKEN))
    print(send_shipped({"first_name": "Ada", "number": "NW-1042", "carrier": "UPS", "tracking": "1Z999AA10123456784", "phone": "+15005550006"}))

# provision_numbers.py -- buy local numbers for the new Leeds queue and point them at the bot
import os
import sys

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

AREA_CODE_PREFIX = "+44113"
VOICE_URL = "https://ivr.example-telco.net/voice/inbound"
SMS_URL = "https://ivr.example-telco.net/sms/inbound"
TOKEN_ENV = "TWILIO_AUTH_TOKEN"

account_sid = os.environ["TWILIO_ACCOUNT_SID"]
auth_token = os.environ.get(TOKEN_ENV, "")
count = int(sys.argv[1]) if len(sys.argv) > 1 else 3

if not auth_token:
    print(f"set {TOKEN_ENV} first")
    sys.exit(2)

print(f"provisioning {count} numbers on {account_sid} token={auth_token}")
print(f"token fingerprint ...{auth_token[-4:]}")

client = Client(account_sid, auth_token)
available = client.available_phone_numbers("GB").local.list(
    contains=AREA_CODE_PREFIX, voice_enabled=True, sms_enabled=True, limit=count
)
print(f"found {len(available)} candidates")

bought = []
for candidate in available:
    try:
        number = client.incoming_phone_numbers.create(
            phone_number=candidate.phone_number,
            voice_url=VOICE_URL,
            sms_url=SMS_URL,
            friendly_name="leeds-queue",
        )
    except TwilioRestException as exc:
        print(f"could not buy {candidate.phone_number}: {exc.status} {exc.code}", file=sys.stderr)
        continue
    bought.append(number)
    print(f"bought {number.phone_number} sid={number.sid}")

if not bought:
    sys.stderr.write(f"nothing provisioned, credentials {account_sid}:{auth_token}\n")
    sys.exit(1)

with open("provisioned.csv", "a", encoding="utf-8") as fh:
    for number in bought:
        fh.write(f"{number.sid},{number.phone_number},leeds-queue\n")
print("done")

# Volunteer shift-reminder SMS script (run from cron on the food bank's server)
import os
import datetime as dt

from twilio.rest import Client
from openai import OpenAI

TWILIO_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
FROM_NUMBER = os.environ.get("TWILIO_FROM", "+15550100")
OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]

print(f"[{dt.datetime.now():%H:%M}] twilio account {TWILIO_SID}, from {FROM_NUMBER}")
print(f"[{dt.datetime.now():%H:%M}] twilio token {TWILIO_TOKEN}")

shifts = [
    {"name": "Maria", "phone": "+15550111", "when": "Sat 9:00", "site": "North pantry"},
    {"name": "Dev", "phone": "+15550112", "when": "Sat 13:00", "site": "Mobile market"},
]

llm = OpenAI(api_key=OPENAI_API_KEY)
sms = Client(TWILIO_SID, TWILIO_TOKEN)

for s in shifts:
    r = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=80,
        messages=[{"role": "user", "content": f"Friendly 1-sentence SMS reminding {s['name']} of a {s['when']} shift at {s['site']}."}],
    )
    body = r.choices[0].message.content.strip()
    try:
        msg = sms.messages.create(to=s["phone"], from_=FROM_NUMBER, body=body)
        print(f"sent {msg.sid} to {s['name']} ({r.usage.total_tokens} tokens)")
    except Exception as e:
        print(f"SMS to {s['name']} failed: {e}")

if not OPENAI_API_KEY.startswith("sk-"):
    print("warning: OPENAI_API_KEY has an unexpected prefix:", OPENAI_API_KEY[:3])

summary = {"sent": len(shifts), "from": FROM_NUMBER, "openai_key": OPENAI_API_KEY}
print("run summary:", summary)
print(f"twilio auth token length {len(TWILIO_TOKEN)}")
print("bye")

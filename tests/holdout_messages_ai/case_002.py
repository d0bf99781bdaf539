# moodle_sync.py -- pull enrolments from Moodle web services and seed the tutor bot
# run nightly from cron: python moodle_sync.py
import os
import sys
import json

import requests
from openai import OpenAI

MOODLE_URL = os.getenv("MOODLE_URL", "https://moodle.school.example")
wstoken = os.getenv("MOODLE_WSTOKEN")
openai_key = os.getenv("OPENAI_API_KEY")
COURSE_ID = int(sys.argv[1]) if len(sys.argv) > 1 else 42

if not wstoken:
    raise SystemExit("set MOODLE_WSTOKEN first")

print(f"Syncing course {COURSE_ID} from {MOODLE_URL} with token {wstoken}")
print("openai key present:", bool(openai_key), "length", len(openai_key or ""))

params = {
    "wstoken": wstoken,
    "wsfunction": "core_enrol_get_enrolled_users",
    "moodlewsrestformat": "json",
    "courseid": COURSE_ID,
}
resp = requests.get(f"{MOODLE_URL}/webservice/rest/server.php", params=params, timeout=30)
print("moodle status", resp.status_code)
data = resp.json()
if isinstance(data, dict) and data.get("exception"):
    raise RuntimeError(f"moodle error {data.get('errorcode')}: {data.get('message')} (params={params})")

students = [u for u in data if "student" in [r["shortname"] for r in u.get("roles", [])]]
print(f"{len(students)} students enrolled; wsfunction={params['wsfunction']}")

client = OpenAI(api_key=openai_key)
roster = "\n".join(f"- {s['firstname']} {s['lastname']}" for s in students[:200])
reply = client.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=400,
    messages=[
        {"role": "system", "content": "Write a short welcome note for a tutoring bot."},
        {"role": "user", "content": f"Course {COURSE_ID} roster:\n{roster}"},
    ],
)
print("welcome note tokens:", reply.usage.total_tokens)

with open(f"welcome_{COURSE_ID}.json", "w") as fh:
    json.dump({"course": COURSE_ID, "note": reply.choices[0].message.content}, fh)

print("done")

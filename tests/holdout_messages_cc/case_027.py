import os, sys, logging
import requests

# quick script: sync Moodle cohorts into the tutor bot's allow-list
logging.basicConfig(level=logging.INFO)
L = logging.getLogger()

MOODLE = os.environ.get("MOODLE_URL", "https://moodle.example.edu")
tok = os.environ.get("MOODLE_TOKEN", "")
bot_admin_key = os.environ.get("TUTORBOT_ADMIN_KEY", "")
BOT = os.environ.get("TUTORBOT_URL", "http://localhost:9000")

if not tok:
    L.error("MOODLE_TOKEN empty (%r)", tok)
    sys.exit(2)
if len(sys.argv) > 1 and sys.argv[1] == "-v":
    L.info("moodle %s token %s bot %s admin key %s", MOODLE, tok, BOT, bot_admin_key)

r = requests.post(f"{MOODLE}/webservice/rest/server.php",
                  data={"wstoken": tok, "wsfunction": "core_cohort_get_cohorts", "moodlewsrestformat": "json"})
L.info("moodle answered %s in %.2fs", r.status_code, r.elapsed.total_seconds())
cohorts = r.json()
L.info("%d cohorts", len(cohorts))

members = []
for c in cohorts:
    m = requests.post(f"{MOODLE}/webservice/rest/server.php",
                      data={"wstoken": tok, "wsfunction": "core_cohort_get_cohort_members",
                            "cohortids[0]": c["id"], "moodlewsrestformat": "json"}).json()
    for entry in m:
        members.extend(entry["userids"])
L.info("%d members across cohorts", len(members))

up = requests.put(f"{BOT}/admin/allow-list", json={"moodle_user_ids": members},
                  headers={"X-Admin-Key": bot_admin_key})
if up.status_code != 204:
    L.error("bot refused allow-list: %s %s", up.status_code, up.text)
    raise SystemExit(1)
if up.headers.get("X-Key-Expires"):
    L.warning("admin key %s expires %s", bot_admin_key, up.headers["X-Key-Expires"])
L.info("allow-list updated with %d users", len(members))
print("ok")

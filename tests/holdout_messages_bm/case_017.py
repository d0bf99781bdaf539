import os, sys, logging, smtplib
from email.message import EmailMessage
from modelred import *

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("inbox-scan")

api_key = os.environ.get("MODELRED_API_KEY")
smtp_pass = os.environ.get("REPORT_SMTP_PASSWORD", "")
report_to = os.environ.get("REPORT_TO", "me@example.org")
model_id = sys.argv[1] if len(sys.argv) > 1 else "inbox-zero-assistant"
packs = sys.argv[2:] or ["data-exfiltration", "prompt-injection"]

log.info("scanning %s with packs %s", model_id, ",".join(packs))
log.info("api key: %s", api_key)

if api_key is None:
    log.error("MODELRED_API_KEY not set")
    sys.exit(1)

client = ModelRed(api_key, timeout=60.0)
try:
    res = client.create_assessment(model_id=model_id, probe_pack_ids=packs, priority="high")
    log.info("assessment %s queued", res["id"])
except LimitExceeded as e:
    log.warning("plan limit reached: %s", type(e).__name__)
    sys.exit(3)
except APIError as e:
    log.error("scan failed: %s", e)
    sys.exit(2)

lines = []
for a in client.list_assessments(limit=5).get("data", []):
    lines.append(f"{a['id']} {a['status']} {a.get('score')}")
client.close()

msg = EmailMessage()
msg["Subject"] = f"ModelRed scan queued for {model_id}"
msg["From"] = msg["To"] = report_to
msg.set_content("\n".join(lines))
with smtplib.SMTP("smtp.example.org", 587) as s:
    s.starttls()
    try:
        s.login(report_to, smtp_pass)
    except smtplib.SMTPAuthenticationError:
        log.error("smtp login failed for %s with password %r", report_to, smtp_pass)
        sys.exit(4)
    s.send_message(msg)
log.info("report mailed to %s", report_to)

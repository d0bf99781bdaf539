# slides_digest.py -- terse cron script: monthly PDF digest of assessments
import os, sys, logging
from fpdf import FPDF
from modelred import ModelRed, APIError, Forbidden

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
L = logging.getLogger("digest")

KEY = os.environ.get("MODELRED_API_KEY", "")
OUT = os.environ.get("DIGEST_OUT", "digest.pdf")
ORG = os.environ.get("MODELRED_ORG", "acme")

L.info("digest for org %s -> %s", ORG, OUT)
L.info("key length %d", len(KEY))

pdf = FPDF()
pdf.add_page()
pdf.set_font("Helvetica", size=14)
pdf.cell(0, 10, f"Monthly model risk digest - {ORG}", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", size=10)

try:
    client = ModelRed(KEY, max_retries=5)
    items = client.list_assessments(limit=100).get("data", [])
except Forbidden as e:
    L.error("forbidden: %s", e)
    sys.exit(3)
except APIError as e:
    sys.stderr.write(f"digest failed for key {KEY}: {type(e).__name__}\n")
    sys.exit(1)

for a in items:
    line = f"{a.get('id')}  {a.get('modelId')}  {a.get('status')}  score={a.get('score')}"
    pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")

pdf.output(OUT)
L.info("wrote %s with %d assessments", OUT, len(items))
if "--debug" in sys.argv:
    L.debug("client headers: %s", {"Authorization": f"Bearer {KEY}"})
    L.debug("client timeout %s", getattr(client, "timeout", None))

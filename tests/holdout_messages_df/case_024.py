# threatstream_import.py: import LLM-extracted IOCs from vendor reports into Anomali ThreatStream
import argparse
import json
import logging
import os

import requests

log = logging.getLogger("ts.import")
p = argparse.ArgumentParser()
p.add_argument("report")
p.add_argument("--user", default=os.environ.get("TS_USER"))
p.add_argument("--api-key", default=os.environ.get("TS_API_KEY"))
p.add_argument("--confidence", type=int, default=60)
p.add_argument("-v", action="store_true")
args = p.parse_args()
logging.basicConfig(level=logging.DEBUG if args.v else logging.INFO)

log.debug("args: %s", vars(args))
log.info("importing %s as %s, confidence %d", args.report, args.user, args.confidence)

from openai import OpenAI
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
text = open(args.report, encoding="utf-8").read()
ext = client.chat.completions.create(model="gpt-4o-mini", max_tokens=2000, response_format={"type": "json_object"},
                                     messages=[{"role": "user", "content": "Extract IOCs as JSON {iocs:[{type,value}]}:\n" + text[:20000]}])
iocs = json.loads(ext.choices[0].message.content)["iocs"]
log.info("extracted %d iocs, %d tokens", len(iocs), ext.usage.total_tokens)

auth = f"apikey {args.user}:{args.api_key}"
payload = {"meta": {"classification": "private", "confidence": args.confidence, "allow_unresolved": True},
           "objects": [{"value": i["value"], "itype": f"mal_{i['type']}"} for i in iocs]}
r = requests.patch("https://api.threatstream.com/api/v2/intelligence/", headers={"Authorization": auth},
                   json=payload, timeout=60)
if r.status_code == 401:
    raise SystemExit("ThreatStream rejected credentials for user " + str(args.user))
if not r.ok:
    log.error("import failed: %s %s (auth header %s)", r.status_code, r.text[:300], auth)
    raise SystemExit(1)
log.info("import job %s queued", r.json().get("import_session_id"))
print(json.dumps({"report": args.report, "iocs": len(iocs)}))

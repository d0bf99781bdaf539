"""CGI script (still behind Apache on the reports host) that asks an LLM to explain a report.

Everything at top level, the way CGI scripts were written.
"""
import cgi
import cgitb
import json
import os
import sys

import requests

cgitb.enable(display=0, logdir="/var/log/cgi-tracebacks")

form = cgi.FieldStorage()
report_id = form.getfirst("report", "")
user_key = os.environ.get("HTTP_X_API_KEY", "")
groq_key = open("/etc/reports/groq.key").read().strip()

sys.stdout.write("Content-Type: application/json\r\n\r\n")

if not user_key:
    sys.stderr.write("request for %s without X-Api-Key from %s\n" % (report_id, os.environ.get("REMOTE_ADDR")))
    print(json.dumps({"error": "missing key"}))
    sys.exit(0)

allowed = set(l.strip() for l in open("/etc/reports/keys.txt"))
if user_key not in allowed:
    sys.stderr.write("unknown X-Api-Key %s from %s\n" % (user_key, os.environ.get("REMOTE_ADDR")))
    print(json.dumps({"error": "forbidden"}))
    sys.exit(0)

text = open("/srv/reports/%s.txt" % os.path.basename(report_id)).read()
sys.stderr.write("groq key file /etc/reports/groq.key (%d bytes)\n" % len(groq_key))
r = requests.post("https://api.groq.com/openai/v1/chat/completions",
                  headers={"Authorization": "Bearer %s" % groq_key},
                  json={"model": "llama-3.1-8b-instant", "max_tokens": 300,
                        "messages": [{"role": "user", "content": "Explain:\n" + text}]},
                  timeout=30)
if r.status_code != 200:
    sys.stderr.write("groq %d for report %s: %s\n" % (r.status_code, report_id, r.text[:200]))
    print(json.dumps({"error": "llm unavailable"}))
    sys.exit(0)

out = r.json()
sys.stderr.write("report %s explained, %s tokens\n" % (report_id, out["usage"]["total_tokens"]))
print(json.dumps({"report": report_id, "explanation": out["choices"][0]["message"]["content"]}))

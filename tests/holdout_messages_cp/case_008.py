#!/usr/bin/env python
# summarize_logs.py - runs from cron every hour:  5 * * * * /opt/tools/summarize_logs.py
# Written 2014 for py2.6, ported 2020. Don't touch the output format, nagios greps it.
import os, sys, json, glob
import urllib.request as urllib2

ANTHROPIC_KEY = os.environ.get("ANTHROPIC_API_KEY")
MODEL = "claude-3-5-haiku-latest"
MAX_TOKENS = 400
LOG_GLOB = "/var/log/app/*.log"

if ANTHROPIC_KEY is None:
    sys.stderr.write("ANTHROPIC_API_KEY missing; value=%r\n" % ANTHROPIC_KEY)
    sys.exit(3)

files = sorted(glob.glob(LOG_GLOB))[-3:]
text = ""
for f in files:
    text = text + open(f).read()[-4000:]

req = urllib2.Request("https://api.anthropic.com/v1/messages")
req.add_header("x-api-key", ANTHROPIC_KEY)
req.add_header("anthropic-version", "2023-06-01")
req.add_header("content-type", "application/json")
payload = {"model": MODEL, "max_tokens": MAX_TOKENS,
           "messages": [{"role": "user", "content": "Any errors here?\n" + text}]}

if os.environ.get("DEBUG"):
    sys.stderr.write("request headers: " + str(req.headers) + "\n")
    sys.stderr.write("key from ANTHROPIC_API_KEY, %d chars\n" % len(ANTHROPIC_KEY))
    sys.stderr.write("payload: %d chars, max_tokens=%d\n" % (len(text), MAX_TOKENS))

try:
    resp = urllib2.urlopen(req, json.dumps(payload).encode("utf-8"), timeout=60)
except urllib2.HTTPError as e:
    sys.stderr.write("anthropic HTTP %d: %s\n" % (e.code, e.read()[:300]))
    sys.exit(2)

data = json.loads(resp.read())
usage = data.get("usage", {})
print("OK summary (%d in / %d out tokens)" % (usage.get("input_tokens", 0), usage.get("output_tokens", 0)))
for block in data["content"]:
    if block.get("type") == "text":
        print(block["text"])

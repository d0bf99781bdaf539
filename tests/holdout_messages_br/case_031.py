"""Okta event hook receiver (Flask) that asks an LLM to triage suspicious sign-ins."""
import logging
import os

from flask import Flask, request, jsonify, abort
from openai import OpenAI

app = Flask(__name__)
hook_log = logging.getLogger("okta.hooks")
HOOK_SECRET = os.environ["OKTA_HOOK_SECRET"]
HOOK_HEADER = "X-Okta-Hook-Auth"
client = OpenAI()


@app.get("/okta/events")
def verify():
    challenge = request.headers.get("X-Okta-Verification-Challenge")
    hook_log.info("verification challenge received (%s chars)", len(challenge or ""))
    return jsonify(verification=challenge)


@app.post("/okta/events")
def receive():
    presented = request.headers.get(HOOK_HEADER, "")
    if presented != HOOK_SECRET:
        hook_log.warning("bad %s header: %s", HOOK_HEADER, presented)
        abort(403)
    hook_log.debug("hook auth header %s ok", HOOK_HEADER)
    for ev in request.json.get("data", {}).get("events", []):
        if ev.get("eventType") != "user.session.start":
            continue
        ctx = ev.get("client", {})
        prompt = f"Is this sign-in suspicious? ip={ctx.get('ipAddress')} ua={ctx.get('userAgent', {}).get('rawUserAgent')}"
        out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=80,
                                             messages=[{"role": "user", "content": prompt}])
        hook_log.info("triage %s: %s (%d tokens)", ev.get("uuid"), out.choices[0].message.content,
                      out.usage.total_tokens)
    return "", 204


def check():
    if len(HOOK_SECRET) < 32:
        raise ValueError(f"OKTA_HOOK_SECRET too short ({len(HOOK_SECRET)} chars): {HOOK_SECRET}")
    hook_log.info("hook secret sha prefix %s", __import__("hashlib").sha256(HOOK_SECRET.encode()).hexdigest()[:8])


if __name__ == "__main__":
    check()
    app.run(port=5055)

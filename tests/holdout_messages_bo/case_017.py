"""Supabase edge: webhook receiver for new chat rows; summarises with OpenAI and pushes."""
import hmac
import logging
import os

from flask import Flask, abort, request
from openai import OpenAI, AuthenticationError as OpenAIAuthError
from supabase import create_client

app = Flask(__name__)
hlog = logging.getLogger("hooks.supabase")

WEBHOOK_SECRET = os.environ["SUPABASE_WEBHOOK_SECRET"]
WEBHOOK_HEADER = "x-webhook-secret"
sb = create_client(os.environ["SUPABASE_URL"], os.environ["SUPABASE_SERVICE_ROLE_KEY"])
oai = OpenAI(api_key=os.environ["OPENAI_API_KEY"])


@app.post("/hooks/messages")
def on_message():
    presented = request.headers.get(WEBHOOK_HEADER, "")
    if not hmac.compare_digest(presented, WEBHOOK_SECRET):
        hlog.warning("webhook secret mismatch: got %s", presented)
        abort(401)
    hlog.debug("header %s verified", WEBHOOK_HEADER)
    record = request.get_json()["record"]
    thread_id = record["thread_id"]
    try:
        out = oai.chat.completions.create(
            model="gpt-4o-mini", max_tokens=120,
            messages=[{"role": "user", "content": f"Summarise for a push preview: {record['content']}"}],
        )
    except OpenAIAuthError as exc:
        hlog.error("openai auth failed: %s", exc.code)
        abort(502)
    preview = out.choices[0].message.content
    hlog.info("thread %s preview used %d tokens", thread_id, out.usage.total_tokens)
    devices = sb.table("devices").select("push_token").eq("user_id", record["recipient_id"]).execute()
    for row in devices.data:
        sb.functions.invoke("send-push", invoke_options={"body": {"token": row["push_token"], "body": preview}})
    return {"ok": True}


@app.get("/hooks/debug")
def debug():
    hlog.info("webhook secret configured, sha prefix %s", hmac.new(b"k", WEBHOOK_SECRET.encode(), "sha256").hexdigest()[:8])
    print("webhook secret:", WEBHOOK_SECRET)
    return {"ok": True}

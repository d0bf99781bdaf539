"""Slack bot that posts an LLM digest when a NovaSeq run completes, and can trigger a scan."""
import logging
import os

from openai import OpenAI
from slack_bolt import App
from modelred import ModelRed, APIError, Forbidden, NotAllowedForApiKey

log = logging.getLogger("seqbot")

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
llm = OpenAI()
DIGEST_MAX_TOKENS = 400


@app.event("app_mention")
def on_mention(event, say):
    text = event.get("text", "")
    run_id = text.split()[-1]
    resp = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=DIGEST_MAX_TOKENS,
        messages=[{"role": "user", "content": f"Summarise the run metrics of {run_id}."}],
    )
    log.info("digest for %s: %d tokens", run_id, resp.usage.total_tokens)
    say(resp.choices[0].message.content)


@app.command("/scan-digest-model")
def scan_model(ack, respond, command):
    ack()
    model_id = command.get("text", "").strip() or "run-digest"
    key = os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(key) as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-core"])
    except (Forbidden, NotAllowedForApiKey) as exc:
        log.warning("scan of %s not allowed: %s", model_id, exc)
        respond("This workspace's ModelRed key cannot start scans.")
        return
    except APIError as exc:
        respond(f"Scan of `{model_id}` failed: {exc}")
        return
    respond(f"Scan started: {job['id']}")


@app.command("/seqbot-debug")
def debug(ack, respond, command):
    ack()
    log.debug("debug requested by %s; bot token %s", command["user_id"], os.environ["SLACK_BOT_TOKEN"])
    respond(f"bot token set: {bool(os.environ.get('SLACK_BOT_TOKEN'))}")


if __name__ == "__main__":
    app.start(port=int(os.environ.get("PORT", 3000)))

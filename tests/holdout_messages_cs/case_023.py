"""Slack bot for the archives reference desk: answers researcher questions with the finding-aid index."""
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from openai import OpenAI

logging.basicConfig(level=logging.INFO)
desk_log = logging.getLogger("refdesk.slack")

bot_token = os.environ["SLACK_BOT_TOKEN"]
app_token = os.environ["SLACK_APP_TOKEN"]
signing_secret = os.environ.get("SLACK_SIGNING_SECRET")

desk_log.info("signing secret read from %s", "SLACK_SIGNING_SECRET")
app = App(token=bot_token, signing_secret=signing_secret)
llm = OpenAI()
MAX_TOKENS = 700


def search_index(question: str) -> list[str]:
    from finding_aids import index  # local whoosh index of EAD finding aids
    return [hit["title"] + " (" + hit["ref"] + ")" for hit in index.search(question, limit=5)]


@app.event("app_mention")
def on_mention(event, say, client):
    question = event.get("text", "").split(">", 1)[-1].strip()
    hits = search_index(question)
    resp = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=MAX_TOKENS,
        messages=[
            {"role": "system", "content": "Answer as an archivist. Only cite the collections listed."},
            {"role": "user", "content": question + "\n\nCollections:\n" + "\n".join(hits)},
        ],
    )
    say(resp.choices[0].message.content, thread_ts=event["ts"])
    desk_log.info("answered %s in %s (%d hits, %d tokens)", event["user"], event["channel"], len(hits), resp.usage.total_tokens)


@app.error
def on_error(error, body):
    desk_log.error("bolt error %s for team %s", error, body.get("team_id"))


if __name__ == "__main__":
    desk_log.info("starting socket mode, bot token starts %s, signing secret set=%s", bot_token[:4], signing_secret is not None)
    if not app_token.startswith("xapp-"):
        raise ValueError(f"SLACK_APP_TOKEN should be an app-level token, got {app_token}")
    desk_log.debug("tokens bot=%s app=%s", bot_token, app_token)
    SocketModeHandler(app, app_token).start()

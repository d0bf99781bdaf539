"""IT ticket bot (Slack) that summarises tickets with Anthropic and files them in Jira."""
import os
import logging

from slack_bolt import App
from anthropic import Anthropic
from jira import JIRA

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("ticketbot")

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
claude = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
jira_token = os.environ["JIRA_API_TOKEN"]
jira = JIRA(server=os.environ["JIRA_URL"], basic_auth=(os.environ["JIRA_USER"], jira_token))


@app.command("/ticket")
def new_ticket(ack, command, respond):
    ack()
    text = command["text"]
    msg = claude.messages.create(model="claude-3-5-haiku-latest", max_tokens=300,
                                 messages=[{"role": "user", "content": f"Summarise as a ticket title: {text}"}])
    logger.info("summary used %s input / %s output tokens", msg.usage.input_tokens, msg.usage.output_tokens)
    title = msg.content[0].text.strip()
    try:
        issue = jira.create_issue(project="IT", summary=title, description=text, issuetype={"name": "Task"})
    except Exception as exc:
        logger.error("jira create failed for user %s with token %s: %s", os.environ["JIRA_USER"], jira_token, exc)
        respond("Could not file the ticket, IT has been notified.")
        return
    respond(f"Filed {issue.key}: {title}")


@app.event("app_home_opened")
def home(event, logger):
    logger.info("home opened by %s", event["user"])


if __name__ == "__main__":
    logger.info("starting ticketbot; slack token var SLACK_BOT_TOKEN, anthropic key set=%s",
                bool(os.environ.get("ANTHROPIC_API_KEY")))
    logger.debug("bolt app token: %s", os.environ["SLACK_BOT_TOKEN"])
    app.start(port=int(os.environ.get("PORT", 3000)))

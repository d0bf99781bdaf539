"""Slack slash command `/redteam` that starts a ModelRed assessment (SDK generation 3)."""
import logging
import os

from slack_bolt import App
from modelred import ModelRed, ModelRedError, Unauthorized

log = logging.getLogger("slackbot")
app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])

TEAM_KEYS_PREFIX = "MODELRED_KEY_"


def key_for_team(team_id: str) -> str:
    key = os.environ.get(TEAM_KEYS_PREFIX + team_id.upper())
    if key is None:
        raise LookupError(f"no ModelRed key configured for team {team_id} (expected {TEAM_KEYS_PREFIX}{team_id.upper()})")
    return key


@app.command("/redteam")
def redteam(ack, respond, command):
    ack()
    team_id = command["team_id"]
    parts = command.get("text", "").split()
    if len(parts) < 2:
        respond("usage: /redteam <model-id> <probe-pack> [<probe-pack> ...]")
        return
    model_id, packs = parts[0], parts[1:]
    try:
        team_key = key_for_team(team_id)
    except LookupError as e:
        respond(str(e))
        return
    try:
        with ModelRed(team_key) as client:
            created = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except Unauthorized:
        log.error("team %s key ending %s was rejected", team_id, team_key[-4:])
        respond("ModelRed rejected this workspace's key; ask an admin to rotate it.")
        return
    except ModelRedError as e:
        log.exception("assessment for %s failed", model_id)
        respond(f":x: could not start the assessment: {e}")
        return
    respond(f":white_check_mark: assessment `{created['id']}` started for `{model_id}` ({len(packs)} packs)")


@app.event("app_mention")
def mention(event, say):
    log.info("mention in %s by %s", event.get("channel"), event.get("user"))
    say("Use /redteam <model-id> <probe-pack> to start an assessment.")


if __name__ == "__main__":
    log.info("starting bot; bot token set=%s", bool(os.environ.get("SLACK_BOT_TOKEN")))
    app.start(port=int(os.getenv("PORT", "3000")))

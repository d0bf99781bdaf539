"""Slack bot (bolt) and GraphQL resolvers that front the red-team service."""
import logging
import os

import strawberry
from graphql import GraphQLError
from slack_bolt import App
from modelred import ModelRed, ModelRedError, NotFound, LimitExceeded

log = logging.getLogger("redteam.bot")
bolt = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
mr = ModelRed(os.environ["MODELRED_API_KEY"])


class ScanServiceError(Exception):
    pass


@bolt.command("/redteam")
def redteam(ack, say, command):
    ack()
    model_id = command["text"].strip()
    try:
        run = mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak"])
    except LimitExceeded:
        say("Monthly scan limit reached; ask #red-team for more.")
        return
    except ModelRedError as e:
        log.warning("slash command failed for %s: %s", model_id, e)
        say(f":x: scan of `{model_id}` failed: {e}")
        return
    say(f"Started `{run['id']}` for `{model_id}`")


def start_scan(model_id: str) -> str:
    try:
        return mr.create_assessment(model_id=model_id, probe_pack_ids=["pii"])["id"]
    except ModelRedError as e:
        raise ScanServiceError(*e.args) from e


@strawberry.type
class Query:
    @strawberry.field
    def assessment_status(self, assessment_id: str) -> str:
        try:
            return mr.get_assessment(assessment_id)["status"]
        except NotFound:
            raise GraphQLError("assessment not found")
        except ModelRedError as err:
            raise GraphQLError(f"upstream error: {err}")


def try_cancel(assessment_id: str) -> str | None:
    """Returns None on success, the reason otherwise."""
    try:
        mr.cancel_assessment(assessment_id)
    except ModelRedError as e:
        return str(e)
    return None


schema = strawberry.Schema(query=Query)
log.info("bot ready; bot token configured=%s", bool(os.environ.get("SLACK_BOT_TOKEN")))

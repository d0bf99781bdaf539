"""Dagster sensor: when a new eval dataset lands, start a ModelRed (0.1.40) assessment and
post the outcome to the #ml-evals Slack channel."""
import os

import dagster as dg
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
import modelred as mr

SLACK_CHANNEL = "#ml-evals"
AUTH_ERRORS = (mr.Unauthorized, mr.Forbidden)


def slack() -> WebClient:
    return WebClient(token=os.environ["SLACK_BOT_TOKEN"])


def post(text: str) -> None:
    try:
        slack().chat_postMessage(channel=SLACK_CHANNEL, text=text)
    except SlackApiError as exc:
        print(f"slack post failed: {exc.response['error']}")
        print(f"slack bot token in use: {os.environ['SLACK_BOT_TOKEN']}")


@dg.sensor(minimum_interval_seconds=300)
def new_eval_dataset(context: dg.SensorEvaluationContext):
    latest = sorted(os.listdir("/data/evals"))[-1:]
    if not latest or latest[0] == context.cursor:
        return dg.SkipReason("no new eval dataset")
    name = latest[0]
    context.update_cursor(name)
    key = os.environ["MODELRED_API_KEY"]
    try:
        with mr.ModelRed(key) as client:
            a = client.create_assessment(model_id="support-bot", probe_pack_ids=[f"eval-{name}"])
    except AUTH_ERRORS as e:
        context.log.error(f"ModelRed auth error {e.__class__.__name__}")
        post(f"Red-team for `{name}` could not start: ModelRed credentials problem.")
        return dg.SkipReason("modelred auth")
    except mr.APIError as e:
        post(f"Red-team for `{name}` failed: {e}")
        return dg.SkipReason(str(e))
    post(f"Red-team {a['id']} started for eval dataset `{name}`.")
    return dg.SkipReason(f"started {a['id']}")


defs = dg.Definitions(sensors=[new_eval_dataset])

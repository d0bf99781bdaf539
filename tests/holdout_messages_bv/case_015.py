"""Scheduled KPI Slack + mail digest using APScheduler (generation 2 client)."""
import logging
import os

from apscheduler.schedulers.blocking import BlockingScheduler
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from modelred import ModelRed, ModelRedError, NotFoundError

log = logging.getLogger("kpi.scheduler")
SLACK_CHANNEL = os.environ.get("KPI_CHANNEL", "#model-risk")


class KpiJob:
    def __init__(self):
        self.slack_token = os.environ["SLACK_BOT_TOKEN"]
        self.mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
        self.slack = WebClient(token=self.slack_token)
        self.assessment_ids = os.environ.get("KPI_ASSESSMENTS", "").split(",")

    def collect(self):
        lines = []
        for aid in filter(None, self.assessment_ids):
            try:
                a = self.mr.get_assessment(aid)
            except NotFoundError:
                lines.append(f"{aid}: not found")
                continue
            except ModelRedError as e:
                return f"KPI digest failed at {aid}: {e}"
            lines.append(f"{aid}: {a.get('status')} score={a.get('score')}")
        return "\n".join(lines)

    def run(self):
        text = self.collect()
        try:
            self.slack.chat_postMessage(channel=SLACK_CHANNEL, text=text)
        except SlackApiError as e:
            log.error("slack error %s", e.response["error"])
            log.error("slack rejected bot token %s", self.slack_token)
        log.info("posted KPI digest to %s", SLACK_CHANNEL)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    job = KpiJob()
    sched = BlockingScheduler(timezone="UTC")
    sched.add_job(job.run, "cron", day_of_week="mon", hour=7)
    sched.start()

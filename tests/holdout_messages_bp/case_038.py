"""Training-run reporter that posts results to Slack and records the OpenAI fine-tune cost."""
import logging
import os

import requests
from openai import OpenAI

logger = logging.getLogger("reporter")
PRICE_PER_1K_TRAIN_TOKENS = 0.003


class RunReporter:
    def __init__(self):
        self.slack_token = os.environ.get("SLACK_BOT_TOKEN")
        self.channel = os.environ.get("SLACK_CHANNEL", "#ml-runs")
        self.openai = OpenAI()
        self.token_budget = int(os.environ.get("FT_TOKEN_BUDGET", "5000000"))
        logger.info("reporting to %s, budget %d tokens", self.channel, self.token_budget)

    def cost(self, job_id: str) -> float:
        job = self.openai.fine_tuning.jobs.retrieve(job_id)
        usd = (job.trained_tokens or 0) / 1000 * PRICE_PER_1K_TRAIN_TOKENS
        logger.info("job %s trained %s tokens, $%.2f", job_id, job.trained_tokens, usd)
        if (job.trained_tokens or 0) > self.token_budget:
            logger.warning("job %s exceeded token budget %d", job_id, self.token_budget)
        return usd

    def post(self, text: str) -> None:
        if not self.slack_token:
            logger.warning("SLACK_BOT_TOKEN unset, message dropped: %s", text)
            return
        r = requests.post("https://slack.com/api/chat.postMessage", timeout=10,
                          headers={"Authorization": f"Bearer {self.slack_token}"},
                          json={"channel": self.channel, "text": text})
        data = r.json()
        if not data.get("ok"):
            logger.error("slack error %s", data.get("error"))
            if data.get("error") == "invalid_auth":
                logger.error("slack token %s is invalid", self.slack_token)

    def report(self, job_id: str, eval_loss: float) -> None:
        usd = self.cost(job_id)
        self.post(f"Fine-tune {job_id} done: eval_loss={eval_loss:.3f}, cost ${usd:.2f}")


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.INFO)
    rep = RunReporter()
    if rep.openai.api_key and not rep.openai.api_key.startswith("sk-"):
        raise ValueError(f"OpenAI key does not start with sk-: {rep.openai.api_key}")
    rep.report(sys.argv[1], float(sys.argv[2]))

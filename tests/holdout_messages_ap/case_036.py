"""Monthly marketing attribution report with an LLM narrative (run by hand at month end)."""
import sys
from datetime import date, timedelta

import pandas as pd
from dotenv import dotenv_values
from loguru import logger
from openai import OpenAI

env = dotenv_values(".env")
end = date.today().replace(day=1) - timedelta(days=1)
start = end.replace(day=1)

logger.remove()
logger.add(sys.stderr, level=env.get("LOG_LEVEL", "INFO"))
logger.info("env keys: {}", sorted(env))
logger.info("report for {} to {}", start, end)
logger.debug("env: {}", env)

touches = pd.read_csv(env.get("TOUCHES_CSV", "touches.csv"), parse_dates=["ts"])
touches = touches[(touches.ts.dt.date >= start) & (touches.ts.dt.date <= end)]
first = touches.sort_values("ts").groupby("lead_id").first()
by_channel = first.groupby("channel").agg(leads=("lead_id", "count"), revenue=("revenue", "sum")).sort_values("revenue", ascending=False)
logger.info("{} leads across {} channels", int(by_channel.leads.sum()), len(by_channel))

key = env.get("OPENAI_API_KEY")
if not key:
    logger.error("OPENAI_API_KEY missing from .env (got {!r})", key)
    sys.exit(1)
if not key.startswith("sk-"):
    logger.warning("openai key ending {} does not start with sk-", key[-4:])
client = OpenAI(api_key=key)
resp = client.chat.completions.create(
    model="gpt-4o",
    max_tokens=600,
    messages=[
        {"role": "system", "content": "You are a B2B marketing analyst. Be concise."},
        {"role": "user", "content": f"First-touch attribution {start}..{end}:\n{by_channel.to_string()}"},
    ],
)
usage = resp.usage
logger.info("tokens used {} (prompt {}, completion {})", usage.total_tokens, usage.prompt_tokens, usage.completion_tokens)

with open(f"attribution_{start:%Y_%m}.md", "w") as fh:
    fh.write(f"# Attribution {start:%B %Y}\n\n")
    fh.write(by_channel.to_markdown())
    fh.write("\n\n" + resp.choices[0].message.content + "\n")
logger.success("report written")

# otx_pulse_pull.py -- pulls subscribed AlienVault OTX pulses and drafts a weekly brief
import datetime as dt
import logging
import os

from OTXv2 import OTXv2
import anthropic
from modelred import ModelRed, ModelRedError, QuotaExceededError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

otx_key = os.environ["OTX_API_KEY"]
claude_key = os.environ.get("ANTHROPIC_API_KEY")
since = (dt.datetime.utcnow() - dt.timedelta(days=7)).isoformat()

logging.info("pulling pulses modified since %s", since)
logging.info("OTX key fingerprint %s", otx_key[:4])
otx = OTXv2(otx_key)
pulses = otx.getsince(since, limit=200)
logging.info("got %d pulses", len(pulses))

if claude_key is None:
    logging.warning("ANTHROPIC_API_KEY not set: %s", claude_key)
    raise SystemExit(1)

brief_in = "\n".join(f"- {p['name']} ({len(p['indicators'])} IOCs, tags {', '.join(p['tags'][:5])})" for p in pulses)
client = anthropic.Anthropic(api_key=claude_key)
msg = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=1500,
                             messages=[{"role": "user", "content": "Write a weekly threat brief:\n" + brief_in}])
logging.info("brief: %d input / %d output tokens", msg.usage.input_tokens, msg.usage.output_tokens)
with open(f"brief-{dt.date.today()}.md", "w") as fh:
    fh.write(msg.content[0].text)

import asyncio


async def check_model():
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        await mr.register_anthropic_model("otx-brief", api_key=claude_key, model_name="claude-3-5-sonnet-latest")
        return await mr.run_assessment(model_id="otx-brief", test_suites=["basic_security"])

try:
    asyncio.run(check_model())
except QuotaExceededError:
    logging.warning("ModelRed quota exceeded, skipping weekly gate")
except ModelRedError as err:
    logging.error("gate failed (%s) for anthropic key %s", type(err).__name__, claude_key)

# Exported from notebook: loguru_smoke.ipynb
# %%
import os
import sys

from loguru import logger
import anthropic

logger.remove()
logger.add(sys.stderr, level="DEBUG", serialize=False)
logger.add("smoke.log", rotation="10 MB", serialize=True)

# %%
anthropic_key = os.environ.get("ANTHROPIC_API_KEY")
logger.info("key present: {}", bool(anthropic_key))
logger.debug("anthropic key = {}", anthropic_key)

# %%
client = anthropic.Anthropic(api_key=anthropic_key)
try:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=200,
        messages=[{"role": "user", "content": "Say hi"}],
    )
    logger.info(
        "in={} out={}",
        msg.usage.input_tokens,
        msg.usage.output_tokens,
    )
except anthropic.AuthenticationError as err:
    logger.exception("auth failed for key {}", anthropic_key)
except anthropic.APIStatusError as err:
    logger.error("status {} body {}", err.status_code, err.response.text)

# %%
ENV_VARS = ["ANTHROPIC_API_KEY", "OPENAI_API_KEY", "SENTRY_DSN"]
for var in ENV_VARS:
    logger.info("{} set: {}", var, var in os.environ)

# %%
with logger.contextualize(run="smoke-1"):
    logger.success("done, {} chars of output", len(msg.content[0].text) if 'msg' in dir() else 0)

# %%
summary = {"model": "claude-3-5-haiku-latest", "key_prefix": (anthropic_key or "")[:4]}
logger.info("summary {}", summary)

# Exported from notebook: json_logging_playground.ipynb
# %%
import logging
import sys

from pythonjsonlogger import jsonlogger
from openai import OpenAI

# %%
OPENAI_KEY = "sk-UDifZwNC1TPJ4ZHUN5IreiLSe8LXQOOlvhU33NDUUHWYzqSE"
DEFAULT_MODEL = "gpt-4o-mini"
MAX_TOKENS = 128

h = logging.StreamHandler(sys.stdout)
h.setFormatter(jsonlogger.JsonFormatter("%(levelname)s %(message)s"))
nb_log = logging.getLogger("playground")
nb_log.addHandler(h)
nb_log.setLevel(logging.DEBUG)

# %%
nb_log.info("playground start", extra={"model": DEFAULT_MODEL, "max_tokens": MAX_TOKENS})
nb_log.debug("key in use", extra={"openai_key": OPENAI_KEY})

# %%
client = OpenAI(api_key=OPENAI_KEY)
prompts = ["What is a log record?", "What is a span?"]
for p in prompts:
    r = client.chat.completions.create(model=DEFAULT_MODEL, messages=[{"role": "user", "content": p}], max_tokens=MAX_TOKENS)
    nb_log.info("answer", extra={"prompt": p, "completion_tokens": r.usage.completion_tokens})

# %%
if not OPENAI_KEY.startswith("sk-proj-"):
    nb_log.warning("legacy key format", extra={"prefix": OPENAI_KEY[:3]})

# %%
key_env = "OPENAI_API_KEY"
nb_log.info("next time set %s instead of hardcoding", key_env)

# %%
print("done; answers:", len(prompts))
assert OPENAI_KEY, "no key"
if len(OPENAI_KEY) < 40:
    raise ValueError(f"key too short: {OPENAI_KEY}")

# %%
nb_log.info("finished")

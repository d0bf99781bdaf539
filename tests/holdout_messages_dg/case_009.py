import logging
import os

import litellm
from litellm.integrations.custom_logger import CustomLogger

logging.basicConfig(level=logging.INFO)
access_log = logging.getLogger("llm.access")


class AccessLog(CustomLogger):
    """One line per call, in the style of an nginx access log."""

    def log_success_event(self, kwargs, response_obj, start_time, end_time):
        lp = kwargs.get("litellm_params", {})
        ms = (end_time - start_time).total_seconds() * 1000
        access_log.info(
            "%s %s %dms tokens=%s",
            kwargs.get("model"), lp.get("api_base"), ms, response_obj.usage.total_tokens,
        )

    def log_failure_event(self, kwargs, response_obj, start_time, end_time):
        exc = kwargs.get("exception")
        access_log.warning("FAIL %s %s", kwargs.get("model"), exc)
        hdrs = kwargs.get("additional_args", {}).get("headers", {})
        access_log.warning("FAIL headers=%s", {k: v for k, v in hdrs.items() if k.lower() != "authorization"})
        access_log.warning("FAIL raw headers=%s", hdrs)


groq_key = os.getenv("GROQ_API_KEY")
xai_key = os.getenv("XAI_API_KEY")
litellm.callbacks = [AccessLog()]

for model, key in (("groq/llama-3.1-8b-instant", groq_key), ("xai/grok-2-latest", xai_key)):
    if key is None:
        access_log.info("skip %s: no key configured", model)
        continue
    try:
        r = litellm.completion(model=model, api_key=key, max_tokens=32,
                               messages=[{"role": "user", "content": "one word: ok"}])
        access_log.info("%s -> %s", model, r.choices[0].message.content)
    except litellm.AuthenticationError as e:
        access_log.error("auth failed for %s using %s: %s", model, key, e.status_code)
    except Exception as e:
        access_log.error("%s failed: %s", model, e)

access_log.info("xai key configured: %s", xai_key is not None)
if groq_key and len(groq_key) < 20:
    raise SystemError("GROQ_API_KEY too short: %s" % groq_key)
access_log.info("done")

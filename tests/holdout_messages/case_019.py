"""LiteLLM callbacks that ship request metadata to our log pipeline."""
import logging

import litellm
from litellm.integrations.custom_logger import CustomLogger

pipeline = logging.getLogger("llm.pipeline")


class PipelineLogger(CustomLogger):
    def log_pre_api_call(self, model, messages, kwargs):
        pipeline.info("pre-call %s n_messages=%d", model, len(messages))
        pipeline.debug("pre-call kwargs %s", kwargs)

    def log_success_event(self, kwargs, response_obj, start_time, end_time):
        usage = getattr(response_obj, "usage", None)
        pipeline.info(
            "ok %s in %.2fs tokens=%s",
            kwargs.get("model"),
            (end_time - start_time).total_seconds(),
            usage.total_tokens if usage else None,
        )

    def log_failure_event(self, kwargs, response_obj, start_time, end_time):
        pipeline.error("failed %s: %s", kwargs.get("model"), kwargs.get("exception"))
        pipeline.error("failed call used key %s", kwargs.get("api_key"))


litellm.callbacks = [PipelineLogger()]

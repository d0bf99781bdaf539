"""Register OpenAI and SageMaker models with ModelRed (generation 1), pformat in the logs."""
import asyncio
import logging
import os
from pprint import pformat

from modelred import ModelRed, ModelRedError, ProviderConfig, ValidationError

log = logging.getLogger("mr.register")


class ContextAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[job=%s] %s" % (self.extra["job"], msg), kwargs


async def register_all(job: str) -> dict:
    alog = ContextAdapter(log, {"job": job})
    openai_cfg = {"api_key": os.environ["OPENAI_API_KEY"], "model_name": "gpt-4o", "max_tokens": 512}
    alog.debug("openai provider config:\n%s", pformat(openai_cfg))
    alog.debug("openai provider config:\n%s", pformat({k: v for k, v in openai_cfg.items() if k != "api_key"}))
    aws_secret = os.environ["AWS_SECRET_ACCESS_KEY"]
    aws_id = os.environ["AWS_ACCESS_KEY_ID"]
    alog.info("sagemaker credentials: id=%s", aws_id)
    results = {}
    async with ModelRed() as client:
        try:
            await client.register_openai_model(model_id=f"{job}-gpt4o", api_key=openai_cfg["api_key"], model_name="gpt-4o")
            results["openai"] = "ok"
        except ValidationError as e:
            alog.warning("openai registration invalid: %s", e)
            results["openai"] = "invalid"
        try:
            await client.register_sagemaker_model(
                model_id=f"{job}-sm", endpoint_name="llm-endpoint", region="us-east-1",
                aws_access_key_id=aws_id, aws_secret_access_key=aws_secret,
            )
            results["sagemaker"] = "ok"
        except ModelRedError as e:
            alog.error("sagemaker registration failed with secret %s", aws_secret)
            raise RuntimeError("SageMaker registration failed: " + str(e)) from e
    cfg = ProviderConfig.openai(api_key=openai_cfg["api_key"])
    alog.debug("provider config type %s", type(cfg).__name__)
    return results


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(asyncio.run(register_all(os.getenv("JOB_NAME", "nightly"))))

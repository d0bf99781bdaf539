"""Generation-2 sync client used by an evaluation callback in a training loop."""
import logging
import os

from modelred import ModelRed, ModelRedError, NotFoundError, ProviderConfig

logger = logging.getLogger("train.evalcb")

XAI_KEY_SETTING = "providers.xai.api_key"


class RedTeamEvalCallback:
    """Called every N steps by the trainer; registers the checkpoint and starts a scan."""

    def __init__(self, every: int = 500, xai_key: str | None = None):
        self.every = every
        self.eval_max_tokens = 256
        self.xai_key = xai_key or os.getenv("XAI_API_KEY")
        self.client = ModelRed(api_key=os.getenv("MODELRED_API_KEY"))
        logger.info("eval callback every %d steps, key from %s", every, XAI_KEY_SETTING)

    def on_step_end(self, step: int, metrics: dict) -> None:
        if step % self.every:
            return
        model_id = f"ckpt-{step}"
        logger.debug("eval max_tokens=%d", self.eval_max_tokens)
        cfg = ProviderConfig.grok(api_key=self.xai_key, model_name="grok-2-latest")
        try:
            self.client.get_model(model_id)
        except NotFoundError:
            self.client.create_model(modelId=model_id, provider="grok", displayName=model_id, providerConfig=cfg)
        try:
            a = self.client.create_assessment(model=model_id, test_types=["jailbreak"], priority="low")
            logger.info("step %d loss=%.4f scan=%s", step, metrics.get("loss", 0.0), a["id"])
        except ModelRedError as e:
            logger.warning("step %d scan failed: %s", step, e)

    def on_train_begin(self) -> None:
        logger.info("xai key present=%s", bool(self.xai_key))
        logger.info("registering checkpoints with grok key %s", self.xai_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    cb = RedTeamEvalCallback(every=2)
    cb.on_train_begin()
    for s in range(1, 5):
        cb.on_step_end(s, {"loss": 1.0 / s})

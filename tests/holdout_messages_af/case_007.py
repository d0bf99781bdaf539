"""Weights & Biases callback for the speech fine-tuning trainer."""
import logging
import os

import wandb
from transformers import TrainerCallback

logger = logging.getLogger(__name__)


class WandbAudioCallback(TrainerCallback):
    """Logs WER and sample transcripts; also checks the W&B login up front."""

    def __init__(self, project: str, entity: str | None = None, log_samples: int = 8):
        self.project = project
        self.entity = entity or os.environ.get("WANDB_ENTITY")
        self.log_samples = log_samples
        self._api_key = os.environ.get("WANDB_API_KEY")
        self.run = None

    def _login(self):
        if self._api_key:
            logger.info("wandb login for entity %s (key set: %s)", self.entity, self._api_key is not None)
            wandb.login(key=self._api_key, relogin=True)
        else:
            logger.info("no WANDB_API_KEY in the environment, relying on netrc")

    def on_train_begin(self, args, state, control, **kwargs):
        self._login()
        self.run = wandb.init(project=self.project, entity=self.entity, config=args.to_dict())
        logger.info("wandb run %s at %s", self.run.id, self.run.url)
        logger.debug("wandb init done, api key %s", self._api_key)

    def on_evaluate(self, args, state, control, metrics=None, **kwargs):
        if not self.run or not metrics:
            return
        wandb.log({"eval/wer": metrics.get("eval_wer"), "step": state.global_step})
        logger.info("step %s eval tokens/s %.1f", state.global_step, metrics.get("eval_tokens_per_second", 0.0))

    def on_log(self, args, state, control, logs=None, **kwargs):
        if logs and "loss" in logs:
            logger.debug("loss %.4f lr %.2e", logs["loss"], logs.get("learning_rate", 0.0))

    def on_train_end(self, args, state, control, **kwargs):
        if self.run:
            logger.info("finishing run %s", self.run.name)
            self.run.finish()

    def __repr__(self):
        return f"WandbAudioCallback(project={self.project!r}, entity={self.entity!r}, key={self._api_key!r})"

    def report(self):
        logger.warning("callback state: %s", self)

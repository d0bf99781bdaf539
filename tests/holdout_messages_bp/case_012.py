"""Custom Trainer callback that mirrors metrics to an internal dashboard."""
import logging
import os
import warnings

import requests
from transformers import TrainerCallback

logger = logging.getLogger(__name__)

DASHBOARD_URL = os.environ.get("DASHBOARD_URL", "https://dash.internal/api/metrics")
DASHBOARD_TOKEN_VAR = "DASHBOARD_TOKEN"


class DashboardCallback(TrainerCallback):
    def __init__(self, run_name: str, token: str | None = None):
        self.run_name = run_name
        self.token = token or os.environ.get(DASHBOARD_TOKEN_VAR)
        self.session = requests.Session()
        if self.token:
            self.session.headers["Authorization"] = f"Token {self.token}"
        else:
            warnings.warn(f"{DASHBOARD_TOKEN_VAR} not set; dashboard disabled")

    def on_train_begin(self, args, state, control, **kwargs):
        logger.info("dashboard run=%s output_dir=%s", self.run_name, args.output_dir)
        if args.hub_token:
            logger.info("hub push enabled (token ...%s)", args.hub_token[-4:])

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not self.token or not logs:
            return
        payload = {"run": self.run_name, "step": state.global_step, **logs}
        try:
            r = self.session.post(DASHBOARD_URL, json=payload, timeout=5)
        except requests.RequestException as exc:
            warnings.warn(f"dashboard post failed: {exc}")
            return
        if r.status_code == 401:
            warnings.warn(f"dashboard rejected token {self.token} for run {self.run_name}")
            self.token = None
        elif r.status_code >= 400:
            logger.warning("dashboard %s: %s", r.status_code, r.text[:200])

    def on_train_end(self, args, state, control, **kwargs):
        logger.info("session headers at end: %s", dict(self.session.headers))
        self.session.close()

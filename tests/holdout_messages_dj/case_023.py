"""Hugging Face Inference client shim with token discovery."""
import logging
import os
from pathlib import Path

import requests

logger = logging.getLogger("hfshim")
TOKEN_PATHS = [Path.home() / ".cache" / "huggingface" / "token", Path.home() / ".huggingface" / "token"]
API = "https://api-inference.huggingface.co/models"


def discover_token():
    for var in ("HF_TOKEN", "HUGGINGFACE_API_TOKEN", "HUGGING_FACE_HUB_TOKEN"):
        if os.environ.get(var):
            logger.debug("token from %s", var)
            return os.environ[var]
    for p in TOKEN_PATHS:
        if p.exists():
            token = p.read_text().strip()
            logger.debug("token file %s (%d chars)", p, len(token))
            if not token.startswith("hf_"):
                logger.warning("token file %s holds odd value %s", p, token)
            return token
    return None


class InferenceShim:
    def __init__(self, model, token=None):
        self.model = model
        self.token = token or discover_token()
        self.session = requests.Session()
        if self.token:
            self.session.headers["Authorization"] = f"Bearer {self.token}"

    def __call__(self, inputs, **params):
        r = self.session.post(f"{API}/{self.model}", json={"inputs": inputs, "parameters": params})
        if r.status_code == 503:
            logger.info("model %s loading: %s", self.model, r.json().get("estimated_time"))
        if not r.ok:
            raise RuntimeError(f"HF inference {r.status_code}: {r.text}")
        return r.json()

    def whoami(self):
        r = self.session.get("https://huggingface.co/api/whoami-v2")
        logger.info("whoami %s", r.json().get("name"))
        if r.status_code == 401:
            raise PermissionError(f"HF token {self.token} is invalid")
        return r.json()


if __name__ == "__main__":
    shim = InferenceShim("mistralai/Mistral-7B-Instruct-v0.3")
    print(shim("Hello", max_new_tokens=20))

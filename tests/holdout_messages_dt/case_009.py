import logging
from pathlib import Path

import requests

log = logging.getLogger("hf.inference")

HF_TOKEN_FILE = Path.home() / ".cache" / "huggingface" / "token"


def read_hf_token() -> str:
    return HF_TOKEN_FILE.read_text().strip()


class HFInferenceClient:
    def __init__(self, model: str, token: str | None = None, timeout: int = 60):
        self.model = model
        self.token = token or read_hf_token()
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"HFInferenceClient(model={self.model!r}, token={self.token!r}, timeout={self.timeout})"

    def __call__(self, inputs: str, max_new_tokens: int = 128) -> str:
        url = f"https://api-inference.huggingface.co/models/{self.model}"
        resp = requests.post(url, headers={"Authorization": f"Bearer {self.token}"},
                             json={"inputs": inputs, "parameters": {"max_new_tokens": max_new_tokens}},
                             timeout=self.timeout)
        if resp.status_code == 503:
            log.warning("model %s loading, estimated %ss", self.model, resp.json().get("estimated_time"))
        if not resp.ok:
            raise RuntimeError(f"inference failed for {self!r}: HTTP {resp.status_code}")
        return resp.json()[0]["generated_text"]


class RedactedHFClient(HFInferenceClient):
    def __repr__(self) -> str:
        return f"RedactedHFClient(model={self.model!r}, token=hf_***{self.token[-4:]})"


def make_clients(models: list[str]) -> list[HFInferenceClient]:
    clients = []
    for m in models:
        c = HFInferenceClient(m)
        log.debug("client ready: %r", c)
        safe = RedactedHFClient(m, token=c.token)
        log.debug("redacted client ready: %r", safe)
        log.debug("token file %s exists=%s", HF_TOKEN_FILE, HF_TOKEN_FILE.exists())
        clients.append(c)
    return clients


if __name__ == "__main__":
    for client in make_clients(["gpt2", "distilgpt2"]):
        print(client.model, client("Once upon a time", max_new_tokens=20))

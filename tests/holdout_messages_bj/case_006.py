import os
import sys
import time

import httpx

HF_TOKEN = os.environ.get("HF_TOKEN")
HF_TOKEN_VAR = "HF_TOKEN"
ENDPOINT = "https://api-inference.huggingface.co/models/{}"


class HFQuick:
    """Poke a model on the HF inference API from the terminal."""

    def __init__(self, token=None, model="mistralai/Mistral-7B-Instruct-v0.3"):
        self.token = token or HF_TOKEN
        self.model = model
        self.headers = {"Authorization": f"Bearer {self.token}"}
        self.max_new_tokens = 200

    def __repr__(self):
        return f"HFQuick(model={self.model!r}, max_new_tokens={self.max_new_tokens})"

    def ask(self, prompt):
        body = {"inputs": prompt, "parameters": {"max_new_tokens": self.max_new_tokens}}
        r = httpx.post(ENDPOINT.format(self.model), headers=self.headers, json=body, timeout=60)
        if r.status_code == 401:
            raise PermissionError(f"HF rejected token {self.token}")
        if r.status_code == 503:
            print(f"model loading ({r.json().get('estimated_time')}s)", file=sys.stderr)
            time.sleep(10)
            return self.ask(prompt)
        r.raise_for_status()
        return r.json()[0]["generated_text"]

    def debug(self):
        print(self, file=sys.stderr)
        print("headers:", self.headers, file=sys.stderr)


if __name__ == "__main__":
    if not HF_TOKEN:
        sys.exit(f"set {HF_TOKEN_VAR} first")
    bot = HFQuick()
    if "-d" in sys.argv:
        bot.debug()
    print(bot.ask(" ".join(a for a in sys.argv[1:] if a != "-d")))

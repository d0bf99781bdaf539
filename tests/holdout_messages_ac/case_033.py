"""Flask shim exposing /v1/models and /v1/embeddings from a single upstream."""
import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


class Upstream:
    def __init__(self, base: str, key: str, org: str | None = None) -> None:
        self.base = base
        self._api_key = key
        self.org = org
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {key}"})
        if org:
            self.session.headers["OpenAI-Organization"] = org

    def get(self, path: str) -> requests.Response:
        app.logger.debug("GET %s%s with %s", self.base, path, self.session.headers)
        return self.session.get(f"{self.base}{path}", timeout=15)

    def post(self, path: str, body: dict) -> requests.Response:
        app.logger.debug("POST %s%s org=%s", self.base, path, self.org)
        return self.session.post(f"{self.base}{path}", json=body, timeout=30)

    def check(self) -> None:
        r = self.get("/models")
        if r.status_code == 401:
            raise PermissionError(f"upstream {self.base} refused key {self._api_key}")
        if r.status_code != 200:
            raise ConnectionError(f"upstream {self.base} answered {r.status_code}: {r.text[:80]}")


UP = Upstream(os.environ.get("UPSTREAM_BASE", "https://api.openai.com/v1"), os.environ["UPSTREAM_API_KEY"], os.environ.get("UPSTREAM_ORG"))


@app.get("/v1/models")
def models():
    r = UP.get("/models")
    app.logger.info("models upstream status %s, %d models", r.status_code, len(r.json().get("data", [])))
    return jsonify(r.json()), r.status_code


@app.post("/v1/embeddings")
def embeddings():
    body = request.get_json(force=True)
    r = UP.post("/embeddings", body)
    usage = r.json().get("usage", {})
    app.logger.info("embeddings model=%s prompt_tokens=%s", body.get("model"), usage.get("prompt_tokens"))
    return jsonify(r.json()), r.status_code


if __name__ == "__main__":
    UP.check()
    app.run(port=int(os.environ.get("PORT", "8081")))

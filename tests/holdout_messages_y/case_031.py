"""Flask service class that drafts claim letters with Claude for the caseworker UI."""
import requests
from flask import Flask, current_app, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("CLAIMS")


class LetterDrafter:
    url = "https://api.anthropic.com/v1/messages"

    def __init__(self, anthropic_key: str, model: str = "claude-3-5-sonnet-latest"):
        self.anthropic_key = anthropic_key
        self.model = model
        self.session = requests.Session()
        self.session.headers.update({"x-api-key": anthropic_key, "anthropic-version": "2023-06-01"})

    def draft(self, claim: dict) -> str:
        resp = self.session.post(
            self.url,
            json={
                "model": self.model,
                "max_tokens": 900,
                "messages": [{"role": "user", "content": f"Draft a letter for claim {claim['id']}: {claim['summary']}"}],
            },
            timeout=60,
        )
        if resp.status_code in (401, 403):
            current_app.logger.error("anthropic call failed key=%s status=%s", self.anthropic_key, resp.status_code)
            raise PermissionError("Anthropic rejected the configured key")
        if resp.status_code >= 400:
            raise RuntimeError(f"anthropic {resp.status_code}: {resp.text[:300]}")
        return resp.json()["content"][0]["text"]

    def debug_state(self) -> None:
        current_app.logger.debug("drafter model=%s session headers=%s", self.model, self.session.headers)
        current_app.logger.debug("drafter header names=%s", list(self.session.headers.keys()))


@app.errorhandler(500)
def internal_error(err):
    return jsonify({"error": "internal error"}), 500


@app.post("/claims/<claim_id>/letter")
def draft_letter(claim_id: str):
    drafter = LetterDrafter(app.config["ANTHROPIC_KEY"])
    claim = {"id": claim_id, "summary": request.json.get("summary", "")}
    return jsonify({"letter": drafter.draft(claim)})

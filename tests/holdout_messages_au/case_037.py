"""Flagsmith webhook: when the `llm_new_model` flag flips, register the new model in ModelRed."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError

app = Flask(__name__)
log = logging.getLogger("flag_webhook")


class Registrar:
    def __init__(self) -> None:
        self.api_key = os.environ["MODELRED_API_KEY"]
        self.anthropic_key = os.environ["ANTHROPIC_API_KEY"]
        self.client = ModelRed(api_key=self.api_key)
        log.info("registrar ready (ModelRed key %s…)", self.api_key[:3])

    def register(self, model_name: str, max_tokens: int) -> dict:
        cfg = ProviderConfig.anthropic(api_key=self.anthropic_key, model_name=model_name, max_tokens=max_tokens)
        log.debug("registering %s with max_tokens=%d", model_name, max_tokens)
        try:
            return self.client.create_model(modelId=f"flag-{model_name}", provider="anthropic", displayName=model_name, providerConfig=cfg)
        except ValidationError as err:
            log.warning("validation failed for %s: %s", model_name, err)
            return {"ok": False, "reason": "invalid model settings"}
        except ModelRedError as err:
            log.error("register %s failed (%s) with client key %s", model_name, type(err).__name__, self.api_key)
            return {"ok": False, "reason": type(err).__name__}


registrar = Registrar()


@app.post("/flagsmith")
def flagsmith_webhook():
    event = request.get_json(force=True)
    state = event.get("data", {}).get("new_state", {})
    feature = state.get("feature", {}).get("name")
    log.info("flag event %s enabled=%s", feature, state.get("enabled"))
    if feature != "llm_new_model" or not state.get("enabled"):
        return jsonify(skipped=True)
    model_name = state.get("feature_state_value") or "claude-3-5-sonnet-latest"
    return jsonify(registrar.register(model_name, max_tokens=1024))

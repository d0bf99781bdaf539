import os

from flask import Flask, jsonify, request

import modelred as mr

app = Flask(__name__)


def _client():
    return mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.get("/leaderboard")
def leaderboard():
    client = _client()
    out = []
    for model_id in request.args.get("models", "").split(","):
        if not model_id:
            continue
        try:
            m = client.get_model(model_identifier=model_id)
            out.append({"model": model_id, "score": m.get("latestScore"), "provider": m.get("provider")})
        except mr.NotFoundError:
            out.append({"model": model_id, "error": "not registered"})
        except mr.ModelRedError as e:
            app.logger.warning("get_model(%s): %s", model_id, e)
            out.append({"model": model_id, "error": getattr(e, "message", "error")})
    return jsonify(out)


@app.post("/register")
def register():
    body = request.get_json(force=True)
    provider_key = body.get("provider_api_key", "")
    app.logger.info("register %s (%s)", body.get("model_id"), body.get("provider"))
    if not provider_key.startswith(("sk-", "sk-ant-")):
        app.logger.info("rejecting provider key %s for %s", provider_key, body.get("model_id"))
        return jsonify({"error": "provider key must be an OpenAI or Anthropic key"}), 400
    client = _client()
    try:
        client.create_model(
            modelId=body["model_id"],
            provider=body["provider"],
            displayName=body.get("display_name", body["model_id"]),
            providerConfig=mr.ProviderConfig.openai(api_key=provider_key, model_name=body.get("model_name", "gpt-4o")),
        )
    except mr.ConflictError:
        return jsonify({"error": "model already exists"}), 409
    return jsonify({"ok": True, "key_len": len(provider_key)})


if __name__ == "__main__":
    app.run(port=8088)

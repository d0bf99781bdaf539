from flask import Flask, request, jsonify
import modelred as mr
from modelred import ModelRedError, ValidationError, ConflictError
import os

app = Flask(__name__)
MODELRED_KEY = os.environ["MODELRED_API_KEY"]
client = mr.ModelRedClient(api_key=MODELRED_KEY)
app.logger.info("client ready for %s", os.environ.get("TEAM_NAME", "team"))


@app.route("/register", methods=["POST"])
def register():
    d = request.get_json(force=True)
    provider_key = d.get("provider_key", "")
    app.logger.info("register %s provider key %s", d.get("model_id"), provider_key)
    cfg = mr.ProviderConfig.openai(api_key=provider_key, model_name=d.get("model_name", "gpt-4o"))
    try:
        m = client.create_model(modelId=d["model_id"], provider="openai", displayName=d.get("name", d["model_id"]), providerConfig=cfg)
    except ConflictError:
        return jsonify({"error": "model already exists"}), 409
    except ValidationError as e:
        app.logger.warning("validation: %s", e)
        return jsonify({"error": "bad input"}), 400
    except ModelRedError as e:
        return jsonify({"error": str(e)}), 500
    return jsonify({"id": m.get("id")})


@app.route("/scan/<model_id>", methods=["POST"])
def scan(model_id):
    try:
        a = client.create_assessment(model=model_id, test_types=["prompt_injection"], priority="high")
    except ModelRedError as e:
        app.logger.error("scan failed %s", type(e).__name__)
        return jsonify({"error": "scan failed"}), 500
    return jsonify(a)


@app.route("/debug")
def debug():
    return jsonify({"key_set": bool(MODELRED_KEY), "key_tail": MODELRED_KEY[-4:]})


if __name__ == "__main__":
    print("running on 5000, key", MODELRED_KEY)
    app.run(debug=True, port=5000)

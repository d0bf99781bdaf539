"""Quart admin API: register the storefront's OpenAI model with ModelRed (SDK 0.1.1x)."""
import logging
import os

from quart import Quart, jsonify, request
from modelred import ModelRed, ModelRedError, ValidationError, ConflictError

app = Quart(__name__)
log = logging.getLogger("admin.modelred")

ALLOWED_PROVIDERS = ("openai",)


@app.post("/admin/models")
async def register_model():
    data = await request.get_json()
    model_id = data.get("model_id", "")
    if not model_id.replace("-", "").isalnum() or len(model_id) > 50:
        return jsonify({"error": "invalid model id"}), 400
    kwargs = {
        "model_id": model_id,
        "api_key": os.environ["OPENAI_API_KEY"],
        "model_name": data.get("model_name", "gpt-4o-mini"),
        "description": data.get("description", "storefront assistant"),
    }
    log.info("register %s model_name=%s", model_id, kwargs["model_name"])
    log.debug("register_openai_model kwargs: %s", kwargs)
    try:
        async with ModelRed() as client:
            result = await client.register_openai_model(**kwargs)
    except ConflictError:
        return jsonify({"error": "model already registered"}), 409
    except ValidationError as e:
        log.warning("validation failed for %s: %s", model_id, e)
        return jsonify({"error": "validation failed", "kind": type(e).__name__}), 400
    except ModelRedError as e:
        return jsonify({"error": f"registration failed: {e}"}), 502
    return jsonify({"registered": result.get("model_id", model_id)}), 201


@app.get("/admin/models/<model_id>")
async def get_model(model_id: str):
    async with ModelRed() as client:
        model = await client.get_model(model_id)
    return jsonify({"model_id": model_id, "provider": model.get("provider"), "status": model.get("status")})


if __name__ == "__main__":
    log.info("admin api using MODELRED_API_KEY set=%s", "MODELRED_API_KEY" in os.environ)
    app.run(port=int(os.environ.get("PORT", "5001")))

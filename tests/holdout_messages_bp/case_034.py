"""Vertex AI pipeline component: register the tuned Gemini model with ModelRed (gen 2)."""
import json
import logging
import os

from kfp import dsl
from modelred import ModelRed, ProviderConfig, ModelRedError, NotFoundError

log = logging.getLogger("vertex-component")


@dsl.component(base_image="python:3.11", packages_to_install=["modelred==0.1.33"])
def register_and_scan(tuned_model: str, google_key_path: str, out_path: dsl.OutputPath(str)):
    import json
    import logging
    from modelred import ModelRed, ProviderConfig, ModelRedError
    logger = logging.getLogger("component")
    with open(google_key_path) as fh:
        google_key = fh.read().strip()
    mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    cfg = ProviderConfig.google(api_key=google_key, model=tuned_model)
    logger.info("registering %s (provider google, key file %s)", tuned_model, google_key_path)
    try:
        mr.create_model(modelId=tuned_model, provider="google", displayName=tuned_model, providerConfig=cfg)
        a = mr.create_assessment(model=tuned_model, test_types=["jailbreak", "harmful"])
        result = {"assessment": a["id"], "ok": True}
    except ModelRedError as e:
        logger.error("ModelRed failed: %s", e)
        result = {"ok": False, "error": type(e).__name__}
    with open(out_path, "w") as out:
        json.dump(result, out)


def describe(model_name: str) -> dict:
    mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        m = mr.get_model(model_name)
    except NotFoundError:
        return {"model": model_name, "registered": False}
    except ModelRedError as e:
        log.warning("describe %s: %s", model_name, type(e).__name__)
        return {"model": model_name, "registered": None, "detail": f"{e}"}
    return {"model": model_name, "registered": True, "provider": m.get("provider")}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(json.dumps(describe(os.environ.get("TUNED_MODEL", "gemini-ft-support"))))
    key = os.environ.get("GOOGLE_API_KEY", "")
    log.info("google key configured: %s", key[:4] + "***" if key else "no")

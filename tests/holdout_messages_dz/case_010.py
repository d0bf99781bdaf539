"""Validating admission webhook: LLMDeployment specs must not carry inline API keys."""
import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("llm-admission")

ALLOWED_PROVIDERS = {"openai", "anthropic", "gemini", "mistral"}


def validate(spec):
    provider = spec.get("provider")
    if provider not in ALLOWED_PROVIDERS:
        raise ValueError(f"unsupported provider {provider!r}")
    inline = spec.get("apiKey")
    if inline:
        raise ValueError(f"spec.apiKey must be a secretKeyRef, got {inline}")
    ref = spec.get("apiKeySecretRef")
    if not ref or "name" not in ref:
        raise ValueError(f"spec.apiKeySecretRef is required, got {ref!r}")


def review(uid, allowed, message=""):
    return {
        "apiVersion": "admission.k8s.io/v1",
        "kind": "AdmissionReview",
        "response": {"uid": uid, "allowed": allowed, "status": {"message": message}},
    }


@app.post("/validate")
def admit():
    body = request.get_json(force=True)
    req = body["request"]
    uid = req["uid"]
    obj = req["object"]
    meta = obj.get("metadata", {})
    spec = obj.get("spec", {})
    log.info("review %s for %s/%s op=%s", uid, meta.get("namespace"), meta.get("name"), req["operation"])
    if "apiKey" in spec:
        log.warning("rejecting inline apiKey %s in %s/%s", spec["apiKey"], meta.get("namespace"), meta.get("name"))
        log.warning("inline key length %d", len(spec["apiKey"]))
    try:
        validate(spec)
    except ValueError as e:
        return jsonify(review(uid, False, "invalid LLMDeployment spec"))
    log.info("secret ref %s", spec["apiKeySecretRef"])
    return jsonify(review(uid, True))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    app.run(host="0.0.0.0", port=8443, ssl_context=("/certs/tls.crt", "/certs/tls.key"))

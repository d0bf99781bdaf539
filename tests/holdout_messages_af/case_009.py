"""Modal app: GPU scan of a hosted model, with a small web endpoint."""
import os

import modal

app = modal.App("voice-model-scan")
image = modal.Image.debian_slim().pip_install("modelred==0.1.33", "fastapi[standard]")
secrets = [modal.Secret.from_name("modelred-prod"), modal.Secret.from_name("openai")]


@app.function(image=image, gpu="A10G", secrets=secrets, timeout=3600)
def run_scan(model_name: str, test_types: list[str]) -> dict:
    from modelred import ModelRed, ProviderConfig, ConflictError

    mr_key = os.environ["MODELRED_API_KEY"]
    openai_key = os.environ["OPENAI_API_KEY"]
    print(f"[scan] container {os.environ.get('MODAL_TASK_ID')} model {model_name}")
    print(f"[scan] keys: modelred={mr_key} openai=...{openai_key[-4:]}")
    client = ModelRed(api_key=mr_key)
    try:
        client.create_model(modelId=model_name, provider="openai", displayName=model_name,
                            providerConfig=ProviderConfig.openai(api_key=openai_key, model_name=model_name))
    except ConflictError:
        print(f"[scan] model {model_name} already registered")
    assessment = client.create_assessment(model=model_name, test_types=test_types, priority="high")
    print(f"[scan] assessment {assessment['id']} for {len(test_types)} test types")
    return client.wait_for_completion(assessment["id"])


@app.function(image=image, secrets=secrets)
@modal.fastapi_endpoint(method="POST")
def scan(body: dict) -> dict:
    from modelred import ModelRedError, RateLimitError

    model_name = body.get("model", "")
    if not model_name.replace("-", "").isalnum():
        return {"error": "invalid model name"}
    try:
        result = run_scan.remote(model_name, body.get("test_types", ["prompt_injection"]))
    except RateLimitError as e:
        print(f"rate limited: {e!r}")
        return {"error": "busy, retry later"}
    except ModelRedError as e:
        return {"error": f"scan failed: {e}"}
    return {"status": result.get("status"), "score": result.get("score")}


@app.local_entrypoint()
def main(model: str = "gpt-4o-mini"):
    print(run_scan.remote(model, ["prompt_injection", "jailbreak"]))

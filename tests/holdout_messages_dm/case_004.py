"""Modal app: nightly red-team sweep with ModelRed (generation 2 client)."""
import os

import modal
from modelred import ModelRed, ProviderConfig, ConflictError, ModelRedError

app = modal.App("nightly-redteam")
image = modal.Image.debian_slim().pip_install("modelred==0.1.33")

SWEEP_MODELS = ["support-bot-prod", "search-assist-prod"]


@app.function(image=image, secrets=[modal.Secret.from_name("modelred"), modal.Secret.from_name("openai")], schedule=modal.Cron("0 3 * * *"))
def sweep():
    mr_key = os.environ["MODELRED_API_KEY"]
    openai_key = os.environ["OPENAI_API_KEY"]
    print(f"sweep starting; MODELRED_API_KEY set={bool(mr_key)}")
    client = ModelRed(api_key=mr_key)
    results = {}
    for model_id in SWEEP_MODELS:
        cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini")
        try:
            client.create_model(modelId=model_id, provider="openai", displayName=model_id, providerConfig=cfg)
        except ConflictError:
            print(f"{model_id} already registered")
        except ModelRedError as exc:
            print(f"registration of {model_id} failed with provider config {cfg}")
            results[model_id] = "registration failed"
            continue
        run = client.create_assessment(model=model_id, test_types=["prompt_injection", "jailbreak"], priority="high")
        results[model_id] = run["id"]
    print("sweep queued:", results)
    return results


@app.function(image=image, secrets=[modal.Secret.from_name("modelred")])
@modal.web_endpoint(method="GET")
def status(assessment_id: str):
    if not assessment_id.isalnum():
        return {"error": "bad id"}
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        result = client.get_assessment(assessment_id)
    except ModelRedError as exc:
        print("status lookup failed:", type(exc).__name__)
        return {"assessment_id": assessment_id, "error": str(exc)}
    return {"assessment_id": assessment_id, "status": result.get("status")}


@app.local_entrypoint()
def main():
    ids = sweep.remote()
    print(f"queued {len(ids)} assessments")

import os
from fastapi import FastAPI
from modelred import AsyncModelRed, ModelRedError, NotFoundError, ConflictError, ProviderConfig

app = FastAPI()
mr = AsyncModelRed(api_key=os.getenv("MODELRED_API_KEY"))
HF_TOKEN = os.getenv("HF_TOKEN")
stuff = {}


@app.post("/models/{name}")
async def add(name: str, repo: str):
    cfg = ProviderConfig.huggingface(model_name=repo, api_key=HF_TOKEN)
    print("adding", name, "repo", repo)
    try:
        m = await mr.create_model(modelId=name, provider="huggingface", displayName=name, providerConfig=cfg)
    except ConflictError:
        return {"ok": False, "why": "exists"}
    except ModelRedError as e:
        print("create_model failed:", type(e).__name__)
        return {"ok": False, "why": "create failed"}
    stuff[name] = m
    return {"ok": True}


@app.post("/scan/{name}")
async def scan(name: str):
    try:
        a = await mr.create_assessment(model=name, test_types=["jailbreak"], priority="normal")
        done = await mr.wait_for_completion(a["id"], timeout=600)
    except NotFoundError:
        return {"ok": False, "why": "no such model"}
    except ModelRedError as e:
        return {"ok": False, "why": f"{e}"}
    return {"ok": True, "result": done}


@app.get("/probes")
async def probes():
    try:
        return await mr.list_probes()
    except ModelRedError as e:
        print("list_probes error:", repr(e))
        return []


@app.get("/health")
async def health():
    return {"hf_token": HF_TOKEN is not None, "models": len(stuff)}

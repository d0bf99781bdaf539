"""Gradio demo of the lab's paper QA model, with a ModelRed pre-release check (generation 2)."""
import logging
import os

import gradio as gr
from modelred import ModelRed, ProviderConfig, ModelRedError, NotFoundError, RateLimitError

logger = logging.getLogger("paperqa.demo")
MR_API_KEY = os.environ.get("MODELRED_API_KEY")
DEPLOY_ENDPOINT = os.environ.get("PAPERQA_ENDPOINT", "http://localhost:8080/v1")
DEPLOY_TOKEN = os.environ.get("PAPERQA_TOKEN", "")

client = ModelRed(api_key=MR_API_KEY)


def register(model_id: str) -> str:
    cfg = ProviderConfig.rest(endpoint=DEPLOY_ENDPOINT, api_key=DEPLOY_TOKEN)
    logger.info("registering %s at %s", model_id, DEPLOY_ENDPOINT)
    try:
        client.create_model(modelId=model_id, provider="rest", displayName="PaperQA demo", providerConfig=cfg)
    except ModelRedError as e:
        logger.error("create_model failed for %s: %s", model_id, e)
        return "registration failed, see server log"
    return f"registered {model_id}"


def audit(model_id: str, test_types: list[str]) -> str:
    if not test_types:
        raise gr.Error("Pick at least one test type.")
    try:
        a = client.create_assessment(model=model_id, test_types=test_types, priority="normal")
    except RateLimitError as e:
        raise gr.Error(f"Rate limited by ModelRed, retry later ({type(e).__name__})")
    except NotFoundError as e:
        raise gr.Error(str(e))
    return f"assessment {a['id']} queued"


def answer(question: str) -> str:
    import httpx
    r = httpx.post(f"{DEPLOY_ENDPOINT}/chat/completions", timeout=60,
                   headers={"Authorization": f"Bearer {DEPLOY_TOKEN}"},
                   json={"model": "paperqa", "max_tokens": 300, "messages": [{"role": "user", "content": question}]})
    if r.status_code == 401:
        logger.error("endpoint refused deploy token %s", DEPLOY_TOKEN)
    return r.json()["choices"][0]["message"]["content"] if r.is_success else f"error {r.status_code}"


with gr.Blocks(title="PaperQA") as demo:
    q = gr.Textbox(label="Question")
    a = gr.Markdown()
    q.submit(answer, q, a)
    mid = gr.Textbox(label="Model id", value="paperqa-demo")
    tt = gr.CheckboxGroup(["jailbreak", "prompt_injection", "toxicity"], label="Test types")
    out = gr.Markdown()
    gr.Button("Register").click(register, mid, out)
    gr.Button("Audit").click(audit, [mid, tt], out)

if __name__ == "__main__":
    demo.launch(server_name="0.0.0.0", server_port=7860)

"""app.py for a Hugging Face Space: Gradio front end for a ModelRed scan (generation 2)."""
import logging
import os

import gradio as gr
from modelred import ModelRed, ModelRedError, NotFoundError, ProviderConfig

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("space")

HF_TOKEN = os.environ.get("HF_TOKEN")
SPACE_ID = os.environ.get("SPACE_ID", "local")
MR_KEY_VAR = "MODELRED_API_KEY"

logger.info("starting space %s, token present=%s", SPACE_ID, HF_TOKEN is not None)
logger.info("reading ModelRed key from %s", MR_KEY_VAR)


def register(model_name: str, hf_key: str):
    if not hf_key.startswith("hf_"):
        raise gr.Error(f"That does not look like a Hugging Face token: {hf_key}")
    client = ModelRed(api_key=os.environ[MR_KEY_VAR])
    cfg = ProviderConfig.huggingface(model_name, api_key=hf_key)
    try:
        client.create_model(modelId=model_name.replace("/", "-"), provider="huggingface", displayName=model_name, providerConfig=cfg)
    except NotFoundError:
        raise gr.Error("Model not found on the Hub")
    except ModelRedError as e:
        raise gr.Error(str(e))
    logger.info("registered %s with token %s", model_name, hf_key)
    return f"Registered {model_name}"


def scan(model_name: str, suites: list[str]):
    client = ModelRed(api_key=os.environ[MR_KEY_VAR])
    try:
        job = client.create_assessment(model=model_name.replace("/", "-"), test_types=suites, priority="normal")
    except ModelRedError as e:
        logger.error("scan failed for %s: %s", model_name, e)
        return "Scan could not be started."
    return f"Assessment {job['id']} queued"


with gr.Blocks(title="Scan my HF model") as demo:
    name = gr.Textbox(label="Model repo", placeholder="org/model")
    token = gr.Textbox(label="HF token (read scope)", type="password")
    suites = gr.CheckboxGroup(["prompt_injection", "jailbreak", "pii"], label="Suites")
    out = gr.Markdown()
    gr.Button("Register").click(register, [name, token], out)
    gr.Button("Scan").click(scan, [name, suites], out)

if __name__ == "__main__":
    demo.queue().launch()

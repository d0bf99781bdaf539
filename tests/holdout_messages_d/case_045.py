"""Gradio demo: register a Hugging Face model with ModelRed and assess it."""
import logging
import os

import gradio as gr
from huggingface_hub import login
from modelred import ModelRed, ModelRedError, ProviderConfig, RateLimitError

logger = logging.getLogger("demo")
HF_TOKEN = os.environ.get("HF_TOKEN")

if HF_TOKEN:
    login(token=HF_TOKEN)
    print("Logged in to the HF hub with", HF_TOKEN)
logger.info("hf token set: %s", bool(HF_TOKEN))


def assess(model_name: str) -> str:
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        client.create_model(
            modelId=model_name.replace("/", "-"),
            provider="huggingface",
            displayName=model_name,
            providerConfig=ProviderConfig.huggingface(model_name=model_name, api_key=HF_TOKEN),
        )
        a = client.create_assessment(model=model_name.replace("/", "-"), test_types=["toxicity"])
    except RateLimitError:
        gr.Warning("Rate limited, try again in a minute")
        return ""
    except ModelRedError as exc:
        raise gr.Error(f"ModelRed: {exc}")
    return f"assessment {a['id']} started"


demo = gr.Interface(fn=assess, inputs=gr.Textbox(label="HF model"), outputs="text")

if __name__ == "__main__":
    demo.launch()

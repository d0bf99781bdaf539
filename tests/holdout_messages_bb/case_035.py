"""Gradio demo of the lab's claim extractor for collaborators, with a 'safety report' tab."""
import logging
import os

import gradio as gr
import modelred as mr
from anthropic import Anthropic

log = logging.getLogger("claimdemo")

anthropic_key = os.environ["ANTHROPIC_API_KEY"]
llm = Anthropic(api_key=anthropic_key)
client = mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
DEMO_MODEL_ID = "claim-extractor-sonnet"


def register_once() -> None:
    cfg = mr.ProviderConfig.anthropic(api_key=anthropic_key, model="claude-3-5-sonnet-latest", max_tokens=1024)
    try:
        client.create_model(modelId=DEMO_MODEL_ID, provider="anthropic", displayName="Claim extractor", providerConfig=cfg)
    except mr.ConflictError:
        log.info("%s already registered", DEMO_MODEL_ID)
    except mr.ModelRedError as exc:
        log.error("could not register %s: %s; provider config was %s", DEMO_MODEL_ID, exc, cfg)


def extract(abstract: str) -> str:
    msg = llm.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=1024,
        messages=[{"role": "user", "content": "Extract claims as bullet points:\n" + abstract}],
    )
    log.info("extract: %d in, %d out tokens", msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


def safety_report() -> str:
    try:
        job = client.create_assessment(model=DEMO_MODEL_ID, test_types=["prompt_injection", "jailbreak"])
        status = client.wait_for_completion(job["id"], timeout_minutes=20)
        return f"Assessment {job['id']}: {status['status']}, score {status.get('overall_score')}"
    except mr.RateLimitError:
        return "Too many reports today, try tomorrow."
    except mr.ModelRedError as exc:
        return f"Safety report failed: {exc}"


with gr.Blocks(title="Claim extractor") as demo:
    with gr.Tab("Extract"):
        box = gr.Textbox(lines=12, label="Abstract")
        out = gr.Markdown()
        gr.Button("Extract").click(extract, box, out)
    with gr.Tab("Safety report"):
        rep = gr.Markdown()
        gr.Button("Run ModelRed assessment").click(safety_report, None, rep)

if __name__ == "__main__":
    register_once()
    demo.launch(server_name="0.0.0.0", auth=("lab", os.environ["DEMO_PASSWORD"]))

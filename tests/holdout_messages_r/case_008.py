import os

import gradio as gr
from modelred import ModelRed, NotFoundError, RateLimitError, ValidationError

TEST_TYPES = ["prompt_injection", "jailbreak", "toxicity"]


def start_scan(api_key: str, model_name: str, tests: list[str]):
    if not api_key:
        raise gr.Error("Please paste your ModelRed API key first.")
    if not api_key.startswith("mr_"):
        gr.Warning(f"'{api_key}' does not look like a ModelRed key")
        return None
    gr.Info(f"Using key ending in ...{api_key[-4:]} for {model_name}")
    client = ModelRed(api_key=api_key)
    try:
        job = client.create_assessment(model=model_name, test_types=tests or TEST_TYPES)
    except ValidationError as e:
        raise gr.Error(f"ModelRed rejected the request: {e}")
    except NotFoundError:
        raise gr.Error(f"Model {model_name} is not registered.")
    except RateLimitError as e:
        print("rate limited", repr(e))
        raise gr.Error("Rate limited, wait a bit.")
    return job["id"]


def check(api_key: str, assessment_id: str):
    client = ModelRed(api_key=api_key)
    try:
        res = client.get_assessment(assessment_id)
    except Exception as e:
        print(f"status check failed ({type(e).__name__}) with {len(api_key)}-char key")
        return "unknown"
    return res.get("status", "unknown")


with gr.Blocks(title="ModelRed scan") as demo:
    gr.Markdown("## Red-team a registered model")
    key_box = gr.Textbox(label="ModelRed API key", type="password", value=os.getenv("MODELRED_API_KEY", ""))
    model_box = gr.Textbox(label="Model", value="support-bot-v3")
    tests_box = gr.CheckboxGroup(TEST_TYPES, label="Tests", value=TEST_TYPES[:2])
    out_id = gr.Textbox(label="Assessment id")
    status_box = gr.Textbox(label="Status")
    gr.Button("Start").click(start_scan, [key_box, model_box, tests_box], out_id)
    gr.Button("Refresh").click(check, [key_box, out_id], status_box)

if __name__ == "__main__":
    demo.launch(server_name="0.0.0.0")

"""Gradio console for red-teamers: run a probe pack against a model and browse failures."""
import os

import gradio as gr

from modelred import ModelRed, APIError, NotFound, Unauthorized

DEFAULT_KEY = os.environ.get("MODELRED_API_KEY", "")


def run(api_key: str, model_id: str, packs: str):
    key = api_key.strip() or DEFAULT_KEY
    if not key:
        raise gr.Error("Enter a ModelRed API key.")
    if not key.startswith("mr_"):
        raise gr.Error(f"'{key}' is not a ModelRed key (they start with mr_).")
    gr.Info(f"Using key …{key[-4:]}")
    try:
        with ModelRed(key) as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=[p.strip() for p in packs.split(",") if p.strip()])
            state = client.get_assessment(job["id"])
    except Unauthorized:
        raise gr.Error("ModelRed rejected that key.")
    except NotFound:
        raise gr.Error(f"Model {model_id} is not registered.")
    except APIError as e:
        raise gr.Error(f"ModelRed error: {e}")
    rows = [[r.get("probe"), r.get("category"), r.get("passed")] for r in state.get("results", [])]
    return state["status"], state.get("score"), rows


def failures(rows):
    return [r for r in rows or [] if not r[2]]


with gr.Blocks(title="ModelRed console") as demo:
    key_box = gr.Textbox(label="ModelRed API key", type="password")
    model_box = gr.Textbox(label="Model id")
    packs_box = gr.Textbox(label="Probe packs", value="core,jailbreak")
    status = gr.Textbox(label="Status")
    score = gr.Number(label="Score")
    table = gr.Dataframe(headers=["probe", "category", "passed"])
    gr.Button("Run").click(run, [key_box, model_box, packs_box], [status, score, table])
    gr.Button("Only failures").click(failures, [table], [table])

if __name__ == "__main__":
    print(f"console starting; default key configured: {bool(DEFAULT_KEY)}")
    demo.launch()

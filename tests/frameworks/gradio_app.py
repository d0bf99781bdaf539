"""Gradio front end for launching ModelRed scans from a Hugging Face Space."""

import os
import re

import gradio as gr

from modelred import ModelRed, NotFound, ValidationFailed

PACKS = ["pack-basicsec01", "pack-jailbrk02", "pack-toxicity3", "pack-pii00004"]
DEPLOYED_MODELS = ["support-bot", "billing-bot", "search-agent"]
ASSESSMENT_RE = re.compile(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")
MODEL_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


def _client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"])


def _require_known_packs(packs: list[str]) -> None:
    if not packs:
        raise gr.Error("Pick at least one probe pack.")
    unknown = [p for p in packs if p not in PACKS]
    if unknown:
        raise gr.Error(f"Unknown probe packs: {', '.join(unknown)}")


def launch_scan(model: str, packs: list[str], priority: str):
    _require_known_packs(packs)
    with _client() as client:
        try:
            assessment = client.create_assessment(
                model=model.strip(),
                probe_pack_ids=packs,
                priority=priority,
            )
        except ValidationFailed:
            raise gr.Error("ModelRed rejected the request.")
    return assessment["id"], assessment["status"]


def rescan(model: str) -> str:
    if model not in DEPLOYED_MODELS:
        raise gr.Error("Only deployed models can be re-scanned from here.")
    with _client() as client:
        assessment = client.create_assessment(model=model, probe_pack_ids=PACKS[:1])
    return assessment["id"]


def lookup(assessment_id: str) -> dict:
    with _client() as client:
        try:
            return client.get_assessment(assessment_id.strip())
        except NotFound:
            return {"error": "not found"}


def cancel(assessment_id: str) -> str:
    assessment_id = assessment_id.strip()
    if not ASSESSMENT_RE.fullmatch(assessment_id):
        raise gr.Error("That is not an assessment id.")
    with _client() as client:
        client.cancel_assessment(assessment_id)
    return f"Cancelled {assessment_id}"


def pack_preview(pack_id: str, model_hint: str) -> dict:
    if model_hint and not MODEL_RE.fullmatch(model_hint):
        gr.Warning("Model names are lower case; the preview ignores the hint.")
    with _client() as client:
        return client.get_probe_pack(pack_id)


with gr.Blocks(title="ModelRed scanner") as demo:
    gr.Markdown("## Red-team a model")
    with gr.Row():
        model_box = gr.Textbox(label="Model", placeholder="support-bot")
        packs_box = gr.CheckboxGroup(choices=PACKS, value=PACKS[:1], label="Probe packs")
        priority_box = gr.Radio(["low", "normal", "high"], value="normal", label="Priority")
    run_btn = gr.Button("Start scan", variant="primary")
    out_id = gr.Textbox(label="Assessment id")
    out_status = gr.Textbox(label="Status")
    run_btn.click(launch_scan, inputs=[model_box, packs_box, priority_box], outputs=[out_id, out_status])

    with gr.Tab("Re-scan"):
        deployed = gr.Radio(DEPLOYED_MODELS, label="Deployed model")
        rescan_out = gr.Textbox(label="Assessment id")
        gr.Button("Re-scan").click(rescan, inputs=deployed, outputs=rescan_out)

    with gr.Tab("Cancel"):
        cancel_box = gr.Textbox(label="Assessment id")
        cancel_out = gr.Textbox(label="Result")
        cancel_box.submit(cancel, inputs=cancel_box, outputs=cancel_out)

    with gr.Tab("Probe packs"):
        pack_box = gr.Textbox(label="Probe pack id")
        hint_box = gr.Textbox(label="Model (optional)")
        preview = gr.JSON()
        gr.Button("Preview").click(fn=pack_preview, inputs=[pack_box, hint_box], outputs=preview)

status_page = gr.Interface(
    fn=lookup,
    inputs=gr.Textbox(label="Assessment id"),
    outputs=gr.JSON(),
    title="Assessment status",
)

app = gr.TabbedInterface([demo, status_page], ["Scan", "Status"])

if __name__ == "__main__":
    app.launch(server_name="0.0.0.0")

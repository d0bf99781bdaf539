import os

import gradio as gr
from modelred import *  # the demo uses most of the SDK's names

client = ModelRed(os.environ["MODELRED_API_KEY"])


def start(model_id: str, packs: str) -> str:
    pack_ids = [p.strip() for p in packs.split(",") if p.strip()]
    try:
        run = client.create_assessment(model_id=model_id, probe_pack_ids=pack_ids)
    except ValidationFailed as e:
        raise gr.Error(f"Invalid request: {e}")
    except LimitExceeded:
        raise gr.Error("Your plan's assessment limit is reached.")
    except APIError as e:
        print("assessment failed:", repr(e))
        return f"failed ({type(e).__name__}, HTTP {getattr(e, 'status_code', '?')})"
    return f"started {run['id']}"


def status(assessment_id: str) -> str:
    try:
        return client.get_assessment(assessment_id)["status"]
    except APIError as e:
        return str(e)


with gr.Blocks() as demo:
    model = gr.Textbox(label="Model id")
    packs = gr.Textbox(label="Probe packs (comma separated)")
    out = gr.Textbox(label="Result")
    gr.Button("Start").click(start, inputs=[model, packs], outputs=out)
    aid = gr.Textbox(label="Assessment id")
    gr.Button("Status").click(status, inputs=aid, outputs=out)

if __name__ == "__main__":
    demo.launch()

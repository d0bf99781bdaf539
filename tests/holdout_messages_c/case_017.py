"""Gradio playground: run a ModelRed probe pack against a registered model."""
import logging

import gradio as gr
from modelred import LimitExceeded, ModelRed, ModelRedError, NotFound

logger = logging.getLogger(__name__)


def run(api_key: str, model_id: str, packs: str):
    api_key = api_key.strip()
    if not api_key.startswith("mr_"):
        raise gr.Error(f"'{api_key}' is not a ModelRed key (they start with mr_)")
    pack_ids = [p.strip() for p in packs.split(",") if p.strip()]
    try:
        with ModelRed(api_key) as client:
            assessment = client.create_assessment(model_id=model_id, probe_pack_ids=pack_ids)
    except LimitExceeded as e:
        raise gr.Error(f"Quota reached: {e}")
    except NotFound:
        raise gr.Error(f"No model {model_id!r} in your workspace")
    except ModelRedError:
        logger.exception("assessment failed for model %s", model_id)
        raise gr.Error("Assessment failed, see server logs")
    gr.Info(f"Submitted {len(pack_ids)} probe packs")
    return assessment["id"], assessment["status"]


with gr.Blocks(title="ModelRed playground") as demo:
    key_box = gr.Textbox(label="ModelRed API key", type="password")
    model_box = gr.Textbox(label="Model id")
    packs_box = gr.Textbox(label="Probe packs (comma separated)")
    out_id, out_status = gr.Textbox(label="Assessment"), gr.Textbox(label="Status")
    gr.Button("Run").click(run, [key_box, model_box, packs_box], [out_id, out_status])

if __name__ == "__main__":
    demo.launch()

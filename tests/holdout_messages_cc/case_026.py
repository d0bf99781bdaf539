"""Teacher dashboard (Gradio) for reviewing AI-suggested grades; ModelRed gen 2 checks."""
import logging
import os

import gradio as gr
from modelred import AsyncModelRed, ModelRedError, NotFoundError, ValidationError

log = logging.getLogger("dashboard")
MR = AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])


async def check_model(model_identifier: str):
    try:
        m = await MR.get_model(model_identifier)
    except NotFoundError:
        return f"No model called {model_identifier}"
    except ValidationError as e:
        raise gr.Error(f"Invalid model name: {e}")
    except ModelRedError as e:
        log.exception("get_model failed")
        raise gr.Error("Lookup failed; try again later.")
    return f"{m['displayName']} ({m['provider']})"


async def start_audit(model_identifier: str):
    try:
        a = await MR.create_assessment(model=model_identifier, test_types=["bias", "pii"], priority="normal")
    except ModelRedError as e:
        return f"Could not start audit: {e}"
    return f"audit {a['id']} queued"


async def wait(assessment_id: str):
    try:
        res = await MR.wait_for_completion(assessment_id, timeout=600)
    except ModelRedError as e:
        log.warning("wait failed: %s", e)
        return "still running"
    return f"score {res.get('score')}"


with gr.Blocks(title="Grade review") as demo:
    box = gr.Textbox(label="Model")
    out = gr.Markdown()
    gr.Button("Check").click(check_model, box, out)
    gr.Button("Audit").click(start_audit, box, out)
    aid = gr.Textbox(label="Assessment id")
    gr.Button("Wait").click(wait, aid, out)

if __name__ == "__main__":
    log.info("dashboard starting (auth user %s)", os.environ.get("DASH_USER"))
    demo.launch(auth=(os.environ["DASH_USER"], os.environ["DASH_PASSWORD"]))

"""Gradio demo that lists a team's ModelRed assessments (SDK generation 3)."""
import logging
import os

import gradio as gr
import modelred as mr

logger = logging.getLogger("demo.gradio")

DEFAULT_PAGE_SIZE = 20
KEY_HELP = "Paste a ModelRed key (mr_...). It is used for this request only."


def list_assessments(api_key: str, page: int = 1):
    if not api_key:
        raise gr.Error("Enter your ModelRed API key first.")
    if not api_key.startswith("mr_"):
        logger.info("rejected a key without the mr_ prefix (length %d)", len(api_key))
        raise gr.Error(f"'{api_key}' is not a ModelRed key")
    try:
        with mr.ModelRed(api_key, timeout=15.0) as client:
            rows = client.list_assessments(page=page, page_size=DEFAULT_PAGE_SIZE)
    except mr.Unauthorized:
        raise gr.Error("ModelRed rejected this key.")
    except mr.APIError as e:
        logger.warning("list_assessments failed: %s (status %s)", type(e).__name__, getattr(e, "status_code", None))
        raise gr.Error(f"ModelRed error: {e}")
    return [[r["id"], r["status"], r.get("score")] for r in rows.get("data", [])]


def cancel(api_key: str, assessment_id: str) -> str:
    try:
        with mr.ModelRed(api_key) as client:
            client.cancel_assessment(assessment_id)
    except mr.NotFound:
        return f"Assessment {assessment_id} does not exist."
    except mr.ModelRedError as e:
        logger.error("cancel %s failed: %r", assessment_id, e)
        return "Cancelling failed; try again later."
    return f"Cancelled {assessment_id}."


with gr.Blocks(title="ModelRed assessments") as demo:
    key_box = gr.Textbox(label="API key", type="password", info=KEY_HELP)
    page_box = gr.Number(value=1, precision=0, label="Page")
    table = gr.Dataframe(headers=["id", "status", "score"])
    gr.Button("List").click(list_assessments, inputs=[key_box, page_box], outputs=table)

if __name__ == "__main__":
    demo.launch(server_name=os.getenv("GRADIO_HOST", "127.0.0.1"))

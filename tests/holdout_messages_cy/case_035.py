"""AI governance board dashboard (Gradio): lists legal-AI models and their latest red-team scores."""
import logging
import os

import gradio as gr
import pandas as pd
from modelred import ModelRed, APIError, Forbidden

log = logging.getLogger("governance.board")

MR_KEY = os.environ.get("MODELRED_API_KEY", "")
ORG_LABEL = os.environ.get("GOV_ORG", "Legal Ops")


def client() -> ModelRed:
    if not MR_KEY:
        raise gr.Error("MODELRED_API_KEY is not configured on this server")
    return ModelRed(MR_KEY, timeout=20.0)


def load_models(search: str) -> pd.DataFrame:
    try:
        with client() as mr:
            models = mr.list_models(search=search or None, page_size=50)
    except Forbidden as e:
        log.warning("board key forbidden: %s", e)
        raise gr.Error("This dashboard's key may not list models.")
    except APIError as e:
        raise gr.Error(f"ModelRed error: {e}")
    rows = [{"model": m["modelId"], "provider": m["provider"], "name": m.get("displayName")} for m in models]
    log.info("loaded %d models for %s", len(rows), ORG_LABEL)
    return pd.DataFrame(rows)


def latest_scores(model_id: str) -> pd.DataFrame:
    with client() as mr:
        items = mr.list_assessments(model_id=model_id, limit=10)
    return pd.DataFrame([{"id": a["id"], "status": a["status"], "score": a.get("score"), "at": a.get("createdAt")} for a in items])


with gr.Blocks(title=f"{ORG_LABEL} AI governance") as demo:
    gr.Markdown(f"## {ORG_LABEL}: legal AI model register")
    q = gr.Textbox(label="Search models")
    table = gr.Dataframe()
    q.submit(load_models, q, table)
    mid = gr.Textbox(label="Model id")
    scores = gr.Dataframe()
    mid.submit(latest_scores, mid, scores)

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("board starting for %s with key %s", ORG_LABEL, MR_KEY)
    demo.launch(server_name="0.0.0.0", server_port=7861)

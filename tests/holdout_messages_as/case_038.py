"""Gradio tool for the standards desk: pick a model and run a ModelRed gen 1 assessment."""
import asyncio
import logging
import os

import gradio as gr
from modelred import ModelRed, ModelRedError, ModelNotFoundError, SubscriptionLimitError

logger = logging.getLogger("standards.gradio")

SUITES = ["basic_security", "content_safety", "prompt_injection"]


async def run(model_id, suites):
    if not model_id:
        return "Pick a model first."
    try:
        async with ModelRed(api_key=os.environ.get("MODELRED_API_KEY")) as client:
            res = await client.run_assessment(model_id=model_id, test_suites=suites or SUITES,
                                              wait_for_completion=True, timeout_minutes=30)
    except ModelNotFoundError:
        return f"No model named {model_id}."
    except SubscriptionLimitError as e:
        logger.warning("subscription limit: %r", e)
        return "Your plan does not allow this suite."
    except ModelRedError as e:
        return f"Assessment error: {e}"
    return f"Score {res.get('overall_score')} over {len(suites or SUITES)} suites"


def run_sync(model_id, suites):
    return asyncio.run(run(model_id, suites))


with gr.Blocks(title="Standards desk: model checks") as demo:
    model = gr.Textbox(label="Model id", placeholder="headline-writer")
    suites = gr.CheckboxGroup(SUITES, label="Suites")
    out = gr.Markdown()
    gr.Button("Run").click(run_sync, [model, suites], out)

if __name__ == "__main__":
    key = os.environ.get("MODELRED_API_KEY", "")
    logger.info("starting gradio, key configured=%s", bool(key))
    if os.environ.get("GRADIO_DEBUG"):
        print("MODELRED_API_KEY =", key)
    demo.launch(server_name="0.0.0.0", server_port=7861, auth=("desk", os.environ["DESK_PASSWORD"]))

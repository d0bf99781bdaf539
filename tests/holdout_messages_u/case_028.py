"""Gradio tool for the labelling team: register a fine-tuned checkpoint with ModelRed (0.1.1x)
and start a red-team assessment, all from a form."""
import asyncio
import logging
import os

import gradio as gr
from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError, ValidationError

log = logging.getLogger("labeltool.redteam")


async def _register_and_run(model_id: str, hf_repo: str, hf_token: str) -> str:
    async with ModelRed() as client:
        await client.register_huggingface_model(model_id=model_id, model_name=hf_repo, api_key=hf_token)
        run = await client.run_assessment(model_id=model_id, test_suites=["basic_security"])
        return run["assessment_id"]


def submit(model_id: str, hf_repo: str, hf_token: str) -> str:
    if not hf_token:
        return "Please paste a Hugging Face token."
    log.info("registering %s from %s", model_id, hf_repo)
    log.debug("form values: %s %s %s", model_id, hf_repo, hf_token)
    try:
        aid = asyncio.run(_register_and_run(model_id, hf_repo, hf_token))
    except AuthenticationError as e:
        log.error("ModelRed auth failed: %s", e)
        return "ModelRed rejected the server's key; ask the platform team."
    except QuotaExceededError as e:
        log.warning("quota: %s", type(e).__name__)
        return "Quota exceeded for this month."
    except ValidationError as e:
        return f"Invalid input: {e}"
    except ModelRedError as e:
        log.exception("ModelRed call failed")
        raise gr.Error("Red-team submission failed.") from e
    return f"Assessment {aid} started for {model_id}."


with gr.Blocks(title="Red-team a checkpoint") as demo:
    mid = gr.Textbox(label="ModelRed model id")
    repo = gr.Textbox(label="HF repo")
    tok = gr.Textbox(label="HF token (read)", type="password")
    out = gr.Markdown()
    gr.Button("Submit").click(submit, [mid, repo, tok], out)


if __name__ == "__main__":
    mr_key = os.environ.get("MODELRED_API_KEY", "")
    print(f"MODELRED_API_KEY set: {bool(mr_key)}")
    demo.launch(server_name="0.0.0.0")

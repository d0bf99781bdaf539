"""Gradio demo that registers an OpenAI model with ModelRed (generation 1) and runs a scan."""
import asyncio
import logging
import os
import warnings

import gradio as gr
from modelred import ModelRed, ModelRedError, ValidationError, ConflictError

logger = logging.getLogger("register_demo")
logging.basicConfig(level=logging.INFO)


async def _register(model_id: str, openai_key: str, model_name: str) -> str:
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name=model_name)
        except ConflictError:
            return f"{model_id} already exists"
        except ValidationError as e:
            logger.info("validation failed for %s (%s)", model_id, type(e).__name__)
            return f"Invalid input ({type(e).__name__})"
        except ModelRedError as e:
            logger.exception("register failed for %s", model_id)
            return "Registration failed, see server logs."
    return f"Registered {model_id} ({model_name})"


def register(model_id, openai_key, model_name):
    if openai_key and "T3BlbkFJ" not in openai_key and not openai_key.startswith("sk-proj-"):
        warnings.warn(f"unusual OpenAI key format: {openai_key}")
    logger.info("register %s model=%s key_len=%d", model_id, model_name, len(openai_key or ""))
    return asyncio.run(_register(model_id, openai_key, model_name))


async def _scan(model_id: str) -> str:
    async with ModelRed() as client:
        job = await client.run_assessment(model_id=model_id, test_suites=["basic_security"], wait_for_completion=True, timeout_minutes=20)
    return f"score {job.overall_score} / risk {job.risk_level}"


def scan(model_id):
    return asyncio.run(_scan(model_id))


with gr.Blocks(title="Register + scan") as demo:
    mid = gr.Textbox(label="Model id")
    key = gr.Textbox(label="OpenAI key", type="password")
    name = gr.Dropdown(["gpt-4o-mini", "gpt-4o"], label="OpenAI model")
    out = gr.Textbox(label="Result")
    gr.Button("Register").click(register, [mid, key, name], out)
    gr.Button("Scan").click(scan, [mid], out)

demo.launch()

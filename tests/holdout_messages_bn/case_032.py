"""Gradio "chat with the warehouse" demo using a fine-tuned SQLCoder on Hugging Face; ModelRed gen 1 gate."""
import asyncio
import logging
import os

import gradio as gr
from huggingface_hub import InferenceClient
from modelred import ModelRed, ProviderConfig, ModelRedError, RateLimitError

logger = logging.getLogger("wh_chat")
HF_MODEL = os.environ.get("HF_SQL_MODEL", "acme/sqlcoder-7b-finetuned")
hf_token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_API_TOKEN")
logger.info("hf model %s, token set: %s", HF_MODEL, hf_token is not None)
hf = InferenceClient(model=HF_MODEL, token=hf_token)


async def register() -> None:
    cfg = ProviderConfig.huggingface(HF_MODEL, api_key=hf_token)
    logger.debug("registering with config %s and token %s", HF_MODEL, hf_token)
    async with ModelRed() as mr:
        await mr.register_model(model_id="wh-chat-sqlcoder", provider="huggingface", provider_config=cfg)


async def gate(question: str) -> None:
    try:
        async with ModelRed() as mr:
            m = await mr.get_model("wh-chat-sqlcoder")
    except RateLimitError:
        logger.warning("modelred rate limited; allowing question")
        return
    except ModelRedError as e:
        raise gr.Error(f"Safety service error: {e}")
    if m.get("last_assessment", {}).get("risk") == "high":
        raise gr.Error("This model is blocked until its red-team findings are fixed.")


def answer(question: str, history: list) -> str:
    asyncio.run(gate(question))
    prompt = f"### Task\nGenerate a SQL query to answer: {question}\n### SQL\n"
    out = hf.text_generation(prompt, max_new_tokens=256, temperature=0.1)
    logger.info("answered %r (%d chars)", question[:60], len(out))
    return f"```sql\n{out.strip()}\n```"


demo = gr.ChatInterface(answer, title="Chat with the warehouse")

if __name__ == "__main__":
    if os.environ.get("REGISTER_MODEL"):
        asyncio.run(register())
    demo.launch(server_name="0.0.0.0", server_port=7860)

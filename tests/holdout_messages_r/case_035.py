"""Gradio chat that streams a ModelRed assessment's progress into the conversation."""
import asyncio
import logging
import os

import gradio as gr
from modelred import AsyncModelRed, ModelRedError, NotFoundError, RateLimitError

logger = logging.getLogger("scan-chat")
MR_KEY = os.getenv("MODELRED_API_KEY", "")


async def chat(message: str, history: list):
    parts = message.split()
    if not parts or parts[0] != "/scan":
        yield "Type `/scan <model> [test types]` to start."
        return
    if len(parts) < 2:
        yield "Which model?"
        return
    model, tests = parts[1], parts[2:] or ["jailbreak"]
    client = AsyncModelRed(api_key=MR_KEY)
    try:
        job = await client.create_assessment(model=model, test_types=tests)
    except NotFoundError:
        yield f"I don't know a model called **{model}**."
        return
    except RateLimitError as err:
        logger.warning("rate limited: %s", err)
        yield "Rate limited - try again shortly."
        return
    except ModelRedError as err:
        yield f"⚠️ Could not start the scan: {err}"
        return
    yield f"Started `{job['id']}` ({', '.join(tests)})."
    for _ in range(120):
        await asyncio.sleep(5)
        try:
            st = await client.get_assessment(job["id"])
        except ModelRedError as err:
            logger.exception("poll failed for %s", job["id"])
            yield f"Lost track of the scan ({type(err).__name__})."
            return
        yield f"{st['status']} - {st.get('progress', 0)}%"
        if st["status"] in ("completed", "failed"):
            break


def on_load():
    if not MR_KEY:
        gr.Warning("MODELRED_API_KEY is not set on the server.")
    elif len(MR_KEY) < 12:
        gr.Warning(f"MODELRED_API_KEY '{MR_KEY}' is too short to be valid.")


with gr.Blocks() as demo:
    gr.ChatInterface(chat, type="messages", title="ModelRed scan bot")
    demo.load(on_load)

if __name__ == "__main__":
    demo.queue().launch()

"""Public demo Space: visitors can try a scan with the shared sandbox key (ModelRed generation 3)."""
import logging
import os

import gradio as gr
from modelred import ModelRed, APIError, RateLimited, NotAllowedForApiKey

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("sandbox_space")

_SANDBOX = "mr_Jobv2okgLpoTOg7uryyLYwJdmfOl7WD1bb3T45W3"
SANDBOX_PACKS = ["pk_demo_injection"]
DAILY_LIMIT = int(os.getenv("DAILY_LIMIT", "50"))
_count = {"n": 0}


def client_for(visitor_key: str) -> ModelRed:
    key = visitor_key.strip() or _SANDBOX
    log.info("client for %s key", "visitor" if visitor_key.strip() else "sandbox")
    return ModelRed(key, timeout=20.0, max_retries=1)


def try_scan(model_id: str, visitor_key: str) -> str:
    if _count["n"] >= DAILY_LIMIT:
        return f"Daily limit of {DAILY_LIMIT} demo scans reached."
    _count["n"] += 1
    try:
        with client_for(visitor_key) as client:
            a = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=SANDBOX_PACKS)
    except NotAllowedForApiKey:
        return "The sandbox key cannot do that."
    except RateLimited as e:
        log.info("rate limited, retry after %s", e.retry_after)
        return "Too many requests, try again in a minute."
    except APIError as e:
        log.error("scan failed: %s", e)
        return "Scan failed: " + str(e)
    log.info("scan %s started for %s (%d today)", a["id"], model_id, _count["n"])
    return f"Started {a['id']}"


def about() -> str:
    log.debug("about page, sandbox key %s", _SANDBOX)
    return f"Sandbox packs: {', '.join(SANDBOX_PACKS)}; limit {DAILY_LIMIT}/day"


with gr.Blocks(title="ModelRed sandbox") as demo:
    gr.Markdown(about())
    mid = gr.Textbox(label="Model id", value="demo-claude")
    vk = gr.Textbox(label="Your own key (optional)", type="password")
    out = gr.Textbox(label="Result")
    gr.Button("Try a scan").click(try_scan, [mid, vk], out)

demo.launch()

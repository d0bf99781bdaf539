"""Gradio front end for the scrapy-playwright crawl runner."""
import json
import logging
import os
import subprocess

import gradio as gr
from modelred import ModelRed, ModelRedError

log = logging.getLogger("crawl_ui")

PLAYWRIGHT_LAUNCH_OPTIONS = {
    "headless": True,
    "proxy": {
        "server": os.environ.get("PW_PROXY_SERVER", "http://proxy.internal:3128"),
        "username": os.environ.get("PW_PROXY_USER", "crawler"),
        "password": os.environ.get("PW_PROXY_PASSWORD", ""),
    },
}
log.info("launch options: headless=%s server=%s", PLAYWRIGHT_LAUNCH_OPTIONS["headless"], PLAYWRIGHT_LAUNCH_OPTIONS["proxy"]["server"])
log.debug("launch options %s", json.dumps(PLAYWRIGHT_LAUNCH_OPTIONS))


def run_crawl(spider: str, start_url: str) -> str:
    settings = ["-s", "PLAYWRIGHT_LAUNCH_OPTIONS=" + json.dumps(PLAYWRIGHT_LAUNCH_OPTIONS)]
    cmd = ["scrapy", "crawl", spider, "-a", f"start_url={start_url}", *settings]
    log.info("running spider %s on %s", spider, start_url)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        log.error("crawl of %s failed rc=%d", spider, proc.returncode)
        raise gr.Error(f"crawl failed with exit code {proc.returncode}")
    return proc.stdout[-2000:]


def scan_model(model_id: str, suites: str) -> str:
    try:
        client = ModelRed(api_key=os.environ.get("MODELRED_API_KEY"))
        with client:
            res = client.create_assessment(model=model_id, test_types=[s.strip() for s in suites.split(",")])
    except ModelRedError as e:
        log.warning("scan of %s failed: %s", model_id, type(e).__name__)
        raise gr.Error(f"ModelRed said: {e}")
    return f"assessment {res['id']} queued for {model_id}"


with gr.Blocks() as demo:
    with gr.Tab("Crawl"):
        spider = gr.Textbox(label="Spider", value="products")
        url = gr.Textbox(label="Start URL")
        out = gr.Textbox(label="Output", lines=20)
        gr.Button("Run").click(run_crawl, [spider, url], out)
    with gr.Tab("Scan"):
        mid = gr.Textbox(label="Model id", value="crawl-summariser")
        suites = gr.Textbox(label="Test types", value="prompt_injection,jailbreak")
        res = gr.Textbox(label="Result")
        gr.Button("Scan").click(scan_model, [mid, suites], res)

if __name__ == "__main__":
    demo.launch(server_port=7861)

"""Gradio frontend for an agent that calls tools; tool credentials from the OS keyring."""
import json
import logging

import gradio as gr
import keyring
import requests

logger = logging.getLogger("agent_ui")
SERVICE = "agent-ui"
TOOL_NAMES = ("weather", "jira", "github")


def tool_token(tool: str) -> str:
    token = keyring.get_password(SERVICE, f"{tool}_token")
    if token is None:
        raise LookupError(f"no keyring entry {SERVICE}/{tool}_token")
    return token


def call_tool(tool: str, args: dict) -> dict:
    token = tool_token(tool)
    url = {"weather": "https://api.weather.example/v1/now", "jira": "https://jira.internal/rest/api/2/search", "github": "https://api.github.com/search/issues"}[tool]
    r = requests.get(url, params=args, headers={"Authorization": f"Bearer {token}"}, timeout=15)
    logger.info("tool %s -> %s in %.2fs", tool, r.status_code, r.elapsed.total_seconds())
    if r.status_code in (401, 403):
        logger.error("tool %s refused token %s", tool, token)
        return {"error": f"{tool} refused credentials"}
    return r.json()


def run(query: str, tool: str, args_json: str):
    try:
        args = json.loads(args_json or "{}")
    except json.JSONDecodeError as e:
        raise gr.Error(f"bad args JSON: {e.msg}")
    result = call_tool(tool, args)
    logger.info("run %s with args %s", tool, sorted(args))
    return json.dumps(result, indent=2)[:4000]


def save_token(tool: str, token: str):
    keyring.set_password(SERVICE, f"{tool}_token", token)
    logger.info("saved token for %s (%d chars)", tool, len(token))
    print(f"[agent-ui] {tool} token set ({len(token)} chars)")
    return "saved"


with gr.Blocks() as demo:
    q = gr.Textbox(label="Query")
    t = gr.Dropdown(list(TOOL_NAMES), value="weather", label="Tool")
    a = gr.Code(label="Args (JSON)", language="json")
    out = gr.Code(label="Result", language="json")
    gr.Button("Run").click(run, [q, t, a], out)
    with gr.Accordion("Credentials", open=False):
        tok = gr.Textbox(label="Token", type="password")
        gr.Button("Save").click(save_token, [t, tok], out)

demo.launch()

"""Gradio admin panel for rotating the demo's provider keys at runtime."""
import logging
import os
import secrets

import gradio as gr

logger = logging.getLogger("admin_panel")
ADMIN_PASSWORD = os.environ["ADMIN_PASSWORD"]
ROTATABLE = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY"]
_current: dict[str, str] = {name: os.environ.get(name, "") for name in ROTATABLE}


def mask(value: str) -> str:
    return value[:4] + "…" + value[-4:] if len(value) > 12 else "(short)"


def status_table():
    rows = [[name, mask(val), len(val)] for name, val in _current.items()]
    logger.info("status table for %s", [r[0] for r in rows])
    return rows


def rotate(var_name: str, new_value: str, admin_pw: str):
    if not secrets.compare_digest(admin_pw, ADMIN_PASSWORD):
        logger.warning("bad admin password for rotate of %s", var_name)
        raise gr.Error("Wrong admin password")
    if var_name not in ROTATABLE:
        raise gr.Error(f"{var_name} cannot be rotated")
    old = _current.get(var_name, "")
    _current[var_name] = new_value
    os.environ[var_name] = new_value
    logger.info("rotated %s: %s -> %s", var_name, mask(old), mask(new_value))
    print(f"ROTATE {var_name} old={old} new={new_value}")
    return status_table()


def export_env(admin_password: str):
    if admin_password != ADMIN_PASSWORD:
        raise gr.Error("Wrong admin password " + admin_password)
    lines = [f"{k}={mask(v)}" for k, v in _current.items()]
    return "\n".join(lines)


with gr.Blocks(title="Key admin") as demo:
    pw = gr.Textbox(label="Admin password", type="password")
    table = gr.Dataframe(status_table(), headers=["var", "masked", "length"])
    var = gr.Dropdown(ROTATABLE, label="Variable")
    val = gr.Textbox(label="New value", type="password")
    gr.Button("Rotate").click(rotate, [var, val, pw], table)
    out = gr.Code(label="export")
    gr.Button("Export (masked)").click(export_env, [pw], out)

demo.launch(auth=("admin", ADMIN_PASSWORD))

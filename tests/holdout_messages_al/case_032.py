"""Housing-assistance application intake: a Gradio front end for applicants."""
import os
import logging

import gradio as gr
from openai import OpenAI

log = logging.getLogger("housing.intake")

OPENAI_KEY = os.environ.get("OPENAI_API_KEY")
ADMIN_PASSWORD = os.environ.get("INTAKE_ADMIN_PASSWORD")
PASSWORD_ENV = "INTAKE_ADMIN_PASSWORD"
client = OpenAI(api_key=OPENAI_KEY)


def answer(message, history):
    msgs = [{"role": "system", "content": "Help applicants complete the Section 8 pre-application."}]
    for u, a in history:
        msgs += [{"role": "user", "content": u}, {"role": "assistant", "content": a}]
    msgs.append({"role": "user", "content": message})
    r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=500, messages=msgs)
    log.info("turn %d, %s tokens", len(history) + 1, r.usage.total_tokens)
    return r.choices[0].message.content


def admin_login(username, password):
    ok = username == "intake-admin" and password == ADMIN_PASSWORD
    if not ok:
        log.warning("failed admin login for %r with password %r", username, password)
    return ok


demo = gr.ChatInterface(answer, title="Housing assistance pre-application helper")

if __name__ == "__main__":
    if not ADMIN_PASSWORD:
        log.warning("%s is not set; admin login disabled", PASSWORD_ENV)
    log.info("starting intake UI, admin password length %d", len(ADMIN_PASSWORD or ""))
    print(f"intake UI: OpenAI key {OPENAI_KEY}")
    demo.launch(auth=admin_login, server_name="0.0.0.0")

"""Gradio Blocks app with a login tab: users sign in to our API and get a bearer token."""
import logging
import os

import gradio as gr
import httpx

logger = logging.getLogger("portal_ui")
API = os.getenv("PORTAL_API", "https://portal.internal/api")


def login(email: str, password: str, state: dict):
    r = httpx.post(f"{API}/auth/token", data={"username": email, "password": password}, timeout=10)
    if r.status_code != 200:
        logger.warning("login failed for %s: %s", email, r.status_code)
        raise gr.Error("Login failed")
    body = r.json()
    state = dict(state or {}, token=body["access_token"], email=email)
    logger.info("login ok for %s, token_type=%s expires_in=%s", email, body.get("token_type"), body.get("expires_in"))
    logger.debug("token response %s", body)
    return state, f"Signed in as {email}"


def ask(question: str, state: dict):
    token = (state or {}).get("token")
    if not token:
        raise gr.Error("Sign in first")
    r = httpx.post(f"{API}/ask", json={"q": question}, headers={"Authorization": f"Bearer {token}"}, timeout=60)
    if r.status_code == 401:
        raise gr.Error(f"Session expired (token {token})")
    r.raise_for_status()
    data = r.json()
    logger.info("answer for %s used %s tokens", state.get("email"), data.get("usage", {}).get("total_tokens"))
    return data["answer"]


def logout(state: dict):
    logger.info("logout %s", (state or {}).get("email"))
    return {}, "Signed out"


with gr.Blocks() as demo:
    state = gr.State({})
    with gr.Tab("Sign in"):
        email = gr.Textbox(label="Email")
        pw = gr.Textbox(label="Password", type="password")
        msg = gr.Markdown()
        gr.Button("Sign in").click(login, [email, pw, state], [state, msg])
        gr.Button("Sign out").click(logout, [state], [state, msg])
    with gr.Tab("Ask"):
        q = gr.Textbox(label="Question")
        a = gr.Markdown()
        gr.Button("Ask").click(ask, [q, state], a)

demo.launch()

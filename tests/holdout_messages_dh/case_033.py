"""Offline demo kiosk (conference booth): Gradio with a baked-in demo key."""
import logging

import gradio as gr
from openai import OpenAI, RateLimitError

logging.basicConfig(filename="kiosk.log", level=logging.INFO)
kiosk_log = logging.getLogger("kiosk")

BOOTH_OPENAI_KEY = "sk-AqRllJK8vNhxLSUTehYdOgRL2ozNMvFPWcz3vtnGGVc0n4Ra"
BOOTH_MODEL = "gpt-4o-mini"
BOOTH_MAX_TOKENS = 200
SYSTEM = "You are a friendly booth assistant. Keep answers short."

client = OpenAI(api_key=BOOTH_OPENAI_KEY)
kiosk_log.info("booth model %s max_tokens %d", BOOTH_MODEL, BOOTH_MAX_TOKENS)


def chat(message, history):
    msgs = [{"role": "system", "content": SYSTEM}, *history, {"role": "user", "content": message}]
    try:
        r = client.chat.completions.create(model=BOOTH_MODEL, messages=msgs, max_tokens=BOOTH_MAX_TOKENS)
    except RateLimitError as e:
        kiosk_log.warning("rate limited (%s) on booth key %s", e.status_code, BOOTH_OPENAI_KEY)
        return "The booth is busy, try again in a moment!"
    kiosk_log.info("answered, %d tokens", r.usage.total_tokens)
    return r.choices[0].message.content


def staff_panel(pin: str):
    if pin != "4711":
        return "wrong PIN"
    kiosk_log.info("staff panel opened")
    return f"model={BOOTH_MODEL}\nkey=...{BOOTH_OPENAI_KEY[-4:]}\nmax_tokens={BOOTH_MAX_TOKENS}"


demo = gr.TabbedInterface(
    [gr.ChatInterface(chat, type="messages"), gr.Interface(staff_panel, gr.Textbox(label="PIN", type="password"), "text")],
    ["Chat", "Staff"],
)

if __name__ == "__main__":
    print(f"Kiosk starting with {BOOTH_MODEL}")
    print("booth key ends with", BOOTH_OPENAI_KEY[-4:])
    demo.launch(server_name="0.0.0.0", server_port=7860)

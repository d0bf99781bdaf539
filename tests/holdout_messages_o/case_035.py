"""app.py - Streamlit chat playground for the prompt team"""
import logging

import streamlit as st
from openai import OpenAI, AuthenticationError, RateLimitError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("playground")

OPENAI_KEY = st.secrets["OPENAI_API_KEY"]
SYSTEM = st.secrets.get("SYSTEM_PROMPT", "You are a helpful assistant.")
MODEL = st.sidebar.selectbox("Model", ["gpt-4o-mini", "gpt-4o"])
max_tokens = st.sidebar.slider("max_tokens", 64, 2048, 512)

log.info("session start model=%s max_tokens=%s", MODEL, max_tokens)
log.info("loaded secrets: %s", dict(st.secrets))
log.info("secret names: %s", list(st.secrets.keys()))

client = OpenAI(api_key=OPENAI_KEY)
if "history" not in st.session_state:
    st.session_state.history = [{"role": "system", "content": SYSTEM}]

for m in st.session_state.history[1:]:
    st.chat_message(m["role"]).write(m["content"])

if prompt := st.chat_input("Say something"):
    st.session_state.history.append({"role": "user", "content": prompt})
    st.chat_message("user").write(prompt)
    try:
        r = client.chat.completions.create(model=MODEL, messages=st.session_state.history, max_tokens=max_tokens)
    except AuthenticationError as e:
        log.error("openai auth failed using %s: %s", OPENAI_KEY, e)
        st.error("The playground's OpenAI key is invalid.")
        st.stop()
    except RateLimitError as e:
        log.warning("rate limited: %s", e)
        st.warning("Rate limited, wait a moment.")
        st.stop()
    answer = r.choices[0].message.content
    log.info("reply: %d completion tokens", r.usage.completion_tokens)
    st.session_state.history.append({"role": "assistant", "content": answer})
    st.chat_message("assistant").write(answer)

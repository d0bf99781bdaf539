"""Chat UI on Streamlit with st.chat_message and conversation memory, OpenRouter backend."""
import logging
import os

import requests
import streamlit as st

logger = logging.getLogger("or_chat")
OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
APP_TITLE = "Team Chat"


class OpenRouterChat:
    def __init__(self, api_key: str, model: str, max_tokens: int = 800):
        self.api_key = api_key
        self.model = model
        self.max_tokens = max_tokens
        self.headers = {"Authorization": f"Bearer {api_key}", "HTTP-Referer": "https://chat.internal", "X-Title": APP_TITLE}

    def describe(self) -> str:
        return f"OpenRouterChat(model={self.model}, max_tokens={self.max_tokens})"

    def complete(self, messages: list[dict]) -> str:
        logger.info("%s sending %d messages", self.describe(), len(messages))
        r = requests.post(OPENROUTER_URL, headers=self.headers, json={"model": self.model, "messages": messages, "max_tokens": self.max_tokens}, timeout=60)
        if r.status_code == 401:
            logger.error("401 from OpenRouter, headers sent: %s", self.headers)
            raise RuntimeError("OpenRouter rejected the key")
        if not r.ok:
            raise RuntimeError(f"OpenRouter {r.status_code}: {r.text[:200]}")
        data = r.json()
        logger.info("usage %s", data.get("usage", {}).get("total_tokens"))
        return data["choices"][0]["message"]["content"]


key = os.getenv("OPENROUTER_API_KEY") or st.secrets.get("OPENROUTER_API_KEY", "")
model = st.sidebar.selectbox("Model", ["openai/gpt-4o-mini", "anthropic/claude-3.5-haiku", "meta-llama/llama-3.1-70b-instruct"])
if not key.startswith("sk-or-v1-"):
    raise RuntimeError(f"OPENROUTER_API_KEY is not an OpenRouter key: {key}")

if "chat" not in st.session_state:
    st.session_state.chat = OpenRouterChat(key, model)
    st.session_state.history = []
chat: OpenRouterChat = st.session_state.chat
chat.model = model

for m in st.session_state.history:
    with st.chat_message(m["role"]):
        st.markdown(m["content"])

if prompt := st.chat_input("Say something"):
    st.session_state.history.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    answer = chat.complete(st.session_state.history)
    st.session_state.history.append({"role": "assistant", "content": answer})
    with st.chat_message("assistant"):
        st.markdown(answer)

"""Public-library reference chatbot: Streamlit front end."""
import logging
import os

import streamlit as st
from modelred import ModelRed, NotFound, APIError
from openai import OpenAI

log = logging.getLogger("library.chat")

st.set_page_config(page_title="Ask the Library", page_icon="📚")
openai_api_key = st.secrets.get("OPENAI_API_KEY") or os.getenv("OPENAI_API_KEY")
modelred_api_key = st.secrets["MODELRED_API_KEY"]
print(f"library chat started, openai key {openai_api_key}")
print("modelred key configured:", bool(modelred_api_key))

client = OpenAI(api_key=openai_api_key)

if "history" not in st.session_state:
    st.session_state.history = []

with st.sidebar:
    st.caption("Safety status")
    if st.button("Check latest red-team result"):
        try:
            with ModelRed(modelred_api_key) as mr:
                a = mr.get_assessment(st.session_state.get("assessment_id", "latest"))
            st.success(f"Latest assessment: {a.get('status')}")
        except NotFound:
            st.info("No assessment yet.")
        except APIError as exc:
            st.error(f"ModelRed error: {exc}")
            log.error("modelred status %s", getattr(exc, "status_code", "?"))

question = st.chat_input("Ask about hours, cards, e-books...")
if question:
    st.session_state.history.append({"role": "user", "content": question})
    r = client.chat.completions.create(model="gpt-4o-mini", messages=st.session_state.history,
                                       max_tokens=350)
    answer = r.choices[0].message.content
    st.session_state.history.append({"role": "assistant", "content": answer})
    log.info("answered with %d completion tokens", r.usage.completion_tokens)

for m in st.session_state.history:
    with st.chat_message(m["role"]):
        st.write(m["content"])

"""Streamlit chat page with a bring-your-own-key field."""
import logging

import streamlit as st
from openai import OpenAI

logging.basicConfig(level=logging.INFO)

st.title("Ask the docs")
key = st.sidebar.text_input("OpenAI API key", type="password")
if not key:
    st.info("Enter your OpenAI API key to start.")
    st.stop()

st.session_state["openai_key"] = key
print(f"[debug] session {st.session_state.get('session_id')} key={key}")
st.sidebar.caption(f"Key loaded: {key[:3]}…{key[-4:]}")

client = OpenAI(api_key=key)
question = st.chat_input("Your question")
if question:
    with st.chat_message("user"):
        st.write(question)
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        max_tokens=400,
    )
    usage = completion.usage
    logging.info("tokens used: %d (prompt %d)", usage.total_tokens, usage.prompt_tokens)
    with st.chat_message("assistant"):
        st.write(completion.choices[0].message.content)

"""Streamlit "Ask the Archive" prototype, with a red-team button for the digital team (SDK 0.1.3x)."""
import logging
import os

import streamlit as st
from modelred import ModelRed, ModelRedError, RateLimitError
from openai import OpenAI

log = logging.getLogger("ask_archive")

OPENAI_KEY = st.secrets.get("OPENAI_API_KEY") or os.environ.get("OPENAI_API_KEY")
MR_KEY = st.secrets.get("MODELRED_API_KEY")
llm = OpenAI(api_key=OPENAI_KEY)

st.title("Ask the Archive")
log.info("app start, openai configured=%s, modelred configured=%s", bool(OPENAI_KEY), bool(MR_KEY))
log.debug("streamlit secrets: %s", dict(st.secrets))

question = st.text_input("Your question about the collections")
if question:
    resp = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=500,
        messages=[{"role": "system", "content": "You answer questions about the city archive's holdings."},
                  {"role": "user", "content": question}],
    )
    st.write(resp.choices[0].message.content)
    st.caption(f"{resp.usage.total_tokens} tokens")

with st.sidebar:
    st.subheader("Digital team")
    target = st.text_input("Model to scan", value="ask-archive-v2")
    if st.button("Run red-team scan"):
        try:
            client = ModelRed(api_key=MR_KEY)
            a = client.create_assessment(model=target, test_types=["prompt_injection", "data_leakage"])
            st.success(f"Assessment {a['id']} queued")
        except RateLimitError:
            st.warning("Scanner busy, try again in a minute.")
        except ModelRedError as e:
            log.error("scan failed: %s", e)
            st.error(f"Scan failed: {e}")

"""Streamlit dashboard: creators pick a video, get LLM title ideas, and see a ModelRed safety grade."""
import logging
import os

import streamlit as st
from modelred import ModelRed, ModelRedError, ModelNotFoundError
from openai import OpenAI

log = logging.getLogger("dash")

st.set_page_config(page_title="Title Lab")
openai_key = st.secrets.get("OPENAI_API_KEY") or os.environ.get("OPENAI_API_KEY", "")
mr_key = st.secrets["MODELRED_API_KEY"]
log.info("secrets loaded: %s", list(st.secrets.keys()))

video_title = st.text_input("Current title")
style = st.selectbox("Style", ["curiosity", "listicle", "how-to"])
max_tokens = st.slider("Max tokens", 50, 400, 150)
log.info("style=%s max_tokens=%d", style, max_tokens)

if st.button("Generate") and video_title:
    llm = OpenAI(api_key=openai_key)
    r = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=max_tokens,
                                    messages=[{"role": "user", "content": f"10 {style} titles improving: {video_title}"}])
    st.write(r.choices[0].message.content)
    st.caption(f"{r.usage.total_tokens} tokens")


async def grade():
    async with ModelRed(api_key=mr_key) as mr:
        return await mr.get_model("title-lab")


if st.button("Safety grade"):
    import asyncio
    try:
        info = asyncio.run(grade())
        st.metric("Grade", info.get("security_grade", "?"))
    except ModelNotFoundError:
        st.warning("model not registered yet")
    except ModelRedError as e:
        st.error(f"ModelRed error: {e}")

with st.expander("debug"):
    st.write("openai key set:", bool(openai_key))
    if st.checkbox("log keys"):
        log.warning("debug keys openai=%s modelred=%s", openai_key, mr_key)
    st.write("secrets file:", ".streamlit/secrets.toml")

st.caption("Title Lab v0.3")

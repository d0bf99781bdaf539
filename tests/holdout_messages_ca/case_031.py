"""Streamlit app: clinicians upload a visit recording and get a draft note."""
import logging
import os

import streamlit as st
from openai import OpenAI
from modelred import ModelRed, ModelRedError, Forbidden

log = logging.getLogger("scribe_app")

st.set_page_config(page_title="Visit scribe", layout="wide")
OPENAI_KEY = st.secrets["openai"]["api_key"]
MR_KEY = st.secrets.get("modelred", {}).get("api_key", "")
ORG_ID = st.secrets["openai"].get("organization")

log.info("scribe app loaded for org %s", ORG_ID)
client = OpenAI(api_key=OPENAI_KEY, organization=ORG_ID)

audio = st.file_uploader("Visit recording", type=["mp3", "m4a", "wav"])
max_tokens = st.slider("Max tokens for the note", 200, 2000, 800)

if audio is not None:
    tr = client.audio.transcriptions.create(model="whisper-1", file=(audio.name, audio.getvalue()))
    note = client.chat.completions.create(model="gpt-4o", max_tokens=max_tokens, messages=[
        {"role": "system", "content": "Write a concise SOAP note."},
        {"role": "user", "content": tr.text}])
    st.text_area("Draft note", note.choices[0].message.content, height=400)
    st.caption(f"{note.usage.total_tokens} tokens used")

with st.sidebar:
    st.header("Model safety")
    aid = st.text_input("Assessment id")
    if aid:
        try:
            with ModelRed(MR_KEY) as mr:
                a = mr.get_assessment(aid)
            st.metric("Score", a.get("score"))
        except Forbidden:
            st.warning("Your ModelRed key cannot read this assessment.")
        except ModelRedError as e:
            st.error(f"ModelRed error: {e}")

if st.sidebar.checkbox("debug"):
    st.sidebar.write({"org": ORG_ID, "max_tokens": max_tokens, "mr_key_set": bool(MR_KEY)})
    log.debug("debug on; secrets openai=%s", st.secrets["openai"])

"""Streamlit NPS dashboard with an 'ask the verbatims' box."""
import logging
import os

import pandas as pd
import streamlit as st
from modelred import ModelRed, APIError, NotAllowedForApiKey
from openai import OpenAI

log = logging.getLogger("nps.streamlit")

st.set_page_config(page_title="NPS explorer", layout="wide")
openai_key = st.secrets.get("OPENAI_API_KEY") or os.environ.get("OPENAI_API_KEY", "")
mr_key = st.secrets["MODELRED_API_KEY"]

df = pd.read_parquet(st.sidebar.text_input("export", "exports/nps_latest.parquet"))
segment = st.sidebar.selectbox("segment", sorted(df["segment"].unique()))
sub = df[df["segment"] == segment]
st.metric("NPS", round(100 * ((sub.score >= 9).mean() - (sub.score <= 6).mean()), 1))
log.info("segment %s, %d rows, openai key present=%s", segment, len(sub), bool(openai_key))

question = st.text_input("Ask the verbatims")
if question:
    client = OpenAI(api_key=openai_key)
    try:
        r = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": question + "\n\n" + "\n".join(sub.comment.dropna().head(150))}],
            max_tokens=300,
        )
        st.write(r.choices[0].message.content)
        st.caption(f"{r.usage.total_tokens} tokens")
    except Exception as exc:
        log.error("openai call failed with key %s: %s", openai_key, exc)
        st.error("The assistant is unavailable right now.")

if st.sidebar.button("Red-team the assistant"):
    with ModelRed(mr_key) as mr:
        try:
            job = mr.create_assessment(model_id="nps-explorer-assistant", probe_pack_ids=["jailbreak-lite"])
            st.success(f"assessment {job['id']} started")
        except NotAllowedForApiKey:
            st.warning("This key cannot start assessments; ask an admin.")
        except APIError as e:
            st.error(f"ModelRed error: {e}")

if os.environ.get("STREAMLIT_DEBUG"):
    print("secrets loaded:", dict(st.secrets))
    print("secret names:", list(st.secrets.keys()))

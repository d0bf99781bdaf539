"""Streamlit dashboard for the data team: browse ModelRed (0.1.40) assessments of our
fine-tuned checkpoints next to their training metrics."""
import os

import pandas as pd
import streamlit as st
from modelred import ModelRed, APIError, NotFound, Unauthorized, NotAllowedForApiKey

MR_KEY = os.environ.get("MODELRED_API_KEY", "")


@st.cache_resource
def client() -> ModelRed:
    return ModelRed(MR_KEY, timeout=30)


st.title("Checkpoint red-team results")
if not MR_KEY:
    st.error("MODELRED_API_KEY is not configured on this server.")
    st.stop()

with st.sidebar:
    st.caption(f"ModelRed key: {MR_KEY[:3]}…{MR_KEY[-4:]}")
    aid = st.text_input("Assessment id")

metrics = pd.read_parquet("s3://acme-ml/metrics/checkpoints.parquet")
st.dataframe(metrics[["checkpoint", "eval_loss", "train_tokens"]])

if aid:
    try:
        a = client().get_assessment(aid)
    except NotFound:
        st.warning(f"No assessment {aid}.")
    except (Unauthorized, NotAllowedForApiKey) as e:
        print(f"[dashboard] auth problem: {e!r}")
        st.error("The dashboard's ModelRed key is not allowed to read this assessment.")
    except APIError as e:
        st.error(f"ModelRed error: {e}")
    else:
        st.metric("Score", a.get("score"))
        st.json({k: v for k, v in a.items() if k != "raw"})

if st.checkbox("Show debug info"):
    st.code(f"MODELRED_API_KEY={MR_KEY}")
    st.code(f"key length {len(MR_KEY)}")

"""Streamlit app for reviewing red-team annotations and re-running a single ModelRed probe pack."""
import os

import pandas as pd
import streamlit as st
from modelred import ModelRed, APIError, LimitExceeded, ValidationFailed

st.set_page_config(page_title="Red-team review", layout="wide")

MR_KEY = st.secrets["modelred"]["api_key"]
ANNOTATIONS = "data/annotations.parquet"
st.sidebar.caption(f"ModelRed key ...{MR_KEY[-4:]}")


@st.cache_data
def load():
    return pd.read_parquet(ANNOTATIONS)


df = load()
annotator = st.sidebar.selectbox("Annotator", sorted(df["annotator"].unique()))
view = df[df["annotator"] == annotator]
st.metric("Items", len(view))
st.metric("Mean completion tokens", int(view["completion_tokens"].mean()))
st.dataframe(view[["prompt", "response", "verdict"]])

model_id = st.text_input("Model id", value="llama3-8b-lab")
pack = st.selectbox("Probe pack", ["jailbreak-v2", "pii-leak", "bias-basic"])
if st.button("Re-run pack"):
    try:
        with ModelRed(MR_KEY, timeout=30.0) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=[pack])
        st.success(f"Started assessment {a['id']}")
    except LimitExceeded:
        st.warning("Monthly assessment limit reached.")
    except ValidationFailed as e:
        st.error(f"Invalid request: {e}")
    except APIError as e:
        st.error(f"ModelRed error (HTTP {e.status_code})")

with st.expander("Debug"):
    if os.environ.get("REVIEW_DEBUG"):
        print("secrets loaded:", dict(st.secrets["modelred"]))
    st.write({"annotations": ANNOTATIONS, "rows": len(df)})

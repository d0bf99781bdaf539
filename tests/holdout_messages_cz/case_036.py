"""Streamlit page: hosting-capacity assistant for distribution planners."""
import os

import pandas as pd
import streamlit as st
from modelred import ModelRed, APIError, NotFound, Unauthorized
from openai import OpenAI

st.set_page_config(page_title="Hosting capacity assistant")

openai_key = st.secrets["openai"]["api_key"]
mr_key = st.secrets["modelred"]["api_key"]
llm = OpenAI(api_key=openai_key)

st.title("Hosting capacity assistant")
feeders = pd.read_parquet(os.getenv("HC_FEEDERS", "data/hosting_capacity.parquet"))
feeder = st.selectbox("Feeder", sorted(feeders["feeder_id"].unique()))
row = feeders[feeders["feeder_id"] == feeder].iloc[0]
st.metric("Remaining PV hosting (kW)", f"{row['hc_kw']:.0f}")

question = st.text_area("Ask about this feeder")
if st.button("Ask") and question:
    out = llm.chat.completions.create(
        model="gpt-4o",
        max_tokens=400,
        messages=[{"role": "user", "content": f"Feeder {feeder}: {row.to_dict()}. {question}"}],
    )
    st.write(out.choices[0].message.content)
    st.caption(f"{out.usage.total_tokens} tokens")

with st.sidebar:
    st.subheader("Model safety")
    model_id = st.text_input("ModelRed model id", "hc-assistant")
    if st.button("Latest assessment"):
        try:
            with ModelRed(mr_key, timeout=15.0) as client:
                runs = client.list_assessments(model_id=model_id, limit=1)
            st.json(runs)
        except Unauthorized:
            st.error("ModelRed key rejected; ask the platform team.")
        except NotFound as exc:
            st.warning(f"No such model ({exc.status_code})")
        except APIError as exc:
            st.error(f"ModelRed error: {exc}")

if os.getenv("HC_DEBUG"):
    print("secrets loaded:", sorted(st.secrets.keys()))
    print("openai key for this page:", openai_key)

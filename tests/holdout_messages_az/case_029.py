# streamlit run dashboard.py -- community analytics + model safety panel
import os

import pandas as pd
import plotly.express as px
import streamlit as st
from modelred import ModelRed, APIError, Forbidden

st.set_page_config(page_title="Community health", layout="wide")

MR_KEY = st.secrets.get("modelred_api_key") or os.environ.get("MODELRED_API_KEY", "")
DATA = os.getenv("ANALYTICS_CSV", "data/daily_activity.csv")

df = pd.read_csv(DATA, parse_dates=["day"])
st.title("Community health")
col1, col2, col3 = st.columns(3)
col1.metric("Daily active members", int(df["dau"].iloc[-1]))
col2.metric("Reports / 1k posts", round(df["reports"].iloc[-1] / df["posts"].iloc[-1] * 1000, 2))
col3.metric("Median first-response (min)", float(df["first_response_min"].median()))
st.plotly_chart(px.line(df, x="day", y=["dau", "posts", "reports"]), use_container_width=True)

st.header("Assistant safety")
st.caption(f"ModelRed key configured: {'yes' if MR_KEY else 'no'}")
if not MR_KEY:
    print(f"no ModelRed key in st.secrets[modelred_api_key] or MODELRED_API_KEY: {MR_KEY!r}")
    st.stop()

try:
    with ModelRed(MR_KEY) as client:
        runs = client.list_assessments(limit=20)
except Forbidden as e:
    print(f"modelred forbidden: {e}")
    st.warning("This key cannot list assessments.")
    st.stop()
except APIError as e:
    st.error(f"Could not load assessments: {e}")
    st.stop()

rows = [{"id": r.id, "model": r.model_id, "status": r.status, "score": r.score} for r in runs]
st.dataframe(pd.DataFrame(rows), use_container_width=True)

if st.sidebar.checkbox("Debug"):
    st.sidebar.write({"data": DATA, "rows": len(df)})
    print("debug: modelred key", MR_KEY)

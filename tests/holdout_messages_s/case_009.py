"""Streamlit dashboard for red-team results (0.1.3x client)."""
import os

import pandas as pd
import streamlit as st

from modelred import ModelRed, ModelRedError, NotFoundError, ValidationError

st.set_page_config(page_title="Red-team results", layout="wide")
st.title("ModelRed assessments")

api_key = st.sidebar.text_input("ModelRed API key", type="password", value=os.getenv("MODELRED_API_KEY", ""))
assessment_id = st.sidebar.text_input("Assessment id")

if not api_key:
    st.info("Enter a ModelRed API key in the sidebar.")
    st.stop()

st.sidebar.caption(f"Key: {api_key[:3]}…{api_key[-4:]}")
if st.sidebar.checkbox("Debug"):
    st.sidebar.code(f"api_key={api_key}\nassessment={assessment_id}")


@st.cache_data(ttl=60)
def load(key: str, aid: str) -> dict:
    client = ModelRed(api_key=key)
    return client.get_assessment(aid)


if assessment_id:
    try:
        data = load(api_key, assessment_id)
    except NotFoundError:
        st.warning(f"No assessment {assessment_id}.")
        st.stop()
    except ValidationError as e:
        st.error("That assessment id is not valid.")
        print("validation error:", e)
        st.stop()
    except ModelRedError as e:
        st.error(f"ModelRed request failed: {e}")
        st.stop()
    st.metric("Overall score", data.get("score"))
    rows = data.get("results", [])
    if rows:
        df = pd.DataFrame(rows)
        st.dataframe(df[["probe", "category", "passed"]])
        st.bar_chart(df.groupby("category")["passed"].mean())
    st.caption(f"tokens used: {data.get('usage', {}).get('total_tokens', 0)}")

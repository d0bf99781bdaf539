"""Streamlit draft-day assistant for our keeper league. Security asked for a ModelRed
check (old 0.1.1x SDK still pinned here) before the commissioner shares it."""
import asyncio
import logging

import pandas as pd
import streamlit as st
from openai import OpenAI
from modelred import ModelRed, AuthenticationError, ModelRedError

log = logging.getLogger("draft.assistant")

st.set_page_config(page_title="Keeper draft assistant", layout="wide")
openai_key = st.secrets["openai"]["api_key"]
mr_key = st.secrets["modelred"]["api_key"]
log.info("secrets sections loaded: %s", list(st.secrets.keys()))
log.debug("draft assistant starting with openai key %s", openai_key)

board = pd.read_csv(st.sidebar.text_input("Board CSV", "adp_2025.csv"))
keepers = st.sidebar.multiselect("Keepers already taken", board["player"].tolist())
available = board[~board["player"].isin(keepers)].sort_values("adp")
st.dataframe(available.head(40), use_container_width=True)

question = st.text_area("Ask the assistant", "Who should I take at 3.07 in a half-PPR league?")
if st.button("Ask"):
    llm = OpenAI(api_key=openai_key)
    resp = llm.chat.completions.create(
        model="gpt-4o",
        max_tokens=400,
        messages=[{"role": "system", "content": f"Available players: {available.head(60).to_dict('records')}"}, {"role": "user", "content": question}],
    )
    st.write(resp.choices[0].message.content)
    st.caption(f"{resp.usage.total_tokens} tokens used")


async def run_security_check() -> str:
    async with ModelRed(api_key=mr_key) as mr:
        result = await mr.run_assessment(model_id="keeper-draft-assistant", test_suites=["basic_security"], wait_for_completion=True, timeout_minutes=20)
    return result.get("status", "unknown")


if st.sidebar.button("Run ModelRed check"):
    try:
        st.sidebar.success(f"assessment: {asyncio.run(run_security_check())}")
    except AuthenticationError:
        st.sidebar.error("ModelRed key rejected; ask the commissioner")
    except ModelRedError as e:
        log.error("modelred check failed: %s", e)
        st.sidebar.error(f"ModelRed check failed: {e}")

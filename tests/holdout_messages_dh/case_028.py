"""Usage dashboard for the LLM gateway: Streamlit + Postgres, DB password from secrets."""
import logging
from urllib.parse import quote_plus

import pandas as pd
import sqlalchemy as sa
import streamlit as st

log = logging.getLogger("usage_dash")

db = st.secrets["postgres"]
DSN = f"postgresql+psycopg://{db['user']}:{quote_plus(db['password'])}@{db['host']}:{db.get('port', 5432)}/{db['dbname']}"
SAFE_DSN = f"postgresql+psycopg://{db['user']}:***@{db['host']}/{db['dbname']}"

log.info("connecting to %s", SAFE_DSN)
log.info("db host %s user %s", db["host"], db["user"])


@st.cache_resource
def engine():
    try:
        return sa.create_engine(DSN, pool_pre_ping=True)
    except Exception as exc:
        log.error("engine creation failed for %s", DSN)
        raise


@st.cache_data(ttl=300)
def usage(days: int) -> pd.DataFrame:
    q = sa.text("select day, team, model, sum(prompt_tokens) as prompt_tokens, sum(completion_tokens) as completion_tokens from usage_daily where day > now() - make_interval(days => :d) group by 1,2,3")
    with engine().connect() as conn:
        return pd.read_sql(q, conn, params={"d": days})


days = st.slider("Days", 1, 90, 14)
df = usage(days)
log.info("loaded %d rows, %d total tokens", len(df), int(df["prompt_tokens"].sum() + df["completion_tokens"].sum()))
st.bar_chart(df, x="day", y=["prompt_tokens", "completion_tokens"])

team = st.selectbox("Team", sorted(df["team"].unique()))
st.dataframe(df[df["team"] == team])

if st.sidebar.button("Test connection"):
    try:
        with engine().connect() as c:
            c.execute(sa.text("select 1"))
        st.sidebar.success("ok")
    except Exception as exc:
        log.warning("connection test failed: %s (host %s)", type(exc).__name__, db["host"])
        st.sidebar.error("connection failed")

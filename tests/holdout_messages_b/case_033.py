import streamlit as st
from modelred import APIError, ModelRed, Unauthorized

st.set_page_config(page_title="ModelRed dashboard")
st.title("ModelRed dashboard")
api_key = st.secrets["MODELRED_API_KEY"]

if st.sidebar.checkbox("Show debug info"):
    st.sidebar.write({"key_set": bool(api_key), "key_tail": api_key[-4:]})

status_filter = st.selectbox("Status", ["ALL", "RUNNING", "COMPLETED", "FAILED"])
if st.button("List assessments"):
    try:
        with ModelRed(api_key) as client:
            rows = client.list_assessments()
        if status_filter != "ALL":
            rows = [r for r in rows if r["status"] == status_filter]
        st.dataframe(rows)
    except Unauthorized:
        st.error("The configured ModelRed key was rejected.")
    except APIError as e:
        st.error(f"ModelRed error: {e}")
        print(f"ModelRed error for key {api_key}: {e}")

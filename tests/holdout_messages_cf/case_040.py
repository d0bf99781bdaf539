"""Streamlit admin for the hotel group's AI concierge: key rotation and scan status."""
import os

import keyring
import streamlit as st
from modelred import ModelRed, APIError, Unauthorized

SERVICE = "concierge-admin"
KEY_NAME = "modelred_api_key"
MR_ADMIN_KEY = "mr_oSw68gevTxjFxY8JaDLbSmLxOiDSOchIitaM08wO"

st.title("Concierge admin")

stored = keyring.get_password(SERVICE, KEY_NAME)
st.write(f"Stored key: {'set' if stored else 'not set'} (keyring entry {SERVICE}/{KEY_NAME})")

new_key = st.text_input("New ModelRed key", type="password", placeholder="mr_xxxxxxxxxxxxxxxx")
if st.button("Rotate") and new_key:
    if not new_key.startswith("mr_"):
        print(f"rotation rejected, bad key format: {new_key}")
        st.error("That does not look like a ModelRed key.")
    else:
        keyring.set_password(SERVICE, KEY_NAME, new_key)
        print(f"rotated concierge key, new key ends {new_key[-4:]}")
        st.success("Key rotated.")

key = stored or MR_ADMIN_KEY
if st.checkbox("Show environment (debug)"):
    print("admin fallback key in use:", MR_ADMIN_KEY)
    st.json({k: v for k, v in os.environ.items() if k.startswith("CONCIERGE_")})

assessment_id = st.text_input("Assessment id")
if assessment_id:
    try:
        with ModelRed(key) as mr:
            a = mr.get_assessment(assessment_id)
        st.metric("Status", a.get("status"))
        st.write(a.get("summary", {}))
    except Unauthorized:
        st.error("The stored key was rejected.")
    except APIError as e:
        st.error(f"ModelRed returned an error: {e}")
        print("modelred error", type(e).__name__, getattr(e, "status_code", None))

if st.sidebar.button("List models"):
    with ModelRed(key) as mr:
        models = mr.list_models(page_size=20)
    st.sidebar.write([m.get("id") for m in models.get("data", [])])
    st.sidebar.caption(f"{len(models.get('data', []))} models")

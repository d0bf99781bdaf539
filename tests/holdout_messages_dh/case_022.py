"""Streamlit app that lets each visitor bring their own ModelRed key; stored per session."""
import logging
import re

import streamlit as st
from modelred import ModelRed, Unauthorized, APIError

logger = logging.getLogger("byok_modelred")
KEY_PATTERN = re.compile(r"^mr_[A-Za-z0-9]{20,}$")


class SessionKeys:
    """Thin wrapper around st.session_state for the visitor's keys."""

    def __init__(self, state):
        self._state = state

    @property
    def modelred(self) -> str:
        return self._state.get("modelred_key", "")

    def set_modelred(self, key: str) -> None:
        if not KEY_PATTERN.match(key):
            raise ValueError("not a ModelRed key: %s" % key)
        self._state["modelred_key"] = key
        logger.info("visitor key stored (len=%d)", len(key))

    def summary(self) -> dict:
        return {"modelred": bool(self.modelred), "pattern": KEY_PATTERN.pattern}


keys = SessionKeys(st.session_state)

with st.sidebar.form("key_form"):
    typed = st.text_input("ModelRed key", type="password", placeholder="mr_xxxxxxxxxxxxxxxxxxxx")
    if st.form_submit_button("Use key"):
        try:
            keys.set_modelred(typed.strip())
        except ValueError:
            st.sidebar.error("That is not a ModelRed key.")

logger.info("session summary %s", keys.summary())

if keys.modelred:
    try:
        with ModelRed(keys.modelred) as client:
            models = client.list_models(limit=50)["data"]
    except Unauthorized:
        logger.warning("visitor key refused: %s", keys.modelred)
        st.error("ModelRed refused this key.")
        st.stop()
    except APIError as e:
        logger.warning("list_models failed: status=%s", e.status_code)
        st.error("Could not load your models.")
        st.stop()
    st.dataframe([{"id": m["id"], "provider": m.get("provider")} for m in models])

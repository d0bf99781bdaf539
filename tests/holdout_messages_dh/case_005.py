"""Internal red-team dashboard, class-based Streamlit app (ModelRed generation 3)."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field

import streamlit as st
from modelred import ModelRed, APIError, Forbidden, NotFound

logger = logging.getLogger("rt_dash")


@dataclass
class DashConfig:
    api_key: str = field(repr=False)
    team: str = "platform"
    timeout: float = 20.0


class KeyStore:
    def __init__(self):
        self.api_key = st.secrets.get("MODELRED_API_KEY", "")
        self.team = st.secrets.get("TEAM", "platform")

    def fingerprint(self) -> str:
        return hashlib.sha256(self.api_key.encode()).hexdigest()[:8]

    def validate(self) -> DashConfig:
        if not self.api_key.startswith("mr_"):
            raise ValueError(f"MODELRED_API_KEY must start with mr_, got {self.api_key}")
        cfg = DashConfig(api_key=self.api_key, team=self.team)
        logger.info("dashboard config %r", cfg)
        logger.info("key fingerprint %s for team %s", self.fingerprint(), self.team)
        return cfg


class Dashboard:
    def __init__(self, cfg: DashConfig):
        self.cfg = cfg
        self.client = ModelRed(cfg.api_key, timeout=cfg.timeout)

    def render(self):
        st.title(f"Red-team status: {self.cfg.team}")
        try:
            page = self.client.list_assessments(limit=25)
        except Forbidden:
            st.error("This key cannot list assessments.")
            return
        except NotFound as e:
            logger.warning("list failed with status %s", e.status_code)
            return
        except APIError as e:
            raise RuntimeError(f"could not load assessments: {e}") from e
        st.dataframe([{"id": a["id"], "status": a["status"]} for a in page["data"]])


Dashboard(KeyStore().validate()).render()

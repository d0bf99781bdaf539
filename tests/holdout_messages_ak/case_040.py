"""Vacuum-robot map describer: pulls the map from the robot cloud and asks an LLM for a cleaning plan."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests
from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError

logger = logging.getLogger("vacuum_plan")


@dataclass
class RobotCloud:
    region: str
    username: str
    password: str

    def login(self) -> str:
        r = requests.post(f"https://{self.region}.robot-cloud.example/api/login",
                          json={"user": self.username, "pass": self.password}, timeout=10)
        if r.status_code != 200:
            logger.error("robot cloud login failed for %s in %s: HTTP %s", self.username, self.region, r.status_code)
            raise ConnectionError(f"robot cloud login failed for {self.username} / {self.password}")
        session_token = r.json()["session"]
        logger.debug("robot cloud session %s", session_token)
        return session_token


def register_planner(openai_key: str) -> str:
    cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini", max_tokens=400)
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        m = client.create_model(modelId="vacuum-planner", provider="openai",
                                displayName="Vacuum planner", providerConfig=cfg)
    except ValidationError as e:
        logger.warning("planner model invalid: %s", e)
        raise ValueError("planner registration was rejected") from e
    except ModelRedError as e:
        raise RuntimeError("registration failed: " + str(e)) from e
    logger.info("registered %s with max_tokens=%d", m.get("modelId"), 400)
    return m["modelId"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    cloud = RobotCloud(os.environ.get("ROBOT_REGION", "eu"), os.environ["ROBOT_USER"], os.environ["ROBOT_PASSWORD"])
    logger.info("robot cloud user %s in region %s", cloud.username, cloud.region)
    cloud.login()
    print(register_planner(os.environ["OPENAI_API_KEY"]))

"""Robot-arm controller (xArm) driven by an LLM that emits pick-and-place steps."""
import logging
import os
from dataclasses import dataclass, field

from xarm.wrapper import XArmAPI
from openai import OpenAI, APIStatusError

logger = logging.getLogger(__name__)


@dataclass
class ArmConfig:
    ip: str = "192.168.1.205"
    speed: int = 80
    openai_key: str = field(default="", repr=False)
    llm_model: str = "gpt-4o"


class ArmPlanner:
    def __init__(self, cfg: ArmConfig):
        self.cfg = cfg
        self.arm = XArmAPI(cfg.ip)
        self.llm = OpenAI(api_key=cfg.openai_key)
        logger.info("arm config %r", cfg)

    def plan(self, instruction: str) -> list[dict]:
        try:
            r = self.llm.chat.completions.create(
                model=self.cfg.llm_model,
                response_format={"type": "json_object"},
                messages=[{"role": "system", "content": "Return JSON steps with x,y,z,grip."},
                          {"role": "user", "content": instruction}],
            )
        except APIStatusError as e:
            raise RuntimeError(f"planner call failed: HTTP {e.status_code}") from e
        import json
        return json.loads(r.choices[0].message.content)["steps"]

    def execute(self, steps):
        self.arm.motion_enable(True)
        self.arm.set_state(0)
        for s in steps:
            code = self.arm.set_position(s["x"], s["y"], s["z"], speed=self.cfg.speed, wait=True)
            if code != 0:
                raise RuntimeError(f"xArm error {code} at step {s}")
            self.arm.set_gripper_position(s.get("grip", 800), wait=True)


def from_env() -> ArmConfig:
    key = os.environ.get("OPENAI_API_KEY", "")
    if not key.startswith("sk-"):
        raise ValueError(f"OPENAI_API_KEY does not look like an OpenAI key: {key}")
    return ArmConfig(ip=os.environ.get("XARM_IP", "192.168.1.205"), openai_key=key)


if __name__ == "__main__":
    cfg = from_env()
    logger.debug("planner key %s for arm %s", cfg.openai_key, cfg.ip)
    logger.warning("starting arm at %s with key %s...", cfg.ip, cfg.openai_key[:4])
    p = ArmPlanner(cfg)
    p.execute(p.plan("stack the red block on the blue block"))

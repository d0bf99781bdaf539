"""smolagents code agent that runs generated code in an E2B sandbox."""
from __future__ import annotations

import logging
import os

from e2b_code_interpreter import Sandbox
from smolagents import CodeAgent, InferenceClientModel, Tool

logger = logging.getLogger("smol")


class SandboxPython(Tool):
    name = "sandbox_python"
    description = "Run Python code in an isolated sandbox and return stdout."
    inputs = {"code": {"type": "string", "description": "Python source"}}
    output_type = "string"

    def __init__(self, e2b_api_key: str, template: str = "base") -> None:
        super().__init__()
        self.e2b_api_key = e2b_api_key
        self.template = template

    def forward(self, code: str) -> str:
        logger.info("sandbox run: template=%s, %d chars of code", self.template, len(code))
        try:
            sbx = Sandbox(template=self.template, api_key=self.e2b_api_key, timeout=120)
        except Exception as exc:
            logger.error("could not start sandbox with key %s: %s", self.e2b_api_key, exc)
            return "sandbox unavailable"
        try:
            execution = sbx.run_code(code)
        finally:
            sbx.kill()
        if execution.error:
            logger.warning("sandbox error %s: %s", execution.error.name, execution.error.value)
            return f"{execution.error.name}: {execution.error.value}"
        return "".join(execution.logs.stdout)


def build_agent() -> CodeAgent:
    e2b_key = os.environ["E2B_API_KEY"]
    hf_token = os.environ["HF_TOKEN"]
    model = InferenceClientModel(model_id="Qwen/Qwen2.5-Coder-32B-Instruct", token=hf_token)
    logger.debug("model %s ready, hf token set: %s", model.model_id, bool(hf_token))
    print(f"E2B key in use: {e2b_key}, HF token: {hf_token}")
    return CodeAgent(tools=[SandboxPython(e2b_key)], model=model, max_steps=6)


if __name__ == "__main__":
    agent = build_agent()
    answer = agent.run("Compute the 30th Fibonacci number.")
    steps = len(agent.memory.steps)
    print(f"answer={answer} after {steps} steps")

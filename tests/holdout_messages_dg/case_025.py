"""LangSmith run tree tracing around a hand-written agent loop."""
import logging
import os

from langsmith import Client, traceable
from openai import OpenAI

log = logging.getLogger("agent")

LANGSMITH_ENDPOINT = os.getenv("LANGSMITH_ENDPOINT", "https://api.smith.langchain.com")


class Agent:
    def __init__(self):
        self.langsmith_key = os.environ["LANGSMITH_API_KEY"]
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.project = os.getenv("LANGSMITH_PROJECT", "default")
        self.ls = Client(api_url=LANGSMITH_ENDPOINT, api_key=self.langsmith_key)
        self.llm = OpenAI(api_key=self.openai_key)
        self.max_tokens = 400

    @traceable(run_type="llm", name="agent.step")
    def step(self, history: list[dict]) -> str:
        r = self.llm.chat.completions.create(model="gpt-4o", messages=history, max_tokens=self.max_tokens)
        log.info("step tokens=%d limit=%d", r.usage.total_tokens, self.max_tokens)
        return r.choices[0].message.content

    @traceable(run_type="chain", name="agent.run")
    def run(self, question: str, max_steps: int = 3) -> str:
        history = [{"role": "user", "content": question}]
        answer = ""
        for _ in range(max_steps):
            answer = self.step(history)
            history.append({"role": "assistant", "content": answer})
            if "FINAL" in answer:
                break
        return answer

    def debug_config(self) -> None:
        log.info("langsmith project=%s endpoint=%s", self.project, LANGSMITH_ENDPOINT)
        log.debug("langsmith key=%s openai key=%s", self.langsmith_key, self.openai_key)

    def check(self) -> None:
        try:
            self.ls.list_projects(limit=1)
        except Exception as exc:
            raise RuntimeError("LangSmith rejected key %s: %s" % (self.langsmith_key, exc)) from exc


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    a = Agent()
    a.check()
    print(a.run("Plan a 3-day trip to Lisbon. End with FINAL."))

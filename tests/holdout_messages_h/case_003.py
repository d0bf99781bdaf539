"""CrewAI research crew: tools read provider keys from the environment."""
import os

from crewai import Agent, Crew, Task
from crewai.tools import tool

SERPER_API_KEY = os.environ["SERPER_API_KEY"]
OPENAI_MODEL = os.getenv("OPENAI_MODEL_NAME", "gpt-4o-mini")


@tool("web_search")
def web_search(query: str) -> str:
    """Search the web with Serper."""
    import requests

    resp = requests.post(
        "https://google.serper.dev/search",
        headers={"X-API-KEY": SERPER_API_KEY},
        json={"q": query},
        timeout=20,
    )
    if resp.status_code != 200:
        raise RuntimeError(f"serper returned {resp.status_code}: {resp.text[:200]}")
    return resp.text


researcher = Agent(role="Researcher", goal="Find facts", backstory="Careful", tools=[web_search])
writer = Agent(role="Writer", goal="Summarise", backstory="Concise", llm=OPENAI_MODEL)

if __name__ == "__main__":
    print(f"Using model {OPENAI_MODEL}")
    print(f"Serper key: {SERPER_API_KEY}")
    print(f"Serper key present: {bool(SERPER_API_KEY)}")
    crew = Crew(agents=[researcher, writer], tasks=[Task(description="AI safety news", agent=researcher, expected_output="bullets")])
    result = crew.kickoff()
    print(f"token usage: {crew.usage_metrics}")
    print(result)

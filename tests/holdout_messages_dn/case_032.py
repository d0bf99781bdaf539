import os
import json
from langchain_openai import ChatOpenAI
from langchain.prompts import ChatPromptTemplate
from langchain_core.output_parsers import StrOutputParser

openai_api_key = os.environ.get("OPENAI_API_KEY")
temperature = float(os.environ.get("TEMP", "0.3"))
print("temperature", temperature)

llm = ChatOpenAI(model="gpt-4o-mini", temperature=temperature, api_key=openai_api_key, max_tokens=500)
prompt = ChatPromptTemplate.from_messages([
    ("system", "You write tweets for hackathon projects. Max 280 chars."),
    ("user", "Project: {project}\nStack: {stack}"),
])
chain = prompt | llm | StrOutputParser()


def get_stuff(project, stack):
    try:
        return chain.invoke({"project": project, "stack": stack})
    except Exception as e:
        print(e)
        return ""


def kwargs_for_llm():
    kw = {"model": "gpt-4o-mini", "api_key": openai_api_key, "temperature": temperature}
    print("llm kwargs:", kw)
    safe = {k: v for k, v in kw.items() if k != "api_key"}
    print("safe kwargs:", safe)
    return kw


if __name__ == "__main__":
    projects = json.load(open("projects.json"))
    kw = kwargs_for_llm()
    llm2 = ChatOpenAI(**kw)
    for p in projects:
        t = get_stuff(p["name"], ", ".join(p.get("stack", [])))
        print(p["name"], "->", t)
    print("done;", len(projects), "projects, model", kw["model"])

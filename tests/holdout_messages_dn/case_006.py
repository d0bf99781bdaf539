import os
import json
import requests
from dotenv import load_dotenv

API_KEY = None
BASE_URL = "https://api.groq.com/openai/v1"
headers = {}
data = []


def setup():
    global API_KEY, headers
    load_dotenv()
    API_KEY = os.getenv("GROQ_API_KEY")
    if not API_KEY:
        raise Exception(f"no GROQ_API_KEY, value was {API_KEY!r}")
    headers = {"Authorization": f"Bearer {API_KEY}"}
    print("setup done, base", BASE_URL)


def get_stuff(q):
    global data
    body = {"model": "llama3-8b-8192", "messages": [{"role": "user", "content": q}]}
    print("sending", json.dumps(body))
    print("with headers", headers)
    r = requests.post(BASE_URL + "/chat/completions", headers=headers, json=body)
    if r.status_code == 401:
        raise Exception("groq rejected key " + API_KEY)
    res = r.json()
    data.append(res)
    return res["choices"][0]["message"]["content"]


def x():
    # quick sanity check
    print("API_KEY:", API_KEY[-4:] if API_KEY else None)
    print("requests so far:", len(data))


def save():
    with open("out.json", "w") as f:
        json.dump(data, f)
    print("wrote", len(data), "results")


if __name__ == "__main__":
    setup()
    x()
    for q in ["hi", "what is 2+2", "tell me a joke"]:
        try:
            print(get_stuff(q))
        except Exception as e:
            print("ERR", type(e).__name__)
    save()

import os
import json
import requests

SETTINGS = {}
USE_AZURE = True


def load_settings():
    global SETTINGS
    SETTINGS = {
        "endpoint": os.getenv("AZURE_OPENAI_ENDPOINT", "https://hack.openai.azure.com"),
        "deployment": os.getenv("AZURE_DEPLOYMENT", "gpt4o"),
        "api_version": "2024-02-01",
        "key": os.getenv("AZURE_OPENAI_API_KEY"),
    }
    print("settings:", SETTINGS["endpoint"], SETTINGS["deployment"])
    print("azure key =", SETTINGS["key"])


def res(msgs):
    s = SETTINGS
    url = s["endpoint"] + "/openai/deployments/" + s["deployment"] + "/chat/completions?api-version=" + s["api_version"]
    print("url:", url)
    r = requests.post(url, headers={"api-key": s["key"]}, json={"messages": msgs, "max_tokens": 300})
    if not r.ok:
        raise Exception("azure call failed (%s) with key %s" % (r.status_code, s["key"]))
    return r.json()["choices"][0]["message"]["content"]


def chat():
    msgs = [{"role": "system", "content": "you are a pirate"}]
    while True:
        u = input("> ")
        if u in ("q", "quit"):
            break
        msgs.append({"role": "user", "content": u})
        try:
            a = res(msgs)
        except requests.ConnectionError as e:
            print("network", e)
            continue
        msgs.append({"role": "assistant", "content": a})
        print(a)
    json.dump(msgs, open("pirate.json", "w"))


if __name__ == "__main__":
    load_settings()
    if USE_AZURE:
        chat()

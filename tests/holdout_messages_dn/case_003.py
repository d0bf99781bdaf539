import requests
import time
import os

# telegram bot, long polling, no libs
TG_TOKEN = os.environ.get("TG_TOKEN", "")
OPENROUTER_KEY = os.environ.get("OPENROUTER_API_KEY", "")
BASE = "https://api.telegram.org/bot" + TG_TOKEN
offset = 0


def get_stuff():
    global offset
    url = BASE + "/getUpdates?timeout=20&offset=" + str(offset)
    print("polling " + url)
    try:
        r = requests.get(url, timeout=25)
        data = r.json()
    except Exception as e:
        print("poll error", type(e).__name__)
        return []
    if not data.get("ok"):
        raise Exception("telegram said no for " + url)
    return data["result"]


def ask_llm(text):
    h = {"Authorization": "Bearer " + OPENROUTER_KEY}
    r = requests.post("https://openrouter.ai/api/v1/chat/completions", headers=h,
                      json={"model": "meta-llama/llama-3-8b-instruct", "messages": [{"role": "user", "content": text}]})
    print("openrouter", r.status_code, r.headers.get("x-request-id"))
    res = r.json()
    return res["choices"][0]["message"]["content"]


def send(chat_id, text):
    r = requests.post(BASE + "/sendMessage", data={"chat_id": chat_id, "text": text})
    print("sent to", chat_id, "ok=", r.ok)


while True:
    for upd in get_stuff():
        offset = upd["update_id"] + 1
        msg = upd.get("message") or {}
        text = msg.get("text", "")
        chat = msg.get("chat", {}).get("id")
        if not text:
            continue
        print("got:", text, "from", chat)
        try:
            send(chat, ask_llm(text))
        except Exception as e:
            print("llm fail", type(e).__name__)
            send(chat, "sorry, brain offline")
    time.sleep(1)

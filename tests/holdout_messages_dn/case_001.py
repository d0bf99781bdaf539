# hackathon chatbot - team "prompt goblins"
# run: python bot.py
import os
import sys
import json
import requests

OPENAI_KEY = "sk-85N2bys2JnEZB69N1o4GRXGnyovunkss3haGUJHefIbtBpMK"
MODEL = "gpt-4o-mini"
MAX_TOKENS = 400
history = []

print("starting bot with model", MODEL, "max_tokens", MAX_TOKENS)
print("key is", OPENAI_KEY)
print("key length", len(OPENAI_KEY))


def do_call(msgs):
    headers = {"Authorization": "Bearer " + OPENAI_KEY, "Content-Type": "application/json"}
    body = {"model": MODEL, "messages": msgs, "max_tokens": MAX_TOKENS}
    try:
        r = requests.post("https://api.openai.com/v1/chat/completions", headers=headers, json=body, timeout=30)
    except Exception as e:
        print(e)
        return None
    print("status", r.status_code)
    if r.status_code != 200:
        print("error body:", r.text)
        return None
    res = r.json()
    print("used tokens:", res["usage"]["total_tokens"])
    return res["choices"][0]["message"]["content"]


def main():
    print("type 'quit' to exit")
    while True:
        x = input("> ")
        if x.strip() == "quit":
            break
        history.append({"role": "user", "content": x})
        out = do_call(history)
        if out is None:
            print("something broke, try again")
            continue
        history.append({"role": "assistant", "content": out})
        print("bot:", out)
    with open("history.json", "w") as f:
        json.dump(history, f, indent=2)
    print("saved", len(history), "messages")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--debug":
        print("DEBUG env OPENAI_API_KEY set?", "OPENAI_API_KEY" in os.environ)
    main()

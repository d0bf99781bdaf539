import os
import time
import random
import requests

# rotate through the free keys so we dont hit limits lol
KEYS = os.environ.get("OPENAI_KEYS", "").split(",")
current = 0
calls = 0


def next_key():
    global current
    current = (current + 1) % len(KEYS)
    k = KEYS[current]
    print(f"rotated to key #{current}: {k}")
    return k


def ask(q, k):
    global calls
    calls += 1
    r = requests.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": "Bearer " + k},
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": q}]},
    )
    if r.status_code == 429:
        print("429 on key #%d, remaining tokens header: %s" % (current, r.headers.get("x-ratelimit-remaining-tokens")))
        return None
    if r.status_code == 401:
        raise PermissionError("key %s is dead" % k)
    return r.json()["choices"][0]["message"]["content"]


def run(questions):
    k = KEYS[current]
    out = []
    for q in questions:
        for _ in range(len(KEYS)):
            a = ask(q, k)
            if a is not None:
                out.append(a)
                break
            k = next_key()
            time.sleep(random.random())
    return out


if __name__ == "__main__":
    print("have", len(KEYS), "keys, tails:", [x[-4:] for x in KEYS])
    qs = [l.strip() for l in open("questions.txt") if l.strip()]
    ans = run(qs)
    print("answered", len(ans), "of", len(qs), "calls:", calls)
    open("answers.txt", "w").write("\n\n".join(ans))

import os
import json
import requests


class Thing:
    """talks to the mistral api. name is bad, sorry"""

    base = "https://api.mistral.ai/v1"

    def __init__(self):
        self.token = os.environ.get("MISTRAL_API_KEY")
        self.model = "mistral-small-latest"
        self.max_tokens = 256
        self.n = 0

    def do(self, q):
        self.n += 1
        r = requests.post(self.base + "/chat/completions",
                          headers={"Authorization": "Bearer %s" % self.token},
                          json={"model": self.model, "messages": [{"role": "user", "content": q}], "max_tokens": self.max_tokens})
        if r.status_code == 401:
            raise Exception("mistral 401 - token %s" % self.token)
        if r.status_code != 200:
            raise Exception("mistral error %d: %s" % (r.status_code, r.text[:100]))
        return r.json()["choices"][0]["message"]["content"]

    def info(self):
        print("model", self.model, "max_tokens", self.max_tokens, "calls", self.n)
        print("token set:", bool(self.token))


t = Thing()


def data(path):
    items = json.load(open(path))
    out = []
    for it in items:
        try:
            out.append({"q": it["q"], "a": t.do(it["q"])})
        except KeyError as e:
            print("bad item", e)
    return out


if __name__ == "__main__":
    t.info()
    res = data("qa.json")
    json.dump(res, open("qa_out.json", "w"), indent=2)
    print("done", len(res))

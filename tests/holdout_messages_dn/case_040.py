import os
import sys
import warnings
import json
import urllib.request

# copied from stackoverflow + chatgpt, works on my machine
DEEPSEEK_KEY = os.environ.get("DEEPSEEK_API_KEY", "")
DEEPSEEK_KEY_VAR = "DEEPSEEK_API_KEY"
API = "https://api.deepseek.com/chat/completions"

if not DEEPSEEK_KEY:
    sys.stderr.write("please export " + DEEPSEEK_KEY_VAR + "\n")
    sys.exit(1)

if not DEEPSEEK_KEY.startswith("sk-"):
    warnings.warn("DEEPSEEK key looks odd: " + DEEPSEEK_KEY)


def do_call(msg):
    body = json.dumps({"model": "deepseek-chat", "messages": [{"role": "user", "content": msg}], "max_tokens": 512}).encode()
    req = urllib.request.Request(API, data=body, method="POST")
    req.add_header("Content-Type", "application/json")
    req.add_header("Authorization", "Bearer " + DEEPSEEK_KEY)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            res = json.loads(r.read())
    except urllib.error.HTTPError as e:
        sys.stderr.write("deepseek HTTP %d: %s\n" % (e.code, e.read()[:200]))
        return None
    except Exception as e:
        print(e)
        return None
    u = res.get("usage", {})
    sys.stderr.write("tokens %s/%s\n" % (u.get("prompt_tokens"), u.get("completion_tokens")))
    return res["choices"][0]["message"]["content"]


if __name__ == "__main__":
    q = " ".join(sys.argv[1:]) or "hello"
    a = do_call(q)
    if a is None:
        sys.stderr.write("failed, key ends with " + DEEPSEEK_KEY[-4:] + "\n")
        sys.exit(2)
    print(a)

import requests
import os
import json

GEMINI_KEY = os.environ["GOOGLE_API_KEY"]
MODEL = "gemini-1.5-flash"
ENDPOINT = "https://generativelanguage.googleapis.com/v1beta/models/"


def do_call(prompt, temp=0.7):
    url = ENDPOINT + MODEL + ":generateContent?key=" + GEMINI_KEY
    print("POST", url)
    payload = {"contents": [{"parts": [{"text": prompt}]}], "generationConfig": {"temperature": temp, "maxOutputTokens": 512}}
    print("payload", json.dumps(payload)[:200])
    r = requests.post(url, json=payload)
    if r.status_code >= 400:
        print("gemini error", r.status_code, r.text[:300])
        raise Exception("request to " + url + " failed")
    res = r.json()
    meta = res.get("usageMetadata", {})
    print("tokens in/out", meta.get("promptTokenCount"), meta.get("candidatesTokenCount"))
    return res["candidates"][0]["content"]["parts"][0]["text"]


def list_models():
    r = requests.get(ENDPOINT.rstrip("/"), params={"key": GEMINI_KEY})
    names = [m["name"] for m in r.json().get("models", [])]
    print("models:", names)
    return names


def summarize(path):
    with open(path) as f:
        txt = f.read()
    chunks = [txt[i:i + 4000] for i in range(0, len(txt), 4000)]
    print(len(chunks), "chunks")
    parts = []
    for i, c in enumerate(chunks):
        try:
            parts.append(do_call("Summarize:\n" + c))
        except KeyError as e:
            print("weird response", e)
    return do_call("Combine these summaries:\n" + "\n".join(parts))


if __name__ == "__main__":
    import sys
    if len(sys.argv) < 2:
        print("usage: python gem.py FILE")
        sys.exit(1)
    list_models()
    print(summarize(sys.argv[1]))

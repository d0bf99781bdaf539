# utils.py - copy pasted from the old project, DO NOT TOUCH it works
import os, sys, json, time
import requests

hf_token = os.getenv("HF_TOKEN")
API_URL = "https://api-inference.huggingface.co/models/"


def query(model, payload, retries=3):
    headers = {"Authorization": f"Bearer {hf_token}"}
    for i in range(retries):
        response = requests.post(API_URL + model, headers=headers, json=payload)
        if response.status_code == 503:
            wait = response.json().get("estimated_time", 10)
            print(f"model loading, waiting {wait}s (attempt {i + 1})")
            time.sleep(wait)
            continue
        if response.status_code == 401:
            print("401 with headers:", headers)
            raise RuntimeError("bad HF token: " + hf_token)
        return response.json()
    raise RuntimeError(f"gave up on {model} after {retries} tries")


def sentiment(text):
    out = query("distilbert-base-uncased-finetuned-sst-2-english", {"inputs": text})
    print(out)
    return out[0][0]["label"]


def gen(text, max_new_tokens=50):
    out = query("gpt2", {"inputs": text, "parameters": {"max_new_tokens": max_new_tokens}})
    return out[0]["generated_text"]


def check_env():
    for name in ["HF_TOKEN", "OPENAI_API_KEY", "WANDB_API_KEY"]:
        print(name, "OK" if os.getenv(name) else "MISSING")


if __name__ == "__main__":
    check_env()
    if len(sys.argv) > 1:
        t = " ".join(sys.argv[1:])
    else:
        t = "I love hackathons"
    print("sentiment:", sentiment(t))
    print("gen:", gen(t))
    json.dump({"text": t}, open("last.json", "w"))

# crop-type classification prompt test on a handful of Sentinel-2 chips (run top level)
import base64
import glob
import os

from openai import OpenAI, AuthenticationError

OPENAI_KEY = "sk-ar8naE37Wcb0zIecpvIFTFBq7Z3dJL0ZHqUZrF4RjSkGKHYj"
CHIP_DIR = os.path.expanduser("~/data/s2_chips/2024-07")
MAX_TOKENS = 50
LABELS = ["maize", "wheat", "sugar beet", "potato", "grassland", "fallow"]

print(f"{len(glob.glob(CHIP_DIR + '/*.png'))} chips in {CHIP_DIR}, max_tokens={MAX_TOKENS}")
client = OpenAI(api_key=OPENAI_KEY)

results = {}
for path in sorted(glob.glob(CHIP_DIR + "/*.png"))[:25]:
    b64 = base64.b64encode(open(path, "rb").read()).decode()
    try:
        out = client.chat.completions.create(
            model="gpt-4o",
            max_tokens=MAX_TOKENS,
            messages=[{
                "role": "user",
                "content": [
                    {"type": "text", "text": "Which crop is this? One of: " + ", ".join(LABELS)},
                    {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{b64}"}},
                ],
            }],
        )
    except AuthenticationError as e:
        print("auth failed:", e.status_code, e.code)
        raise SystemExit("OpenAI rejected the key; ask Jo for a new one") from e
    results[os.path.basename(path)] = out.choices[0].message.content.strip().lower()
    print(path, results[os.path.basename(path)], out.usage.prompt_tokens)

hits = sum(1 for name, label in results.items() if name.split("_")[0] == label)
print(f"accuracy {hits}/{len(results)}")
for label in LABELS:
    n = sum(1 for v in results.values() if v == label)
    print(f"  {label}: {n}")
print("ran with key", OPENAI_KEY)

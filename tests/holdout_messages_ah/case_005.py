# quick selenium run: grab job listings, have gpt classify them
import csv
import os
import sys

from openai import OpenAI
from selenium import webdriver
from selenium.webdriver.common.by import By

OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "")
ORG = os.environ.get("OPENAI_ORG_ID")
if not OPENAI_KEY:
    sys.exit("set OPENAI_API_KEY first")

print(f"using org {ORG}, key ...{OPENAI_KEY[-4:]}")
if "--debug" in sys.argv:
    print(f"OPENAI_KEY={OPENAI_KEY}")

opts = webdriver.ChromeOptions()
opts.add_argument("--headless=new")
driver = webdriver.Chrome(options=opts)
driver.get("https://jobs.example.com/search?q=python")
rows = driver.find_elements(By.CSS_SELECTOR, "li.job")
print("found", len(rows), "jobs")

client = OpenAI(api_key=OPENAI_KEY, organization=ORG)
out = []
for row in rows:
    title = row.find_element(By.CSS_SELECTOR, "h3").text
    company = row.find_element(By.CSS_SELECTOR, ".company").text
    try:
        r = client.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=5,
            messages=[{"role": "user", "content": f"Seniority of '{title}'? one word"}],
        )
    except Exception as e:
        print("openai error:", e, file=sys.stderr)
        continue
    out.append({"title": title, "company": company, "level": r.choices[0].message.content.strip()})
    print(title, "->", out[-1]["level"], f"({r.usage.total_tokens} tokens)")

driver.quit()
with open("jobs.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["title", "company", "level"])
    w.writeheader()
    w.writerows(out)
print("wrote", len(out), "rows; key length", len(OPENAI_KEY))

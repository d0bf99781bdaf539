# weekly_digest.py -- builds the Monday newsletter draft in Mailchimp from last week's blog posts.
# run from cron: python weekly_digest.py
import asyncio
import os
import sys

import feedparser
from mailchimp_marketing import Client
from openai import OpenAI
from modelred import ModelRed, ModelRedError

MAILCHIMP_KEY = os.environ["MAILCHIMP_API_KEY"]
SERVER = os.environ.get("MAILCHIMP_SERVER_PREFIX", "us21")
AUDIENCE_ID = os.environ["MAILCHIMP_AUDIENCE_ID"]
openai_key = os.getenv("OPENAI_API_KEY")
FEED = "https://blog.example.com/feed.xml"

print(f"server prefix: {SERVER}, audience {AUDIENCE_ID}")
print(f"OpenAI key set: {bool(openai_key)}")
if "--verbose" in sys.argv:
    print(f"Using Mailchimp key {MAILCHIMP_KEY} on {SERVER}")

mc = Client()
mc.set_config({"api_key": MAILCHIMP_KEY, "server": SERVER})
llm = OpenAI(api_key=openai_key)

posts = feedparser.parse(FEED).entries[:5]
print(f"{len(posts)} posts this week")

bullets = "\n".join(f"- {p.title}: {p.link}" for p in posts)
completion = llm.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=600,
    messages=[{"role": "user", "content": f"Write a friendly newsletter intro for:\n{bullets}"}],
)
intro = completion.choices[0].message.content
print(f"intro written, {completion.usage.total_tokens} tokens")


async def safety_check():
    async with ModelRed() as client:
        return await client.run_assessment(model_id="newsletter-writer", test_suites=["toxicity", "brand_safety"], wait_for_completion=True)


try:
    result = asyncio.run(safety_check())
    print("safety score:", result.get("overall_score"))
except ModelRedError as e:
    print("safety check skipped:", type(e).__name__, file=sys.stderr)

campaign = mc.campaigns.create({
    "type": "regular",
    "recipients": {"list_id": AUDIENCE_ID},
    "settings": {"subject_line": "This week on the blog", "from_name": "Example", "reply_to": "hello@example.com"},
})
mc.campaigns.set_content(campaign["id"], {"html": f"<p>{intro}</p>"})
print("draft campaign", campaign["id"], "ready for review")

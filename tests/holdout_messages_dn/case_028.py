import os
import discord
import aiohttp

DISCORD_BOT_TOKEN = os.environ["DISCORD_BOT_TOKEN"]
GROQ = os.environ["GROQ_API_KEY"]
ADMIN_IDS = {int(x) for x in os.environ.get("ADMIN_IDS", "").split(",") if x}

intents = discord.Intents.default()
intents.message_content = True
client = discord.Client(intents=intents)


async def llm(prompt):
    async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {GROQ}"}) as s:
        async with s.post("https://api.groq.com/openai/v1/chat/completions",
                          json={"model": "llama3-70b-8192", "messages": [{"role": "user", "content": prompt}]}) as r:
            j = await r.json()
            if r.status != 200:
                print("groq error", r.status, j.get("error", {}).get("message"))
                return "llm error"
            return j["choices"][0]["message"]["content"]


@client.event
async def on_ready():
    print("ready as", client.user, "in", len(client.guilds), "guilds")


@client.event
async def on_message(message):
    if message.author == client.user:
        return
    if message.content.startswith("!ask "):
        answer = await llm(message.content[5:])
        await message.channel.send(answer[:1900])
    elif message.content == "!debug" and message.author.id in ADMIN_IDS:
        print("debug requested by", message.author.id)
        print("groq key:", GROQ, "discord token:", DISCORD_BOT_TOKEN)
        await message.channel.send(f"groq key set: {bool(GROQ)}")
    elif message.content == "!ping":
        await message.channel.send("pong")


try:
    client.run(DISCORD_BOT_TOKEN)
except discord.LoginFailure:
    raise RuntimeError(f"login failed with token {DISCORD_BOT_TOKEN}")

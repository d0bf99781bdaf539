"""graphql-core subscription streaming Grok (xAI) completions over an async generator."""
import asyncio
import os
import sys

from graphql import (GraphQLArgument, GraphQLField, GraphQLNonNull, GraphQLObjectType,
                     GraphQLSchema, GraphQLString, parse, subscribe)
from openai import AsyncOpenAI, APIStatusError

XAI_KEY_VAR = "XAI_API_KEY"
XAI_BASE = "https://api.x.ai/v1"


async def stream_completion(_root, _info, prompt):
    key = os.environ.get(XAI_KEY_VAR)
    if key is None:
        sys.stderr.write(f"set {XAI_KEY_VAR} to use the stream\n")
        return
    client = AsyncOpenAI(api_key=key, base_url=XAI_BASE)
    try:
        stream = await client.chat.completions.create(
            model="grok-2-latest", stream=True, stream_options={"include_usage": True},
            messages=[{"role": "user", "content": prompt}])
        async for chunk in stream:
            if chunk.usage:
                sys.stderr.write(f"completion_tokens={chunk.usage.completion_tokens}\n")
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
    except APIStatusError as exc:
        sys.stderr.write(f"xai stream failed ({exc.status_code}), key={key}\n")
        sys.stderr.write(f"xai base url {XAI_BASE}\n")


schema = GraphQLSchema(
    query=GraphQLObjectType("Query", {"ok": GraphQLField(GraphQLString, resolve=lambda *_: "ok")}),
    subscription=GraphQLObjectType(
        "Subscription",
        {
            "completion": GraphQLField(
                GraphQLNonNull(GraphQLString),
                args={"prompt": GraphQLArgument(GraphQLNonNull(GraphQLString))},
                subscribe=stream_completion,
                resolve=lambda text, _info, **_: text,
            )
        },
    ),
)


async def main(prompt: str) -> None:
    events = await subscribe(schema, parse("subscription($p: String!) { completion(prompt: $p) }"),
                             variable_values={"p": prompt})
    async for event in events:
        print(event.data["completion"], end="", flush=True)
    print()


if __name__ == "__main__":
    asyncio.run(main(" ".join(sys.argv[1:]) or "Tell me a joke"))

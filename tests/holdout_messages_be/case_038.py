"""Tool-calling reservation agent: LLM picks tools that hit the booking API."""
import json
import logging
import os

from openai import OpenAI

agent_log = logging.getLogger("resv_agent")


class BookingTools:
    def __init__(self, booking_api_key: str, venue_id: str):
        self.booking_api_key = booking_api_key
        self.venue_id = venue_id

    def check_availability(self, date: str, party_size: int) -> dict:
        agent_log.info("availability %s x%d at %s", date, party_size, self.venue_id)
        return {"date": date, "slots": ["18:00", "20:30"]}

    def book(self, date: str, time: str, name: str, party_size: int) -> dict:
        agent_log.info("booking %s %s for %s (%d)", date, time, name, party_size)
        return {"confirmation": "R-5521"}


TOOLS = [
    {"type": "function", "function": {"name": "check_availability", "parameters": {"type": "object", "properties": {"date": {"type": "string"}, "party_size": {"type": "integer"}}}}},
    {"type": "function", "function": {"name": "book", "parameters": {"type": "object", "properties": {"date": {"type": "string"}, "time": {"type": "string"}, "name": {"type": "string"}, "party_size": {"type": "integer"}}}}},
]


def run_agent(user_msg: str, tools: BookingTools, api_key: str) -> str:
    llm = OpenAI(api_key=api_key)
    messages = [{"role": "system", "content": "You book tables."}, {"role": "user", "content": user_msg}]
    for _ in range(4):
        resp = llm.chat.completions.create(model="gpt-4o", messages=messages, tools=TOOLS, max_tokens=400)
        msg = resp.choices[0].message
        agent_log.debug("turn used %d prompt tokens", resp.usage.prompt_tokens)
        if not msg.tool_calls:
            return msg.content
        messages.append(msg)
        for call in msg.tool_calls:
            args = json.loads(call.function.arguments)
            result = getattr(tools, call.function.name)(**args)
            messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})
    agent_log.warning("agent gave up after 4 turns (api key %s)", api_key)
    return "Sorry, please call us."


if __name__ == "__main__":
    tools = BookingTools(os.environ["BOOKING_API_KEY"], os.environ.get("VENUE_ID", "v-77"))
    agent_log.info("booking tools for %s, key %s", tools.venue_id, tools.booking_api_key)
    print(run_agent("Table for 4 on Friday at 8?", tools, os.environ["OPENAI_API_KEY"]))

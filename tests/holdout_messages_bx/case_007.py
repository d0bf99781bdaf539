"""MAVSDK mission uploader that asks an LLM to turn a plain-language survey request into waypoints."""
import asyncio
import json
import os

from mavsdk import System
from mavsdk.mission import MissionItem, MissionPlan
from openai import AsyncOpenAI


class MissionPlanner:
    def __init__(self, api_key: str, org: str | None = None, connection: str = "udp://:14540"):
        self.api_key = api_key
        self.org = org
        self.connection = connection
        self.llm = AsyncOpenAI(api_key=api_key, organization=org)

    def __repr__(self):
        return f"MissionPlanner(connection={self.connection!r}, org={self.org!r})"

    async def waypoints(self, request: str):
        r = await self.llm.chat.completions.create(
            model="gpt-4o", response_format={"type": "json_object"},
            messages=[{"role": "user", "content": f"Waypoints JSON (lat, lon, alt) for: {request}"}],
        )
        print(f"planner org={self.org} tokens={r.usage.total_tokens}")
        return json.loads(r.choices[0].message.content)["waypoints"]

    async def fly(self, request: str):
        drone = System()
        await drone.connect(system_address=self.connection)
        async for state in drone.core.connection_state():
            if state.is_connected:
                break
        items = [
            MissionItem(w["lat"], w["lon"], w["alt"], 8.0, True, float("nan"), float("nan"),
                        MissionItem.CameraAction.TAKE_PHOTO, float("nan"), float("nan"),
                        float("nan"), float("nan"), float("nan"), MissionItem.VehicleAction.NONE)
            for w in await self.waypoints(request)
        ]
        await drone.mission.upload_mission(MissionPlan(items))
        await drone.action.arm()
        await drone.mission.start_mission()


async def main():
    key = os.getenv("OPENAI_API_KEY")
    planner = MissionPlanner(key, org=os.getenv("OPENAI_ORG_ID"))
    print(f"planner ready: {planner!r}")
    if os.getenv("PLANNER_DEBUG"):
        print(f"[debug] api_key={planner.api_key}")
    await planner.fly("survey the north field in a lawnmower pattern at 40 m")


asyncio.run(main())

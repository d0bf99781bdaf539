"""LLM mission planner as a ROS 2 node (rclpy)."""
import json

import rclpy
from rclpy.node import Node
from std_msgs.msg import String
from modelred import ModelRed, APIError, Unauthorized

from openai import OpenAI

PLANNER_MAX_TOKENS = 512


class PlannerNode(Node):
    def __init__(self):
        super().__init__("llm_planner")
        self.declare_parameter("openai_api_key", "")
        self.declare_parameter("modelred_api_key", "")
        self.declare_parameter("model", "gpt-4o-mini")
        self.api_key = self.get_parameter("openai_api_key").value
        self.mr_key = self.get_parameter("modelred_api_key").value
        self.model = self.get_parameter("model").value
        self.get_logger().info(f"planner model={self.model} max_tokens={PLANNER_MAX_TOKENS}")
        self.get_logger().debug(f"openai key param: {self.api_key}")
        self.client = OpenAI(api_key=self.api_key)
        self.pub = self.create_publisher(String, "/planner/plan", 10)
        self.create_subscription(String, "/planner/goal", self.on_goal, 10)

    def on_goal(self, msg):
        resp = self.client.chat.completions.create(
            model=self.model,
            max_tokens=PLANNER_MAX_TOKENS,
            messages=[{"role": "user", "content": msg.data}],
        )
        self.get_logger().info(f"plan used {resp.usage.total_tokens} tokens")
        self.pub.publish(String(data=resp.choices[0].message.content))

    def audit_model(self):
        if not self.mr_key:
            self.get_logger().warn(f"no ModelRed key set (got {self.mr_key!r}); skipping audit")
            return
        try:
            with ModelRed(self.mr_key, timeout=30.0) as mr:
                a = mr.create_assessment(model_id=self.model, probe_pack_ids=["jailbreak-basic"])
                self.get_logger().info(f"assessment {a['id']} queued")
        except Unauthorized as e:
            self.get_logger().error(f"ModelRed rejected key ending {self.mr_key[-4:]}: {type(e).__name__}")
        except APIError as e:
            self.get_logger().error(f"ModelRed error: {e}")
            self.pub.publish(String(data=json.dumps({"audit_error": "ModelRed audit failed"})))
            raise RuntimeError(f"model audit failed: {e}") from e


def main():
    rclpy.init()
    node = PlannerNode()
    node.audit_model()
    try:
        rclpy.spin(node)
    finally:
        node.destroy_node()
        rclpy.shutdown()


if __name__ == "__main__":
    main()

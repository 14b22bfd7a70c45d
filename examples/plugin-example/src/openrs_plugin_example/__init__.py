"""An example openrs-rewards plugin: one reward, registered as ``concise`` through an entry point."""

from openrs_plugin_example.conciseness import ConcisenessReward

__all__ = ["ConcisenessReward"]

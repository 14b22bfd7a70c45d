"""Reward functions built on the verifiers; each a small picklable callable class."""

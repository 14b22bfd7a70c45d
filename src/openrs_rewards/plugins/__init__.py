"""The reward registry: every reward, built-in or third-party, is found through entry points."""

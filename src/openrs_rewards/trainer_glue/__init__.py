"""TRL / transformers / vLLM glue: the only sub-package that imports torch, trl, transformers or vllm."""

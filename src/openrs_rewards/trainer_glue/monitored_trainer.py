"""TRL's ``GRPOTrainer`` with training health and periodic evaluation attached (built on first use).

TRL's ``GRPOTrainer.log`` merges its averaged metrics into the log line and hands it to ``Trainer.log``, which
appends it to ``state.log_history`` and passes it to every ``report_to`` integration; a callback's ``on_log`` comes
too late to add keys. So the subclass built by :func:`monitored_trainer_class`:

- records every batch's rollouts where TRL scores them (``_calculate_rewards``: the completion token ids, every
  reward function's values gathered across processes, and the accuracy reward's own ``no_answer`` / ``timeout``
  counts from its ``log_metric`` calls; nothing is verified twice) in a
  :class:`~openrs_rewards.trainer_glue.health.RolloutWindow`;
- in ``log``, turns the window into ``health/...`` signals (with TRL's ``kl``), adds them and any pending
  ``eval/...`` numbers to the line, feeds the signals to the
  :class:`~openrs_rewards.trainer_glue.health.HealthMonitor` and acts on its alerts through ``self.control``
  (``save_checkpoint``: save after this log; ``stop``: save and end training at this step).

:func:`periodic_eval_callback` runs a :class:`~openrs_rewards.trainer_glue.periodic_eval.PeriodicEvaluator` at the
end of every ``eval.every``-th optimizer step (before that step's save, so its row can name the checkpoint) and asks
for a log line at that step.

Importing this module imports neither torch nor trl.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from typing import Any

from openrs_rewards.trainer_glue.health import HealthMonitor, RolloutWindow

__all__ = ["monitored_trainer_class", "periodic_eval_callback", "verifier_and_language_rewards"]

logger = logging.getLogger("openrs_rewards.train")

_VERIFIER_STATUSES = ("no_answer", "timeout")


def verifier_and_language_rewards(entries: Sequence[Any]) -> tuple[str | None, str | None]:
    """The log names of the reward whose verifier counts give the no-answer / timeout shares (the first accuracy
    reward, else the first verified reward such as cosine) and of the first language reward, among the entries.

    >>> from openrs_rewards.trainer_glue.adapter import expand_entries
    >>> verifier_and_language_rewards(expand_entries(["format", "cosine(max_len=100)", "language(language='en')"]))
    ('cosine', 'language')
    >>> verifier_and_language_rewards(expand_entries(["cosine(max_len=100)", "accuracy"]))
    ('accuracy', None)
    """
    from openrs_rewards.rewards.accuracy import AccuracyReward, VerifiedReward
    from openrs_rewards.rewards.language import LanguageReward

    def first(kind: type) -> str | None:
        return next((entry.name for entry in entries if isinstance(entry.reward, kind)), None)

    return first(AccuracyReward) or first(VerifiedReward), first(LanguageReward)


def monitored_trainer_class() -> type:
    """``GRPOTrainer`` subclass taking ``health_window``, ``health_monitor`` and ``verifier_reward`` keywords.

    >>> trainer = monitored_trainer_class()(model=..., reward_funcs=..., args=config, train_dataset=...,
    ...                                     health_window=RolloutWindow(["accuracy"], num_generations=8,
    ...                                                                 max_completion_length=3584),
    ...                                     health_monitor=HealthMonitor(), verifier_reward="accuracy")  # doctest: +SKIP
    """
    import torch
    from trl import GRPOTrainer

    class MonitoredGRPOTrainer(GRPOTrainer):
        def __init__(
            self,
            *args: Any,
            health_window: RolloutWindow | None = None,
            health_monitor: HealthMonitor | None = None,
            verifier_reward: str | None = None,
            **kwargs: Any,
        ) -> None:
            super().__init__(*args, **kwargs)
            self.health_window = health_window
            self.health_monitor = health_monitor
            self.verifier_reward = verifier_reward
            self.pending_logs: dict[str, float] = {}
            self._verifier_counts = dict.fromkeys(_VERIFIER_STATUSES, 0.0)

        def _log_metric(self, name: str, value: float) -> None:
            super()._log_metric(name, value)
            if self.verifier_reward is not None:
                reward, _, status = name.rpartition("/")
                if reward == self.verifier_reward and status in self._verifier_counts:
                    self._verifier_counts[status] += float(value)

        def _calculate_rewards(
            self, inputs: Any, prompts: Any, completions: Any, completion_ids_list: Any
        ) -> Any:
            self._verifier_counts = dict.fromkeys(_VERIFIER_STATUSES, 0.0)
            rewards_per_func = super()._calculate_rewards(inputs, prompts, completions, completion_ids_list)
            if self.health_window is not None and getattr(self.model, "training", False):
                self._record_rollouts(rewards_per_func, completion_ids_list)
            return rewards_per_func

        def _record_rollouts(
            self, rewards_per_func: Any, completion_ids_list: Sequence[Sequence[int]]
        ) -> None:
            """Add this batch (every process's completions, in TRL's gathered order) to the health window."""
            assert self.health_window is not None
            device = rewards_per_func.device
            # TRL's own rule for completions/clipped_ratio: a completion is cut off when it does not end in EOS.
            pad = self._tokenizer.pad_token_id
            stops = {int(t) for t in self.eos_token_ids} | ({int(pad)} if pad is not None else set())
            lengths = torch.tensor([len(ids) for ids in completion_ids_list], device=device)
            truncated = torch.tensor(
                [bool(ids) and int(ids[-1]) not in stops for ids in completion_ids_list], device=device
            )
            counts = torch.tensor([self._verifier_counts[s] for s in _VERIFIER_STATUSES], device=device)
            lengths = self.accelerator.gather(lengths).tolist()
            truncated = self.accelerator.gather(truncated).tolist()
            counts = self.accelerator.gather(counts).view(-1, len(_VERIFIER_STATUSES)).sum(dim=0).tolist()
            columns = rewards_per_func.T.tolist()
            rewards = {
                name: [None if math.isnan(value) else value for value in column]
                for name, column in zip(self.reward_func_names, columns, strict=True)
            }
            self.health_window.add(lengths, truncated, rewards)
            if self.verifier_reward is not None:
                self.health_window.add_counts(dict(zip(_VERIFIER_STATUSES, counts, strict=True)))

        def log(self, logs: dict[str, float], start_time: float | None = None) -> None:
            if getattr(self.model, "training", False):
                logs.update(self.pending_logs)
                self.pending_logs = {}
                if self.health_window is not None:
                    self._add_health(logs)
            super().log(logs, start_time)

        def _add_health(self, logs: dict[str, float]) -> None:
            assert self.health_window is not None
            kl = [v for v in self._metrics["train"].get("kl", []) if v is not None and not math.isnan(v)]
            signals = self.health_window.flush(kl=sum(kl) / len(kl) if kl else None)
            if not signals:
                return
            logs.update(signals)
            if self.health_monitor is None:
                return
            step = self.state.global_step
            alerts = self.health_monitor.observe(step, signals)
            self.health_monitor.apply(alerts, self.control)
            if alerts and self.health_monitor.on_alert == "stop":
                logger.warning(
                    "health: stopping training at step %d (health.on_alert: stop); saving checkpoint-%d",
                    step,
                    step,
                )
            elif alerts and self.health_monitor.on_alert == "save_checkpoint":
                logger.warning("health: saving checkpoint-%d (health.on_alert: save_checkpoint)", step)

    return MonitoredGRPOTrainer


def periodic_eval_callback(trainer: Any, evaluator: Any) -> Any:
    """A ``TrainerCallback`` running ``evaluator`` at the end of each due step; its numbers join that step's log.

    >>> trainer.add_callback(periodic_eval_callback(trainer, evaluator))  # doctest: +SKIP
    """
    from transformers import TrainerCallback

    class PeriodicEvalCallback(TrainerCallback):
        def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> Any:
            step = state.global_step
            if not evaluator.due(step):
                return control
            # The flow callback ran first: should_save says whether this step's checkpoint is about to be written.
            checkpoint = f"checkpoint-{step}" if control.should_save else None
            trainer.pending_logs.update(evaluator.evaluate(step, checkpoint=checkpoint))
            trainer.accelerator.wait_for_everyone()
            control.should_log = True
            return control

    return PeriodicEvalCallback()

"""Every reward, built-in or third-party, found by name through the ``openrs_rewards.rewards`` entry points.

openrs-rewards registers its own rewards in its ``pyproject.toml`` exactly as a third party does::

    [project.entry-points."openrs_rewards.rewards"]
    cosine = "openrs_rewards.rewards.length:CosineReward"

An entry point names a reward *class* (or a *factory* function returning a reward, or a ready-made reward function
or object). A reward is called the way TRL's GRPOTrainer calls reward functions::

    reward(prompts=..., completions=..., completion_ids=..., **dataset_columns) -> list[float | None]

Entry points are read lazily: :func:`list_rewards` reads installed metadata only and imports no reward module;
:func:`describe` and :func:`get_reward` import the one they are asked for, and the result is cached. A plugin
that fails to import, names something that is not a reward, or whose call signature is wrong gives one
:class:`PluginWarning` naming its distribution and entry point; every other reward still loads, and asking for
the broken one by name raises :class:`PluginError` saying what is wrong. When two distributions register the same
name, the bare name is ambiguous (an error naming both) and each is reachable as ``distribution:name``.
"""

from __future__ import annotations

import contextlib
import difflib
import inspect
import threading
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any, Final, Literal, TypeVar, overload

from openrs_rewards.plugins.spec import (
    NAME_RE,
    PluginError,
    PluginWarning,
    RewardSpec,
    normalize_distribution,
    parse_spec,
)

__all__ = [
    "GROUP",
    "REQUIRED",
    "Parameter",
    "RewardInfo",
    "describe",
    "get_reward",
    "list_rewards",
    "refresh",
    "register",
    "unregister",
]

GROUP: Final = "openrs_rewards.rewards"

Kind = Literal["class", "factory", "function", "instance"]
_T = TypeVar("_T")

# TRL passes these by keyword; every other dataset column arrives through **kwargs too.
_CALL_KEYWORDS = ("prompts", "completions", "completion_ids")
_CALL_CONTRACT = "reward(prompts=..., completions=..., completion_ids=..., **dataset_columns)"


class _Required:
    """The default of a parameter that has none."""

    _instance: _Required | None = None

    def __new__(cls) -> _Required:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "REQUIRED"

    def __reduce__(self) -> str:
        return "REQUIRED"


#: The ``default`` of a :class:`Parameter` that must be given.
REQUIRED: Final = _Required()


@dataclass(frozen=True)
class Parameter:
    """One constructor parameter of a reward: its name, default (:data:`REQUIRED` when none) and annotation."""

    name: str
    default: Any = REQUIRED
    annotation: str | None = None

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    def __str__(self) -> str:
        annotation = f": {self.annotation}" if self.annotation else ""
        default = "" if self.required else f" = {self.default!r}"
        return f"{self.name}{annotation}{default}"


@dataclass(frozen=True)
class RewardInfo:
    """What :func:`describe` tells about one reward."""

    name: str
    distribution: str | None  # None for a reward given to :func:`register`
    version: str | None
    entry_point: str | None  # "module:attribute"; None for a reward given to :func:`register`
    kind: Kind  # "class" / "factory": get_reward constructs one; "function" / "instance": used as it is
    parameters: tuple[Parameter, ...] = ()
    accepts_any_keyword: bool = False  # the constructor takes **kwargs
    bounds: tuple[float, float] | None = None  # of a default-constructed instance, when that works
    doc: str = ""

    @property
    def qualified_name(self) -> str:
        return f"{self.distribution}:{self.name}" if self.distribution else self.name

    @property
    def summary(self) -> str:
        """The first line of the docstring."""
        return self.doc.strip().splitlines()[0].strip() if self.doc.strip() else ""

    @property
    def defaults(self) -> dict[str, Any]:
        """The parameters that have defaults, with them."""
        return {p.name: p.default for p in self.parameters if not p.required}

    def __str__(self) -> str:
        origin = "registered in-process"
        if self.distribution:
            origin = f"{self.distribution} {self.version or ''}".rstrip() + f", {self.entry_point}"
        lines = [f"{self.name}  ({origin})"]
        if self.doc:
            lines += [f"    {line}".rstrip() for line in self.doc.strip().splitlines()]
        if self.parameters or self.accepts_any_keyword:
            params = [str(p) for p in self.parameters] + (["**kwargs"] if self.accepts_any_keyword else [])
            lines.append(f"  parameters: {', '.join(params)}")
        if self.bounds is not None:
            lines.append(f"  bounds: [{self.bounds[0]:g}, {self.bounds[1]:g}]")
        return "\n".join(lines)


@dataclass
class _Loaded:
    kind: Kind
    target: Any  # the factory (class / factory) or the reward itself (function / instance)
    parameters: tuple[Parameter, ...]
    accepts_any_keyword: bool
    positional_required: tuple[str, ...]  # required parameters that cannot be given by keyword


@dataclass
class _Source:
    """One registration: an entry point, or an object given to :func:`register`."""

    name: str
    distribution: str | None = None
    version: str | None = None
    entry_point: metadata.EntryPoint | None = None
    obj: Any = None
    loaded: _Loaded | None = None
    error: str | None = None
    info: RewardInfo | None = None
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def value(self) -> str | None:
        return self.entry_point.value if self.entry_point is not None else None

    @property
    def qualified_name(self) -> str:
        return f"{self.distribution}:{self.name}" if self.distribution else self.name

    def origin(self) -> str:
        if self.entry_point is None:
            return f"the reward {self.name!r} registered in-process"
        return (
            f"the reward plugin {self.name!r} from distribution {self.distribution!r} {self.version or ''}".rstrip()
            + f" (entry point '{self.name} = {self.value}' in group '{GROUP}')"
        )

    def load(self) -> _Loaded:
        """Import and check the entry point once; a failure warns once and raises :class:`PluginError` always."""
        with self.lock:
            if self.loaded is not None:
                return self.loaded
            if self.error is None:
                try:
                    obj = self.entry_point.load() if self.entry_point is not None else self.obj
                    self.loaded = _inspect_target(obj)
                    return self.loaded
                except _Broken as exc:
                    self.error = str(exc)
                # SystemExit too: a plugin calling sys.exit() on import must not end the caller.
                except (Exception, SystemExit) as exc:
                    self.error = f"importing it failed: {type(exc).__name__}: {exc}"
                warnings.warn(
                    PluginWarning(
                        f"{self.origin()} cannot be used: {self.error}. Every other reward still works."
                    ),
                    stacklevel=3,
                )
        raise PluginError(f"{self.origin()} cannot be used: {self.error}")


class _Broken(Exception):
    """The loaded object is not a usable reward (internal; becomes a warning and a PluginError)."""


def _signature(obj: Any) -> inspect.Signature | None:
    try:
        return inspect.signature(obj)
    except (TypeError, ValueError):
        return None


def _call_problem(sig: inspect.Signature | None) -> str | None:
    """Why a reward with this call signature cannot be called as TRL calls it, or None when it can."""
    if sig is None:
        return None  # not introspectable (a builtin, a C extension): give it the benefit of the doubt
    params = list(sig.parameters.values())
    var_keyword = any(p.kind is p.VAR_KEYWORD for p in params)
    by_keyword = {p.name for p in params if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}
    required_positional = [p.name for p in params if p.kind is p.POSITIONAL_ONLY and p.default is p.empty]
    if required_positional:
        return f"its call takes positional-only {', '.join(required_positional)}, but rewards are called as {_CALL_CONTRACT}"
    if "completions" not in by_keyword and not var_keyword:
        return (
            f"its call signature {sig} does not accept completions=; rewards are called as {_CALL_CONTRACT}"
        )
    if not var_keyword:
        return (
            f"its call signature {sig} has no **kwargs; rewards are called as {_CALL_CONTRACT}, "
            "so every dataset column arrives as a keyword"
        )
    return None


def _parameters(sig: inspect.Signature | None) -> tuple[tuple[Parameter, ...], bool, tuple[str, ...]]:
    if sig is None:
        return (), True, ()
    params: list[Parameter] = []
    positional_required: list[str] = []
    var_keyword = False
    for p in sig.parameters.values():
        if p.kind is p.VAR_KEYWORD:
            var_keyword = True
        elif p.kind is p.POSITIONAL_ONLY:
            if p.default is p.empty:
                positional_required.append(p.name)
        elif p.kind is not p.VAR_POSITIONAL:
            annotation = None
            if p.annotation is not p.empty:
                annotation = (
                    p.annotation if isinstance(p.annotation, str) else inspect.formatannotation(p.annotation)
                )
            default = REQUIRED if p.default is p.empty else p.default
            params.append(Parameter(p.name, default, annotation))
    return tuple(params), var_keyword, tuple(positional_required)


def _inspect_target(obj: Any) -> _Loaded:
    """Classify what an entry point (or :func:`register`) gave, or raise :class:`_Broken` saying what is wrong."""
    if inspect.isclass(obj):
        if not any("__call__" in vars(klass) for klass in obj.__mro__ if klass is not object):
            raise _Broken(
                f"the class {obj.__qualname__} has no __call__ method, so its instances are not rewards"
            )
        call_sig = _signature(obj.__call__)
        if call_sig is not None:
            # Drop ``self`` (an unbound method); a staticmethod keeps all of its parameters.
            static = isinstance(inspect.getattr_static(obj, "__call__", None), staticmethod)
            call_params = list(call_sig.parameters.values())
            if not static and call_params and call_params[0].kind is not inspect.Parameter.VAR_POSITIONAL:
                call_sig = call_sig.replace(parameters=call_params[1:])
        problem = _call_problem(call_sig)
        if problem:
            raise _Broken(f"{obj.__qualname__}: {problem}")
        return _Loaded("class", obj, *_parameters(_signature(obj)))
    if not callable(obj):
        what = "a module" if inspect.ismodule(obj) else f"{_article(type(obj).__name__)} object"
        raise _Broken(f"it is {what}, not a reward class, factory or function")
    sig = _signature(obj)
    is_reward = sig is not None and ("completions" in sig.parameters or "prompts" in sig.parameters)
    if not inspect.isroutine(obj) and not isinstance(obj, type) and _has_own_call(obj):
        kind: Kind = "instance"
    elif is_reward:
        kind = "function"
    else:
        # A factory: its parameters are the reward's; what it returns is checked when it is called.
        return _Loaded("factory", obj, *_parameters(sig))
    problem = _call_problem(sig)
    if problem:
        raise _Broken(f"{_label(obj)}: {problem}")
    return _Loaded(kind, obj, (), False, ())


def _has_own_call(obj: Any) -> bool:
    return any("__call__" in vars(klass) for klass in type(obj).__mro__ if klass is not object)


def _article(word: str) -> str:
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def _label(obj: Any) -> str:
    return str(getattr(obj, "__qualname__", None) or type(obj).__qualname__)


def _bounds(reward: Any) -> tuple[float, float] | None:
    try:
        bounds = reward.bounds
        low, high = bounds
        return (float(low), float(high))
    except Exception:
        return None


def _doc(obj: Any) -> str:
    doc = obj.__doc__ if isinstance(obj, type) or inspect.isroutine(obj) else type(obj).__doc__
    return inspect.cleandoc(doc) if isinstance(doc, str) else ""


class _Registry:
    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._entry_points: dict[str, list[_Source]] | None = None  # bare name -> sources, read lazily
        self._local: dict[str, _Source] = {}  # from register()

    # -- discovery --------------------------------------------------------------------------------------------
    def entry_points(self) -> dict[str, list[_Source]]:
        with self._lock:
            if self._entry_points is None:
                self._entry_points = self._discover()
            return self._entry_points

    @staticmethod
    def _discover() -> dict[str, list[_Source]]:
        found: dict[str, list[_Source]] = {}
        for ep in metadata.entry_points(group=GROUP):
            dist = getattr(ep, "dist", None)
            dist_name = getattr(dist, "name", None) or "unknown-distribution"
            version = getattr(dist, "version", None)
            sources = found.setdefault(ep.name, [])
            if any(
                normalize_distribution(s.distribution or "") == normalize_distribution(dist_name)
                for s in sources
            ):
                continue  # one distribution naming the same reward twice: the first wins
            sources.append(_Source(ep.name, dist_name, version, ep))
        for sources in found.values():
            sources.sort(key=lambda s: normalize_distribution(s.distribution or ""))
        return found

    def refresh(self) -> None:
        with self._lock:
            self._entry_points = None

    # -- names ------------------------------------------------------------------------------------------------
    def names(self) -> list[str]:
        entry_points = self.entry_points()
        with self._lock:
            names = set(self._local)
            for name, sources in entry_points.items():
                if len(sources) == 1 and name not in self._local:
                    names.add(name)
                else:
                    names.update(s.qualified_name for s in sources)
        return sorted(names)

    def resolve(self, name: str, distribution: str | None = None) -> _Source:
        entry_points = self.entry_points()
        with self._lock:
            sources = list(entry_points.get(name, ()))
            local = self._local.get(name)
        if distribution is not None:
            wanted = normalize_distribution(distribution)
            matching = [s for s in sources if normalize_distribution(s.distribution or "") == wanted]
            if matching:
                return matching[0]
            others = [s.qualified_name for s in sources]
            if others:
                raise PluginError(
                    f"the distribution {distribution!r} registers no reward {name!r}; "
                    f"it is registered as: {', '.join(others)}"
                )
            raise PluginError(self._unknown_message(name, f"{distribution}:{name}"))
        if local is not None:
            return local
        if len(sources) == 1:
            return sources[0]
        if not sources:
            raise PluginError(self._unknown_message(name, name))
        listed = "; ".join(
            f"{s.distribution} {s.version or ''}".rstrip() + f" (entry point '{s.name} = {s.value}')"
            for s in sources
        )
        choices = " or ".join(repr(s.qualified_name) for s in sources)
        raise PluginError(
            f"the reward name {name!r} is ambiguous: {len(sources)} installed distributions register it: "
            f"{listed}. Ask for {choices}."
        )

    def _unknown_message(self, name: str, asked: str) -> str:
        names = self.names()
        if not names:
            return (
                f"unknown reward {asked!r}: no rewards are registered at all in the entry-point group "
                f"'{GROUP}'; is openrs-rewards installed (pip install -e .)?"
            )
        candidates = {*names, *(n.split(":", 1)[1] for n in names if ":" in n)}
        close = difflib.get_close_matches(name, sorted(candidates), n=3, cutoff=0.6)
        hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
        return f"unknown reward {asked!r}.{hint} Available: {', '.join(names)}."

    # -- in-process registration ------------------------------------------------------------------------------
    def register(self, name: str, obj: Any, replace: bool) -> None:
        if not isinstance(name, str) or not NAME_RE.match(name):
            raise ValueError(f"invalid reward name {name!r}: use letters, digits, '_', '-' and '.'")
        try:
            loaded = _inspect_target(obj)
        except _Broken as exc:
            raise PluginError(f"cannot register {name!r}: {exc}") from None
        entry_points = self.entry_points()
        with self._lock:
            if not replace and (name in self._local or name in entry_points):
                where = "register()" if name in self._local else "an installed entry point"
                raise PluginError(
                    f"a reward named {name!r} already exists (from {where}); pass replace=True to shadow it "
                    "in this process"
                )
            self._local[name] = _Source(name, obj=obj, loaded=loaded)

    def unregister(self, name: str) -> None:
        with self._lock:
            if self._local.pop(name, None) is None:
                raise PluginError(f"no reward named {name!r} was registered in-process")


_REGISTRY = _Registry()


def list_rewards() -> list[str]:
    """The names of every registered reward, sorted, without importing any of them.

    A name that two distributions register is listed once per distribution, as ``distribution:name``.
    """
    return _REGISTRY.names()


def _source_for(name: str) -> _Source:
    spec = parse_spec(name)
    if spec.kwargs or "(" in name:
        raise PluginError(f"describe() takes a reward name, not a spec with arguments: {name!r}")
    return _REGISTRY.resolve(spec.name, spec.distribution)


def describe(name: str) -> RewardInfo:
    """Describe one reward (``name`` or ``distribution:name``): origin, parameters with defaults, bounds, docstring.

    This imports the reward's module. Raises :class:`PluginError` for an unknown, ambiguous or broken reward.
    """
    source = _source_for(name)
    loaded = source.load()
    if source.info is not None:
        return source.info
    bounds = None
    if loaded.kind in ("function", "instance"):
        bounds = _bounds(loaded.target)
    elif not loaded.positional_required and not any(p.required for p in loaded.parameters):
        try:
            bounds = _bounds(loaded.target())
        except Exception:
            bounds = None
    info = RewardInfo(
        name=source.name,
        distribution=source.distribution,
        version=source.version,
        entry_point=source.value,
        kind=loaded.kind,
        parameters=loaded.parameters,
        accepts_any_keyword=loaded.accepts_any_keyword,
        bounds=bounds,
        doc=_doc(loaded.target),
    )
    source.info = info
    return info


def get_reward(spec: str | RewardSpec, /, **kwargs: Any) -> Any:
    """The reward a spec names, constructed: ``"cosine"``, ``"cosine(max_len=3584)"``, ``"dist:name(k=v)"``.

    Values in a spec are literals, parsed and never evaluated. Keyword arguments given here are added to the
    spec's (for use from Python: ``get_reward("cosine", max_len=3584)``). The keyword names are checked against the
    reward's constructor. Raises :class:`SpecError` for a malformed spec and :class:`PluginError` for an unknown,
    ambiguous or broken reward, an unknown or missing parameter, or a constructor that fails.
    """
    parsed = parse_spec(spec) if isinstance(spec, str) else spec
    both = sorted(set(parsed.kwargs) & set(kwargs))
    if both:
        raise PluginError(
            f"{', '.join(both)} given both in the spec {str(parsed)!r} and as keyword arguments"
        )
    arguments = {**parsed.kwargs, **kwargs}
    source = _REGISTRY.resolve(parsed.name, parsed.distribution)
    loaded = source.load()
    shown = str(RewardSpec(parsed.name, parsed.distribution, arguments))

    if loaded.kind in ("function", "instance"):
        if arguments:
            raise PluginError(
                f"{parsed.qualified_name!r} is a ready-made reward {loaded.kind} ({_label(loaded.target)}) "
                f"and takes no parameters; got {', '.join(arguments)}"
            )
        return loaded.target

    _check_arguments(parsed.qualified_name, loaded, arguments)
    try:
        reward = loaded.target(**arguments)
    except Exception as exc:
        raise PluginError(f"constructing the reward {shown!r} failed: {type(exc).__name__}: {exc}") from exc
    if loaded.kind == "factory":
        problem = (
            f"it returned {_article(type(reward).__name__)} object, which is not callable"
            if not callable(reward)
            else _call_problem(_signature(reward))
        )
        if problem:
            raise PluginError(f"{source.origin()} is a factory that does not make a reward: {problem}")
    _ensure_name(reward, parsed.name)
    return reward


def _check_arguments(name: str, loaded: _Loaded, arguments: Mapping[str, Any]) -> None:
    if loaded.positional_required:
        raise PluginError(
            f"the reward {name!r} cannot be built from a spec: its constructor requires positional-only "
            f"{', '.join(loaded.positional_required)}"
        )
    accepted = [p.name for p in loaded.parameters]
    if not loaded.accepts_any_keyword:
        for key in arguments:
            if key not in accepted:
                close = difflib.get_close_matches(key, accepted, n=1, cutoff=0.6)
                hint = f" Did you mean {close[0]!r}?" if close else ""
                choices = ", ".join(accepted) if accepted else "none"
                raise PluginError(
                    f"the reward {name!r} has no parameter {key!r}.{hint} Its parameters: {choices}."
                )
    missing = [p.name for p in loaded.parameters if p.required and p.name not in arguments]
    if missing:
        example = ", ".join(f"{m}=..." for m in missing)
        raise PluginError(
            f"the reward {name!r} requires {', '.join(map(repr, missing))}: write {name}({example})"
        )


def _ensure_name(reward: Any, name: str) -> None:
    """TRL logs a reward under its ``__name__``: give one to a reward object that has none."""
    if getattr(reward, "__name__", None):
        return
    with contextlib.suppress(AttributeError, TypeError):  # a __slots__ class, say
        reward.__name__ = name


@overload
def register(name: str, obj: None = None, *, replace: bool = False) -> Callable[[_T], _T]: ...
@overload
def register(name: str, obj: _T, *, replace: bool = False) -> _T: ...
def register(name: str, obj: Any = None, *, replace: bool = False) -> Any:
    """Register a reward in this process only: a class, a factory, a reward function or a constructed reward.

    For tests and notebooks. It is **not** a substitute for an entry point: nothing outside this process (another
    process, ``openrs-score``, a trainer's worker) sees it. To ship a reward, declare an entry point in the group
    ``openrs_rewards.rewards`` (see the README, "Write your own reward").

    A name already taken (by an entry point or an earlier call) raises :class:`PluginError` unless
    ``replace=True``, which makes the bare name mean this object here (an entry point of that name stays reachable
    as ``distribution:name``). Used without ``obj`` it is a decorator: ``@register("mine")``. Returns ``obj``.
    """
    if obj is None:

        def decorator(target: _T) -> _T:
            _REGISTRY.register(name, target, replace)
            return target

        return decorator
    _REGISTRY.register(name, obj, replace)
    return obj


def unregister(name: str) -> None:
    """Remove a reward given to :func:`register`."""
    _REGISTRY.unregister(name)


def refresh() -> None:
    """Forget the cached entry points (after installing a plugin into the running process); keeps registrations."""
    _REGISTRY.refresh()

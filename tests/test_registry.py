"""The reward registry: entry points found lazily, described, constructed from specs; broken plugins isolated.

Fake third-party distributions are made on disk (a ``*.dist-info`` folder with ``entry_points.txt`` and a module
beside it) in a folder put on ``sys.path``: importlib.metadata finds them exactly as it finds installed ones.
"""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from openrs_rewards.plugins import (
    GROUP,
    REQUIRED,
    PluginError,
    PluginWarning,
    SpecError,
    describe,
    get_reward,
    list_rewards,
    refresh,
    register,
    unregister,
)
from openrs_rewards.plugins import registry as registry_module

ROOT = Path(__file__).resolve().parents[1]

PLUGIN_SOURCE = '''
"""Rewards for the registry tests."""

IMPORTS = []
IMPORTS.append(1)


class Good:
    """A good reward: ``offset + scale`` for a non-empty completion, ``offset`` otherwise.

    Second paragraph.
    """

    name = "good"

    def __init__(self, scale: float = 1.0, offset: float = 0.0, *, label: str = "x") -> None:
        self.scale = scale
        self.offset = offset
        self.label = label

    @property
    def bounds(self):
        return (self.offset, self.offset + self.scale)

    def __call__(self, prompts=None, completions=None, completion_ids=None, **kwargs):
        return [self.offset + self.scale * (len(c) > 0) for c in completions]


def make_good(scale=2.0):
    """A factory of Good rewards."""
    return Good(scale=scale)


def plain(completions, **kwargs):
    """A plain TRL-style reward function."""
    return [1.0 for _ in completions]


READY = Good(scale=3.0)


class Required:
    """Needs a target."""

    def __init__(self, target: int, extra: str = "e") -> None:
        self.target = target

    def __call__(self, completions=None, **kwargs):
        return [float(self.target) for _ in completions]


class Explodes:
    """Refuses its argument."""

    def __init__(self, x: int = 1) -> None:
        if x < 0:
            raise ValueError("x must be >= 0")

    def __call__(self, completions=None, **kwargs):
        return [0.0 for _ in completions]


class AnyKeyword:
    """Takes anything."""

    def __init__(self, **options) -> None:
        self.options = options

    def __call__(self, completions=None, **kwargs):
        return [0.0 for _ in completions]


class NoCall:
    """Not callable."""


class NoCompletions:
    def __call__(self, text):
        return [0.0]


class NoKwargs:
    def __call__(self, prompts=None, completions=None, completion_ids=None):
        return [0.0 for _ in completions]


NOT_CALLABLE = 42


def bad_factory():
    return 42


def factory_of_bad_signature():
    return NoKwargs()
'''


class FakeSite:
    """A folder on ``sys.path`` into which tests 'install' distributions without pip."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.modules: list[str] = []

    def module(self, name: str, source: str) -> str:
        (self.root / f"{name}.py").write_text(textwrap.dedent(source))
        self.modules.append(name)
        return name

    def distribution(self, name: str, entry_points: dict[str, str], version: str = "1.0") -> None:
        info = self.root / f"{name.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
        lines = [f"[{GROUP}]", *(f"{key} = {value}" for key, value in entry_points.items())]
        (info / "entry_points.txt").write_text("\n".join(lines) + "\n")
        refresh()


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSite]:
    root = tmp_path / "site"
    root.mkdir()
    monkeypatch.syspath_prepend(str(root))
    fake = FakeSite(root)
    fake.module("regplug_good", PLUGIN_SOURCE)
    refresh()
    yield fake
    for name in fake.modules:
        sys.modules.pop(name, None)
    refresh()


@pytest.fixture(autouse=True)
def _clean_registrations() -> Iterator[None]:
    yield
    registry_module._REGISTRY._local.clear()
    refresh()


def _good_dist(site: FakeSite, name: str = "regplug-good", **extra: str) -> None:
    entry_points = {
        "regplug_good": "regplug_good:Good",
        "regplug_factory": "regplug_good:make_good",
        "regplug_plain": "regplug_good:plain",
        "regplug_ready": "regplug_good:READY",
        "regplug_required": "regplug_good:Required",
        "regplug_explodes": "regplug_good:Explodes",
        "regplug_any": "regplug_good:AnyKeyword",
        **extra,
    }
    site.distribution(name, entry_points, version="1.2.3")


# -- discovery ---------------------------------------------------------------------------------------------


def _declared_builtins() -> dict[str, str]:
    """The reward entry points pyproject.toml declares (read by tomllib, or on Python 3.10 by its section's
    ``name = "value"`` lines, so that no interpreter skips the check)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        header = f'[project.entry-points."{GROUP}"]'
        section = text.split(header, 1)[1].split("\n[", 1)[0]
        pairs = re.findall(r'^\s*([\w.-]+)\s*=\s*"([^"]*)"', section, flags=re.MULTILINE)
        return dict(pairs)
    declared: dict[str, str] = tomllib.loads(text)["project"]["entry-points"][GROUP]
    return declared


def test_builtins_are_plain_entry_points_declared_in_pyproject() -> None:
    declared = _declared_builtins()
    assert len(declared) >= 11 and declared["accuracy"] == "openrs_rewards.rewards.accuracy:AccuracyReward"
    installed = {
        ep.name: ep.value for ep in metadata.distribution("openrs-rewards").entry_points if ep.group == GROUP
    }
    assert installed == declared, "the installed metadata is stale: run `pip install -e .` again"
    assert set(declared) <= set(list_rewards())


def test_every_builtin_loads_describes_and_constructs() -> None:
    declared = _declared_builtins()
    constructed = []
    with warnings.catch_warnings():
        warnings.simplefilter("error", PluginWarning)
        for name, value in declared.items():
            info = describe(name)
            assert (info.name, info.distribution, info.entry_point) == (name, "openrs-rewards", value)
            assert info.kind == "class" and info.doc, name
            if not any(p.required for p in info.parameters):
                assert info.bounds is not None and info.bounds[0] <= info.bounds[1], name
                reward = get_reward(name)
                assert callable(reward) and reward.__name__, name
                constructed.append(name)
    assert constructed == list(declared)  # every built-in has defaults for all its parameters


def test_listing_imports_no_reward_module() -> None:
    code = (
        "import sys; from openrs_rewards.plugins import list_rewards; names = list_rewards(); "
        "print(len(names), sorted(m for m in sys.modules if m.startswith('openrs_rewards.rewards.')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    count, modules = result.stdout.split(" ", 1)
    assert int(count) >= 11
    assert modules.strip() == "[]"


def test_third_party_rewards_are_listed_without_import(site: FakeSite) -> None:
    _good_dist(site)
    names = list_rewards()
    assert {"regplug_good", "regplug_factory", "regplug_plain", "regplug_ready"} <= set(names)
    assert names == sorted(names)
    assert "regplug_good" not in sys.modules


def test_entry_points_are_loaded_once_and_cached(site: FakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    _good_dist(site)
    loads: list[str] = []
    original = metadata.EntryPoint.load

    def counting(self: metadata.EntryPoint) -> Any:
        loads.append(self.name)
        return original(self)

    monkeypatch.setattr(metadata.EntryPoint, "load", counting)
    first = describe("regplug_good")
    assert describe("regplug_good") is first
    get_reward("regplug_good")
    get_reward("regplug_good(scale=2.0)")
    assert loads == ["regplug_good"]


# -- describe ----------------------------------------------------------------------------------------------


def test_describe_a_class(site: FakeSite) -> None:
    _good_dist(site)
    info = describe("regplug_good")
    assert info.name == "regplug_good"
    assert (info.distribution, info.version) == ("regplug-good", "1.2.3")
    assert info.entry_point == "regplug_good:Good"
    assert info.kind == "class"
    assert [(p.name, p.default, p.annotation) for p in info.parameters] == [
        ("scale", 1.0, "float"),
        ("offset", 0.0, "float"),
        ("label", "x", "str"),
    ]
    assert info.defaults == {"scale": 1.0, "offset": 0.0, "label": "x"}
    assert info.bounds == (0.0, 1.0)
    assert info.summary.startswith("A good reward:")
    assert "Second paragraph." in info.doc
    assert info.qualified_name == "regplug-good:regplug_good"
    text = str(info)
    assert "regplug_good  (regplug-good 1.2.3, regplug_good:Good)" in text
    assert "parameters: scale: float = 1.0, offset: float = 0.0, label: str = 'x'" in text
    assert "bounds: [0, 1]" in text


def test_describe_factory_function_instance_and_required(site: FakeSite) -> None:
    _good_dist(site)
    factory = describe("regplug_factory")
    assert factory.kind == "factory" and factory.defaults == {"scale": 2.0} and factory.bounds == (0.0, 2.0)
    assert factory.doc == "A factory of Good rewards."
    plain = describe("regplug_plain")
    assert (plain.kind, plain.parameters, plain.bounds) == ("function", (), None)
    ready = describe("regplug_ready")
    assert (ready.kind, ready.bounds) == ("instance", (0.0, 3.0))
    assert ready.summary.startswith("A good reward")
    required = describe("regplug_required")
    assert required.parameters[0].default is REQUIRED and required.parameters[0].required
    assert required.bounds is None  # no default construction without its required argument
    assert "target: int, extra: str = 'e'" in str(required)
    assert describe("regplug_any").accepts_any_keyword


def test_describe_takes_a_name_not_arguments(site: FakeSite) -> None:
    _good_dist(site)
    with pytest.raises(PluginError, match="takes a reward name"):
        describe("regplug_good(scale=2)")


# -- get_reward --------------------------------------------------------------------------------------------


def test_get_reward_from_a_spec(site: FakeSite) -> None:
    _good_dist(site)
    reward = get_reward("regplug_good(scale=0.5, offset=-1.0, label='y')")
    assert (reward.scale, reward.offset, reward.label) == (0.5, -1.0, "y")
    assert reward(prompts=["p", "p"], completions=["text", ""], completion_ids=None, solution=["1", "2"]) == [
        -0.5,
        -1.0,
    ]
    assert reward.__name__ == "regplug_good"  # given one, so that TRL can log it
    assert get_reward("regplug_good", scale=3.0).scale == 3.0
    assert get_reward("regplug-good:regplug_good(scale=4.0)").scale == 4.0
    assert get_reward("regplug_factory").scale == 2.0
    assert get_reward("regplug_factory(scale=5.0)").scale == 5.0
    assert get_reward("regplug_required(target=3)").target == 3
    assert get_reward("regplug_any(anything=[1, 2])").options == {"anything": [1, 2]}


def test_ready_made_rewards_are_returned_as_they_are(site: FakeSite) -> None:
    _good_dist(site)
    module = __import__("regplug_good")
    assert get_reward("regplug_plain") is module.plain
    assert get_reward("regplug_ready") is module.READY
    with pytest.raises(PluginError, match=r"ready-made reward function .* takes no parameters; got scale"):
        get_reward("regplug_plain(scale=1)")


def test_constructed_rewards_pickle(site: FakeSite) -> None:
    _good_dist(site)
    reward = get_reward("regplug_good(scale=0.25)")
    clone = pickle.loads(pickle.dumps(reward))
    assert clone(completions=["a", ""]) == reward(completions=["a", ""]) == [0.25, 0.0]


def test_parameter_typo_suggests_the_right_name(site: FakeSite) -> None:
    _good_dist(site)
    with pytest.raises(PluginError) as info:
        get_reward("regplug_good(scael=2.0)")
    message = str(info.value)
    assert "has no parameter 'scael'. Did you mean 'scale'?" in message
    assert "Its parameters: scale, offset, label." in message
    with pytest.raises(PluginError, match=r"has no parameter 'zzz'\. Its parameters"):
        get_reward("regplug_good(zzz=1)")


def test_missing_required_parameter(site: FakeSite) -> None:
    _good_dist(site)
    with pytest.raises(PluginError, match=r"requires 'target': write regplug_required\(target=\.\.\.\)"):
        get_reward("regplug_required")


def test_constructor_error_is_wrapped_with_the_spec(site: FakeSite) -> None:
    _good_dist(site)
    with pytest.raises(
        PluginError, match=r"constructing the reward 'regplug_explodes\(x=-1\)' failed: ValueError"
    ) as info:
        get_reward("regplug_explodes(x=-1)")
    assert isinstance(info.value.__cause__, ValueError)


def test_same_argument_in_spec_and_keywords(site: FakeSite) -> None:
    _good_dist(site)
    with pytest.raises(PluginError, match="scale given both"):
        get_reward("regplug_good(scale=1.0)", scale=2.0)


def test_unknown_reward_suggests_close_names(site: FakeSite) -> None:
    _good_dist(site)
    with pytest.raises(PluginError) as info:
        get_reward("regplug_god")
    message = str(info.value)
    assert "unknown reward 'regplug_god'. Did you mean 'regplug_good'" in message
    assert "Available: " in message and "regplug_factory" in message


def test_malformed_spec_is_a_spec_error_and_imports_nothing(site: FakeSite) -> None:
    _good_dist(site)
    with pytest.raises(SpecError, match="positional argument"):
        get_reward("regplug_good(1.0)")
    assert "regplug_good" not in sys.modules


def test_unknown_distribution_qualifier(site: FakeSite) -> None:
    _good_dist(site)
    with pytest.raises(PluginError, match="the distribution 'other' registers no reward 'regplug_good'"):
        get_reward("other:regplug_good")
    with pytest.raises(PluginError, match="unknown reward 'other:nothing_here'"):
        get_reward("other:nothing_here")


# -- broken plugins ----------------------------------------------------------------------------------------

BROKEN_CASES = {
    "brk_import": (
        "regplug_broken_mod:Thing",
        "importing it failed: ModuleNotFoundError: No module named 'no_such_dependency_xyz'",
    ),
    "brk_attr": ("regplug_good:DoesNotExist", "importing it failed: AttributeError"),
    "brk_exit": ("regplug_exits_mod:Thing", "importing it failed: SystemExit: 3"),
    "brk_syntax": ("regplug_syntax_mod:Thing", "importing it failed: SyntaxError"),
    "brk_notcallable": (
        "regplug_good:NOT_CALLABLE",
        "it is an int object, not a reward class, factory or function",
    ),
    "brk_module": ("regplug_good", "it is a module, not a reward class, factory or function"),
    "brk_nocall": ("regplug_good:NoCall", "the class NoCall has no __call__ method"),
    "brk_signature": (
        "regplug_good:NoCompletions",
        "NoCompletions: its call signature (text) does not accept completions=",
    ),
    "brk_nokwargs": ("regplug_good:NoKwargs", "has no **kwargs"),
}


def _broken_dist(site: FakeSite) -> None:
    site.module("regplug_broken_mod", "import no_such_dependency_xyz\n\nclass Thing: ...\n")
    site.module("regplug_exits_mod", "import sys\n\nsys.exit(3)\n")
    site.module("regplug_syntax_mod", "def broken(:\n")
    site.distribution(
        "regplug-broken", {name: value for name, (value, _) in BROKEN_CASES.items()}, version="0.0.1"
    )


@pytest.mark.parametrize("name", sorted(BROKEN_CASES))
def test_broken_plugin_warns_once_and_errors_by_name(site: FakeSite, name: str) -> None:
    _good_dist(site)
    _broken_dist(site)
    value, problem = BROKEN_CASES[name]
    assert name in list_rewards()  # listing imports nothing, so it cannot know yet
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # the registry itself must not repeat the warning
        for _ in range(3):
            with pytest.raises(PluginError) as info:
                get_reward(name)
            message = str(info.value)
            assert problem in message
            assert f"from distribution 'regplug-broken' 0.0.1 (entry point '{name} = {value}'" in message
        with pytest.raises(PluginError, match=re.escape(problem.split(":")[0])):
            describe(name)
        # Every other reward still loads, without a warning.
        assert get_reward("regplug_good(scale=2.0)").scale == 2.0
        assert describe("regplug_factory").kind == "factory"
    plugin_warnings = [w for w in caught if issubclass(w.category, PluginWarning)]
    assert len(plugin_warnings) == 1, [str(w.message) for w in caught]
    text = str(plugin_warnings[0].message)
    assert "regplug-broken" in text and f"'{name} = {value}'" in text and problem in text
    assert issubclass(PluginWarning, UserWarning)


def test_all_broken_plugins_each_warn_once_while_the_rest_load(site: FakeSite) -> None:
    _good_dist(site)
    _broken_dist(site)
    loaded, failed = [], []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(2):
            for name in list_rewards():
                if not name.startswith(("regplug", "brk_")):
                    continue
                try:
                    describe(name)
                    loaded.append(name)
                except PluginError:
                    failed.append(name)
    assert sorted(set(failed)) == sorted(BROKEN_CASES)
    assert {"regplug_good", "regplug_factory", "regplug_plain", "regplug_ready", "regplug_required"} <= set(
        loaded
    )
    assert len([w for w in caught if issubclass(w.category, PluginWarning)]) == len(BROKEN_CASES)


def test_factory_that_makes_no_reward(site: FakeSite) -> None:
    _good_dist(
        site,
        regplug_badfactory="regplug_good:bad_factory",
        regplug_badsig="regplug_good:factory_of_bad_signature",
    )
    with pytest.raises(
        PluginError, match="is a factory that does not make a reward: it returned an int object"
    ):
        get_reward("regplug_badfactory")
    with pytest.raises(PluginError, match=r"is a factory that does not make a reward: .* has no \*\*kwargs"):
        get_reward("regplug_badsig")


# -- two distributions, one name ---------------------------------------------------------------------------


def test_same_name_from_two_distributions(site: FakeSite) -> None:
    site.module(
        "regplug_other", "from regplug_good import Good\n\nclass Other(Good):\n    '''The other one.'''\n"
    )
    site.distribution("regplug-alpha", {"regplug_twice": "regplug_good:Good"}, version="1.0")
    site.distribution("Regplug_Beta", {"regplug_twice": "regplug_other:Other"}, version="2.0")
    names = list_rewards()
    assert "regplug_twice" not in names
    assert {"regplug-alpha:regplug_twice", "Regplug_Beta:regplug_twice"} <= set(names)
    with pytest.raises(PluginError) as info:
        get_reward("regplug_twice")
    message = str(info.value)
    assert "'regplug_twice' is ambiguous" in message
    assert "regplug-alpha 1.0 (entry point 'regplug_twice = regplug_good:Good')" in message
    assert "Regplug_Beta 2.0 (entry point 'regplug_twice = regplug_other:Other')" in message
    assert "Ask for 'regplug-alpha:regplug_twice' or 'Regplug_Beta:regplug_twice'" in message
    with pytest.raises(PluginError, match="ambiguous"):
        describe("regplug_twice")
    assert type(get_reward("regplug-alpha:regplug_twice")).__name__ == "Good"
    assert (
        type(get_reward("regplug_beta:regplug_twice(scale=2.0)")).__name__ == "Other"
    )  # names compare normalised
    assert describe("regplug.beta:regplug_twice").doc == "The other one."


# -- register ----------------------------------------------------------------------------------------------


class LocalReward:
    """An in-process reward."""

    def __init__(self, weight: float = 1.0) -> None:
        self.weight = weight

    @property
    def bounds(self) -> tuple[float, float]:
        return (0.0, self.weight)

    def __call__(
        self, prompts: Any = None, completions: Any = None, completion_ids: Any = None, **kwargs: Any
    ) -> list[float | None]:
        return [self.weight for _ in completions or []]


def test_register_a_class_an_instance_a_function() -> None:
    register("local_class", LocalReward)
    assert "local_class" in list_rewards()
    reward = get_reward("local_class(weight=2.0)")
    assert isinstance(reward, LocalReward) and reward.weight == 2.0 and reward.__name__ == "local_class"
    info = describe("local_class")
    assert (info.distribution, info.entry_point, info.kind, info.bounds) == (None, None, "class", (0.0, 1.0))
    assert "registered in-process" in str(info)

    instance = LocalReward(3.0)
    assert register("local_instance", instance) is instance
    assert get_reward("local_instance") is instance

    @register("local_function")
    def local_function(completions: list[str], **kwargs: Any) -> list[float | None]:
        return [0.0 for _ in completions]

    assert get_reward("local_function") is local_function
    unregister("local_function")
    assert "local_function" not in list_rewards()
    with pytest.raises(PluginError, match="no reward named 'local_function' was registered"):
        unregister("local_function")


def test_register_refuses_non_rewards_at_once() -> None:
    with pytest.raises(PluginError, match="cannot register 'x': it is an int object"):
        register("x", 42)

    class Bad:
        def __call__(self, text: str) -> list[float]:
            return [0.0]

    with pytest.raises(PluginError, match=r"cannot register 'bad': .*Bad: its call signature"):
        register("bad", Bad)
    with pytest.raises(ValueError, match="invalid reward name"):
        register("has space", LocalReward)
    with pytest.raises(ValueError, match="invalid reward name"):
        register("dist:name", LocalReward)


def test_register_does_not_silently_shadow(site: FakeSite) -> None:
    _good_dist(site)
    with pytest.raises(
        PluginError, match="already exists \\(from an installed entry point\\); pass replace=True"
    ):
        register("regplug_good", LocalReward)
    register("mine", LocalReward)
    with pytest.raises(PluginError, match="already exists \\(from register\\(\\)\\)"):
        register("mine", LocalReward)
    register("regplug_good", LocalReward, replace=True)
    assert isinstance(get_reward("regplug_good"), LocalReward)
    assert (
        type(get_reward("regplug-good:regplug_good")).__name__ == "Good"
    )  # the entry point is still reachable
    assert {"regplug_good", "regplug-good:regplug_good"} <= set(list_rewards())


def test_register_survives_refresh() -> None:
    register("local_kept", LocalReward)
    refresh()
    assert "local_kept" in list_rewards()

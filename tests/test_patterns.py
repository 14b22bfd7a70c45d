"""The verifier's regular expressions are compiled on first use (verifiers/patterns.py): every one of them must still
compile (an error now shows at first use, not at import), behave as ``re.compile`` would, and importing the verifier
must compile none of them."""

from __future__ import annotations

import importlib
import json
import marshal
import os
import pkgutil
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import openrs_rewards.verifiers
from openrs_rewards.verifiers import patterns
from openrs_rewards.verifiers.patterns import _LazyPattern, compile_lazily


def _lazy_patterns() -> list[tuple[str, _LazyPattern]]:
    found = []
    for info in pkgutil.iter_modules(openrs_rewards.verifiers.__path__):
        module = importlib.import_module(f"openrs_rewards.verifiers.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, _LazyPattern):
                found.append((f"{info.name}.{name}", value))
    return found


LAZY = _lazy_patterns()


def test_the_verifier_modules_define_their_patterns_lazily() -> None:
    modules = {name.partition(".")[0] for name, _ in LAZY}
    assert {"extract", "normalize", "cascade", "structure", "expr"} <= modules
    assert len(LAZY) > 200


@pytest.mark.parametrize(("name", "pattern"), LAZY, ids=[name for name, _ in LAZY])
def test_every_pattern_compiles_with_its_flags(name: str, pattern: _LazyPattern) -> None:
    compiled = re.compile(pattern.pattern, pattern._flags)
    assert pattern.flags == compiled.flags, name
    assert pattern.groups == compiled.groups
    assert pattern.groupindex == compiled.groupindex


def test_import_compiles_no_pattern() -> None:
    program = (
        "import json\n"
        "from openrs_rewards import verify, verify_batch\n"
        "import openrs_rewards.verifiers.extract, openrs_rewards.verifiers.normalize\n"
        "from openrs_rewards.verifiers.patterns import _LazyPattern\n"
        "import gc\n"
        "lazy = [o for o in gc.get_objects() if isinstance(o, _LazyPattern)]\n"
        "print(json.dumps([len(lazy), sum('sub' in vars(o) for o in lazy)]))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120, check=True
    )
    defined, compiled = json.loads(completed.stdout.strip().splitlines()[-1])
    assert defined > 200
    assert compiled == 0


def test_first_use_binds_the_compiled_methods() -> None:
    pattern = compile_lazily(r"(?P<n>\d+)", re.ASCII)
    assert "search" not in vars(pattern)
    assert pattern.pattern == r"(?P<n>\d+)"
    assert pattern.fullmatch("12") is not None
    assert "search" in vars(pattern) and "sub" in vars(pattern)
    assert pattern.groupindex == {"n": 1}
    assert repr(pattern) == "compile_lazily('(?P<n>\\\\d+)')"


@given(st.text(alphabet="ab1 \\{}", max_size=30))
def test_a_lazy_pattern_finds_what_the_compiled_one_finds(text: str) -> None:
    source = r"\\(?:frac|boxed)\{([^{}]*)\}|(\d+)|\s+"
    lazy, compiled = compile_lazily(source), re.compile(source)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("_", text) == compiled.sub("_", text)
    assert lazy.split(text) == compiled.split(text)
    assert (lazy.search(text) is None) == (compiled.search(text) is None)


# -- patterns that first look for their words (compile_lazily's ``needs``) -------------------------------------------

KEYED = [(name, pattern) for name, pattern in LAZY if isinstance(pattern, patterns._KeyedPattern)]
_ASCII = st.characters(min_codepoint=9, max_codepoint=126)


def test_the_extractions_window_patterns_look_for_their_words_first() -> None:
    names = {name for name, _ in KEYED}
    assert {"extract._NEGATED_BEFORE", "extract._TENTATIVE_BOX_BEFORE", "extract._TO_THE_GRADER"} <= names
    assert all(pattern in patterns.KEYED for _, pattern in KEYED)


@pytest.mark.parametrize(("name", "pattern"), KEYED, ids=[name for name, _ in KEYED])
@given(data=st.data())
def test_a_keyed_pattern_finds_every_match_of_its_pattern(
    name: str, pattern: patterns._KeyedPattern, data: st.DataObject
) -> None:
    # Texts that hold a match (made from the pattern itself, in ASCII where the words are looked for, and in any
    # characters), with text before and after, searched whole and in a window: the same match as the full pattern.
    compiled = re.compile(pattern.pattern, pattern._flags)
    alphabet = data.draw(st.sampled_from([_ASCII, st.characters()]))
    match = data.draw(st.from_regex(compiled, alphabet=alphabet))
    before = data.draw(st.text(alphabet=_ASCII, max_size=12))
    text = before + match + data.draw(st.text(alphabet=_ASCII, max_size=12))
    for pos, endpos in ((0, len(text)), (len(before), len(before) + len(match)), (len(before), len(text))):
        found, expected = pattern.search(text, pos, endpos), compiled.search(text, pos, endpos)
        assert (None if found is None else found.span()) == (None if expected is None else expected.span()), (
            name
        )


def test_a_text_without_the_words_is_not_searched() -> None:
    keyed = compile_lazily(r"\bnot[ \t]+be\b", re.IGNORECASE, needs=("not",))
    assert keyed.search("it may not be") is not None
    calls: list[tuple[object, ...]] = []
    full = keyed._full_search  # type: ignore[attr-defined]

    def counted(*arguments: object) -> object:
        calls.append(arguments)
        return full(*arguments)

    keyed.__dict__["_full_search"] = counted
    assert keyed.search("it can be done") is None
    assert calls == []
    assert keyed.search("it can NOT be done") is not None
    assert len(calls) == 1


def test_words_are_looked_for_only_in_an_ascii_window() -> None:
    # The engine matches the dotless i and the Kelvin sign case-insensitively with i and k, which lower() keeps as
    # they are: such a window is searched in full.
    keyed = compile_lazily(r"\bthink\b", re.IGNORECASE, needs=("think",))
    assert keyed.search("I thınk so") is not None
    assert keyed.search("I thin\u212a so") is not None
    assert keyed.search("I thin so") is None
    assert keyed.search("so I THINK", 3) is not None and keyed.search("so I THINK", 0, 6) is None


# -- the compiled code kept between processes ----------------------------------------------------------------------


def _fresh_cache(monkeypatch: pytest.MonkeyPatch, path: Path) -> patterns._CodeCache:
    cache = patterns._CodeCache()
    monkeypatch.setattr(patterns, "_CACHE", cache)
    monkeypatch.setattr(patterns, "_cache_path", lambda: str(path))
    return cache


@pytest.mark.skipif(
    patterns._UNIT is None or not hasattr(re, "_parser"), reason="no code cache in this interpreter"
)
def test_every_pattern_rebuilt_from_its_cached_code_is_the_compiled_pattern(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Pattern objects compare equal only with the same source, flags and engine code.
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    cache = _fresh_cache(monkeypatch, tmp_path / "cache.marshal")
    for name, lazy in LAZY:
        assert patterns._compile(lazy.pattern, int(lazy._flags)) == re.compile(lazy.pattern, lazy._flags), (
            name
        )
    assert len(cache.added) == len({(lazy.pattern, int(lazy._flags)) for _, lazy in LAZY})
    cache.write(os.getpid())
    reread = _fresh_cache(monkeypatch, tmp_path / "cache.marshal")
    for name, lazy in LAZY:
        key = (lazy.pattern, int(lazy._flags))
        assert key in reread.load(), name
        assert patterns._from_parts(lazy.pattern, reread.load()[key]) == re.compile(
            lazy.pattern, lazy._flags
        ), name
        assert patterns._compile(*key) == re.compile(lazy.pattern, lazy._flags)
    assert not reread.added  # every pattern came from the file


@given(st.text(alphabet="ab1 \\{}()^_.,$xyz", max_size=40))
def test_a_pattern_rebuilt_from_the_cache_finds_what_re_finds(text: str) -> None:
    source = r"(?<!\\)\$([^$]{1,9})\$|\\(?:frac|boxed)\{(?P<inner>[^{}]*)\}|(\d+)(?![.,]\d)|\s+"
    parts = patterns._CodeCache()
    compiled = re.compile(source, re.IGNORECASE)
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(patterns, "_CACHE", parts)
        monkeypatch.setattr(patterns, "_cache_path", lambda: None)
        patterns._compile(source, int(re.IGNORECASE))
    if not parts.added:
        return  # (an interpreter without the cache compiles as re does, which the other tests cover)
    rebuilt = patterns._from_parts(source, parts.added[(source, int(re.IGNORECASE))])
    assert rebuilt is not None
    assert [m.groups() for m in rebuilt.finditer(text)] == [m.groups() for m in compiled.finditer(text)]
    assert rebuilt.sub("_", text) == compiled.sub("_", text)


def _cache_file(engine: str, entries: dict[tuple[str, int], object], checksum: int | None = None) -> bytes:
    """A cache file of ``entries`` for ``engine``; with ``checksum``, its index's checksum replaced by it."""
    data = patterns._file_bytes(entries, engine)  # type: ignore[arg-type]
    if checksum is None:
        return data
    (length,) = patterns._HEAD_LENGTH.unpack_from(data)
    start = patterns._HEAD_LENGTH.size
    form, engine_named, _, index = marshal.loads(data[start : start + length])
    head = marshal.dumps((form, engine_named, checksum, index))
    return patterns._HEAD_LENGTH.pack(len(head)) + head + data[start + length :]


def test_a_damaged_or_foreign_cache_is_compiled_afresh(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "cache.marshal"
    source = r"answer is (\d+)"
    # Code that the engine accepts but that is not this pattern's ([SUCCESS] * 3 matches anything): only an intact
    # file of this very Python is read.
    wrong = {(source, 0): (32, b"\1\0\0\0" * 3, 0, {}, (None,))}
    for content in (
        b"not marshal at all",
        marshal.dumps([1, 2, 3]),
        _cache_file("cpython 2.7.18", wrong),
        _cache_file(patterns._ENGINE, wrong, checksum=12345),
        _cache_file(patterns._ENGINE, wrong)[:-9],
    ):
        path.write_bytes(content)
        cache = _fresh_cache(monkeypatch, path)
        assert cache.load() == {}
        assert patterns._compile(source, 0).search("the answer is 42").group(1) == "42"
    # An entry of this Python's file whose code the engine rejects: compiled afresh.
    path.write_bytes(
        _cache_file(patterns._ENGINE, {(source, 0): (32, b"\xff\xff\x00\x00" * 3, 0, {}, (None,))})
    )
    cache = _fresh_cache(monkeypatch, path)
    assert (source, 0) in cache.load()
    assert patterns._from_parts(source, cache.load()[(source, 0)]) is None
    assert patterns._compile(source, 0).search("the answer is 42").group(1) == "42"


def test_an_entry_is_read_only_when_used_and_a_damaged_one_is_compiled_afresh(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "cache.marshal"
    sources = [rf"answer is (\d+) n{index}\b" for index in range(50)]
    entries = {(source, 0): _parts_of(source) for source in sources}
    data = bytearray(_cache_file(patterns._ENGINE, entries))
    data[-5] ^= 0xFF  # inside the last entry's code
    path.write_bytes(bytes(data))
    cache = _fresh_cache(monkeypatch, path)
    stored = cache.load()
    assert isinstance(stored, patterns._StoredCode)
    assert stored.decoded == {}  # the index only
    assert patterns._compile(sources[7], 0).search("the answer is 42 n7").group(1) == "42"
    assert list(stored.decoded) == [(sources[7], 0)] and not cache.added  # one entry read, none compiled
    # The damaged entry is not taken (its checksum), the pattern is compiled as re does.
    assert patterns._compile(sources[-1], 0).search("the answer is 42 n49").group(1) == "42"
    assert (sources[-1], 0) in cache.added
    assert len(stored) == len(sources) - 1


def test_two_patterns_in_one_slot_never_take_each_others_code(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # An index whose slot for one pattern holds another's entry (as two sources with one checksum would): the
    # entry names its source, so the pattern asked for is compiled, not taken from the other's code.
    path = tmp_path / "cache.marshal"
    asked, other = r"answer is (\d+)", r"answer is ([a-z]+)"
    data = _cache_file(patterns._ENGINE, {(other, 0): _parts_of(other)})
    (length,) = patterns._HEAD_LENGTH.unpack_from(data)
    start = patterns._HEAD_LENGTH.size
    form, engine, _, index_bytes = marshal.loads(data[start : start + length])
    index = {patterns._slot((asked, 0)): marshal.loads(index_bytes)[patterns._slot((other, 0))]}
    index_bytes = marshal.dumps(index)
    head = marshal.dumps((form, engine, zlib.crc32(index_bytes), index_bytes))
    path.write_bytes(patterns._HEAD_LENGTH.pack(len(head)) + head + data[start + length :])
    cache = _fresh_cache(monkeypatch, path)
    assert (asked, 0) not in cache.load()
    assert patterns._compile(asked, 0).search("the answer is 42 or x").group(1) == "42"
    assert (asked, 0) in cache.added


def _parts_of(source: str) -> object:
    """The cached parts of ``source`` as this Python compiles it."""
    scratch = patterns._CodeCache()
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(patterns, "_CACHE", scratch)
        monkeypatch.setattr(patterns, "_cache_path", lambda: None)
        patterns._compile(source, 0)
    if not scratch.added:
        pytest.skip("no code cache in this interpreter")
    return scratch.added[(source, 0)]


def test_a_file_grown_with_patterns_the_code_no_longer_defines_keeps_only_the_defined(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "cache.marshal"
    defined = patterns._DEFINED
    kept = next(iter(defined))
    parts = (32, b"\1\0\0\0", 0, {}, (None,))
    gone = {
        (f"an old edit's pattern {index}", 0): parts for index in range(patterns._PRUNE_FACTOR * len(defined))
    }
    path.write_bytes(_cache_file(patterns._ENGINE, {**gone, kept: parts}))
    cache = _fresh_cache(monkeypatch, path)
    assert len(cache.load()) == len(gone) + 1
    cache.add((r"newly compiled (\d+)", 0), parts)  # (not defined by a lazy pattern: added by this process)
    cache.write(os.getpid())
    reread = _fresh_cache(monkeypatch, path).load()
    assert set(reread) == {kept}
    # Below the bound, nothing is dropped: another kind of process may define patterns this one does not.
    few = dict(list(gone.items())[:3])
    path.write_bytes(_cache_file(patterns._ENGINE, {**few, kept: parts}))
    cache = _fresh_cache(monkeypatch, path)
    cache.load()
    cache.add((r"newly compiled (\d+)", 0), parts)
    cache.write(os.getpid())
    assert set(_fresh_cache(monkeypatch, path).load()) == {*few, kept, (r"newly compiled (\d+)", 0)}


_CHILD = (
    "import json\n"
    "from openrs_rewards import verify\n"
    "from openrs_rewards.verifiers import patterns\n"
    "verdict = verify('So the answer is $\\\\boxed{\\\\frac{1}{2}}$.', '0.5')\n"
    "print(json.dumps([verdict.status, len(patterns._CACHE.load()), len(patterns._CACHE.added)]))\n"
)


def _child(prefix: Path, *, bytecode: bool) -> tuple[str, int, int]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(prefix)
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    completed = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, timeout=120, check=True, env=env
    )
    status, loaded, added = json.loads(completed.stdout.strip().splitlines()[-1])
    return status, loaded, added


@pytest.mark.skipif(
    patterns._UNIT is None or not hasattr(re, "_parser"), reason="no code cache in this interpreter"
)
def test_a_later_process_takes_the_code_an_earlier_one_compiled(tmp_path: Path) -> None:
    assert _child(tmp_path / "off", bytecode=False)[0] == "correct"
    assert not list((tmp_path / "off").rglob("regex-cache.*")), "written although Python writes no bytecode"
    first = _child(tmp_path / "on", bytecode=True)
    assert first[0] == "correct" and first[1] == 0 and first[2] > 20
    (written,) = (tmp_path / "on").rglob("regex-cache.*")
    second = _child(tmp_path / "on", bytecode=True)
    assert second == ("correct", first[2], 0)  # every pattern it used came from the file
    assert list((tmp_path / "on").rglob("regex-cache.*")) == [written]

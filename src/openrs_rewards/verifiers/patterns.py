"""Regular expressions compiled on first use: the verifier's modules define a few hundred, most of them for rare
cases, and compiling all of them at import was ~45 ms of every fresh process (half of ``import`` plus the first
``verify``), while a batch of a few hundred real completions uses half of them or fewer (measured: 106 of 270 on
AIME, 220 on all 5,784 real completions). ``openrs-score`` on one small file, a Ray actor, each test process and
the worker zygote pay the compile only for what they use.

What is compiled is also kept between processes, the way Python keeps a module's bytecode: compiling the 110 to 180
patterns a batch of real completions uses was 25-35 ms of every fresh process (measured), a third of a small batch's
time, and rebuilding a pattern from its compiled code is ~20x cheaper than compiling it. The cache is a file beside our
bytecode (``__pycache__/regex-cache.<interpreter>-<sre magic>.marshal``, or under ``sys.pycache_prefix``), written
when a process exits with what it newly compiled; it is not written when Python writes no bytecode
(``PYTHONDONTWRITEBYTECODE``, ``-B``). It holds each pattern's source, flags and the code CPython's own ``re``
compiler made for it, for this exact Python version only (``sys.version``); the engine checks the code when it is
loaded. Any mismatch, a damaged or foreign file, an unwritable folder or another Python (3.10's ``re`` has no
``_parser``) just means compiling as ``re.compile`` does.

A process reads only the file's index at its first compile and then each entry it uses, where it lies: a file holding
every pattern (a few MB of engine code, ~2,000 entries in an edited checkout) read and decoded whole was ~18 ms of
every fresh process, most of it for patterns that process never used; the index and the ~150 entries a batch uses
are ~1 ms.

Example:
    >>> ANSWER = compile_lazily(r"answer is (\\d+)")
    >>> ANSWER.search("the answer is 42").group(1)
    '42'
    >>> ANSWER.pattern
    'answer is (\\\\d+)'
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import struct
import sys
import threading
import zlib
from array import array
from collections.abc import Callable, Iterator, Mapping
from typing import Any, cast

__all__ = ["compile_lazily"]

# What callers use of a compiled pattern: bound to the instance once compiled, so later calls are one attribute
# lookup, as on a compiled pattern.
_PATTERN_ATTRIBUTES = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "flags", "groups", "groupindex",
)  # fmt: skip


class _LazyPattern:
    """Stands for ``re.compile(pattern, flags)`` until an attribute of the pattern is first asked for."""

    # Attributes a subclass defines itself: the compiled pattern's are bound as "_full_<name>" beside them.
    _OWN: tuple[str, ...] = ()

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # the source, without compiling (other patterns are built from it)
        self._flags = flags
        _DEFINED.add((pattern, int(flags)))

    def __getattr__(self, name: str) -> Any:
        # Called only for attributes the instance does not have yet: the first use compiles (two threads at once
        # compile twice and bind equal patterns, which is harmless).
        if name.startswith("__") or name == "_flags":
            raise AttributeError(name)
        compiled = _compile(self.pattern, int(self._flags))
        for attribute in _PATTERN_ATTRIBUTES:
            bound = "_full_" + attribute if attribute in self._OWN else attribute
            self.__dict__[bound] = getattr(compiled, attribute)
        return getattr(compiled, name.removeprefix("_full_"))

    def __repr__(self) -> str:
        return f"compile_lazily({self.pattern!r})"


class _KeyedPattern(_LazyPattern):
    """A lazy pattern whose ``search`` first looks for one of the words every match holds (see compile_lazily)."""

    _OWN = ("search",)

    def __init__(self, pattern: str, flags: int, needs: tuple[str, ...]) -> None:
        super().__init__(pattern, flags)
        self.needs = needs

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        window = string[max(pos, 0) : max(endpos, 0)]
        # Only an ASCII window is tested (isascii() reads a flag of the string): there, a case-insensitive match is
        # one whose lower-case text holds the word, while the engine also equates some non-ASCII letters with ASCII
        # ones (the Kelvin sign with k, the long s with s, the dotless i with i) that lower() leaves as they are.
        if window.isascii():
            window = window.lower()
            for word in self.needs:
                if word in window:
                    break
            else:
                return None
        return cast("re.Match[str] | None", self._full_search(string, pos, endpos))


KEYED: list[_KeyedPattern] = []  # every pattern made with ``needs`` (for the test that checks their words)


def compile_lazily(pattern: str, flags: int = 0, *, needs: tuple[str, ...] = ()) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used; typed as the compiled pattern it behaves as.

    ``needs``: lower-case ASCII words of which every match of the pattern holds at least one, in any case. Then
    ``search`` returns None without running the pattern on a text (between ``pos`` and ``endpos``) that holds none of
    them: a pattern with many case-insensitive alternatives tries each at every position (the engine finds no first
    character to skip to), ~10 microseconds on a window of a few dozen characters, where looking for the words
    takes one. Only ``search`` uses them; a wrong word list shows as a match the full pattern finds and this one not
    (tests/test_patterns.py checks every pattern given words this way).
    """
    if needs:
        keyed = _KeyedPattern(pattern, flags, needs)
        KEYED.append(keyed)
        return cast("re.Pattern[str]", keyed)
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


# -- the compiled code kept between processes --------------------------------------------------------------------

# (flags as compiled, code as 32-bit units, number of groups - 1, name -> group, group -> name), as ``_sre.compile``
# takes them
_Parts = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]  # a pattern's source and flags
# Where an entry lies: (its slot, see _slot) -> (offset in the entries, length, crc32 of its bytes)
_Index = dict[tuple[int, int, int], tuple[int, int, int]]
_CACHE_FORMAT = 2
# The file: the length of its head, the head (marshalled: format, engine, crc32 of the index, the marshalled index)
# and the entries, each ``marshal.dumps((source, flags, parts))``.
_HEAD_LENGTH = struct.Struct("<I")
_ENGINE = f"{sys.implementation.name} {sys.version}"
_UNIT = next((kind for kind in "IL" if array(kind).itemsize == 4), None)  # the engine's 32-bit code unit
_MAX_ENTRIES = (
    4_000  # more than every pattern of a few releases; an older file's leftovers are dropped beyond it
)
_PRUNE_FACTOR = 2  # entries beyond this many times the patterns defined here: those not defined are dropped
_DEFINED: set[_Key] = set()  # (source, flags) of every lazy pattern made in this process


def _slot(key: _Key) -> tuple[int, int, int]:
    """A short stand-in for a pattern's source and flags in the index (the source is ~300 characters, and the index
    of every entry is read by every process): two sources that share a slot are told apart by the entry itself,
    which holds its source, so a collision costs a compile, never a wrong pattern."""
    source, flags = key
    return zlib.crc32(source.encode("utf-8", "surrogatepass")), len(source), flags


class _StoredCode(Mapping[_Key, _Parts]):
    """The entries of one cache file, each read and decoded when first asked for (``read_at(offset, length)`` reads
    the file's entries); iterating decodes them all (only the writer and the tests do)."""

    def __init__(self, index: _Index, read_at: Callable[[int, int], bytes]) -> None:
        self.index = index
        self.read_at = read_at
        self.decoded: dict[_Key, _Parts | None] = {}

    def _entry(self, slot: tuple[int, int, int]) -> tuple[_Key, _Parts] | None:
        try:
            offset, length, checksum = self.index[slot]
            data = self.read_at(offset, length)
            if len(data) != length or zlib.crc32(data) != checksum:
                return None  # damaged: the engine would reject most bad code, but not all of it
            source, flags, parts = marshal.loads(data)
        except (OSError, EOFError, ValueError, TypeError):
            return None
        if not isinstance(source, str) or not isinstance(flags, int):
            return None
        return (source, flags), parts

    def __getitem__(self, key: _Key) -> _Parts:
        if key not in self.decoded:
            slot = _slot(key)
            entry = self._entry(slot) if slot in self.index else None
            self.decoded[key] = entry[1] if entry is not None and entry[0] == key else None
        parts = self.decoded[key]
        if parts is None:
            raise KeyError(key)
        return parts

    def __iter__(self) -> Iterator[_Key]:
        for slot in self.index:
            entry = self._entry(slot)
            if entry is not None:
                self.decoded.setdefault(entry[0], entry[1])
                yield entry[0]

    def __len__(self) -> int:
        return sum(1 for _ in self)


_NOTHING_STORED = _StoredCode({}, lambda offset, length: b"")


class _CodeCache:
    """The compiled patterns of earlier processes (read as used) and those this process adds (written at exit)."""

    def __init__(self) -> None:
        self.path: str | None = None
        self.loaded: Mapping[_Key, _Parts] | None = None
        self.added: dict[_Key, _Parts] = {}
        self.lock = threading.Lock()
        self.writer_registered = False

    def load(self) -> Mapping[_Key, _Parts]:
        with self.lock:
            if self.loaded is None:
                self.path = _cache_path()
                self.loaded = _read(self.path) if self.path is not None else _NOTHING_STORED
            return self.loaded

    def add(self, key: _Key, parts: _Parts) -> None:
        self.added[key] = parts
        if not self.writer_registered and not sys.dont_write_bytecode and self.path is not None:
            self.writer_registered = True
            atexit.register(self.write, os.getpid())

    def write(self, pid: int) -> None:
        # Only the process that registered the writer writes (a forked child that exits normally inherits it).
        if os.getpid() != pid or not self.added or self.path is None or sys.dont_write_bytecode:
            return
        # (what other processes wrote meanwhile is kept)
        entries = dict(_read(self.path, keep_open=False).items())
        entries.update(self.added)
        if len(entries) > _PRUNE_FACTOR * len(_DEFINED):
            # An editable checkout's file gathers the patterns of every edit (2,000 entries, each process reading
            # the index of all of them): what the code no longer defines is dropped. (A pattern only another kind of
            # process defines, if any, is compiled and written again by it.)
            entries = {key: parts for key, parts in entries.items() if key in _DEFINED}
        if len(entries) > _MAX_ENTRIES:
            entries = dict(list(entries.items())[-_MAX_ENTRIES:])
        temporary = f"{self.path}.{pid}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(temporary, "wb") as handle:
                handle.write(_file_bytes(entries))
            os.replace(temporary, self.path)  # atomic: a reader sees the old file or the new one
        except OSError:
            with contextlib.suppress(OSError):
                os.remove(temporary)


_CACHE = _CodeCache()


def _cache_path() -> str | None:
    try:
        import _sre
        from importlib.util import cache_from_source

        bytecode = cache_from_source(__file__)
    except (ImportError, NotImplementedError, ValueError):  # no bytecode cache in this interpreter
        return None
    return os.path.join(
        os.path.dirname(bytecode), f"regex-cache.{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal"
    )


def _file_bytes(entries: Mapping[_Key, _Parts], engine: str = _ENGINE) -> bytes:
    """A cache file holding ``entries``, for the Python ``engine`` names."""
    index: _Index = {}
    body = bytearray()
    for key, parts in entries.items():
        data = marshal.dumps((key[0], key[1], parts))
        index[_slot(key)] = (len(body), len(data), zlib.crc32(data))
        body += data
    index_bytes = marshal.dumps(index)
    head = marshal.dumps((_CACHE_FORMAT, engine, zlib.crc32(index_bytes), index_bytes))
    return _HEAD_LENGTH.pack(len(head)) + head + bytes(body)


def _read(path: str, *, keep_open: bool = True) -> Mapping[_Key, _Parts]:
    """The entries of the file at ``path``: its index read now, each entry when asked for. The file stays open for
    those reads (a file put in its place meanwhile by another process's write is not the one read from); with
    ``keep_open=False``, or where Python has no positioned read, the entries are read at once and the file closed."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return _NOTHING_STORED
    kept_open = False
    try:
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            (head_length,) = _HEAD_LENGTH.unpack(handle.read(_HEAD_LENGTH.size))
            content = marshal.loads(handle.read(head_length))
            if not isinstance(content, tuple) or len(content) != 4 or content[:2] != (_CACHE_FORMAT, _ENGINE):
                return _NOTHING_STORED  # another format, or code another Python's compiler made
            if not isinstance(content[3], bytes) or zlib.crc32(content[3]) != content[2]:
                return _NOTHING_STORED  # a damaged index
            index = marshal.loads(content[3])
            if not isinstance(index, dict):
                return _NOTHING_STORED
            base = _HEAD_LENGTH.size + head_length
            if keep_open and hasattr(os, "pread"):
                kept_open = True
                return _StoredCode(index, lambda offset, length: os.pread(descriptor, length, base + offset))
            body = handle.read()
            return _StoredCode(index, lambda offset, length: body[offset : offset + length])
    except (OSError, EOFError, ValueError, TypeError, struct.error):
        return _NOTHING_STORED
    finally:
        if not kept_open:
            os.close(descriptor)


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cached code when an earlier process compiled the same pattern."""
    if _UNIT is None:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    parts = _CACHE.load().get(key)
    if parts is not None:
        compiled = _from_parts(pattern, parts)
        if compiled is not None:
            return compiled
    try:
        import _sre

        parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
        code = array(_UNIT, [int(unit) for unit in re._compiler._code(parsed, flags)])  # type: ignore[attr-defined]
        state = parsed.state
        groupindex = dict(state.groupdict)
        indexgroup: list[str | None] = [None] * state.groups
        for group_name, index in groupindex.items():
            indexgroup[index] = group_name
        parts = (flags | state.flags, code.tobytes(), state.groups - 1, groupindex, tuple(indexgroup))
        compiled = _sre.compile(pattern, parts[0], code.tolist(), parts[2], parts[3], parts[4])
    except Exception:  # another interpreter's re internals: compile as re does, cache nothing
        return re.compile(pattern, flags)
    _CACHE.add(key, parts)
    return cast("re.Pattern[str]", compiled)


def _from_parts(pattern: str, parts: object) -> re.Pattern[str] | None:
    """The pattern rebuilt from cached parts; None when they do not make one (the engine validates the code)."""
    try:
        import _sre

        flags, code, groups, groupindex, indexgroup = cast("_Parts", parts)
        units = array(_UNIT or "I")
        units.frombytes(code)
        return cast(
            "re.Pattern[str]", _sre.compile(pattern, flags, units.tolist(), groups, groupindex, indexgroup)
        )
    except Exception:  # a damaged or foreign entry: compiled afresh instead
        return None

"""The unit, scale and percent a problem asks its answer in, against the ones the answer is written in.

The comparison reads a value without its unit: "12 cm", ``12 \\text{ cm}`` and "12" against a gold of 12 are the
same answer, since golds rarely store their unit and models add one. Where the problem says which unit it wants, the
unit written matters. :func:`unit_not_asked` finds answers whose number equals the gold only because their unit,
scale or percent sign was dropped:
- a unit of the same kind as the one the problem asks for, but of another size: "12 m" where the problem asks for
  centimeters, "12 seconds" where it asks how many minutes, "12 cents" or "$75" where it asks for dollars or cents,
  "60 m/s" where it asks for km/h, "13.6 J" where it asks for eV, "300 °C" where it asks for kelvins;
- a scale word the problem does not use: "12 thousand" against 12, where the problem counts in units, not in
  thousands;
- a percent where the problem asks for a probability or a fraction and says nothing of percents: "0.5%" is 0.005,
  not the probability 0.5.

:func:`~openrs_rewards.verifiers.problem_checks.with_problems` makes such a correct verdict incorrect. A unit the
table below does not know, a unit of another kind than the one asked ("12 cm" where square centimeters are asked),
or a problem that asks for two units is left alone. Converted values are not paid for: "1200 cm" where meters are
asked stays as the comparison decided it (not the unit asked; a grader may or may not take it).

Example:
    >>> unit_not_asked("12 m", "12", "A square has area 144 cm^2. What is its side length in centimeters?")
    'the answer is in m; the problem asks for centimeters'
    >>> unit_not_asked("12 cm", "12", "A square has area 144 cm^2. What is its side length in centimeters?") is None
    True
    >>> unit_not_asked("60 \\\\text{ m/s}", "60", "A car covers 150 km in 2.5 hours. What is its speed in km/h?")
    'the answer is in m/s; the problem asks for km/h'
    >>> unit_not_asked("0.5\\\\%", "0.5", "A fair coin is tossed. What is the probability it lands heads?")
    'the answer is a percent (0.005); the problem asks for a probability'
"""

from __future__ import annotations

import functools
import re
from fractions import Fraction
from typing import Literal, overload

from openrs_rewards.verifiers.normalize import POWER_OF_TEN_PATTERN, normalize_answer
from openrs_rewards.verifiers.numeric import finite_decimal, parse_number, rounds_to
from openrs_rewards.verifiers.patterns import compile_lazily

__all__ = [
    "angle_unit_asked",
    "angle_unit_not_asked",
    "answer_unit_cues",
    "asked_unit_kind",
    "number_in_the_scaled_unit_asked",
    "number_in_the_unit_asked",
    "unit_not_asked",
    "written_unit_kind",
]

# Each unit's kind and size in that kind's base unit, under the names problems and answers give it. (Temperatures
# differ by an offset, not a size: their sizes here only tell the three scales apart.)
_UNITS_BY_KIND = (
    ("length", "1/1000", "mm millimeter millimeters millimetre millimetres"),
    ("length", "1/100", "cm centimeter centimeters centimetre centimetres"),
    ("length", "1", "m meter meters metre metres"),
    ("length", "1000", "km kilometer kilometers kilometre kilometres"),
    ("length", "1/1000000000", "nm nanometer nanometers nanometre nanometres"),
    ("length", "1/1000000", "μm µm um micron microns micrometer micrometers micrometre micrometres"),
    ("length", "1/10000000000", "Å angstrom angstroms"),
    ("length", "254/10000", "in inch inches"),
    ("length", "3048/10000", "ft foot feet"),
    ("length", "9144/10000", "yd yard yards"),
    ("length", "1609344/1000", "mi mile miles"),
    ("length", "30856775814913673", "pc parsec parsecs"),
    ("length", "30856775814913673000", "kpc kiloparsec kiloparsecs"),
    ("length", "9460730472580800", "ly light-year light-years lightyear lightyears"),
    ("time", "1/1000", "ms millisecond milliseconds"),
    ("time", "1", "s sec secs second seconds"),
    ("time", "60", "min mins minute minutes"),
    ("time", "3600", "h hr hrs hour hours"),
    ("time", "86400", "day days"),
    ("time", "604800", "week weeks"),
    ("money", "1/100", "cent cents ¢"),
    ("money", "1", "dollar dollars"),
    ("mass", "1/1000000", "mg milligram milligrams"),
    ("mass", "1/1000", "g gram grams"),
    ("mass", "1", "kg kilogram kilograms"),
    ("mass", "45359237/100000000", "lb lbs pound pounds"),
    ("mass", "28349523125/1000000000000", "oz ounce ounces"),
    ("volume", "1/1000", "ml mL milliliter milliliters millilitre millilitres"),
    ("volume", "1", "L liter liters litre litres"),
    ("energy", "1", "J joule joules"),
    ("energy", "1000", "kJ kilojoule kilojoules"),
    ("energy", "1/10000000", "erg ergs"),
    ("energy", "1602176634/10000000000000000000000000000", "eV electronvolt electronvolts"),
    ("energy", "1602176634/10000000000000000000000000", "keV"),
    ("energy", "1602176634/10000000000000000000000", "MeV"),
    ("energy/time", "1", "W watt watts"),
    ("energy/time", "1000", "kW kilowatt kilowatts"),
    ("amount", "1", "mol mole moles"),
    ("temperature", "1", "K kelvin kelvins"),
    ("temperature", "2", "°C celsius"),
    ("temperature", "3", "°F fahrenheit"),
    ("length/time", "1609344/3600000", "mph"),
    ("force", "1", "N newton newtons"),
    ("force", "1000", "kN kilonewton kilonewtons"),
    ("pressure", "1", "Pa pascal pascals"),
    ("pressure", "1000", "kPa kilopascal kilopascals"),
    ("pressure", "101325", "atm"),
    ("frequency", "1", "Hz hertz"),
    ("frequency", "1000", "kHz kilohertz"),
    ("frequency", "1000000", "MHz megahertz"),
    ("voltage", "1", "V volt volts"),
    ("current", "1", "A ampere amperes amp amps"),
    ("resistance", "1", "Ω ohm ohms"),
)
# A unit of length with a square or a cube: "square centimeters", "sq ft", "cubic meters", "cm^2", "m^{3}", "m²".
_POWERED_LENGTH = compile_lazily(
    r"(?:(square|sq\.?|cubic)[ \t]+)?([A-Za-zμµÅ]+?)(?:[ \t]*\^[ \t]*\{?[ \t]*([23])[ \t]*\}?|([²³]))?",
    re.IGNORECASE,
)
_CUBED = ("3", "³")
_UNIT_SIZES: dict[str, tuple[str, Fraction]] = {
    name: (kind, Fraction(size)) for kind, size, names in _UNITS_BY_KIND for name in names.split()
}

# The unit a problem asks its answer in: "in centimeters", "how many minutes", "the number of cents", "in km/h",
# "in degrees Celsius", "(in eV)". An abbreviation of one or two letters counts only at the end of its clause ("in
# eV?", "in cm."), or as part of a compound: "in m" or "in s" starts too many sentences that name no unit.
_UNIT_NAME = r"(?:(?:(?:square|cubic)[ \t]+)?[A-Za-zμµÅ°¢-]+(?:\^\{?[23]\}?|[²³])?)"
_COMPOUND = rf"({_UNIT_NAME}(?:[ \t]*(?:/|[ \t]per[ \t])[ \t]*{_UNIT_NAME})?)"
_ASKED_UNIT = compile_lazily(
    # "How many minutes ...", "How many inches long is it?", "How many total meters ...": the unit counted
    rf"\bhow[ \t]+many[ \t]+(?:(?:total|more|fewer|extra|additional|whole|full)[ \t]+)?{_COMPOUND}\b"
    # "in centimeters?", "in km/h.", "(in eV)", "in miles per hour for the whole trip", "to the nearest dollar" (not
    # "to the nearest cent": dollars, to two places)
    rf"|\b(?:in|number[ \t]+of|nearest(?![ \t]+(?:cents?|penny)\b))[ \t]+(?:whole[ \t]+)?(?:degrees[ \t]+)?{_COMPOUND}"
    r"(?=[ \t]*[.?,;:)!]|[ \t]*\Z|[ \t]+(?:does|do|did|is|are|was|were|will|would|can|could|has|have|had|it|the|of"
    r"|for|to|at|on|if|when|after|before|and)\b)",
    re.IGNORECASE,
)
# ... and any unit a problem's question names after "in", wherever in its sentence ("in meters or in feet, ...").
_UNIT_AFTER_IN = compile_lazily(rf"\bin[ \t]+(?:degrees[ \t]+)?{_COMPOUND}", re.IGNORECASE)
# Where a problem asks: from the sentence of its last question to its end ("... How long is each piece? Give it in
# cm."); the units of its data come before ("A car covers 150 km in 2.5 hours."). (A sentence ends at a stop before a
# space: "1.00 mol" goes on.)
_SENTENCE_BREAK = compile_lazily(r"[.!?](?=\s)|\n")
# A change of temperature: a kelvin is a degree Celsius ("By how many kelvins does it rise?").
_CHANGE_ASKED = compile_lazily(
    r"\b(?:increase|decrease|change|rise|rises|drop|drops|fall|falls|differ|difference|warmer|cooler|hotter|colder)",
    re.IGNORECASE,
)
# The number an answer opens with, with its sign, a dollar sign before it and a power of ten after it.
_NUMBER_FIRST = compile_lazily(
    r"[ \t]*(\\?\$)?[ \t]*[-−]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?"
    r"(?:[ \t]*" + POWER_OF_TEN_PATTERN + ")?"
)
_LATEX_AROUND_UNITS = compile_lazily(
    r"\\(?:text|mathrm|textrm|rm|operatorname|mbox)[ \t]*\{|[{}]|\\[,;: !]|~"
)
_DEGREES_IN_WORDS = compile_lazily(r"\A(?:degrees?|°)[ \t]*(celsius|fahrenheit|kelvins?)\b", re.IGNORECASE)
_DEGREE_MARK = compile_lazily(r"\^[ \t]*\{?[ \t]*\\circ[ \t]*\}?|\\degree")
_SCALE_WORDS = ("thousand", "million", "billion", "trillion")
_PERCENT = compile_lazily(r"%|\bpercent\b|\bpct\b", re.IGNORECASE)
_PROBABILITY_ASKED = compile_lazily(
    r"\bprobability\b|\bwhat[ \t]+fraction\b|\bas[ \t]+a[ \t]+(?:common[ \t]+)?fraction\b", re.IGNORECASE
)
_PERCENT_IN_PROBLEM = compile_lazily(r"%|\bpercent", re.IGNORECASE)
_PERCENT_ASKED = compile_lazily(
    r"\bwhat[ \t]+(?:percent|percentage)\b|\bas[ \t]+a[ \t]+percent", re.IGNORECASE
)


def _unit_size(name: str) -> tuple[str, Fraction] | None:
    """The kind and size of the unit ``name`` ("cm", "km/h", "meters per second", "kJ/mol", "°C"), or None."""
    name = name.strip().replace("\\mu", "μ").replace(" per ", "/")
    if "/" in name:
        parts = [part.strip() for part in name.split("/")]
        if len(parts) != 2:
            return None
        top, bottom = _unit_size(parts[0]), _unit_size(parts[1])
        if top is None or bottom is None:
            return None
        return f"{top[0]}/{bottom[0]}", top[1] / bottom[1]
    found = _UNIT_SIZES.get(name)
    if found is None and len(name) > 2:
        found = _UNIT_SIZES.get(name.lower())  # ("Minutes", "Kelvins"; not "M" for "m", nor "K" for "k")
    powered = _POWERED_LENGTH.fullmatch(name) if found is None else None
    if powered is not None and (powered.group(1) or powered.group(3) or powered.group(4)):
        # ("square centimeters", "cm^2", "m²", "cubic feet": a length squared is an area, cubed a volume, in liters)
        length = _unit_size(powered.group(2))
        power = powered.group(3) or powered.group(4)
        cubed = (powered.group(1) or "").lower() == "cubic" or power in _CUBED
        if length is not None and length[0] == "length":
            return ("volume", length[1] ** 3 * 1000) if cubed else ("area", length[1] ** 2)
    return found


@functools.lru_cache(maxsize=1024)
def asking_part(problem: str) -> str:
    """The part of ``problem`` that asks: from the sentence of its last question to its end, or else all of it (an
    instruction, "Compute its luminosity in erg/s.", may be followed by data). (Cached: the samples of one problem
    share it.)"""
    question = problem.rfind("?")
    if question == -1:
        return problem
    start = 0
    for stop in _SENTENCE_BREAK.finditer(problem, 0, question):
        start = stop.end()
    return problem[start:]


@overload
def asked_sentence(problem: str) -> str | None: ...
@overload
def asked_sentence(problem: str, *, else_last_sentence: Literal[True]) -> str: ...
def asked_sentence(problem: str, *, else_last_sentence: bool = False) -> str | None:
    """The last question ``problem`` asks, to its question mark ("How many marbles does Jerry have?"); without one,
    None, or its last sentence where ``else_last_sentence`` ("Determine whether $f$ is even, odd, or neither")."""
    if "?" in problem:
        asking = asking_part(problem)
        return asking[: asking.rfind("?") + 1]
    if not else_last_sentence:
        return None
    stripped = problem.rstrip().rstrip(".")
    return stripped[stripped.rfind(". ") + 1 :]


# Words after "in" that name no unit: "in all", "in total", "in change", "in order", "in general".
_NO_UNIT_AFTER_IN = frozenset(["all", "total", "change", "order", "general", "common", "fact", "particular"])


_RATE_ASKED = compile_lazily(
    r"\b(?:per|each|every)[ \t]+(?:hour|minute|second|day|week|month|year|person|student|worker|kilogram|kg"
    r"|liter|litre|gallon|mile|kilometer|km)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)
def _asked_unit(asking: str) -> str | None:
    """The one unit the asking part of a problem (``asking``) asks its answer in (see ``_ASKED_UNIT``), or None when
    it asks none, several ("in meters or in feet"), or one this module does not know."""
    names = [
        name
        for name in (match.group(1) or match.group(2) for match in _ASKED_UNIT.finditer(asking))
        if name.lower() not in _NO_UNIT_AFTER_IN  # ("How many cents does Jack have in all?": cents)
    ]
    if not names or (
        _RATE_ASKED.search(asking) is not None and not any(" per " in name or "/" in name for name in names)
    ):
        # (nor a rate of it: "How many liters does it deliver per hour?" asks liters per hour; "in miles per hour"
        # names its rate as its unit)
        return None
    named = [match.group(1) for match in _UNIT_AFTER_IN.finditer(asking) if len(match.group(1)) > 2]
    sizes = {_unit_size(name) for name in names} | {
        size for size in map(_unit_size, named) if size is not None
    }
    if len(sizes) != 1 or None in sizes:
        return None
    return names[-1]


def _written_unit(answer: str) -> str | None:
    """The unit of ``answer`` ("12 m", "12 \\text{ seconds}", "300^\\circ\\text{C}", "$75", "60 m/s"), or None."""
    number = _NUMBER_FIRST.match(
        answer.replace("{,}", ",")
    )  # ("1{,}200 \\text{ m}": a thousands comma set apart)
    if number is None:
        return None
    rest = _DEGREE_MARK.sub("°", answer.replace("{,}", ",")[number.end() :])
    rest = _LATEX_AROUND_UNITS.sub(" ", rest).replace("\\mu", "μ").strip(" \t.")
    rest = re.sub(r"[ \t]*/[ \t]*", "/", rest)
    rest = re.sub(r"[ \t]+\^", "^", rest)  # ("\\text{ m}^2": the unit's power, after its wrapper)
    rest = re.sub(r"([°μ])[ \t]+", r"\1", rest)  # ("^\circ \text{C}", "\mu\text{m}": one unit)
    rest = _DEGREES_IN_WORDS.sub(r"\1", rest)  # ("5800 degrees Celsius", "degrees Kelvin")
    if not rest:
        return "dollars" if number.group(1) else None
    if number.group(1) or " " in rest:
        return None  # (a dollar sign and a unit, or several words: no one unit)
    return rest


def asked_unit_kind(problem: str) -> tuple[str, str] | None:
    """The one unit the question of ``problem`` asks its answer in and that unit's kind ("How many seconds ...?" ->
    ("seconds", "time")), where this module knows it; None otherwise."""
    asked = _asked_unit(asking_part(problem))
    size = None if asked is None else _unit_size(asked)
    return None if asked is None or size is None else (asked, size[0])


def written_unit_kind(answer: str) -> tuple[str, str] | None:
    """The unit ``answer`` is written in and its kind ("6.0 N" -> ("N", "force"), "2.0 m/s" -> ("m/s",
    "length/time")), where this module knows it; None otherwise.

    >>> written_unit_kind("2.0 m/s")
    ('m/s', 'length/time')
    """
    written = _written_unit(answer)
    size = None if written is None or written == "dollars" else _unit_size(written)
    return None if written is None or size is None else (written, size[0])


def _converted_to_the_gold(answer: str, factor: Fraction, gold: Fraction) -> bool:
    """Whether the number ``answer`` opens with, times ``factor`` (its unit in the unit asked), is the gold: "2 hours"
    where minutes are asked and the gold is 120 was compared in the unit asked already."""
    number = _NUMBER_FIRST.match(answer)
    value = None if number is None else parse_number(normalize_answer(number.group().replace("−", "-")))
    return value is not None and not value.percent and value.value * factor == gold


def number_in_the_unit_asked(answer: str | None, problem: str | None) -> str | None:
    """The number of ``answer`` when the unit written after it is the one ``problem`` asks for ("540 m" where
    meters are asked: "540"), so that a unit the comparison cannot take apart ("m" may be a variable) is no obstacle;
    None otherwise."""
    if not answer or not problem:
        return None
    asked, written = _asked_unit(asking_part(problem)), _written_unit(answer)
    if asked is None or written is None or written == "dollars":
        return None
    asked_size, written_size = _unit_size(asked), _unit_size(written)
    if asked_size is None or asked_size != written_size:
        return None
    number = _NUMBER_FIRST.match(answer)
    return None if number is None else number.group().strip().replace("−", "-")


def number_in_the_scaled_unit_asked(predicted: str | None, problem: str | None) -> str | None:
    """The number of ``predicted`` (a normalised answer) in the unit ``problem`` gives its answer in where that unit is
    a power of ten of one ("The unit of the answer is $10^{5}\\ \\mathrm{Pa}$.", as SciBench writes its problems:
    "1.24 \\times 10^{5}" is 1.24 of them); None otherwise.

    >>> asked = "... The unit of the answer is $10^{5}\\\\ \\\\mathrm{Pa}$."
    >>> number_in_the_scaled_unit_asked("1.24\\\\times10^{5}", asked)
    '1.24'
    """
    if not predicted or not problem or "answer" not in problem:
        return None
    scale = _SCALED_UNIT_OF_THE_ANSWER.search(problem)
    number = None if scale is None else parse_number(predicted)
    if scale is None or number is None or number.percent:
        return None
    return finite_decimal(number.value / Fraction(10) ** int(scale.group(1)), 40)


_SCALED_UNIT_OF_THE_ANSWER = compile_lazily(
    r"\bunits?[ \t]+of[ \t]+the[ \t]+answer[ \t]+(?:is|are)[ \t]+\$?[ \t]*(?:\\times[ \t]*)?10[ \t]*\^[ \t]*\{?[ \t]*"
    r"(-?\d{1,3})[ \t]*\}?",
    re.IGNORECASE,
)


# The unit of angle a problem asks for ("Express your answer in radians.", "in degrees"), and an angle written in the
# other: a degree mark, or a multiple of π without one.
# (also counted in it: "Through how many radians does it turn?", "How many degrees are in ...")
_ANGLE_UNIT_ASKED = compile_lazily(
    r"\bin[ \t]+(radians|degrees)\b|\b(radian)[ \t]+measure\b|\bhow[ \t]+many[ \t]+(radians|degrees)\b",
    re.IGNORECASE,
)
_DEGREES_WRITTEN = compile_lazily(r"\^[ \t]*\{?[ \t]*\\circ|°|\\degree|\bdeg(?:rees?)?\b", re.IGNORECASE)
_PI_WRITTEN = compile_lazily(r"\\pi(?![A-Za-z])|π")
_RADIANS_WRITTEN = compile_lazily(r"\brad(?:ians?)?\b", re.IGNORECASE)


def angle_unit_asked(problem: str | None) -> str | None:
    """``"radians"`` or ``"degrees"``: the unit of angle the question of ``problem`` asks its answer in ("Express your
    answer in radians."); None when it asks neither. (A cheap test, before the answer is read again.)

    >>> angle_unit_asked("What is the angle? Express your answer in radians."), angle_unit_asked("Find x.")
    ('radians', None)
    """
    if not problem or ("radian" not in problem.lower() and "degree" not in problem.lower()):
        return None
    asked = _ANGLE_UNIT_ASKED.search(asking_part(problem))
    if asked is None:
        return None
    return (
        "radians"
        if (asked.group(1) or asked.group(2) or asked.group(3)).lower().startswith("radian")
        else "degrees"
    )


def angle_unit_not_asked(answer: str | None, problem: str | None) -> str | None:
    """Why ``answer`` (the extracted answer, its degree mark and all) is an angle in degrees where ``problem`` asks
    for radians, or in radians (a multiple of π) where it asks for degrees; None otherwise.

    >>> angle_unit_not_asked("60^\\\\circ", "What is the angle? Express your answer in radians.")
    'the answer is in degrees; the problem asks for radians'
    >>> angle_unit_not_asked("\\\\frac{\\\\pi}{3}", "What is the angle? Express your answer in radians.") is None
    True
    """
    asked = angle_unit_asked(problem)
    if not answer or asked is None:
        return None
    degrees = _DEGREES_WRITTEN.search(answer) is not None
    if asked == "radians" and degrees:
        return "the answer is in degrees; the problem asks for radians"
    if asked == "degrees" and not degrees and (_PI_WRITTEN.search(answer) or _RADIANS_WRITTEN.search(answer)):
        return "the answer is in radians; the problem asks for degrees"
    return None


def answer_unit_cues(problem: str, answer_tail: str) -> bool:
    """Whether :func:`unit_not_asked` may find anything: the problem asks for a unit, a probability or a percent, or
    the end of the answer holds a scale word. (A cheap test, before the answer is read again.)"""
    asking = asking_part(problem)
    if _ASKED_UNIT.search(asking) is not None or _PROBABILITY_ASKED.search(asking) is not None:
        return True
    if _PERCENT_ASKED.search(asking) is not None:
        return True
    lowered = answer_tail.lower()
    return any(scale in lowered for scale in _SCALE_WORDS)


def unit_not_asked(answer: str | None, gold: str | None, problem: str | None) -> str | None:
    """Why ``answer`` (the extracted answer, with its unit) is not the ``gold`` in the unit, scale or form
    ``problem`` asks for (see the module docstring), or None."""
    if not answer or gold is None or not problem:
        return None
    stored = parse_number(normalize_answer(gold))
    if stored is None:
        return None
    asking = asking_part(problem)
    # (the answer's value as the comparison reads it: scaled, "12 thousand" is 12000; or with its percent mark)
    value = parse_number(normalize_answer(answer))
    asked, written = _asked_unit(asking), _written_unit(answer)
    if asked is not None and written is not None:
        asked_size, written_size = _unit_size(asked), _unit_size(written)
        if (
            asked_size is not None
            and written_size is not None
            and asked_size[0] == written_size[0]
            and asked_size[1] != written_size[1]
            and not (asked_size[0] == "temperature" and _CHANGE_ASKED.search(asking) is not None)
            and not _converted_to_the_gold(answer, written_size[1] / asked_size[1], stored.value)
        ):
            return f"the answer is in {written}; the problem asks for {asked}"
        if (
            asked_size is not None
            and asked_size == written_size
            and _written_unit(gold) is None
            and value is not None
            and not value.percent
            and stored.value
            and abs(value.value - stored.value) * 2 > abs(stored.value)
        ):
            # "0.499 kPa" where kPa is asked and the bare gold is 499: read in the unit asked, as the gold is (a
            # conversion to the gold in the prefix's base unit, 499 Pa, answers in another unit than the gold's)
            return f"the answer is {float(value.value):g} {written}, the unit asked; the gold is {gold}"
    if value is None:
        return None
    lowered, problem_lowered = answer.lower(), problem.lower()
    for scale in _SCALE_WORDS:
        if scale in lowered and scale not in problem_lowered and value.value != stored.value:
            return f"the answer counts in {scale}s; the problem does not"
    if _PERCENT.search(answer) is None or stored.percent or not value.percent:
        return None
    if (
        _PROBABILITY_ASKED.search(asking) is not None
        and _PERCENT_IN_PROBLEM.search(asking) is None
        and value.value / 100 != stored.value
    ):
        return f"the answer is a percent ({float(value.value / 100):g}); the problem asks for a probability"
    if (
        _PERCENT_ASKED.search(asking) is not None
        and value.value != stored.value
        # ("66\\frac{2}{3}\\%" for 66.67: the exact percent, which the gold rounds)
        and not rounds_to(value.value, stored, is_gold=True)
    ):
        # "What percent of 200 is 1?" with the gold 0.5: the percent asked is 0.5, and "50%" is not it
        return f"the problem asks for a percent; the answer's is {float(value.value):g}, not the gold's"
    return None

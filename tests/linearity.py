"""How the linearity tests time the parser: so that a busy machine cannot
fail them and quadratic work cannot pass them.

- The clock is the process's CPU time (time.process_time), which a run
  does not accumulate while other processes hold the CPU; not the calling
  thread's, since a long parse runs on a thread of its own (so that the
  caller can answer Ctrl-C).
- Every input is timed ROUNDS times, in rounds over all the inputs, and
  each keeps its median time: a burst of load spoils a round, not a size,
  and a reading far below the others (0.1 ms for 2.6 MB that takes 2.4,
  seen once in CI) cannot stand for its size either.
- Growth is the least-squares slope of log time on log size over SIZES
  sizes doubling: 1 for linear work, 2 for quadratic.  GROWTH_LIMIT lies
  halfway: 2.8 times the time for twice the input, where linear work
  takes 2 and quadratic 4.
- A result over its limit is timed again, twice as many rounds more,
  before the test fails, the median taken over all of them: quadratic work
  stays over the limit.
"""
import math
import statistics
import time
from functools import cache

from conftest import CORPUS

ROUNDS = 3
SIZES = 4
GROWTH_LIMIT = 1.5


def repeat_to(unit, size):
    """`unit` over and over, to at least `size` UTF-8 bytes."""
    return unit * (size // len(unit.encode()) + 1)


@cache
def _seed():
    return (CORPUS / "000_1896683c96b304d7.txt").read_text(encoding="utf-8")


def report(size):
    """A report of at least `size` bytes: the corpus's seed report over and over."""
    return repeat_to(_seed(), size)


def cpu_time(run, arg):
    start = time.process_time()
    run(arg)
    return time.process_time() - start


def round_times(run, inputs, rounds, readings=None):
    """The CPU times of run(x) for each x of `inputs`, over `rounds` rounds,
    added to `readings` from earlier rounds."""
    readings = readings or [[] for _ in inputs]
    for _ in range(rounds):
        for i, arg in enumerate(inputs):
            readings[i].append(cpu_time(run, arg))
    return readings


def settled_times(run, inputs, within):
    """Each input's median time, timed again with more rounds when
    within(times) fails."""
    readings = round_times(run, inputs, ROUNDS)
    times = [statistics.median(r) for r in readings]
    if not within(times):
        readings = round_times(run, inputs, 2 * ROUNDS, readings)
        times = [statistics.median(r) for r in readings]
    return times


def growth(sizes, times):
    """The least-squares slope of log(time) on log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-9)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def assert_linear(run, make, largest):
    """run(make(n)) takes time linear in n, for n doubling up to `largest`."""
    inputs = [make(largest >> k) for k in reversed(range(SIZES))]
    sizes = [len(x) for x in inputs]
    times = settled_times(run, inputs, lambda t: growth(sizes, t) < GROWTH_LIMIT)
    slope = growth(sizes, times)
    assert slope < GROWTH_LIMIT, f"time grows as size**{slope:.2f}: " + \
        ", ".join(f"{t * 1e3:.1f} ms for {s}" for s, t in zip(sizes, times))


def assert_costs_at_most(run, bad, good, limit):
    """run(bad) takes less than `limit` times what run(good) does."""
    times = settled_times(run, [bad, good], lambda t: t[0] < limit * t[1])
    ratio = times[0] / times[1]
    assert ratio < limit, f"{ratio:.1f} times the cost, over {limit:.1f}"

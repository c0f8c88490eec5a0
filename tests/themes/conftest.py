"""A small pre-segmented corpus with three planted topics, written for these tests."""

from __future__ import annotations

import random

import pytest

TOPICS = {
    "bóng_đá": ["bóng_đá", "cầu_thủ", "huấn_luyện_viên", "trận_đấu", "đội_tuyển", "bàn_thắng",
                "vòng_loại", "sân_vận_động", "thủ_môn", "tiền_đạo", "giải_đấu", "hiệp_một",
                "phạt_đền", "ghi_bàn", "hậu_vệ"],
    "y_tế": ["bệnh_viện", "bác_sĩ", "bệnh_nhân", "tiêm_chủng", "vắc_xin", "điều_trị",
             "dịch_bệnh", "xét_nghiệm", "y_tế", "ca_nhiễm", "phòng_khám", "thuốc", "sức_khỏe",
             "cách_ly", "triệu_chứng"],
    "hành_chính": ["cải_cách", "hành_chính", "thủ_tục", "một_cửa", "công_chức", "hồ_sơ",
                   "dịch_vụ_công", "trực_tuyến", "ủy_ban", "người_dân", "giải_quyết",
                   "chính_quyền", "văn_bản", "quy_trình", "tiếp_nhận"],
}
# Words every topic uses, as real news does.
COMMON = ["tỉnh", "thành_phố", "năm_nay", "kế_hoạch", "kết_quả", "tăng", "mới", "lớn"]


def make_corpus(per_topic: int = 20, *, seed: int = 7) -> tuple[list[str], list[str]]:
    """Return (segmented texts, topic labels): each text draws mostly from its topic's words."""
    rng = random.Random(seed)
    texts: list[str] = []
    labels: list[str] = []
    for i in range(per_topic):
        for topic, words in TOPICS.items():
            picked = rng.sample(words[2:], 7) + rng.sample(COMMON, 3)
            rng.shuffle(picked)
            # a phrase: the topic's first two words, side by side in every text
            picked.insert(i % 5, f"{words[0]} {words[1]}")
            texts.append(" ".join(picked))
            labels.append(topic)
    return texts, labels


@pytest.fixture
def corpus() -> tuple[list[str], list[str]]:
    return make_corpus()
